// Task i18n45: the 申报条件自测's reasons and disqualifiers (lib/eligibility.ts) were Chinese
// sentences built in code, so an English browser showed them in Chinese on the options page and
// quoted them in Chinese in the portal page's English finding. They come from public/_locales
// now (`elig_*`); the Chinese stays word for word as it was (the `zh` rows are main's output).
import { afterEach, describe, expect, it } from 'vitest';
import { estimateEligibility } from '../../../lib/eligibility';
import { installLocale } from '../i18n-fake';
import { ESTIMATE_CASES } from './cases';

type Words = { reasons: string[]; disqualifiers: string[] };
/** The Chinese reasons of a 2015 全日制大学本科 graduate counted to 2020-12-31, said alike in the three cases that give them. */
const BACHELOR_2015_ZH = [
  "全日制大学本科（某某大学，2015-06-30 毕业），毕业后从事专业技术工作 5 年 5 个月（计至 2020-12-31），满 1 年，可申报助理级（助理工程师）。",
  "还须取得相应的专业技术业绩成果（第 7 步填写并上传佐证材料）。",
  "所学专业须与从事的专业技术工作相同或相近，由评委会判断。",
];
/** What each case says, in Chinese and in English, and whether it ends by saying whom to ask. */
const SAYS: Record<keyof typeof ESTIMATE_CASES, { askGiven: boolean; zh: Words; en: Words }> = {
  eligible: {
    askGiven: false,
    zh: { reasons: BACHELOR_2015_ZH, disqualifiers: [
      ] },
    en: { reasons: [
        " Full-time 大学本科 (某某大学, graduated 2015-06-30), 5 years 5 months of professional technical work since graduating (counted to 2020-12-31), which meets the 1 year needed: you can apply at level 助理级 (助理工程师).",
        " You also need professional technical results for this level (entered at step 7, with the supporting documents uploaded).",
        " The major studied must be the same as or close to the technical work you do; the review committee judges this.",
      ], disqualifiers: [
      ] },
  },
  tooEarly: {
    askGiven: false,
    zh: { reasons: [
        "全日制大学本科毕业后从事专业技术工作 0 年 11 个月（计至 2016-06-15），申报助理级需满 1 年。",
        "所学专业须与从事的专业技术工作相同或相近，由评委会判断。",
      ], disqualifiers: [
      ] },
    en: { reasons: [
        " Professional technical work since graduating from full-time 大学本科: 0 years 11 months (counted to 2016-06-15); level 助理级 needs 1 year.",
        " The major studied must be the same as or close to the technical work you do; the review committee judges this.",
      ], disqualifiers: [
      ] },
  },
  master: {
    askGiven: false,
    zh: { reasons: [
        "全日制硕士研究生（某某大学，2020-06-30 毕业），不限工作年限，可申报助理级（助理工程师）。",
        "全日制硕士研究生毕业后从事专业技术工作 0 年 6 个月（计至 2020-12-31），申报中级需满 3 年。",
        "所学专业须与从事的专业技术工作相同或相近，由评委会判断。",
      ], disqualifiers: [
      ] },
    en: { reasons: [
        " Full-time 硕士研究生 (某某大学, graduated 2020-06-30), no years of work required: you can apply at level 助理级 (助理工程师).",
        " Professional technical work since graduating from full-time 硕士研究生: 0 years 6 months (counted to 2020-12-31); level 中级 needs 3 years.",
        " The major studied must be the same as or close to the technical work you do; the review committee judges this.",
      ], disqualifiers: [
      ] },
  },
  partTime: {
    askGiven: false,
    zh: { reasons: [
        "某某大学 硕士研究生为非全日制，不能作为初次职称考核认定的学历依据。",
        "第 2 条 大学本科为非全日制，不能作为初次职称考核认定的学历依据。",
        "第 3 条学历未填写学习形式，按非全日制处理（不计入）。",
      ], disqualifiers: [
        "没有全日制学历：初次职称考核认定只认可全日制学历。",
      ] },
    en: { reasons: [
        " 硕士研究生 (某某大学) is part-time study (非全日制): it does not count as the education for the initial professional title assessment.",
        " 大学本科 (education record 2) is part-time study (非全日制): it does not count as the education for the initial professional title assessment.",
        " Education record 3 does not say its mode of study (学习形式), so it is taken as part-time and not counted.",
      ], disqualifiers: [
        " No full-time (全日制) education: the initial professional title assessment accepts full-time education only.",
      ] },
  },
  noEducation: {
    askGiven: false,
    zh: { reasons: [
        "档案未填写学历，无法估算。",
      ], disqualifiers: [
      ] },
    en: { reasons: [
        " The profile has no education records, so there is nothing to estimate from.",
      ], disqualifiers: [
      ] },
  },
  noEndDate: {
    askGiven: false,
    zh: { reasons: [
        "大学本科（某某大学）未填写毕业时间，无法计算毕业后工作年限。",
        "所学专业须与从事的专业技术工作相同或相近，由评委会判断。",
      ], disqualifiers: [
      ] },
    en: { reasons: [
        " 大学本科 (某某大学) has no graduation date, so the years of work since graduating cannot be counted.",
        " The major studied must be the same as or close to the technical work you do; the review committee judges this.",
      ], disqualifiers: [
      ] },
  },
  disqualified: {
    askGiven: false,
    zh: { reasons: BACHELOR_2015_ZH, disqualifiers: [
        "档案中没有业绩成果记录，而该档次要求具备相应业绩成果。",
        "已取得专业技术资格：技术员（2017-12-30）、助理工程师。初次职称考核认定面向未取得职称的人员，请向评委会确认是否应改走职称评审。",
        "最近一次年度考核（2019 年）为“基本称职”，不能申报。",
      ] },
    en: { reasons: [
        " Full-time 大学本科 (某某大学, graduated 2015-06-30), 5 years 5 months of professional technical work since graduating (counted to 2020-12-31), which meets the 1 year needed: you can apply at level 助理级 (助理工程师).",
        " You also need professional technical results for this level (entered at step 7, with the supporting documents uploaded).",
        " The major studied must be the same as or close to the technical work you do; the review committee judges this.",
      ], disqualifiers: [
        " The profile has no records of results (业绩成果), and this level requires them.",
        " Professional qualifications already held: 技术员 (2017-12-30), 助理工程师. The initial professional title assessment is for people who hold no title yet: ask the review committee whether you should apply through the title review (职称评审) instead.",
        " The latest annual review (2019) is “基本称职”, which rules out applying.",
      ] },
  },
  titled: {
    askGiven: true,
    zh: { reasons: BACHELOR_2015_ZH, disqualifiers: [
        "已取得专业技术资格：技术员（2017-12-30）。初次职称考核认定面向未取得职称的人员，请向评委会确认是否应改走职称评审。",
      ] },
    en: { reasons: [
        " Full-time 大学本科 (某某大学, graduated 2015-06-30), 5 years 5 months of professional technical work since graduating (counted to 2020-12-31), which meets the 1 year needed: you can apply at level 助理级 (助理工程师).",
        " You also need professional technical results for this level (entered at step 7, with the supporting documents uploaded).",
        " The major studied must be the same as or close to the technical work you do; the review committee judges this.",
      ], disqualifiers: [
        " Professional qualifications already held: 技术员 (2017-12-30). The initial professional title assessment is for people who hold no title yet: ask the review committee whether you should apply through the title review (职称评审) instead.",
      ] },
  },
};

