/**
 * Which table on a record step is the list of saved records. Such pages may show other tables
 * with a 序号 column — a notice (序号 | 注意事项), the attachments (序号 | 附件名称 | 操作) — whose
 * numbers say nothing about the saved records (record-step probe). The list is the table with a
 * column headed like one of the section's own fields (学校, 起止时间, 工作单位, 考核年度…), as
 * the field dictionary (./dictionary.ts) writes their labels.
 */
import type { GridSnapshot } from '../page/snapshot';
import type { RecordSection } from '../profile/schema';
import { labelKeys } from './recognize';
import { normalizeText } from '../page/normalize';

/**
 * Whether a grid lists a section's saved records.
 * @param grid a table of the page. @param section the record step's section.
 * @returns true when a header, decorations stripped ("起始年月(yyyy.mm)" → 起始年月), is a label
 *   of a field of that section other than 记录序号 (lib/fields/recognize.ts labelKeys).
 */
export function isRecordList(grid: GridSnapshot, section: RecordSection): boolean {
  return grid.headers.some((h) => labelKeys(h).some((k) => k.startsWith(section + '.') && !k.endsWith('.seq')));
}

/**
 * The column of a list that numbers its records, or -1: 记录序号 (the seed's name for it, step
 * 3(3)) first — a list may number its rows (序号) besides its records — else a header the field
 * dictionary (./dictionary.ts) reads as a record's 记录序号: 序号, 排序号, 顺序号….
 * @param grid a table of the page (headers normalised or not).
 */
export function sequenceColumn(grid: GridSnapshot): number {
  const headers = grid.headers.map(normalizeText);
  const tiers = [(h: string) => h === '记录序号', (h: string) => h.includes('记录序号'), (h: string) => labelKeys(h).some((k) => k.endsWith('.seq'))];
  for (const tier of tiers) {
    const column = headers.findIndex(tier);
    if (column >= 0) return column;
  }
  return -1;
}

/**
 * The 记录序号 a paged list accounts for beyond its rows (GridSnapshot.paged): 1…N when its
 * pager says 共 N 条 (the seed's numbering has no gaps, step 3(3)); none for a whole list or a
 * pager without its total.
 * @param grid a table of the page. @returns whole numbers from 1, ascending.
 */
export function pagedNumbers(grid: GridSnapshot): number[] {
  return grid.paged ? [...Array(grid.total ?? 0).keys()].map((i) => i + 1) : [];
}
