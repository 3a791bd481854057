import { APPLICATION_STEPS, OPTIONAL_STEPS } from '../portal/steps';
import { stepMessageKeys, stepVariantKey } from '../i18n/steps';
import { t, tCount } from '../i18n/t';
import { findingOf, listText } from './common';
import { fieldDictionary } from '../fields/dictionary';
import { stepNamedBy } from '../portal/recognize-step';
import type { Check, CheckAbout, CheckContext, Finding, StepRecord } from './types';

/** Where a step's error is: its field's title (profile key) or label, else its check id. */
function errorPlace(error: StepRecord['errors'][number]): string {
  return (error.field && fieldDictionary().find((row) => row.key === error.field)?.title) || error.field || error.checkId;
}

/**
 * A status of the 完成并送审 page's own checklist: done (已完成 / 已填写 / 已填…, 完成, 是 under 是否完成, a tick
 * √) or not (未完成 / 未填写…, 否, a cross ×: probe 18 F3); null for anything else.
 */
function doneIn(cell: string): boolean | null {
  const status = /^(?:([已未])(完成|填写?|填报|保存)|(完成|是|[√✓✔])|否|[×✗✘])$/.exec(cell);
  return status ? (status[1] ? status[1] === '已' : !!status[3]) : null;
}

/**
 * What the page's own checklist says of each step: done (true) or not (false). The portal knows
 * what was saved, also from another browser or before the extension was installed, where our
 * own history knows nothing (probe 10b). Read from a list whose headers name the item (填报项目,
 * 步骤…) and, after it, its status (状态, 完成情况…), pair by pair (two pairs in a row: breaker
 * 18a item 2); a list of materials (材料名称 | 未提交) is no checklist (breaker 18a item 3).
 */
function checklistOnPage(ctx: CheckContext): Map<string, boolean> {
  const done = new Map<string, boolean>();
  for (const grid of ctx.snapshot.grids) {
    let item = -1;
    grid.headers.forEach((header, column) => {
      // Not a review's items (审核项目 | 审核情况: 学历审核 未完成 is the bureau's, breaker 19a item 4).
      if (/项目|步骤|栏目/.test(header) && !header.includes('审核')) item = column;
      else if (item >= 0 && /状态|情况|完成/.test(header)) {
        for (const row of grid.rows) {
          const status = doneIn(row.cells[column] ?? '');
          const step = status !== null && stepNamedBy(row.cells[item] ?? '');
          if (step) done.set(step, status);
        }
        item = -1;
      }
    });
  }
  return done;
}

/**
 * The step-11 checklist: every required step saved, and no errors left from the last time a
 * step was checked (history recorded by the content script). Whether a step was saved is what
 * the page's own checklist says where it shows one, else our history. Optional steps
 * (获取历史数据, 专业技术资格历史情况, 论文…) are only reported when they carry errors. Nothing
 * while the history is not known yet (null): before the background answers, every step would
 * read as never saved for a moment (CI run of stop 47: 第 6 步…还没有保存过 beside its recorded errors).
 * Not in the content script: on-demand.js brings it on this step (./late-checks.ts).
 */
export const unfinishedSteps: Check = {
  id: 'unfinished-steps',
  steps: ['submit'],
  run(ctx) {
    const findings: Finding[] = [];
    if (!ctx.history) return findings;
    const onPage = checklistOnPage(ctx);
    for (const step of APPLICATION_STEPS) {
      if (step.id === 'submit') continue;
      const record = ctx.history[step.id as keyof typeof ctx.history];
      const order = step.order!; // APPLICATION_STEPS are the numbered steps
      const title = t(stepMessageKeys(step).title);
      if (record && record.errors.length > 0) {
        const list = listText([...new Set(record.errors.map(errorPlace))]);
        // What to do differs by step ($5): a form is corrected and saved, but on 证书、证明材料 the
        // fix is an upload (附件上传 → 上传 → 返回), not a save (the seed's 3(10)). The advice is
        // named after the finding's own message (`check_unfinished_steps_errors_<step>`), read by
        // its full name: this check runs in on-demand.js (./late-checks.ts), whose names the build
        // keeps (wxt.config.ts shortenMessageNames shortens the content script's).
        const key = 'check_unfinished_steps_errors';
        findings.push(findingOf(unfinishedSteps, tCount(key, record.errors.length, order, title, list, t(stepVariantKey(key, step.id))), { field: step.id }));
      } else if (!OPTIONAL_STEPS.includes(step.id) && !(onPage.get(step.id) ?? record?.savedAt)) {
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