const words = (name: keyof typeof ESTIMATE_CASES): Words => {
  const { profile, countingDate } = ESTIMATE_CASES[name]!;
  const { reasons, disqualifiers } = estimateEligibility(profile, countingDate);
  return { reasons, disqualifiers };
};

afterEach(() => installLocale());

describe('the eligibility estimate in the browser’s language (i18n45)', () => {
  it.each(Object.keys(SAYS))('%s: Chinese word for word as before, English in an English browser', (name) => {
    expect(words(name)).toEqual(SAYS[name]!.zh);
    installLocale('en');
    const english = words(name);
    expect(english).toEqual(SAYS[name]!.en);
    // Each English sentence brings the one space that parts it from the one before when the
    // content script's finding quotes them joined with nothing between (lib/checks/eligibility.ts).
    for (const sentence of [...english.reasons, ...english.disqualifiers]) expect(sentence).toMatch(/^ \S/);
  });

  it('says whether the text a finding quotes ends by saying whom to ask, the same in both languages', () => {
    const asks = () => Object.fromEntries(Object.entries(ESTIMATE_CASES).map(([name, c]) => [name, estimateEligibility(c.profile, c.countingDate).askGiven]));
    const expected = Object.fromEntries(Object.entries(SAYS).map(([name, s]) => [name, s.askGiven]));
    expect(asks()).toEqual(expected);
    expect(Object.values(expected)).toContain(true);
    installLocale('en');
    expect(asks()).toEqual(expected);
  });
});
