import { t } from '../i18n/t';
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
      .map((f) => fieldFinding(reviewGroupNotEmpty, f, t('check_review_group_not_empty_clear', f.value.trim())));
  },
};

/** What reviewGroupNotEmpty checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const reviewGroupNotEmptyAbout: CheckAbout = {
  id: 'review-group-not-empty',
  title: '申报（评审）专业组不用填写',
  source: '操作指引 3(2)：“申报（评审）专业组”不用填写',
};
