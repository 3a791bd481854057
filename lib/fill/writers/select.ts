/**
 * Writer for <select>: choose a rendered option only (ASP.NET event validation rejects a value
 * that was not rendered, spec/portal.md), never a "请选择" prompt. When the option is not there
 * yet — a cascading child whose options arrive after its parent changed — wait for the select's
 * options to change (MutationObserver, bounded) and look again by text.
 */
import { normalizeText } from '../../page/normalize';
import { blurLikePerson, fire, focusLikePerson, setNativeValue, settle } from '../events';
import { changedByPage, type WriteResult } from './types';

/** How long a child select may take to receive its options after the parent changed. */
export const CASCADE_WAIT_MS = 1500;
const PROMPT = /^(-+|—+)?(请选择|请选|选择|全部|--)/;

function isPrompt(o: HTMLOptionElement, i: number): boolean {
  const norm = normalizeText(o.text);
  return norm === '' || PROMPT.test(norm) || (o.value === '' && i === 0);
}

/** The live option for a planned choice: same value and text, else same normalised text. */
function findLive(el: HTMLSelectElement, text: string, value: string | undefined): HTMLOptionElement | undefined {
  const norm = normalizeText(text);
  const options = Array.from(el.options).filter((o, i) => !o.disabled && !isPrompt(o, i));
  return (
    (value !== undefined ? options.find((o) => o.value === value && normalizeText(o.text) === norm) : undefined) ??
    options.find((o) => normalizeText(o.text) === norm)
  );
}

/** Resolve when `el`'s subtree changes or the time runs out (or the signal aborts). */
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
 * @returns filled when the select holds the option after blur; failed when the option never
 *   appeared ("页面没有该选项") or the page changed the selection afterwards.
 */
export async function writeSelect(el: HTMLSelectElement, text: string, value: string | undefined, signal?: AbortSignal): Promise<WriteResult> {
  let option = findLive(el, text, value);
  const deadline = Date.now() + CASCADE_WAIT_MS;
  while (!option && Date.now() < deadline && !signal?.aborted) {
    await waitForOptions(el, deadline - Date.now(), signal);
    option = findLive(el, text, value);
  }
  if (!option) return { result: 'failed', detail: `页面没有该选项：${text}` };
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
