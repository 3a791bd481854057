import type { GridRow, GridSnapshot } from '../page/snapshot';
import { normalizeText } from '../page/normalize';
import { sectionOfStep } from '../fields/sections';
import type { ProgressEvent } from './model';

/**
 * What the content script reports of one evaluation (lib/content/progress-report.ts
 * progressFacts): a ProgressEvent's `errors` with `boxless` where the finding concerns no box of
 * the page, the page's lists as read (`grids`), not yet reduced to what progress keeps. The
 * background derives the event (progressEventOf): the content script's size budget does not
 * carry that work (issue 9).
 */
export interface ProgressReport extends Omit<ProgressEvent, 'errors' | 'lists'> {
  errors: (Omit<ProgressEvent['errors'][number], 'list'> & { boxless?: true })[];
  /** The page's lists (PageSnapshot.grids); none sent is none shown. */
  grids?: readonly GridSnapshot[];
  /** The value of the step's 记录序号 field, when the page shows one (for the record memory: lib/background/record-memory.ts). */
  seq?: string;
  /**
   * The page was opened by a page (its top frame's `window.opener`: a record form window.open'd
   * from its list), for the record memory to start from the opener tab's (lib/background/record-memory.ts).
   */
  opened?: true;
}

/**
 * Checks that read a step's list of saved records or uploads (lib/checks: the order, the
 * numbering, a disqualifying 年度考核 result, a missing scan or 在岗在职证明, 否 without a reason).
 * Their findings about no box of the page were read from the list.
 */
const LIST_CHECKS: ReadonlySet<string> = new Set(['record-sequence', 'education-order', 'annual-review-disqualifying', 'attachment-missing', 'on-job-proof-missing', 'social-insurance-reason']);

/** A header naming each row's file: 附件名称, 文件名, 附件, 扫描件. */
const FILE_HEADER = /文件|附件|扫描件/;
/** A header of what a list of files says besides the file: its number, upload time, size, actions. */
const FILE_DETAIL_HEADER = /^(序号|上传(时间|日期)|(文件)?大小|操作|查看|下载|删除|预览|状态)$/;

/** What a cell of a column without a header says when it holds no data: nothing, or a row's number. */
const NO_DATA_CELL = /^\d*$/;

/**
 * Whether a column without a header (a checkbox column, an unlabelled 操作 column) holds no data in
 * any row: each cell empty, a number, or only the row's own links and buttons (下载 删除, a paper
 * clip's title). One whose cells say something else (a record's name under a blank header) is a
 * data column.
 * @param rows the list's rows. @param col the column's index.
 */
function holdsNoData(rows: readonly GridRow[], col: number): boolean {
  return rows.every(({ cells, actions }) => NO_DATA_CELL.test((actions ?? []).reduce((rest, action) => rest.replace(action, ''), cells[col] ?? '')));
}

/**
 * Whether a list is a record form's attachments grid (附件名称 | 上传时间 | 操作, 附件 | 上传时间, with a
 * checkbox or an unlabelled 操作 column: '' | 附件名称 | 上传时间 | ''): a file column and nothing but the
 * file's details, a column without a header counting as one when it holds no data (holdsNoData).
 * By its columns alone: a record list the dictionary does not know also shows each row's scan (序号 |
 * 专利名称 | 专利号 | 附件名称, 获奖项目 | 证书名称 | 附件: breaker 13p item 1), and one data column
 * makes it records.
 * @param grid the list as the content script read it (headers and cells normalised).
 */
function listsFiles({ headers, rows }: GridSnapshot): boolean {
  const words = headers.map(normalizeText);
  return words.some((h) => FILE_HEADER.test(h)) && words.every((h, col) => FILE_HEADER.test(h) || FILE_DETAIL_HEADER.test(h) || (h === '' && holdsNoData(rows, col)));
}

/**
 * The progress event a report tells (lib/progress/model.ts ProgressEvent): its errors, `list`
 * on a list check's finding about no box of the page (read from the list — the mark lets a
 * record form alone keep it), and its lists by headers and number of saved rows, `files` for a
 * record step's list of files by its columns (listsFiles: a 修改 form's attachments grid holding
 * an uploaded file, 附件名称 | 上传时间).
 * @param report as the content script sent it.
 */
export function progressEventOf({ errors, grids, seq: _seq, opened: _opened, ...rest }: ProgressReport): ProgressEvent {
  const section = sectionOfStep(rest.step);
  return {
    ...rest,
    errors: errors.map(({ boxless, ...error }) => ({ ...error, list: (boxless && LIST_CHECKS.has(error.checkId)) || undefined })),
    lists: (grids ?? []).map((g) => ({ headers: g.headers, rows: g.rows.length, files: (section && listsFiles(g)) || undefined })),
  };
}
