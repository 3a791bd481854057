/**
 * 考核年度 typed in a box: the profile keeps the year as a number (spec/profile-format.md
 * annualReviews[].year), but a page may show the form its server wants — 例：2021年度, a
 * placeholder 2021年度, 格式：yyyy年 — and the year goes in that form, as a date box's does
 * (lib/fill/dates.ts declaredDateFormat; fill 64: "2021" went in). A 年度 printed after the box
 * ([    ]年度) is its unit, not an example: the box takes the bare year, as [1998]年[05]月 does.
 * Used by autofill's planning only (on-demand.js).
 */
import type { ControlSnapshot } from '../page/snapshot';
import { boxHints } from './box-hints';

/**
 * A year written as an example (the hint whole, or after 例 / 如 / 格式 / 示例 / a bracket or
 * colon) with 年 or 年度 after it: 2021年度, yyyy年. Group 1: the unit.
 */
const YEAR_EXAMPLE = /(?:^|[(:例如]|格式|示例)(?:(?:19|20)\d{2}|[yY]{4})(年度?)(?![\d年度])/;

/**
 * The year as the box's hints write it.
 * @param c the box (what it holds — a server's 2020年度 shows the form too —, then boxHints).
 * @param year the profile's year, "2021".
 * @returns "2021年度" / "2021年" after the first hint writing a year so; `year` unchanged when
 *   none does, or it is no four-digit year.
 */
export function yearAsBoxAsks(c: ControlSnapshot, year: string): string {
  if (!/^\d{4}$/.test(year)) return year;
  for (const hint of [c.value, ...boxHints(c)]) {
    const m = YEAR_EXAMPLE.exec(hint.normalize('NFKC').replace(/\s+/g, ''));
    if (m) return year + m[1];
  }
  return year;
}
