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

/** A header naming each row's file (文件名, 文件名称, 附件名称): no record list has one. */
const FILE_NAME_HEADER = /文件名|附件名/;
/** A header saying only that the column holds files (附件, 文件, 上传文件). */
const FILE_HEADER = /^(上传)?(附件|文件)$/;
/** A cell holding a file's name (毕业证.jpg, 学籍报告.pdf). */
const FILE_NAME_CELL = /\.(jpe?g|png|gif|bmp|tiff?|pdf|docx?|xlsx?|zip|rar|ofd)$/i;

/**
 * Whether a grid lists files rather than records: the uploads of a 附件上传 page, each row a
 * file with 查看 / 删除, numbered by the record it belongs to (1, 1, 2) — no run of 记录序号.
 * @param grid a table of the page. @param section the record step's section.
 * @returns true when a header names each row's file (文件名称, 附件名称); or, for a table with no
 *   header of the section's fields (isRecordList: a record list may show its files in an 附件
 *   column), when a column is headed just 附件 / 文件, or every row holds a file's name.
 */
export function isFileList(grid: GridSnapshot, section: RecordSection): boolean {
  const headers = grid.headers.map(normalizeText);
  if (headers.some((h) => FILE_NAME_HEADER.test(h))) return true;
  if (isRecordList(grid, section)) return false;
  return headers.some((h) => FILE_HEADER.test(h)) || (grid.rows.length > 0 && grid.rows.every((r) => r.cells.some((c) => FILE_NAME_CELL.test(c))));
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
