import { t } from '../i18n/t';
import { compact, fieldFinding, filledValues } from './common';
import type { Check, CheckAbout } from './types';

/** Values that say "none" as an empty box would: 无, a slash, a dash (－ folded to -), whatever their option value. */
const NONE_SHOWN = /^(无|\/|-|—)$/;

/**
 * 申报（评审）专业组 is left empty (or shows 无 / "/" / "－": a default option 无, a read-only "/").
 * Warning: the notice says it need not be filled, not that filling it is refused.
 */
export const reviewGroupNotEmpty: Check = {
  id: 'review-group-not-empty',
  severity: 'warning',
  run(ctx) {
    return filledValues(ctx, 'page.reviewGroup')
      .filter((f) => !NONE_SHOWN.test(compact(f.value)))
      .map((f) => fieldFinding(reviewGroupNotEmpty, f, t('check_review_group_not_empty_clear', f.value.trim())));
  },
};

/** What reviewGroupNotEmpty checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const reviewGroupNotEmptyAbout: CheckAbout = {
  id: 'review-group-not-empty',
  title: '申报（评审）专业组不用填写',
  source: '操作指引 3(2)：“申报（评审）专业组”不用填写',
};
