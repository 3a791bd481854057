/**
 * A stand-in for `window.showModalDialog`, which Chrome removed in version 43 (spec/portal.md
 * §Pickers: IE-era "..." choosers often call it, and then do nothing in Chrome/Edge).
 *
 * What it can honestly do: a real modal dialog blocks the caller until the chooser closes and
 * hands back `window.returnValue`; no script can block like that in Chrome. So the stand-in
 * 1. opens the chooser as an ordinary pop-up window (size from `dialogWidth`/`dialogHeight`),
 *    gives it `window.dialogArguments`, and returns `undefined` at once (the caller continues as
 *    it would in IE after a cancelled dialog — usually `if (r) {…}` does nothing);
 * 2. records the chooser's `window.returnValue` (an accessor installed in the chooser by this
 *    same script, which runs in every frame at document_start; or by polling while it is open);
 * 3. when the chooser closes with a value, runs the caller's inline handler (`onclick=…`) again,
 *    and this time `showModalDialog` returns the value synchronously, so the handler's own code
 *    writes the result fields. This is correct for handlers that only open the chooser and write
 *    its result (the common "..." picker); a handler doing other work before the call does it twice.
 *    Handlers added with addEventListener or `javascript:` links cannot be re-run: the frame is
 *    flagged `showModalDialog-unresolved` and the overlay tells the user to type the value.
 * Every step is flagged on `<html data-zc-legacy>` (lib/compat/flags.ts) for the overlay.
 * Runs in the page's main world: it must never see profile data, and it holds none.
 */
import { addLegacyToken } from './flags';

/** Window-name prefix of choosers we open; a chooser recognises itself by it. */
export const DIALOG_NAME_PREFIX = 'zcModalDialog_';
/** Hidden property of the opener window listing open choosers (read by same-origin choosers). */
export const DIALOG_REGISTRY_KEY = '__zcModalDialogs';
/** How often the opener looks whether a chooser closed, in milliseconds. */
export const DIALOG_POLL_MS = 200;
/** Size of a chooser whose features give none, in CSS pixels (IE's default dialog is about this). */
const DEFAULT_SIZE = { width: 560, height: 420 };

/** One open chooser: what the caller passed and what the chooser returned so far. */
interface DialogRecord {
  args: unknown;
  value: unknown;
}
type DialogRegistry = Record<string, DialogRecord>;
type LooseWindow = Window & typeof globalThis & Record<string, unknown>;

/**
 * Translates IE dialog features into `window.open` features.
 * @param features IE's `"dialogWidth:460px;dialogHeight:420px;center:yes;resizable:no"` (`:` or
 *   `=`, `;` or `,`; units px, or em at 16 px; bare numbers are px).
 * @param screenSize available screen size in pixels, for `center` (IE centres by default).
 * @returns e.g. `"popup=yes,width=460,height=420,left=410,top=240,resizable=yes,scrollbars=yes"`;
 *   windows are always resizable and scrollable so a chooser larger than its box stays usable.
 */
export function dialogFeatures(features: string | undefined, screenSize: { width: number; height: number }): string {
  const spec = new Map<string, string>();
  for (const m of (features ?? '').matchAll(/([a-z]+)\s*[:=]\s*([^;,]+)/gi)) spec.set(m[1]!.toLowerCase(), m[2]!.trim().toLowerCase());
  const px = (raw: string | undefined): number | null => {
    const m = /^(\d+(?:\.\d+)?)\s*(px|em)?$/.exec(raw ?? '');
    if (!m) return null;
    return Math.round(Number(m[1]) * (m[2] === 'em' ? 16 : 1));
  };
  const width = px(spec.get('dialogwidth')) ?? DEFAULT_SIZE.width;
  const height = px(spec.get('dialogheight')) ?? DEFAULT_SIZE.height;
  const left = px(spec.get('dialogleft')) ?? Math.max(0, Math.round((screenSize.width - width) / 2));
  const top = px(spec.get('dialogtop')) ?? Math.max(0, Math.round((screenSize.height - height) / 2));
  return `popup=yes,width=${width},height=${height},left=${left},top=${top},resizable=yes,scrollbars=yes`;
}

