import { fieldFinding, fieldValues, isBlank } from './common';
import type { Check, CheckAbout } from './types';

/** 申报（评审）专业组 is left empty. Warning: the notice says it need not be filled, not that filling it is refused. */
export const reviewGroupNotEmpty: Check = {
  id: 'review-group-not-empty',
  steps: 'any',
  severity: 'warning',
  run(ctx) {
    return fieldValues(ctx, 'page.reviewGroup')
      .filter((f) => !isBlank(ctx, f))
      .map((f) => fieldFinding(reviewGroupNotEmpty, f, `“申报（评审）专业组”不用填写，现在填了“${f.value.trim()}”。请清空（改回“请选择”或删掉内容）。`));
  },
};

/** What reviewGroupNotEmpty checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const reviewGroupNotEmptyAbout: CheckAbout = {
  id: 'review-group-not-empty',
  title: '申报（评审）专业组不用填写',
  source: '操作指引 3(2)：“申报（评审）专业组”不用填写',
};
