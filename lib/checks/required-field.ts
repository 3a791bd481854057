import type { ControlSnapshot } from '../page/snapshot';
import { APPLICATION_STEP_IDS, type StepId } from '../portal/step-ids';
import { t } from '../i18n/t';
import { UNTIL_NOW_LABEL } from '../fields/dictionary';
import { normalizeText } from '../page/normalize';
import { compact, fieldValues, fillable, findingOf, holdsDate, isUnfilled, recordStarted } from './common';
import { meansNo } from './social-insurance-reason';
import { RECORD_STEPS } from '../fields/sections';
import { dateParts } from '../fields/recognize';
import type { Check, CheckAbout, Finding } from './types';

function labelOf(c: ControlSnapshot): string {
  return (c.kind === 'radio' ? compact(c.groupLabel) : '') || c.labels[0]?.text || compact(c.groupLabel) || t('check_required_field_unnamed');
}

/**
 * Whether the control answers 至今 (UNTIL_NOW_LABEL): a ticked box whose own text says 至今 or
 * 在职 / 是否在职, a ticked radio whose own text says 至今 (a box with no text of its own may be
 * labelled so by its row), 是 ticked under a 是否至今 / 是否在职 row, or such a list showing 至今 /
 * 是 by choice. 否 in a 是否至今 row is not (breaker9 item 1).
 */
function saysUntilNow(c: ControlSnapshot): boolean {
  const says = (text = '') => UNTIL_NOW_LABEL.test(normalizeText(text));
  const labelled = [c.groupLabel, ...c.labels.map((l) => l.text)].some((text) => says(text));
  const answer = c.kind === 'select' ? (c.defaultChoice ? '' : c.options.find((o) => o.selected)?.text) : c.checked ? c.choiceText : '';
  const own = normalizeText(answer ?? '');
  // 在职 alone chosen among other answers is a way of study too (学习形式 全日制 / 在职): only a box's own 在职 says "until now".
  return (says(own) && (c.kind === 'checkbox' || own.includes('至今'))) || (labelled && (own === '是' || (c.checked && own === '' && c.kind === 'checkbox')));
}

/** Pages whose form may be left untouched: the record steps and step 10's upload form. */
const FORM_OPTIONAL_STEPS: readonly StepId[] = [...RECORD_STEPS, 'certificates'];

/**
 * Required (`*`) fields left empty (not 申报（评审）专业组, an end date — its month and day too — while 至今 is ticked or chosen, nor
 * 未缴纳社保原因 unless 是否缴纳社保 is 否). On record steps the form may sit empty under the list of
 * saved records while the user has nothing to add, so there it only speaks once a text box of
 * the form holds something (the user started a record). The login page is left alone (the
 * user fills it to get in at all). File inputs are left to the photo and
 * attachment checks: after a postback a required file box is empty even when a file was saved.
 */
export const requiredField: Check = {
  id: 'required-field',
  steps: ['select-series', ...APPLICATION_STEP_IDS],
  run(ctx) {
    // Left empty on purpose: 申报（评审）专业组 (the guide: 不用填写, whatever its star says), and
    // an end date while 至今 (至今在职, (至今)…: UNTIL_NOW_LABEL) is ticked: a job's or a project's, the ones the
    // profile lets be 至今 (spec/profile-format.md). Never 毕业时间: there 在职 is a way of study (学习形式
    // 全日制 / 在职, 是否在职), not "still going" (breaker11 item 6).
    const untilNow = ctx.snapshot.controls.some(saysUntilNow);
    // 未缴纳社保原因 is asked for only when 是否缴纳社保 is 否 (seed: 填“否”时需填写原因), whatever its
    // star says; social-insurance-reason reports it then (probe 17 item 2).
    const paid = fieldValues(ctx, 'workHistory.socialInsurancePaid');
    const reasonAsked = paid.length === 0 || paid.some((p) => meansNo(p.value));
    const leftEmpty = new Set(
      ctx.fields
        .filter(
          (f) =>
            f.key === 'page.reviewGroup' ||
            (untilNow && ['workHistory.endDate', 'achievements.endDate'].includes(f.key)) ||
            (!reasonAsked && f.key === 'workHistory.noSocialInsuranceReason'),
        )
        // A date's month (and day) lists or boxes with it: 至今 chosen in 终止年, 终止月 stays empty (checks 59).
        .flatMap((f) => {
          const c = ctx.snapshot.controls[f.control]!;
          return [c, ...dateParts(ctx.snapshot, c)];
        }),
    );
    const controls = ctx.snapshot.controls.filter((c) => fillable(c) && !leftEmpty.has(c));
    if (FORM_OPTIONAL_STEPS.includes(ctx.step)) {
      if (!recordStarted(controls)) return [];
    }
    const findings: Finding[] = [];
    const radioGroups = new Map<string, ControlSnapshot[]>();
    for (const c of controls) {
      if (c.kind === 'radio') {
        const group = c.name || c.groupLabel || String(c.index);
        radioGroups.set(group, [...(radioGroups.get(group) ?? []), c]);
      } else if (c.required && isUnfilled(c, c.value, holdsDate(ctx, c))) {
        const label = labelOf(c);
        findings.push(findingOf(requiredField, t('check_required_field_fill', label), { field: label, control: c.index }));
      }
    }
    for (const group of radioGroups.values()) {
      if (!group.some((c) => c.required) || group.some((c) => c.checked)) continue;
      const label = labelOf(group[0]!);
      findings.push(findingOf(requiredField, t('check_required_field_choose', label), { field: label, control: group[0]!.index }));
    }
    return findings;
  },
};

/** What requiredField checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const requiredFieldAbout: CheckAbout = {
  id: 'required-field',
  title: '必填项未填',
  source: '操作指引 3(2)：带“*”的指标为必填项',
};
