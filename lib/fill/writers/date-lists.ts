/**
 * Writer for a date chosen in lists (lib/fill/date-lists.ts): the year's list, then the month's,
 * then the day's, each through writeSelect — in that order because a page may rebuild the day
 * list for the chosen month, or build it only then (writeSelect waits for an option that is not
 * there yet).
 */
import { writeSelect } from './select';
import { partNumber } from '../date-lists';
import { normalizeText } from '../../page/normalize';
import type { WriteResult } from './types';

/** One list to write: its live element (null when gone), the option's text and value (DateListChoice). */
export interface DateListWrite {
  el: HTMLElement | null;
  text: string;
  option?: string;
}

/**
 * @param lists the date's lists, year first. @param signal stops between lists.
 * @returns filled when every list holds its option; else the first list's failure (a list gone
 *   from the page: "页面已变化，找不到该栏"; see writeSelect for the others).
 */
export async function writeDateLists(lists: readonly DateListWrite[], signal?: AbortSignal): Promise<WriteResult> {
  for (const { el, text, option } of lists) {
    if (!(el instanceof HTMLSelectElement)) return { result: 'failed', detail: '页面已变化，找不到该栏' };
    // A list planned before it had options is matched by the number it stands for ("12" = "12日").
    const byNumber = option === undefined ? (o: HTMLOptionElement) => partNumber(normalizeText(o.text)) === Number(text) || partNumber(o.value) === Number(text) : undefined;
    const written = await writeSelect(el, text, option, signal, byNumber);
    if (written.result !== 'filled') return written;
  }
  return { result: 'filled' };
}
