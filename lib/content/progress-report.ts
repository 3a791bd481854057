import type { Finding } from '../checks/types';
import { fillable } from '../checks/common';
import type { PageFieldValue } from '../fields/match';
import { sectionOfStep } from '../fields/sections';
import type { PageSnapshot } from '../page/snapshot';
import type { StepId } from '../portal/step-ids';
import type { ProgressReport } from '../progress/report';

/** Fewest editable boxes of the step's section that make a record form (one could be a 查询 bar's or a stray match). */
const FORM_MIN_FIELDS = 2;

/**
 * The boxes of step 10's upload form (附件上传 / 材料上传: the 材料类型 chooser, the file box; seed
 * 3(10) ① ③), which has no record section: both make its form (breaker 12p item 2d).
 */
const UPLOAD_FORM_KEYS: ReadonlySet<string> = new Set(['page.attachmentName', 'page.attachmentFile']);

/** Whether a control takes a value or a file from the user (fillable; a file box drawn and enabled). */
const takesInput = (c: PageSnapshot['controls'][number]) => fillable(c) || (c.kind === 'file' && c.visible && !c.disabled);

/**
 * What one evaluation tells progress (lib/progress/report.ts ProgressReport, from which the
 * background derives the ProgressEvent): the errors (check id, field, and `boxless` when the
 * finding concerns no box of the page), the lists as read, and `form` when the page shows the
 * step's form: FORM_MIN_FIELDS or more drawn controls taking input recognised as the step's
 * section fields (the recognition the checks read), or on step 10 as its upload form's
 * (UPLOAD_FORM_KEYS), so a list page whose empty list has no recognisable headers is no form;
 * `seq`, the form's 记录序号 as shown, for the record memory the background keeps from the visit
 * and save reports (lib/background/record-memory.ts).
 * @param step the recognised step. @param snapshot the page as read.
 * @param fields the recognised fields (PageEvaluation.fields). @param findings the checks' findings.
 */
export function progressFacts(step: StepId, snapshot: PageSnapshot, fields: readonly PageFieldValue[], findings: readonly Finding[]): Pick<ProgressReport, 'errors' | 'grids' | 'form' | 'seq'> {
  const section = sectionOfStep(step);
  const ofForm = (key: string) => (section ? key.startsWith(`${section}.`) : step === 'certificates' && UPLOAD_FORM_KEYS.has(key));
  const boxes = new Set(fields.filter((f) => ofForm(f.key) && takesInput(snapshot.controls[f.control]!)).map((f) => f.control));
  return {
    errors: findings.filter((f) => f.severity === 'error').map((f) => ({ checkId: f.checkId, field: f.field, boxless: f.control === undefined || undefined })),
    grids: snapshot.grids,
    form: boxes.size >= FORM_MIN_FIELDS || undefined,
    seq: fields.find((f) => f.key === `${section}.seq`)?.value,
  };
}
