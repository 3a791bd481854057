/**
 * Traditional characters of the words that name the steps, each followed by its simplified form:
 * a copy of the portal rendered in traditional characters (zh-TW / zh-HK) or typed so (學位（學歷）
 * 教育情況, 主要專業技術工作經歷, 論文, 獎懲, 證書, 完成並送審) is recognised as the simplified one
 * (probe 15 item 6). The characters are those of the step table's headings (lib/portal/steps.ts)
 * and of the words recognition reads sentences, notes and buttons by (請, 後再, 該頁, 項, 欄, 填寫,
 * 獲取, 導入, 預覽, 刪除: lib/portal/recognize-step.ts), so a traditional sentence stays a sentence;
 * only those, as each character costs the content script about 3 bytes gzip. Field labels' own
 * characters are not folded. Recognition only: what the page says is shown and compared as written.
 *
 * One string of pairs, the cheapest form for the content script. Validated by
 * tests/unit/tables.test.ts with traditionalPairsSchema (./traditional.schema.ts): pairs of two
 * different characters, no traditional character twice, none of them a simplified one.
 */
export const TRADITIONAL_PAIRS =
  '錄录選选擇择報报資资訊讯獲获歷历數数據据個个評评審审員员專专業业術术學学況况繼继續续經经獎奖懲惩結结績绩論论譯译註注實实證证書书並并請请後后當当該该項项欄栏頁页寫写導导覽览預预刪删';

/** Any traditional character of the table. */
const TRADITIONAL = new RegExp(`[${TRADITIONAL_PAIRS.replace(/(.)./g, '$1')}]`, 'g');

/**
 * A text with the table's traditional characters folded to simplified (學歷情況 → 学历情况).
 * @param text any text (normalised page text in recognition). @returns the same length text.
 */
export function foldTraditional(text: string): string {
  return text.replace(TRADITIONAL, (c) => TRADITIONAL_PAIRS[TRADITIONAL_PAIRS.indexOf(c) + 1]!);
}
