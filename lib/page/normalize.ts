/**
 * Text normalisation shared by collection, recognition, planning and checks: every comparison
 * of page text against dictionary or profile text goes through `normalizeText`, so a label
 * written "* 公民身份号码：", "公民身份号码:" or "公 民 身 份 号 码" compares equal.
 */
import { remembered } from './remembered';

/**
 * Whitespace of every kind government pages use for padding (ASCII, U+3000, &nbsp;,
 * zero-width), and the invisible bidirectional controls: a page's U+202E before a label would
 * otherwise turn round the overlay's own sentence that quotes it (probe: "位单作工" shown).
 */
const ANY_SPACE = /[\s\u00a0\u3000\u200b\u200c\u200d\ufeff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;
/** A required mark before a label: `*` (＊ folds to it) or ※ (probe 13a item 3). */
const LEADING_REQUIRED = /^[*※]+/;
/** A colon and a required mark after a label, in either order: 姓名：, 民族*, 学历：* (probe 10b: "民族*" was quoted in findings). */
const TRAILING_MARKS = /[:*※]+$/;

/**
 * Texts normalised so far, by their text: a page repeats its short texts (option lists, labels,
 * column headers) in every reading, and a lookup costs far less than NFKC and three replacements
 * (issue 9: recognition time). Longer texts (notices, whole blocks) are not kept.
 */
const NORMALISED = new Map<string, string>();
const MEMO_MAX_CHARS = 200;
const MEMO_ENTRIES = 4096;

/**
 * Normalise page text for matching.
 * @param s any text as found in the DOM (may be empty).
 * @returns NFKC-folded text (full-width letters/digits/punctuation → ASCII forms) with all
 *   whitespace removed (incl. U+3000 and &nbsp;), leading `*`/`＊`/`※` and trailing `：`/`:`/`*`/`＊`/`※`
 *   stripped. Example: "＊ 公民身份号码：" → "公民身份号码", "民族*" → "民族". Never throws.
 */
export function normalizeText(s: string): string {
  // The required mark is stripped before the trailing marks only: what is left after them starts
  // as it did (or is empty), so a second strip of it would find nothing.
  const now = () => s.normalize('NFKC').replace(ANY_SPACE, '').replace(LEADING_REQUIRED, '').replace(TRAILING_MARKS, '');
  return s.length > MEMO_MAX_CHARS ? now() : remembered(NORMALISED, s, now, MEMO_ENTRIES);
}

/**
 * Collapse runs of whitespace to one space and trim, keeping the text readable (for `raw`
 * label text and messages).
 * @param s DOM text. @returns trimmed text with single spaces.
 */
export function tidyText(s: string): string {
  return s.replace(ANY_SPACE, ' ').trim();
}

/**
 * Whether raw label text carries a required marker: a `*`/`＊`/`※` at either end
 * ("* 姓名", "姓名*：", "※电子邮箱") or the words (必填) (full-width brackets and colon fold
 * to ASCII under NFKC).
 * @param raw label text as shown.
 */
export function hasRequiredMark(raw: string): boolean {
  return /^[*※]|[*※]:?$|\(必填\)/.test(raw.normalize('NFKC').replace(ANY_SPACE, ''));
}
