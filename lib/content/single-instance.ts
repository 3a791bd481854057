import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * One content script per frame, decided in our own isolated world — not by a DOM event the
 * page can forge.
 *
 * WXT ends an older copy of a content script when a newer one dispatches
 * `<extension id>:content:wxt:content-script-started` on `document`. Page scripts share that
 * DOM: a page that knows the extension id (it is public for a store extension, and WXT also
 * posts the name with `window.postMessage`) can dispatch the same event and switch the helper
 * off — no more checks before 保存, and a false "helper was updated" note (issue 9: messages
 * from the page world are ignored). So the event is stopped before it reaches WXT's listener,
 * and a newer copy of our script in this frame ends the older one through the isolated world's
 * global object, which content scripts of one extension share and page scripts cannot see.
 * The production content script runs with its own context (./script-context.ts), which neither
 * sends nor hears that event: there the guard's listener is not added (no event name).
 */

const CURRENT = Symbol.for('zc:content-script-context');
/** WXT's event name (a private static of its class, read rather than re-derived). */
const STARTED_EVENT = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown }).SCRIPT_STARTED_MESSAGE_TYPE;
type IsolatedScope = typeof globalThis & { [CURRENT]?: ContentScriptContext };

/**
 * Makes `ctx` the frame's only running copy: ends an older copy in this isolated world, and
 * from now on swallows the started-event (from the page or anyone else) in the capture phase
 * on `window`, which runs before WXT's listener on `document`. Idempotent for the same ctx.
 * @param ctx the content script's WXT context; the listener goes away when it is invalidated.
 */
export function claimFrame(ctx: ContentScriptContext): void {
  const scope = globalThis as IsolatedScope;
  const previous = scope[CURRENT];
  if (previous === ctx) return;
  previous?.abort('a newer copy of the content script started in this frame');
  scope[CURRENT] = ctx;
  // A WXT without this name has no such event to forge (tests/e2e/privacy.test.ts checks the result).
  if (typeof STARTED_EVENT !== 'string') return;
  window.addEventListener(STARTED_EVENT, (event) => event.stopImmediatePropagation(), { capture: true, signal: ctx.signal });
}
