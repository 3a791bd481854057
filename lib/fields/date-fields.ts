/**
 * Date fields, read alike by the autofill (lib/fill) and the checks (lib/checks): which keys
 * hold a date, and what a server shows in a date box for a date never set (breaker 38; before
 * breaker 39 only the autofill knew it, and the checks read 1900-01-01 as the applicant's date).
 */
import type { FieldKey } from './keys';

/**
 * Whether a key's value is a date (its property ends in Date: basic.birthDate,
 * education.startDate), written in the page's format (lib/fill/dates.ts).
 * @param key a field key, or null for a control no key names. @returns true for a date key.
 */
export function isDateKey(key: FieldKey | null): boolean {
  return !!key && /Date$/.test(key);
}

/**
 * A period's start date asked by its year, in a box or a list (a month list after it is read with
 * it: lib/fields/recognize.ts dateParts): 起始年, 入学年份, 入职年份, 开始年度 (fill 57, checks 59;
 * 入学年份 [2020] typed: checks 61 item 2). A label of the record steps' startDate rows
 * (lib/fields/dictionary.ts), and a box's format, yyyy (lib/fill/dates.ts).
 */
export const START_YEAR_LABEL = /^(起始|开始|起|入学|入职|任职起始)(年份?|年度)$/;
/** A period's end date asked by its year: 终止年, 毕业年份, 离职年份, 毕业年度 (as START_YEAR_LABEL). */
export const END_YEAR_LABEL = /^(终止|结束|止|截止|毕业|离职|任职终止)(年份?|年度)$/;

/**
 * What an ASP.NET page shows in a date box for a date never set: .NET's DateTime.MinValue
 * (0001-01-01; "0001/1/1 0:00:00" as zh-CN writes it, "1/1/0001 12:00:00 AM" as en-US does) or
 * SQL Server's base date, 1900-01-01, which its datetime column stores for an empty string
 * ("1900/1/1 0:00:00", "1900-01-01T00:00:00"), with or without the time, in the portal's date separators or none
 * (19000101 in a yyyyMMdd box). No applicant was born or began a job or a course on either day.
 * Groups capture (only `test` reads it): fewer bytes of the content script than `(?:`.
 */
const UNSET_DATE = /^((0001|1900)([-/.]0?1[-/.]0?1|年0?1月0?1日|0101)|0?1\/0?1\/(0001|1900))([\sT]+(0?0:00(:00(\.0+)?)?|12:00:00\s*AM))?$/i;

/**
 * Whether a date box's text is a server's date never set (UNSET_DATE): the portal's rendering of
 * an empty DateTime, not anyone's date. The autofill fills such a box as an empty one
 * (lib/fill/dates.ts heldDate), and the checks read it as blank (lib/checks/common.ts isUnfilled).
 * @param text the box's value as the page has it (spaces around it and full-width digits allowed).
 * @returns true for 1900-01-01, 1900/1/1 0:00:00, 0001-01-01, 1/1/0001 12:00:00 AM, 19000101 …;
 *   false for any other text, a real date or 1900-01-01 with another time ("1900-01-01 8:30").
 */
export function isUnsetDate(text: string): boolean {
  return UNSET_DATE.test(text.trim().normalize('NFKC'));
}

/**
 * A date part's option text or value read as a number ("05" = "5" = "5月" = 5, "1998年" = 1998;
 * a unit 份 too, 5月份 = 5, as the checks' parseInt read it before; a month or day in Chinese numerals,
 * 九月 = 9, 十月 = 10, 十二月 = 12, 二十一日 = 21, as some portals word
 * their month lists: fill 57), as the fill chooses options and the checks read a date's lists
 * (lib/fields/recognize.ts dateParts, pageFieldValues: checks 58); NaN for anything else.
 */
export function partNumber(text: string): number {
  const digits = text.replace(/[年月日度号份]+$/, '');
  if (/^\d+$/.test(digits)) return +digits;
  // Numerals summed, 十 multiplying what is before it (or 1): 十二 = 12, 二十 = 20, 二十一 = 21 (no 〇: a month or day has none).
  let n = digits ? 0 : NaN;
  for (const numeral of digits) {
    const d = '一二三四五六七八九十'.indexOf(numeral) + 1;
    n = d > 9 ? (n || 1) * 10 : d ? n + d : NaN;
  }
  return n;
}
