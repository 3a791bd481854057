/**
 * 本人排名 typed in a box: the profile keeps the rank as a number (spec/profile-format.md
 * authorRank), but a page may show how it wants the rank worded — 如：第一作者, 填写：第1作者,
 * 例：第二名, or a label asking 第几作者 — and a bare "1" there is not what it asked (breaker 40);
 * or it may ask the rank with the number of authors (如：1/5, 名次/总人数), which the profile does
 * not keep (fill 64).
 * Used by autofill's planning only (on-demand.js).
 */
import type { ControlSnapshot } from '../page/snapshot';
import { CHINESE_NUMERALS } from '../vocab/wordings';
import { boxHints } from './box-hints';

/** An ordinal example in a hint: 第 + a numeral (Chinese, Arabic, or 几 asking one) + what it counts. */
const ORDINAL_EXAMPLE = /第([一二三四五六七八九十几\d]+)(作者|名|位|完成人)?/;

/** The box's text, then its hints (boxHints), as the page writes them: what the box holds shows the form too. */
const hintsOf = (c: ControlSnapshot) => [c.value, ...boxHints(c)].map((h) => h.normalize('NFKC'));

/**
 * The rank as the box's hints word it.
 * @param c the box (what it holds — a rank it shows 第一作者 is the same rank —, its placeholder /
 *   title labels, the text after it, its other labels, in that order).
 * @param rank the profile's rank, "1", "2" ….
 * @returns 第一作者 / 第1作者 / 第一名 … after the first hint showing an ordinal (Arabic digits
 *   when its example uses them, Chinese numerals otherwise, its unit kept); `rank` unchanged when
 *   no hint shows one, or the rank is no whole number 1–20 (CHINESE_NUMERALS).
 */
export function rankAsBoxAsks(c: ControlSnapshot, rank: string): string {
  const n = Number(rank);
  if (!Number.isInteger(n) || n < 1 || n > CHINESE_NUMERALS.length) return rank;
  for (const hint of hintsOf(c)) {
    const m = ORDINAL_EXAMPLE.exec(hint);
    if (m) return `第${/\d/.test(m[1]!) ? rank : CHINESE_NUMERALS[n - 1]}${m[2] ?? ''}`;
  }
  return rank;
}

/**
 * A rank asked over the number of authors: an example of two numbers parted by a slash (1/5,
 * 2 / 6), or a slash before words naming the total (名次/总人数, 排名/共几人, 第几/作者总数).
 */
const RANK_OF_TOTAL = /\d\s*\/\s*\d|\/\s*(共|总)?(人数|几人|作者总?数|总数)|作者总数/;

/**
 * Whether a 本人排名 box asks the rank over the number of authors (如：1/5, 名次/总人数), and
 * whether it already shows the profile's rank so: the profile keeps the rank alone, so the fill
 * cannot write that form (fill 64: "1" went in).
 * @param c the box (its text and hints, as rankAsBoxAsks reads them). @param rank the profile's rank.
 * @returns 'shown' when the box holds the rank over a total (1/5 for rank 1), 'asked' when a hint
 *   or its text asks that form otherwise, null when nothing does.
 */
export function rankOfTotal(c: ControlSnapshot, rank: string): 'shown' | 'asked' | null {
  if (!hintsOf(c).some((h) => RANK_OF_TOTAL.test(h))) return null;
  const held = /^\s*(\d+)\s*\/\s*\d+\s*$/.exec(c.value.normalize('NFKC'));
  return held && Number(held[1]) === Number(rank) ? 'shown' : 'asked';
}
