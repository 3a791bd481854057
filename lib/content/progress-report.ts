import type { Finding } from '../checks/types';
import { fillable } from '../checks/common';
import type { PageFieldValue } from '../fields/match';
import { sectionOfStep } from '../fields/sections';
import { normalizeText } from '../page/normalize';
import type { PageSnapshot } from '../page/snapshot';
import type { StepId } from '../portal/step-ids';
import type { ProgressEvent } from '../progress/model';

/**
 * Checks that read a step's list of saved records or uploads (lib/checks: the order, the
 * numbering, a disqualifying 年度考核 result, a missing scan or 在岗在职证明, 否 without a reason).
 * Their findings about no box of the page were read from the list.
 */
const LIST_CHECKS: ReadonlySet<string> = new Set(['record-sequence', 'education-order', 'annual-review-disqualifying', 'attachment-missing', 'on-job-proof-missing', 'social-insurance-reason']);

/** Fewest editable boxes of the step's section that make a record form (one could be a 查询 bar's or a stray match). */
const FORM_MIN_FIELDS = 2;

/** A header naming each row's file: 附件名称, 文件名, 附件, 扫描件. */
const FILE_HEADER = /文件|附件|扫描件/;
/** A header of what a list of files says besides the file: its number, upload time, size, actions. */
const FILE_DETAIL_HEADER = /^(序号|上传(时间|日期)|(文件)?大小|操作|查看|下载|删除|预览|状态)$/;

/**
 * Whether a list's headers are those of a record form's attachments grid (附件名称 | 上传时间 |
 * 操作, 附件 | 上传时间): a file column and nothing but the file's details. By its headers alone:
 * a record list the dictionary does not know also shows each row's scan (序号 | 专利名称 | 专利号 |
 * 附件名称, 获奖项目 | 证书名称 | 附件: breaker 13p item 1), and one data column makes it records.
 */
function listsFiles(headers: readonly string[]): boolean {
  const words = headers.map(normalizeText);
  return words.some((h) => FILE_HEADER.test(h)) && words.every((h) => FILE_HEADER.test(h) || FILE_DETAIL_HEADER.test(h));
}

/**
 * The boxes of step 10's upload form (附件上传 / 材料上传: the 材料类型 chooser, the file box; seed
 * 3(10) ① ③), which has no record section: both make its form (breaker 12p item 2d).
 */
const UPLOAD_FORM_KEYS: ReadonlySet<string> = new Set(['page.attachmentName', 'page.attachmentFile']);

/** Whether a control takes a value or a file from the user (fillable; a file box drawn and enabled). */
const takesInput = (c: PageSnapshot['controls'][number]) => fillable(c) || (c.kind === 'file' && c.visible && !c.disabled);

/**
 * What one evaluation tells progress (lib/progress/model.ts ProgressEvent): the errors (check
 * id, field, and `list` when a list check's finding concerns no box of the page, i.e. it was read
 * from the list — the mark lets a record form alone keep it), the lists (headers, number of
 * saved rows, `files` for a record step's list of files by its headers: listsFiles, such as a
 * 修改 form's attachments grid holding an uploaded file: 附件名称 | 上传时间) and `form` when the
 * page shows the step's form: FORM_MIN_FIELDS or more drawn controls taking input recognised as
 * the step's section fields (the recognition the checks read), or on step 10 as its upload
 * form's (UPLOAD_FORM_KEYS), so a list page whose empty list has no recognisable headers is no form.
 * @param step the recognised step. @param snapshot the page as read.
 * @param fields the recognised fields (PageEvaluation.fields). @param findings the checks' findings.
 */
export function progressFacts(step: StepId, snapshot: PageSnapshot, fields: readonly PageFieldValue[], findings: readonly Finding[]): Pick<ProgressEvent, 'errors' | 'lists' | 'form'> {
  const section = sectionOfStep(step);
  const ofForm = (key: string) => (section ? key.startsWith(`${section}.`) : step === 'certificates' && UPLOAD_FORM_KEYS.has(key));
  const boxes = new Set(fields.filter((f) => ofForm(f.key) && takesInput(snapshot.controls[f.control]!)).map((f) => f.control));
  return {
    errors: findings.filter((f) => f.severity === 'error').map((f) => ({ checkId: f.checkId, field: f.field, list: (f.control === undefined && LIST_CHECKS.has(f.checkId)) || undefined })),
    lists: snapshot.grids.map((g) => ({ headers: g.headers, rows: g.rows.length, files: (section && listsFiles(g.headers)) || undefined })),
    form: boxes.size >= FORM_MIN_FIELDS || undefined,
  };
}
