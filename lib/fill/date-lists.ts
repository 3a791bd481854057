/**
 * Dates chosen in lists instead of typed: `出生年月：[1998]年[05]月`, `[1998] 年 [5] 月 [12] 日`, a
 * 终止时间 whose year list offers 至今. The year's list carries the field's key; the month and day
 * lists after it are its parts (lib/fields/recognize.ts dateParts, which the checks read too).
 * Only rendered options are chosen (ASP.NET event validation, spec/portal.md).
 */
import type { ControlSnapshot, OptionSnapshot, PageSnapshot } from '../page/snapshot';
import { dateParts, pageFieldValues } from '../fields/recognize';
import type { FieldKey } from '../fields/keys';
import { formatDate } from './dates';
import { choosable, listedOptions } from './display';
import { t } from '../i18n/t';
import { normalizeText } from '../page/normalize';
import { partNumber } from '../fields/date-fields';

/** Read here, kept with the dates the checks read (the content script's: checks 58). */
export { partNumber };

/** One list of a date and the option to choose in it. */
export interface DateListChoice {
  /** Index into PageSnapshot.controls. */
  control: number;
  /**
   * The option's value; absent for a list offering no choice yet (a day list the page builds
   * once the month is chosen): the writer waits for it and picks the option by its number.
   */
  option?: string;
  /** The option's text as the page shows it ("1998", "05", "5", "至今"); the number for a list not loaded yet. */
  text: string;
}

/** What the lists' units are called in a reason: year, month, day. */
const UNITS = ['年', '月', '日'];

/** The profile's word for a job still held (lib/fill/profile-values.ts: a null end date). */
const UNTIL_NOW = '至今';

/**
 * A date chosen in lists as the preview and the report show dates (2016-09, as a date box's ISO
 * value reads): each list's number, the month and the day in two digits, joined by "-" — never
 * the options' own units or padding ("2016年", "9月" → "2016-09", not 2016年-9月: breaker 38); a
 * word kept as it is (至今).
 * @param texts the lists' option texts (or values read), year first, as far as chosen.
 * @returns the date as shown; "" for none.
 */
export function listsDate(texts: readonly string[]): string {
  return texts
    .map((text, i) => {
      const n = partNumber(normalizeText(text));
      return Number.isNaN(n) ? text.trim() : String(n).padStart(i === 0 ? 4 : 2, '0');
    })
    .join('-');
}

/**
 * The option meaning a number: by its text (normalised), else by its value, since pages write
 * months both padded and not.
 */
function numberOption(options: readonly OptionSnapshot[], n: number): OptionSnapshot | undefined {
  return options.find((o) => partNumber(o.norm) === n) ?? options.find((o) => partNumber(o.value) === n);
}

/**
 * The options to choose in a date's lists for a profile date.
 * @param snapshot the page. @param year the list carrying the date's key (its year).
 * @param value the profile's date, `YYYY-MM-DD` or `YYYY-MM` (spec/profile-format.md), or 至今.
 * @returns `{ lists }`, year first, then month and day as the page has them (至今: the year's
 *   至今 option alone, the month list left as it is; a month or day list with no choice yet
 *   carries the number only); or `{ reason }` in the browser's language when the profile's
 *   date is shorter than the lists ask (formatDate's reason) or a list lacks the option
 *   ("页面没有该选项：1949年"; for 至今 when the year list offers none), or has it disabled
 *   ("页面有该选项，但不允许选择：1949年").
 */
export function chooseDateOptions(snapshot: PageSnapshot, year: ControlSnapshot, value: string): { lists: DateListChoice[] } | { reason: string } {
  const lists = [year, ...dateParts(snapshot, year)];
  if (value === UNTIL_NOW) {
    const own = choosable(year).find((o) => o.norm === UNTIL_NOW);
    return own ? { lists: [{ control: year.index, option: own.value, text: own.text }] } : { reason: t('fill_reason_ongoing_no_year_option') };
  }
  const formatted = formatDate(value, ['yyyy', 'yyyy-MM', 'yyyy-MM-dd'][lists.length - 1]!);
  if (!formatted.ok) return { reason: formatted.reason };
  const wanted = formatted.text.split('-').map(Number);
  const chosen: DateListChoice[] = [];
  for (const [i, list] of lists.entries()) {
    const offered = choosable(list);
    if (i > 0 && offered.length === 0) {
      chosen.push({ control: list.index, text: String(wanted[i]) });
      continue;
    }
    const option = numberOption(offered, wanted[i]!);
    // One the page lists but disabled is its decision, said so (breaker 38).
    const barred = option ? undefined : numberOption(listedOptions(list), wanted[i]!);
    if (barred) return { reason: t('fill_reason_option_disabled', barred.text) };
    if (!option) return { reason: t('fill_reason_no_option', `${wanted[i]}${UNITS[i]}`) };
    chosen.push({ control: list.index, option: option.value, text: option.text });
  }
  return { lists: chosen };
}

/**
 * How a date's lists stand against the planned choices.
 * @returns `empty` when none shows a choice (a prompt, or a first option shown only because
 *   nothing was chosen), `same` when each shows its planned option, else `differs` (also when a
 *   list is still to load: its part of the date is not there).
 */
export function dateListsState(snapshot: PageSnapshot, lists: readonly DateListChoice[]): 'empty' | 'same' | 'differs' {
  const shown = lists.map((l) => {
    const c = snapshot.controls[l.control]!;
    const selected = c.defaultChoice ? undefined : c.options.find((o) => o.selected && !o.placeholder);
    return selected?.value;
  });
  if (shown.every((v) => v === undefined)) return 'empty';
  return shown.every((v, i) => v !== undefined && v === lists[i]!.option) ? 'same' : 'differs';
}

/**
 * What a date's lists show now, read as one date the way the checks read it (pageFieldValues) and
 * shown as listsDate shows it: "1998-05-12", "1998" while only the year is chosen (its list's
 * 1998年 too), "" when not even the year is.
 * @param snapshot the page. @param year the list carrying the date's key. @param key that key.
 */
export function shownDate(snapshot: PageSnapshot, year: ControlSnapshot, key: FieldKey): string {
  const read = pageFieldValues(snapshot, [{ control: year.index, key, score: 1, evidence: [], ambiguous: [], taught: false }])[0]?.value ?? '';
  return read === '' ? '' : listsDate(read.split('-'));
}
