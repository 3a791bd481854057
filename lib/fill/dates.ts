/**
 * Dates in the page's own format. Profile dates are `YYYY-MM-DD` or `YYYY-MM`
 * (spec/profile-format.md); pages show My97-style patterns (`yyyy-MM-dd`, `yyyy-MM`,
 * `yyyy年MM月dd日`, `yyyyMMdd`…) which we read from the widget's declared format, the box's
 * current value, its placeholder, the hint after it, or its maxlength, defaulting to `yyyy-MM-dd`
 * (spec/portal.md: "a calendar widget … in yyyy-MM-dd").
 */
import type { ControlSnapshot } from '../page/snapshot';
import { t } from '../i18n/t';
import { END_YEAR_LABEL, START_YEAR_LABEL, isUnsetDate } from '../fields/date-fields';
import { boxHints } from './box-hints';

export const DEFAULT_DATE_FORMAT = 'yyyy-MM-dd';

/**
 * A date as a page writes it: separated ("2020-07-01", "2020/7/1", "2020.07", "2020年7月1日",
 * "2020年7月"), compact ("20200701", "202007"), or as ASP.NET's DateTime.ToString() renders a
 * saved date, the time after it ("1998-5-12 0:00:00", "2020/7/1 0:00:00"), or after a T as its
 * JSON writes it, which a page filled by script shows ("1998-05-12T00:00:00": layui's form.val,
 * breaker 41 item 2; the unset date's UNSET_DATE knows it too), or with its weekday after it, as
 * My97's 'yyyy年MM月dd日 DD' writes it ("1998年05月12日 星期二": fill 45). Groups: year;
 * separator, month, day (separated); month, day (年月日); month, day (compact); the time; the weekday.
 */
const SHOWN_DATE = /^(\d{4})(?:([-/.])(\d{1,2})(?:\2(\d{1,2}))?|年(\d{1,2})月(?:(\d{1,2})日)?|(\d{2})(\d{2})?)([\sT]+\d{1,2}:\d{2}(?::\d{2})?)?(\s*星期.)?$/;

/** A date read from page text. */
export interface DateParts {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31; absent for a year-month. */
  day?: number;
}

/** A date read from page text: its parts, and the pattern that writes another date the same way. */
export interface ShownDate extends DateParts {
  /** A pattern for formatDate ("yyyy/M/d 0:00:00", "yyyy年MM月", "yyyyMMdd"). */
  format: string;
}

/** SHOWN_DATE's match of a text with its month and day in range: the parts, the digits as written, the groups. */
function matchShownDate(text: string): { date: DateParts; monthText: string; dayText: string | undefined; groups: RegExpExecArray } | null {
  const groups = SHOWN_DATE.exec(text.trim());
  if (!groups) return null;
  const [, year, , sepMonth, sepDay, cnMonth, cnDay, compactMonth, compactDay] = groups;
  const monthText = (sepMonth ?? cnMonth ?? compactMonth)!;
  const dayText = sepDay ?? cnDay ?? compactDay;
  const month = Number(monthText);
  const day = dayText === undefined ? undefined : Number(dayText);
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return null;
  return { date: { year: Number(year), month, ...(day === undefined ? {} : { day }) }, monthText, dayText, groups };
}

/**
 * Read a date as a page writes it (SHOWN_DATE), without how it is written (the pre-submit checks
 * need only the date; see readShownDate for the rules).
 * @param text the text, trimmed or not. @returns the date, or null. Never throws.
 */
export function readShownDateParts(text: string): DateParts | null {
  return matchShownDate(text)?.date ?? null;
}

/** A date read from page text that may be a year alone: its month is then unknown. */
export type YearOrDate = Omit<DateParts, 'month'> & { month?: number };

/**
 * Read a date as a page writes it (readShownDateParts), or a year alone, as a box asking only the
 * year holds it (入学年份 [2016], "2016年"; checks 61 item 2) and a date's lists show it before the
 * month is chosen (出生日期 [1998▼][▼]: id-birthdate-mismatch). Not readShownDateParts itself,
 * which the autofill reads a box's own format with: a year alone says no format of a date.
 * @param text the text, trimmed or not. @returns the date (no month for a year alone), or null.
 */
export function readShownYearOrDate(text: string): YearOrDate | null {
  const year = /^\s*(\d{4})年?\s*$/.exec(text);
  return year ? { year: +year[1]! } : readShownDateParts(text);
}

/**
 * Read a date as a page writes it (SHOWN_DATE), and how it is written.
 * @param text the text, trimmed or not. @returns the date, or null when the text is no date
 *   of those shapes or its month or day is out of range. A month and day of two digits give
 *   "MM" / "dd"; one of one digit ("2020/7/12") gives "M" / "d", since that page does not pad.
 *   A time after the date is kept in the pattern as written. Never throws.
 */
