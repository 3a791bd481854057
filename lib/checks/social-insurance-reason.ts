import { t } from '../i18n/t';
import { cellOf, compact, fieldFinding, fieldValues, findColumn, findingOf, isBlank, recordStarted } from './common';
import type { Check, CheckAbout, Finding } from './types';

/**
 * Whether a 是否缴纳社保 answer is 否, in whatever form the control reports it (select/radio text,
 * "0-否", 未缴纳, 否（未缴纳） as a list answering first and saying what in brackets (breaker 37), or
 * an unticked box's "false").
 * @param value the recognised field's value. @returns true for 否 only (not for 是 or no answer).
 */
export function meansNo(value: string): boolean {
  // A code before the word, as code tables list it ("0-否", "2.否"); what brackets say after it.
  const v = compact(value).replace(/^\d[-.、]|\(.*?\)/g, '');
  // What a comma says after it too (否，未缴纳: fill 60).
  return /^(否|false|未缴纳?)(,|$)/.test(v);
}

/**
 * 是否缴纳社保 = 否 needs a reason: on the record form (the reason box), and in the list of saved
 * work records when it shows both columns (a reason cell empty or showing only dashes or slashes).
 */
export const socialInsuranceReason: Check = {
  id: 'social-insurance-reason',
  steps: ['work-experience'],
  run(ctx) {
    const findings: Finding[] = [];
    const reasons = fieldValues(ctx, 'workHistory.noSocialInsuranceReason');
    for (const paid of fieldValues(ctx, 'workHistory.socialInsurancePaid')) {
      // An unticked box (是否缴纳社保 [ ], [ ]已缴纳) says 否 only once the user started the record:
      // on an untouched form under the saved list nobody has answered yet (probe 10a).
      if (!meansNo(paid.value) || (paid.value === 'false' && !recordStarted(ctx.snapshot.controls))) continue;
      if (reasons.length === 0) {
        findings.push(fieldFinding(socialInsuranceReason, paid, t('check_social_insurance_reason_no_box'), 'warning'));
      }
      for (const reason of reasons.filter((r) => isBlank(ctx, r))) {
        findings.push(fieldFinding(socialInsuranceReason, reason, t('check_social_insurance_reason_empty')));
      }
    }
    for (const grid of ctx.snapshot.grids) {
      const paidColumn = findColumn(grid, (h) => /社保|社会保险/.test(h) && !h.includes('原因'));
      const reasonColumn = findColumn(grid, (h) => h.includes('原因'));
      if (paidColumn < 0 || reasonColumn < 0) continue;
      grid.rows.forEach((row, i) => {
        // A cell of only dashes or slashes (--, /, —) is the page's way of drawing an empty one (B64B-8).
        if (meansNo(cellOf(row, paidColumn)) && /^[-—/]*$/.test(cellOf(row, reasonColumn))) {
          findings.push(findingOf(socialInsuranceReason, t('check_social_insurance_reason_saved', i + 1), { field: '是否缴纳社保' }));
        }
      });
    }
    return findings;
  },
};

/** What socialInsuranceReason checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const socialInsuranceReasonAbout: CheckAbout = {
  id: 'social-insurance-reason',
  title: '未缴纳社保须填原因',
  source: '操作指引 3(5)：“是否缴纳社保”填“否”时需填写原因',
};
