/**
 * 本人排名 typed in a box: the profile keeps the rank as a number (spec/profile-format.md
 * authorRank), but a page may show how it wants the rank worded — 如：第一作者, 填写：第1作者,
 * 例：第二名, or a label asking 第几作者 — and a bare "1" there is not what it asked (breaker 40).
 * Used by autofill's planning only (on-demand.js).
 */
import type { ControlSnapshot } from '../page/snapshot';
import { CHINESE_NUMERALS } from '../vocab/wordings';

/** An ordinal example in a hint: 第 + a numeral (Chinese, Arabic, or 几 asking one) + what it counts. */
const ORDINAL_EXAMPLE = /第([一二三四五六七八九十几\d]+)(作者|名|位|完成人)?/;

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
  const own = (l: { source: string }) => l.source === 'placeholder' || l.source === 'title';
  const hints = [c.value, ...c.labels.filter(own).map((l) => l.raw), c.hintAfter ?? '', ...c.labels.filter((l) => !own(l)).map((l) => l.raw)];
  for (const hint of hints) {
    const m = ORDINAL_EXAMPLE.exec(hint.normalize('NFKC'));
    if (m) return `第${/\d/.test(m[1]!) ? rank : CHINESE_NUMERALS[n - 1]}${m[2] ?? ''}`;
  }
  return rank;
}