/** The element whose event handler is running (IE code relies on `window.event`, Chrome keeps it). */
function invokerOf(win: LooseWindow): { target: Element; type: string } | null {
  const event = win.event as Event | undefined;
  const target = event?.currentTarget;
  return event && target instanceof win.Element ? { target, type: event.type } : null;
}

/**
 * Installs the stand-in in one window (no-op where the browser still has `showModalDialog`),
 * and, when this window is itself a chooser we opened, its `dialogArguments`/`returnValue`.
 * @param win the page's window (main world).
 */
export function installModalDialogShim(win: Window & typeof globalThis): void {
  const w = win as LooseWindow;
  installChooserSide(w);
  if (typeof w.showModalDialog === 'function') return;

  const registry: DialogRegistry = {};
  Object.defineProperty(w, DIALOG_REGISTRY_KEY, { value: registry, configurable: true, enumerable: false });
  let counter = 0;
  let replay: { value: unknown } | null = null;

  function deliver(value: unknown, invoker: { target: Element; type: string } | null): void {
    // Cancelled (closed without a value): the first pass already continued as IE would have.
    if (value === undefined) return;
    const handler = invoker && invoker.target.isConnected ? (invoker.target as unknown as Record<string, unknown>)[`on${invoker.type}`] : null;
    if (typeof handler !== 'function') {
      addLegacyToken(w.document, 'showModalDialog-unresolved');
      return;
    }
    replay = { value };
    try {
      handler.call(invoker!.target, new w.Event(invoker!.type));
    } finally {
      // The handler took the value only if it called showModalDialog again.
      addLegacyToken(w.document, replay === null ? 'showModalDialog-replayed' : 'showModalDialog-unresolved');
      replay = null;
    }
  }

  function showModalDialog(url: unknown, args?: unknown, features?: unknown): unknown {
    if (replay) {
      const { value } = replay;
      replay = null;
      return value;
    }
    addLegacyToken(w.document, 'showModalDialog');
    const invoker = invokerOf(w);
    const name = `${DIALOG_NAME_PREFIX}${Date.now()}_${++counter}`;
    const record: DialogRecord = { args, value: undefined };
    registry[name] = record;
    const screenSize = { width: w.screen?.availWidth ?? 1024, height: w.screen?.availHeight ?? 768 };
    const chooser = w.open(String(url), name, dialogFeatures(typeof features === 'string' ? features : undefined, screenSize));
    if (!chooser) {
      delete registry[name];
      addLegacyToken(w.document, 'popup-blocked');
      return undefined;
    }
    try {
      (chooser as unknown as Record<string, unknown>).dialogArguments = args;
    } catch {
      // A chooser on another origin cannot receive arguments from us either way.
    }
    const timer = w.setInterval(() => {
      let closed = true;
      try {
        closed = chooser.closed;
        // A closed window may still answer (or say undefined): only a value counts.
        const current = (chooser as unknown as Record<string, unknown>).returnValue;
        if (current !== undefined) record.value = current;
      } catch {
        // Cross-origin chooser: only `closed` is readable; the value cannot reach us.
      }
      if (!closed) return;
      w.clearInterval(timer);
      delete registry[name];
      deliver(record.value, invoker);
    }, DIALOG_POLL_MS);
    return undefined;
  }

  Object.defineProperty(w, 'showModalDialog', { value: showModalDialog, configurable: true, writable: true, enumerable: false });
}

/** In a chooser we opened: `dialogArguments` and a `returnValue` the opener can collect. */
function installChooserSide(w: LooseWindow): void {
  let record: DialogRecord | undefined;
  try {
    if (!w.name.startsWith(DIALOG_NAME_PREFIX) || !w.opener) return;
    record = ((w.opener as LooseWindow)[DIALOG_REGISTRY_KEY] as DialogRegistry | undefined)?.[w.name];
  } catch {
    return; // opener on another origin
  }
  if (!record) return;
  const rec = record;
  Object.defineProperty(w, 'dialogArguments', { configurable: true, enumerable: false, get: () => rec.args });
  Object.defineProperty(w, 'returnValue', {
    configurable: true,
    enumerable: false,
    get: () => rec.value,
    set: (value: unknown) => {
      rec.value = value;
    },
  });
}
