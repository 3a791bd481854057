/**
 * Dates in the page's own format. Profile dates are `YYYY-MM-DD` or `YYYY-MM`
 * (spec/profile-format.md); pages show My97-style patterns (`yyyy-MM-dd`, `yyyy-MM`,
 * `yyyy年MM月dd日`, `yyyyMMdd`…) which we read from the widget's declared format, the box's
 * current value, its placeholder, the hint after it, or its maxlength, defaulting to `yyyy-MM-dd`
 * (spec/portal.md: "a calendar widget … in yyyy-MM-dd").
 */
import type { ControlSnapshot } from '../page/snapshot';

export const DEFAULT_DATE_FORMAT = 'yyyy-MM-dd';

/** Value shapes → format, most specific first. */
const VALUE_SHAPES: [RegExp, string][] = [
  [/^\d{4}-\d{2}-\d{2}$/, 'yyyy-MM-dd'],
  [/^\d{4}\/\d{2}\/\d{2}$/, 'yyyy/MM/dd'],
  [/^\d{4}\.\d{2}\.\d{2}$/, 'yyyy.MM.dd'],
  [/^\d{4}年\d{1,2}月\d{1,2}日$/, 'yyyy年MM月dd日'],
  [/^\d{8}$/, 'yyyyMMdd'],
  [/^\d{4}-\d{2}$/, 'yyyy-MM'],
  [/^\d{4}\/\d{2}$/, 'yyyy/MM'],
  [/^\d{4}\.\d{2}$/, 'yyyy.MM'],
  [/^\d{4}年\d{1,2}月$/, 'yyyy年MM月'],
  [/^\d{6}$/, 'yyyyMM'],
];

/** A pattern written in a placeholder or hint: "yyyy-mm-dd", "YYYY年MM月", "格式：2020-01-01", "如：2020年01月". */
function formatFromHint(hint: string): string | null {
  const h = hint.normalize('NFKC').replace(/\s+/g, '');
  const pat = /[yY]{4}([-/.年]?)[mM]{1,2}(?:([-/.月]?)[dD]{1,2}(日?))?(月?)/.exec(h);
  if (pat) {
    const [, s1, s2, dayEnd, monthEnd] = pat;
    if (s2 !== undefined && /[dD]/.test(pat[0])) return `yyyy${s1}MM${s2}dd${dayEnd ?? ''}`;
    return `yyyy${s1}MM${monthEnd ?? ''}`;
  }
  // An example date only where it is given as one ("如：2020年01月", "格式:2020-01-01", or the
  // whole hint): "2019年9月1日后入学须附…" and "须在2024年12月31日前" are rules, not formats.
  const example = /(?:^|如|例|格式|示例)[:]?(\d{4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?月?|\d{8})(?!\d)/.exec(h);
  if (example) for (const [re, fmt] of VALUE_SHAPES) if (re.test(example[1]!)) return fmt;
  return null;
}

/**
 * The date format a control expects.
 * @param c the control (its `dateFormat`, value, placeholder/title labels, the hint written
 *   after it — "（格式：yyyy/MM/dd）" —, a format written in its other labels — "起始年月(yyyy.mm)" —
 *   and maxLength are read, in that order).
 * @returns a pattern over the tokens yyyy, MM, dd (e.g. "yyyy年MM月dd日"); DEFAULT_DATE_FORMAT
 *   when nothing on the page says otherwise.
 */
export function detectDateFormat(c: ControlSnapshot): string {
  if (c.dateFormat) return c.dateFormat;
  const value = c.value.trim();
  for (const [re, fmt] of VALUE_SHAPES) if (re.test(value)) return fmt;
  // The box's own hints first, then its labels: a column header "起始年月(yyyy.mm)" may be the
  // only place a record form says it.
  const own = (l: { source: string }) => l.source === 'placeholder' || l.source === 'title';
  const hints = [...c.labels.filter(own).map((l) => l.raw), c.hintAfter ?? '', ...c.labels.filter((l) => !own(l)).map((l) => l.raw)];
  for (const hint of hints) {
    const fmt = formatFromHint(hint);
    if (fmt) return fmt;
  }
  if (c.maxLength === 7) return 'yyyy-MM';
  if (c.maxLength === 8) return 'yyyyMMdd';
  if (c.maxLength === 6) return 'yyyyMM';
  return DEFAULT_DATE_FORMAT;
}

/** Whether a format has a day part. */
export function formatHasDay(fmt: string): boolean {
  return /d/.test(fmt);
}

/**
 * Render a profile date in a page format.
 * @param value `YYYY-MM-DD` or `YYYY-MM`. @param fmt a pattern from detectDateFormat.
 * @returns `{ ok: true, text }`, or `{ ok: false, reason }` (Chinese) when the profile has only
 *   a month and the box needs a full date, or the value is not a date.
 */
export function formatDate(value: string, fmt: string): { ok: true; text: string } | { ok: false; reason: string } {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return { ok: false, reason: `档案中的日期“${value}”格式不对` };
  const [, y, mo, d] = m as unknown as [string, string, string, string | undefined];
  if (formatHasDay(fmt) && d === undefined) return { ok: false, reason: `档案只有年月（${value}），页面要求完整日期，请补全后再填` };
  const text = fmt
    .replace(/yyyy/g, y)
    .replace(/MM/g, mo)
    .replace(/(?<![A-Za-z])M(?![A-Za-z])/g, String(Number(mo)))
    .replace(/dd/g, d ?? '')
    .replace(/(?<![A-Za-z])d(?![A-Za-z])/g, d === undefined ? '' : String(Number(d)));
  return { ok: true, text };
}
