/**
 * Writer for <select>: choose a rendered option only (ASP.NET event validation rejects a value
 * that was not rendered, spec/portal.md), never a prompt (lib/fill/option-hints.ts). When the
 * option is not there yet — a cascading child whose options arrive after its parent changed,
 * by a script or an AJAX call that may take seconds — wait for it (bounded) and look again:
 * by the planned option's text, or for a list planned before its options loaded, by the
 * preview's own option choice (lib/fill/plan.ts findOption).
 */
import { normalizeText } from '../../page/normalize';
import { blurLikePerson, fire, focusLikePerson, setNativeValue, settle } from '../events';
import { isPromptOption } from '../option-hints';
import { changedByPage, type WriteResult } from './types';
import { findOption, noOptionReason } from '../plan';
import { showChoice } from '../stand-ins';
import type { OptionSnapshot } from '../../page/snapshot';
import { t } from '../../i18n/t';

/**
 * How long a child select may take to receive its options after the parent changed, in ms: a
 * slow server answering an AJAX cascade (the probe's took 2.5 s) — the wait ends as soon as
 * the option is there.
 */
export const CASCADE_WAIT_MS = 5000;
/** How often the wait looks again when no change of the list was observed, in ms. */
const POLL_MS = 250;

/** The list's options that are choices: enabled, not a prompt. */
export function choices(el: HTMLSelectElement): HTMLOptionElement[] {
  return Array.from(el.options).filter((o, i) => !o.disabled && !isPromptOption(normalizeText(o.text), o.value, i));
}

/** A list's options as one text (values and normalised texts), to tell a list reloaded with other options. */
export function optionsKey(options: readonly { value: string; norm: string }[]): string {
  return options.map((o) => `${o.value}\u0000${o.norm}`).join('\u0001');
}

/** optionsKey of a live list's options. */
export const liveOptionsKey = (el: HTMLSelectElement) => optionsKey(Array.from(el.options, (o) => ({ value: o.value, norm: normalizeText(o.text) })));

/** A live option as the plan reads one (OptionSnapshot), to be chosen by the plan's rules. */
const asOption = (o: HTMLOptionElement): OptionSnapshot => ({ value: o.value, text: o.text.trim(), norm: normalizeText(o.text), disabled: o.disabled, selected: o.selected, placeholder: false });

/**
 * The option the preview's choice (findOption) takes for a profile value among live options: a
 * list planned before its options loaded (a cascade's child) is chosen by the same rules as one
 * whose options the preview saw (初级工程师 for 助理工程师, "02-助理工程师": breaker 7c item 9).
 */
function chosenFor(options: readonly HTMLOptionElement[], wanted: string): HTMLOptionElement | undefined {
  const read = options.map(asOption);
  const found = findOption(read, wanted);
  return found && options[read.indexOf(found)];
}

/**
 * The live option for a planned choice: `wanted`'s when given; for a planned option, the one
 * with its value and text, else its normalised text; with none planned, the one findOption
 * chooses for `text` (chosenFor).
 */
export function findLive(el: HTMLSelectElement, text: string, value: string | undefined, wanted?: (o: HTMLOptionElement) => boolean): HTMLOptionElement | undefined {
  const norm = normalizeText(text);
  const options = choices(el);
  if (wanted) return options.find(wanted);
  if (value === undefined) return chosenFor(options, text);
  return options.find((o) => o.value === value && normalizeText(o.text) === norm) ?? options.find((o) => normalizeText(o.text) === norm);
}

/**
 * Whether a list offers choices, none of them the one writeSelect would take — a list the page
 * filled with other options than those planned against.
 * @param el the live select. @param text the planned option's text (the profile's value when
 *   none was planned). @param value the planned option's value, absent for a list planned
 *   before its options loaded.
 */
export function lacksOption(el: HTMLSelectElement, text: string, value: string | undefined): boolean {
  return choices(el).length > 0 && !findLive(el, text, value);
}

/**
 * Resolves when `el`'s subtree changes (a list's options, a form's lists drawn anew), or `ms` ms
 * pass, or the signal aborts; never rejects.
 */
