import { t } from '../i18n/t';
import { compact, fieldFinding, fieldValues, isBlank, NEAR_NONE_RE } from './common';
import type { Check, CheckAbout } from './types';

/** The walkthrough's word for no 奖惩 (操作指引 3(6)); also what capture stores for 无 / 暂无 (lib/profile/capture). */
export const NONE = '无。';

/** 工作期间奖惩情况 with no content must read exactly "无。". */
export const awardsEmpty: Check = {
  id: 'awards-empty',
  steps: 'any',
  severity: 'error',
  run(ctx) {
    return fieldValues(ctx, 'awards').flatMap((f) => {
      if (isBlank(ctx, f)) return [fieldFinding(awardsEmpty, f, t('check_awards_empty_fill_none', NONE))];
      const value = compact(f.value);
      if (value !== NONE && NEAR_NONE_RE.test(value)) {
        return [fieldFinding(awardsEmpty, f, t('check_awards_empty_exact_none', NONE, f.value.trim()), 'warning')];
      }
      return [];
    });
  },
};

/** What awardsEmpty checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const awardsEmptyAbout: CheckAbout = {
  id: 'awards-empty',
  title: '奖惩情况无内容填“无。”',
  source: '操作指引 3(6)：“工作期间奖惩情况”无内容填报则填写“无。”',
};
