import { APPLICATION_STEPS } from '../portal/steps';
import { stepMessageKeys } from '../i18n/steps';
import { t, tCount } from '../i18n/t';
import { findingOf, listText } from './common';
import { fieldDictionary } from '../fields/dictionary';
import type { Check, CheckAbout, Finding, StepRecord } from './types';

/** Where a step's error is: its field's title (profile key) or label, else its check id. */
function errorPlace(error: StepRecord['errors'][number]): string {
  return (error.field && fieldDictionary().find((row) => row.key === error.field)?.title) || error.field || error.checkId;
}

/**
 * The step-11 checklist: every required step saved, and no errors left from the last time a
 * step was checked (history recorded by the content script). Optional steps (获取历史数据,
 * 专业技术资格历史情况, 论文…) are only reported when they carry errors.
 */
export const unfinishedSteps: Check = {
  id: 'unfinished-steps',
  steps: ['submit'],
  severity: 'error',
  run(ctx) {
    const findings: Finding[] = [];
    for (const step of APPLICATION_STEPS) {
      if (step.id === 'submit') continue;
      const record = ctx.history[step.id as keyof typeof ctx.history];
      const order = step.order!; // APPLICATION_STEPS are the numbered steps
      const title = t(stepMessageKeys(step).title);
      if (record && record.errors.length > 0) {
        const list = listText([...new Set(record.errors.map(errorPlace))]);
        findings.push(findingOf(unfinishedSteps, tCount('check_unfinished_steps_errors', record.errors.length, order, title, list), { field: step.id }));
      } else if (!step.optional && !record?.saved) {
        findings.push(findingOf(unfinishedSteps, t('check_unfinished_steps_unsaved', order, title), { field: step.id, severity: 'warning' }));
      }
    }
    return findings;
  },
};

/** What unfinishedSteps checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const unfinishedStepsAbout: CheckAbout = {
  id: 'unfinished-steps',
  title: '送审前各步完成情况',
  source: '操作指引 3：2-11 共 10 项个人信息需申报人填报，每一项填写完点击“保存并下一步”；3(11) 在完成个人填报后送审',
};
