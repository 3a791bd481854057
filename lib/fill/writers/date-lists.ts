/**
 * Writer for a date chosen in lists (lib/fill/date-lists.ts): the year's list, then the month's,
 * then the day's, each through writeSelect — in that order because a page may rebuild the day
 * list for the chosen month (writeSelect waits for an option that is not there yet).
 */
import { writeSelect } from './select';
import type { WriteResult } from './types';

/** One list to write: its live element (null when gone), the option's text and value. */
export interface DateListWrite {
  el: HTMLElement | null;
  text: string;
  option: string;
}

/**
 * @param lists the date's lists, year first. @param signal stops between lists.
 * @returns filled when every list holds its option; else the first list's failure (a list gone
 *   from the page: "页面已变化，找不到该栏"; see writeSelect for the others).
 */
export async function writeDateLists(lists: readonly DateListWrite[], signal?: AbortSignal): Promise<WriteResult> {
  for (const { el, text, option } of lists) {
    if (!(el instanceof HTMLSelectElement)) return { result: 'failed', detail: '页面已变化，找不到该栏' };
    const written = await writeSelect(el, text, option, signal);
    if (written.result !== 'filled') return written;
  }
  return { result: 'filled' };
}
