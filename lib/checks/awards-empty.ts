import { t } from '../i18n/t';
import { compact, fieldFinding, fieldValues, isBlank, NEAR_NONE_RE } from './common';
import type { Check, CheckAbout } from './types';

/** The walkthrough's word for no 奖惩 (操作指引 3(6)); also what capture stores for 无 / 暂无 (lib/profile/capture). */
export const NONE = '无。';

/**
 * 工作期间奖惩情况 with no content must read exactly "无。"; so must each box of a page asking it in two
 * (奖励情况 and 处分情况: `page.rewards`, `page.punishments`), each named by its own label. Not a box
 * the page made disabled or read-only (有无奖惩 [无] shuts it: breaker 27 F14): the applicant cannot
 * type there, and the portal asks nothing of it.
 */
export const awardsEmpty: Check = {
  id: 'awards-empty',
  run(ctx) {
    return (['awards', 'page.rewards', 'page.punishments'] as const).flatMap((key) => fieldValues(ctx, key)).flatMap((f) => {
      const box = ctx.snapshot.controls[f.control];
      if (box?.disabled || box?.readOnly) return [];
      // The one box's message names 工作期间奖惩情况 itself; a part's names the box ($2).
      if (isBlank(ctx, f)) return [fieldFinding(awardsEmpty, f, t(f.key === 'awards' ? 'check_awards_empty_fill_none' : 'check_awards_empty_part_fill_none', NONE, f.label))];
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
