import { compact, findingOf, firstFilled } from './common';
import type { Check, CheckAbout } from './types';

/**
 * The profile's eligibility estimate against the chosen 认定资格名称 (advisory: warnings only,
 * never blocking; the committee decides). The estimate itself (lib/eligibility.ts) comes with
 * the profile from the background, at the counting date setting (CheckContext.eligibility).
 * Its sentences, unlike the other checks', are not in the messages files: they quote the
 * estimate's reasons, which are Chinese, so an English frame around them would mix languages.
 */
export const eligibility: Check = {
  id: 'eligibility',
  steps: ['select-series', 'basic-info'],
  severity: 'warning',
  run(ctx) {
    const estimate = ctx.eligibility;
    if (!ctx.profile || !estimate) return [];
    const pageName = firstFilled(ctx, 'application.qualificationName');
    const chosen = pageName ? compact(pageName.value).replace(/\(.*?\)/g, '') : ctx.profile.application.qualificationName;
    const where = { field: 'application.qualificationName', ...(pageName ? { control: pageName.control } : {}) };
    if (estimate.disqualifiers.length > 0 || estimate.level === null) {
      const why = [...estimate.disqualifiers, ...(estimate.level === null ? estimate.reasons : [])].join('');
      // A reason that already says whom to ask (已取得专业技术资格 → 评委会) needs no second request.
      const ask = /确认[^。]*。$/.test(why) ? '' : '请先向单位或评委会确认再申报。';
      return [findingOf(eligibility, `按档案估算，可能不符合初次职称考核认定条件：${why}${ask}`, where)];
    }
    if (chosen && !estimate.qualificationNames.includes(chosen)) {
      return [
        findingOf(eligibility, `按档案估算，可申报 ${estimate.level}（${estimate.qualificationNames[0]}），而这里选的是“${chosen}”。${estimate.reasons[0] ?? ''}请核对学历和工作年限。`, where),
      ];
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
