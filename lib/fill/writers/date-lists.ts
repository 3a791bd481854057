/**
 * Writer for a date chosen in lists (lib/fill/date-lists.ts): the year's list, then the month's,
 * then the day's, each through writeSelect — in that order because a page may rebuild the day
 * list for the chosen month, or build it only then (writeSelect waits for an option that is not
 * there yet, in the list drawn in the old one's place when the page replaces it).
 */
import { writeSelect } from './select';
import { partNumber } from '../date-lists';
import { normalizeText } from '../../page/normalize';
import { writeInTurn, type WriteResult } from './types';

/** One list to write: its live element (null when gone), the option's text and value (DateListChoice), and how to find it again once the page drew it anew (SelectWriteOptions.refind). */
export interface DateListWrite {
  el: HTMLElement | null;
  text: string;
  option?: string;
  refind?: () => HTMLElement | null;
}

/**
 * @param lists the date's lists, year first. @param signal stops between lists.
 * @returns filled when every list holds its option; else the first list's failure (a list gone
 *   from the page: "页面已变化，找不到该栏"; see writeSelect for the others).
 */
export function writeDateLists(lists: readonly DateListWrite[], signal?: AbortSignal): Promise<WriteResult> {
  return writeInTurn(
    lists,
    (el): el is HTMLSelectElement => el instanceof HTMLSelectElement,
    // A list planned before it had options is matched by the number it stands for ("12" = "12日").
    (el, { text, option, refind }) => {
      const byNumber = option === undefined ? (o: HTMLOptionElement) => partNumber(normalizeText(o.text)) === Number(text) || partNumber(o.value) === Number(text) : undefined;
      // A day list the month's change drew anew is written where the page put it (breaker 31a F11).
      return writeSelect(el, text, option, { signal, wanted: byNumber, refind });
    },
  );
}
