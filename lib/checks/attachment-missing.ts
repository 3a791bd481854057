import { t } from '../i18n/t';
import { stepVariantKey } from '../i18n/steps';
import type { ApplicationStepId } from '../portal/step-ids';
import { cellOf, findingOf, rowHasAttachment, sequenceColumn } from './common';
import type { Check, CheckAbout } from './types';

/**
 * The record steps whose records need evidence (seed steps 3(3), 3(4), 3(7), 3(8), 3(9)). Each
 * has its own finding, naming what the attachment must contain: the message
 * `check_attachment_missing_<step>` (lib/i18n/steps.ts stepVariantKey), whose `$1` is the record's number.
 */
const EVIDENCE_STEPS: readonly ApplicationStepId[] = ['qualification-history', 'education', 'achievements', 'publications', 'annual-review'];

/**
 * Every saved record on a step that needs evidence shows an attachment. Grids that show no
 * attachment column and no 查看附件-like action are skipped (nothing can be read from them).
 */
export const attachmentMissing: Check = {
  id: 'attachment-missing',
  steps: EVIDENCE_STEPS,
  run(ctx) {
    const message = stepVariantKey('check_attachment_missing', ctx.step);
    return ctx.snapshot.grids.flatMap((grid) => {
      const seqColumn = sequenceColumn(grid);
      return grid.rows.flatMap((row, i) => {
        if (rowHasAttachment(grid, row) !== false) return [];
        const which = cellOf(row, seqColumn) || String(i + 1);
        return [findingOf(attachmentMissing, t(message, which), { field: '附件上传' })];
      });
    });
  },
};

/** What attachmentMissing checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const attachmentMissingAbout: CheckAbout = {
  id: 'attachment-missing',
  title: '记录缺少附件',
  source: '操作指引 3(3)(4)(7)(8)(9)：“附件上传”必须上传相应证明材料',
};
