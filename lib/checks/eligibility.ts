import { t } from '../i18n/t';
import { compact, findingOf, firstFilled } from './common';
import { ELIGIBILITY_STEPS } from './eligibility-steps';
import type { Check, CheckAbout } from './types';

/**
 * The profile's eligibility estimate against the chosen 认定资格名称 (advisory: warnings only,
 * never blocking; the committee decides). The estimate itself (lib/eligibility.ts) comes with
 * the profile from the background, at the counting date setting (CheckContext.eligibility).
 * The sentence frame is in the messages files like the other checks'; the estimate's reasons it
 * quotes are worded in the UI's language where the estimate is made (lib/eligibility.ts, also
 * shown on the options page), so this check carries none of their words; the level and
 * qualification names (the portal's words) stay Chinese in every language. A late check
 * (./late-checks.ts): its input comes late from the background anyway, and a warning holds no
 * press, so it comes with on-demand.js, loaded on its steps once the estimate is here.
 */
export const eligibility: Check = {
  id: 'eligibility',
  steps: ELIGIBILITY_STEPS,
  severity: 'warning',
  run(ctx) {
    const estimate = ctx.eligibility;
    if (!ctx.profile || !estimate) return [];
    const pageName = firstFilled(ctx, 'application.qualificationName');
    const chosen = pageName ? compact(pageName.value).replace(/\(.*?\)/g, '') : ctx.profile.application.qualificationName;
    const where = { field: 'application.qualificationName', control: pageName?.control };
    if (estimate.disqualifiers.length > 0 || estimate.level === null) {
      // Joined with nothing between: Chinese needs no separator, an English sentence brings its own space.
      const why = [...estimate.disqualifiers, ...(estimate.level === null ? estimate.reasons : [])].join('');
      // A reason that already says whom to ask (已取得专业技术资格 → 评委会) needs no second request.
      return [findingOf(eligibility, t(estimate.askGiven ? 'check_eligibility_may_not_qualify_ask_given' : 'check_eligibility_may_not_qualify', why), where)];
    }
    if (chosen && !estimate.qualificationNames.includes(chosen)) {
      const message = t('check_eligibility_other_level', estimate.level, estimate.qualificationNames[0] ?? '', chosen, estimate.reasons[0] ?? '');
      return [findingOf(eligibility, message, where)];
    }
    return [];
  },
};

/** What eligibility checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const eligibilityAbout: CheckAbout = {
  id: 'eligibility',
  title: '申报条件估算',
  source: 'spec/portal.md §Eligibility（2021 年广州市初次职称考核认定指引）',
};
