import { fieldFinding, fieldValues, isBlank } from './common';
import type { Check, CheckAbout } from './types';

/** 个人专业技术工作小结 must not be empty. */
export const summaryEmpty: Check = {
  id: 'summary-empty',
  steps: 'any',
  severity: 'error',
  run(ctx) {
    return fieldValues(ctx, 'workSummary')
      .filter((f) => isBlank(ctx, f))
      .map((f) => fieldFinding(summaryEmpty, f, '“个人专业技术工作小结”还是空的。请根据本人实际，写明从事的专业技术工作、承担的任务和取得的成果。'));
  },
};

/** What summaryEmpty checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const summaryEmptyAbout: CheckAbout = {
  id: 'summary-empty',
  title: '工作小结不能为空',
  source: '操作指引 3(6)：“个人专业技术工作小结”根据个人实际情况填报',
};
