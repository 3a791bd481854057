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
