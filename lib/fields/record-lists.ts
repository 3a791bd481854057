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

/** A cell holding a file's name (毕业证.jpg, 学籍报告.pdf). */
const FILE_NAME_CELL = /\.(jpe?g|png|gif|bmp|tiff?|pdf|docx?|xlsx?|zip|rar|ofd)$/i;

/**
 * Whether a grid lists files rather than records: the uploads of a 附件上传 page, each row a
 * file with 查看 / 删除, numbered by the record it belongs to (1, 1, 2) — no run of 记录序号.
 * A saved-record list may show each record's file in a column (附件名称, 上传文件名, 附件 with
 * 查看 links), so no header decides alone (breaker 8b items 3–5).
 * @param grid a table of the page. @param section the record step's section.
 * @returns false when a header other than a file's name or kind is a label of the section's
 *   fields (isRecordList: 学历, 毕业院校); else true when a header names each row's file or its
 *   kind (文件名称, 上传文件名; the dictionary's page.attachmentName: 附件名称, 材料名称, 附件类型),
 *   or every row holds a file's name. A column headed just 附件 / 文件 decides nothing: records
 *   whose headers the dictionary does not know (工作单位及部门, 证明人) show one.
 */
export function isFileList(grid: GridSnapshot, section: RecordSection): boolean {
  const headers = grid.headers.filter((h) => !/文件名/.test(normalizeText(h)) && !labelKeys(h).includes('page.attachmentName'));
  return (
    !isRecordList({ ...grid, headers }, section) &&
    (headers.length < grid.headers.length || (grid.rows.length > 0 && grid.rows.every((r) => r.cells.some((c) => FILE_NAME_CELL.test(c)))))
  );
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
