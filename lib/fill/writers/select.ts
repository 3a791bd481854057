/**
 * Writer for <select>: choose a rendered option only (ASP.NET event validation rejects a value
 * that was not rendered, spec/portal.md), never a prompt (lib/fill/option-hints.ts). When the
 * option is not there yet — a cascading child whose options arrive after its parent changed,
 * by a script or an AJAX call that may take seconds — wait for it (bounded) and look again by
 * text.
 */
import { normalizeText } from '../../page/normalize';
import { blurLikePerson, fire, focusLikePerson, setNativeValue, settle } from '../events';
import { isPromptOption } from '../option-hints';
import { changedByPage, type WriteResult } from './types';
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
function choices(el: HTMLSelectElement): HTMLOptionElement[] {
  return Array.from(el.options).filter((o, i) => !o.disabled && !isPromptOption(normalizeText(o.text), o.value, i));
}

/** The live option for a planned choice: `wanted`'s when given, else same value and text, else same normalised text. */
function findLive(el: HTMLSelectElement, text: string, value: string | undefined, wanted?: (o: HTMLOptionElement) => boolean): HTMLOptionElement | undefined {
  const norm = normalizeText(text);
  const options = choices(el);
  if (wanted) return options.find(wanted);
  return (
    (value !== undefined ? options.find((o) => o.value === value && normalizeText(o.text) === norm) : undefined) ??
    options.find((o) => normalizeText(o.text) === norm)
  );
}

/** Resolve when `el`'s subtree changes or `ms` ms pass (or the signal aborts). */
function waitForOptions(el: HTMLSelectElement, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const W = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
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

/**
 * @param el the live select. @param text the option's display text from the plan.
 * @param value the planned option value (absent for a cascade child planned before its options loaded).
 * @param wanted for a list planned before its options loaded, which option is the one (a day
 *   list's by number); by default the option with `text`.
 * @returns filled when the select holds the option after blur; needs-user when, after
 *   CASCADE_WAIT_MS, the list still offers no choice at all (only prompts: its options have
 *   not loaded); failed when it offers others but not this one ("页面没有该选项") or the page
 *   changed the selection afterwards.
 */
export async function writeSelect(el: HTMLSelectElement, text: string, value: string | undefined, signal?: AbortSignal, wanted?: (o: HTMLOptionElement) => boolean): Promise<WriteResult> {
  let option = findLive(el, text, value, wanted);
  const deadline = Date.now() + CASCADE_WAIT_MS;
  while (!option && Date.now() < deadline && !signal?.aborted) {
    // Looked at again on every change of the list, and every POLL_MS besides: the wait never rests on the observer alone.
    await waitForOptions(el, Math.min(POLL_MS, deadline - Date.now()), signal);
    option = findLive(el, text, value, wanted);
  }
  if (!option && choices(el).length === 0) return { result: 'needs-user', detail: t('fill_reason_options_not_loaded', CASCADE_WAIT_MS / 1000, text) };
  if (!option) return { result: 'failed', detail: t('fill_reason_no_option', text) };
  focusLikePerson(el);
  setNativeValue(el, option.value);
  option.selected = true;
  fire(el, 'input');
  fire(el, 'change');
  blurLikePerson(el);
  await settle();
  const selected = el.selectedIndex >= 0 ? el.options[el.selectedIndex] : undefined;
  return selected === option ? { result: 'filled' } : changedByPage(selected ? selected.text.trim() : '');
}