export function waitForOptions(el: Node, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const W = el.ownerDocument?.defaultView as (Window & typeof globalThis) | null;
    const Observer = W?.MutationObserver ?? MutationObserver;
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const observer = new Observer(done);
    observer.observe(el, { childList: true, subtree: true, attributes: true, characterData: true });
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** What writeSelect needs besides the list and the planned option. */
export interface SelectWriteOptions {
  /** Stops the wait for options. */
  signal?: AbortSignal;
  /** For a list planned before its options loaded, which option is the one (a day list's by number); by default the option with the planned text. */
  wanted?: (o: HTMLOptionElement) => boolean;
  /**
   * Finds the field again once the page has replaced the list with a new element (a cascade
   * drawing its child list anew: breaker 31a F11); null while none is there.
   */
  refind?: () => HTMLElement | null;
}

/**
 * What writeSelect says of a list it leaves unwritten, the planned option not found in it: gone
 * from the page with none in its place ("页面已变化，找不到该栏"; a detached element would read back
 * as written: breaker 7c F5), offering no choice at all (its options not loaded: needs-user), or
 * offering others only ("页面没有该选项"), or offering it disabled ("页面有该选项，但不允许选择"). Said too of a cascade child the page enabled after the fill
 * found it disabled, which the fill's watch could not write (lib/fill/apply.ts endedWaiting).
 * @param list the list as last found; null when none is in the page.
 * @param text the planned option's text (the profile's value when none was planned).
 */
export function unwrittenSelect(list: HTMLSelectElement | null, text: string): WriteResult {
  if (!list?.isConnected) return { result: 'failed', detail: t('fill_reason_control_gone') };
  if (choices(list).length === 0) return { result: 'needs-user', detail: t('fill_reason_options_not_loaded', CASCADE_WAIT_MS / 1000, text) };
  // The option there but disabled since the preview: the page's decision, said so (breaker 38),
  // the option found as the plan finds one (noOptionReason: a disabled 01-汉族 for 汉族 too).
  const listed = Array.from(list.options).filter((o, i) => !isPromptOption(normalizeText(o.text), o.value, i));
  return { result: 'failed', detail: noOptionReason(listed.map(asOption), text) };
}

/**
 * @param el the live select. @param text the option's display text from the plan.
 * @param value the planned option value (absent for a cascade child planned before its options
 *   loaded); an option counts by its text, never by this value alone (a list reloaded with other
 *   options may give it another text: breaker 31a F8).
 * @param opts the abort signal, the wanted option, the re-finder (SelectWriteOptions).
 * @returns filled when the select holds the option after blur (`el` set when that is the list
 *   the page put in place of the one given); needs-user when, after CASCADE_WAIT_MS, the list
 *   still offers no choice at all (only prompts: its options have not loaded); failed when it
 *   offers others but not this one ("页面没有该选项", or it disabled: "页面有该选项，但不允许选择") or the page changed the selection afterwards,
 *   or the list is gone from the page and none came in its place within CASCADE_WAIT_MS
 *   ("页面已变化，找不到该栏").
 */
export async function writeSelect(el: HTMLSelectElement, text: string, value: string | undefined, opts: SelectWriteOptions = {}): Promise<WriteResult> {
  const { signal, wanted, refind } = opts;
  let list = el;
  /** The list as the page has it now: the one given, or the element drawn in its place; null while it is gone (removed, to be drawn again). */
  const live = () => {
    const found = list.isConnected ? list : refind?.();
    if (found instanceof HTMLSelectElement) list = found;
    return list.isConnected ? list : null;
  };
  const look = () => {
    const now = live();
    return now ? findLive(now, text, value, wanted) : undefined;
  };
  let option = look();
  const deadline = Date.now() + CASCADE_WAIT_MS;
  while (!option && Date.now() < deadline && !signal?.aborted) {
    // Looked at again on every change of the list, and every POLL_MS besides: the wait never rests on the observer alone (nor on a list gone from the page).
    await waitForOptions(list, Math.min(POLL_MS, deadline - Date.now()), signal);
    option = look();
  }
  // A list that never came back is not written: a detached element would read back as written (breaker 7c F5).
  if (!list.isConnected || !option) return unwrittenSelect(list, text);
  focusLikePerson(list);
  setNativeValue(list, option.value);
  option.selected = true;
  fire(list, 'input');
  fire(list, 'change');
  blurLikePerson(list);
  showChoice(list, option);
  await settle();
  const selected = list.selectedIndex >= 0 ? list.options[list.selectedIndex] : undefined;
  const written = selected === option ? { result: 'filled' as const } : changedByPage(selected ? selected.text.trim() : '');
  return list === el ? written : { ...written, el: list };
}