export function readShownDate(text: string): ShownDate | null {
  const read = matchShownDate(text);
  if (!read) return null;
  const { date, monthText, dayText, groups } = read;
  const [, , sep, , , cnMonth, , , , time, weekday] = groups;
  const padded = monthText.length === 2 && (dayText === undefined || dayText.length === 2);
  const [mm, dd] = padded ? ['MM', 'dd'] : ['M', 'd'];
  const noDay = date.day === undefined;
  const format = sep !== undefined ? `yyyy${sep}${mm}${noDay ? '' : sep + dd}` : cnMonth !== undefined ? `yyyy年${mm}月${noDay ? '' : `${dd}日`}` : `yyyyMM${noDay ? '' : 'dd'}`;
  return { ...date, format: format + (time ?? '') + (weekday?.replace(/星期./, 'DD') ?? '') };
}

/** A date written with a two-digit year, as a page's 'yy-MM-dd' writes it ("98-05-12", "98/5/12"): year, separator, month, day. */
const SHORT_YEAR_DATE = /^(\d{2})([-/.])(\d{1,2})\2(\d{1,2})$/;

/**
 * Read a date as a page writes it (readShownDate), or with a two-digit year (SHORT_YEAR_DATE: its
 * `year` is then those two digits, 0–99, and its format "yy-MM-dd"; fill 45). Kept out of
 * readShownDate, which the content script's checks read: a year of two digits is the fill's
 * business alone (a box's own way of writing, to match and to write again).
 * @param text the text, trimmed or not. @returns the date, or null. Never throws.
 */
export function readFilledDate(text: string): ShownDate | null {
  const shown = readShownDate(text);
  if (shown) return shown;
  const m = SHORT_YEAR_DATE.exec(text.trim());
  if (!m) return null;
  const [, year, sep, month, day] = m as unknown as [string, string, string, string, string];
  const read = readShownDate(`20${year}${sep}${month}${sep}${day}`);
  return read && { ...read, year: Number(year), format: read.format.replace('yyyy', 'yy') };
}

/**
 * Whether a box's text is the profile's date at the precision the box shows: year and month
 * for a year-month format, the day too for a full date ("1998/5/12" = 1998-05-12, "2020年7月" =
 * 2020-07-01 in a year-month box, "2020/7/1 0:00:00" = 2020-07-01).
 * @param shown the box's text. @param value the profile's `YYYY-MM-DD` or `YYYY-MM`.
 * @param fmt the box's pattern (detectDateFormat). @returns false when either is no date.
 */
export function sameDate(shown: string, value: string, fmt: string): boolean {
  const a = readFilledDate(shown);
  const b = readFilledDate(value);
  // A two-digit year ("98-05-12") is the profile's year's last two digits.
  const sameYear = a && b && (a.year === b.year || (Math.min(a.year, b.year) < 100 && a.year % 100 === b.year % 100));
  if (!a || !b || !sameYear || a.month !== b.month) return false;
  return !formatHasDay(fmt) || (a.day !== undefined && a.day === b.day);
}

/**
 * A pattern written in a placeholder or hint: "yyyy", a period's year label (入学年份, 起止年份), "yyyy-mm-dd", "YYYY年MM月", "yy-MM-dd", My97's
 * "yyyy年MM月dd日 DD" (its weekday) and "yyyy-MM-dd HH:mm" (a time, written as midnight: the
 * profile has none, and the page's validator refuses the date without it; fill 45), "格式：2020-01-01",
 * "如：2020年01月", "格式：201509".
 */
