import { t } from '../i18n/t';
import { compact, fieldFinding, fieldValues, isBlank, NEAR_NONE_RE } from './common';
import type { Check, CheckAbout } from './types';

/**
 * 个人专业技术工作小结 must not be empty; "无。" and the like, right for an empty 奖惩, are no
 * 小结 (a warning).
 */
export const summaryEmpty: Check = {
  id: 'summary-empty',
  run(ctx) {
    return fieldValues(ctx, 'workSummary').flatMap((f) =>
      isBlank(ctx, f)
        ? [fieldFinding(summaryEmpty, f, t('check_summary_empty_empty'))]
        : NEAR_NONE_RE.test(compact(f.value))
          ? [fieldFinding(summaryEmpty, f, t('check_summary_empty_only_none', f.value.trim()), 'warning')]
          : [],
    );
  },
};

/** What summaryEmpty checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const summaryEmptyAbout: CheckAbout = {
  id: 'summary-empty',
  title: '工作小结不能为空',
  source: '操作指引 3(6)：“个人专业技术工作小结”根据个人实际情况填报',
};
