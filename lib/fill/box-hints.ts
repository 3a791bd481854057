/**
 * What a page writes about how a box is to be filled, read alike by the fill's rules for dates
 * (lib/fill/dates.ts declaredDateFormat), ranks (./rank-box.ts) and years (./year-box.ts).
 * Used by autofill's planning only (on-demand.js).
 */
import type { ControlSnapshot } from '../page/snapshot';

/**
 * A box's hints, most its own first: its placeholder and title labels, the text written right
 * after it ("（格式：yyyy-mm-dd）", "（例：2021年度）"), then its other labels (a column header
 * "起始年月(yyyy.mm)" may be the only place a record form says it), each as the page writes it.
 * @param c the box. @returns the texts in that order ('' where nothing follows the box).
 */
export function boxHints(c: ControlSnapshot): string[] {
  const own = (l: { source: string }) => l.source === 'placeholder' || l.source === 'title';
  return [...c.labels.filter(own).map((l) => l.raw), c.hintAfter ?? '', ...c.labels.filter((l) => !own(l)).map((l) => l.raw)];
}