function formatFromHint(hint: string): string | null {
  const h = hint.normalize('NFKC').replace(/\s+/g, '');
  // A year picker's hint, the whole of it ("yyyy", "请选择年份"; breaker pickers20 item 3), or a
  // label asking a period's year (入学年份 [    ], 毕业年度, 起始年: its star and colon aside), whose
  // box takes 2016, never 2016-09-01 (checks 61 item 2); or a whole period's years (起止年份: fill 64).
  const label = h.replace(/^\*+|:$/g, '');
  if (/^[yY]{4}$|^(请?(选择|输入))?年份$/.test(h) || /^起[止讫至]年份$/.test(label) || START_YEAR_LABEL.test(label) || END_YEAR_LABEL.test(label)) return 'yyyy';
  const pat = /([yY]{4}|[yY]{2})([-/.年]?)[mM]{1,2}(?:([-/.月]?)[dD]{1,2}(日?)(?:[hH]{1,2}:mm(:ss)?)?(DD)?)?(月?)/.exec(h);
  if (pat) {
    const [whole, y, s1, s2, dayEnd, seconds, weekday, monthEnd] = pat;
    const year = y!.length === 4 ? 'yyyy' : 'yy';
    if (s2 !== undefined && /[dD]/.test(whole.replace(/DD$/, ''))) {
      // The whitespace the hint had was dropped above: the time and weekday go after a space, as My97 writes them.
      const time = /[hH]:/.test(whole) ? ` 00:00${seconds ? ':00' : ''}` : '';
      return `${year}${s1}MM${s2}dd${dayEnd ?? ''}${time}${weekday ? ' DD' : ''}`;
    }
    return `${year}${s1}MM${monthEnd ?? ''}`;
  }
  // An example date only where it is given as one ("如：2020年01月", "格式:2020-01-01", or the
  // whole hint): "2019年9月1日后入学须附…" and "须在2024年12月31日前" are rules, not formats.
  // A six-digit example is a year-month only in this century or the last ("如：201509"), with a
  // month (readShownDate): a postcode "510000" or an area code "440106" is none.
  const example = /(?:^|如|例|格式|示例)[:]?(\d{4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?月?|\d{8}|(?:19|20)\d{4})(?!\d)/.exec(h);
  return example ? (readShownDate(example[1]!)?.format ?? null) : null;
}

/**
 * The date format the page declares for a control, if it declares one.
 * @param c the control (its `dateFormat`, value, placeholder/title labels, the hint written
 *   after it — "（格式：yyyy/MM/dd）" —, a format written in its other labels — "起始年月(yyyy.mm)" —
 *   and maxLength — 4 a year, 6, 7 and 8 a month or a date — are read, in that order).
 * @returns a pattern over the tokens yyyy, MM / M, dd / d (e.g. "yyyy年MM月dd日", "yyyy/M/d";
 *   one read from a saved value keeps its time: "yyyy/M/d 0:00:00"), or null when nothing on the
 *   page says how its dates are written.
 */
export function declaredDateFormat(c: ControlSnapshot): string | null {
  if (c.dateFormat) return c.dateFormat;
  // A saved date is written the way the page writes dates (readFilledDate: "1998/5/12", "2020年7月", "98-05-12").
  const shown = readFilledDate(c.value);
  if (shown) return shown.format;
  // The box's own hints first, then its labels (boxHints).
  for (const hint of boxHints(c)) {
    const fmt = formatFromHint(hint);
    if (fmt) return fmt;
  }
  // Four characters hold a year alone (a period's 起止年份 [    ] 至 [    ]: fill 64); a year box
  // followed by its month's is written in parts before any format is asked (dateParts).
  if (c.maxLength === 4) return 'yyyy';
  if (c.maxLength === 7) return 'yyyy-MM';
  if (c.maxLength === 8) return 'yyyyMMdd';
  if (c.maxLength === 6) return 'yyyyMM';
  return null;
}

/**
 * The date format a control expects: the one the page declares (declaredDateFormat), else
 * DEFAULT_DATE_FORMAT.
 * @param c the control. @returns a pattern over the tokens yyyy, MM / M, dd / d.
 */
export function detectDateFormat(c: ControlSnapshot): string {
  return declaredDateFormat(c) ?? DEFAULT_DATE_FORMAT;
}

/** Whether a format has a day part. */
export function formatHasDay(fmt: string): boolean {
  return /d/.test(fmt);
}

/**
 * Render a profile date in a page format.
 * @param value `YYYY-MM-DD` or `YYYY-MM`. @param fmt a pattern from detectDateFormat, over the
 *   tokens yyyy / yy, MM / M, dd / d, My97's DD (the weekday, 星期二) and a time (HH:mm:ss, written 00:00:00).
 * @returns `{ ok: true, text }`, or `{ ok: false, reason }` (in the browser's language) when the profile has only
 *   a month and the box needs a full date, or the value is not a date.
 */
export function formatDate(value: string, fmt: string): { ok: true; text: string } | { ok: false; reason: string } {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return { ok: false, reason: t('fill_reason_bad_date', value) };
  const [, y, mo, d] = m as unknown as [string, string, string, string | undefined];
  if (formatHasDay(fmt) && d === undefined) return { ok: false, reason: t('fill_reason_date_needs_day', value) };
  // My97's DD: the weekday, 星期二 (a day's format only).
  const weekday = d === undefined ? '' : `星期${'日一二三四五六'[new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDay()]}`;
  const text = fmt
    // A time the widget declares (My97 dateFmt 'yyyy-MM-dd HH:mm:ss'): midnight, the profile having
    // none; left as tokens it was written "2020-07-01 HH:mm:ss" and reported 已填写 (fill 45).
    .replace(/[Hh]{1,2}(?::m{1,2}(?::s{1,2})?)?/g, (time) => time.replace(/[Hhms]{1,2}/g, '00'))
    .replace(/DD/g, weekday)
    .replace(/yy(yy)?/g, (yy) => (yy.length === 4 ? y : y.slice(2)))
    .replace(/MM/g, mo)
    .replace(/(?<![A-Za-z])M(?![A-Za-z])/g, String(Number(mo)))
    .replace(/dd/g, d ?? '')
    .replace(/(?<![A-Za-z])d(?![A-Za-z])/g, d === undefined ? '' : String(Number(d)));
  return { ok: true, text };
}

/**
 * A date box's text as a value someone gave: its text, trimmed, or '' for a server's date never
 * set (isUnsetDate, lib/fields/date-fields.ts) — the portal's rendering of an empty DateTime, not the user's date, so the box
 * is filled as an empty one, without 覆盖 (breaker 38). Any other date, a real one the user typed
 * included, is kept unless 覆盖 is ticked.
 * @param text the box's value as the page has it. @returns the text the plan compares.
 */
export function heldDate(text: string): string {
  const trimmed = text.trim();
  return isUnsetDate(trimmed) ? '' : trimmed;
}
