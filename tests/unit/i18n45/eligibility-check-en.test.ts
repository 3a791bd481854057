// Task i18n45: the portal page's eligibility finding (lib/checks/eligibility.ts, in the content
// script) quotes the estimate's reasons. In an English browser its English frame held Chinese
// sentences, and whether to add “Please confirm…” was read from the Chinese words (确认…。); the
// estimate now says so itself (askGiven), and its English sentences bring their own space.
import { afterEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../../lib/checks/registry';
import { buildCtx } from '../checks/ctx';
import { installLocale } from '../i18n-fake';
import { ESTIMATE_CASES } from './cases';

const HAN = /[\u4e00-\u9fff]/;
/**
 * What the findings may quote in Chinese: the profile's data (school, education, titles, review
 * result), the levels and qualification names (the portal's words), and the portal's terms the
 * English glosses in brackets. Longer first, so 助理工程师 goes before 工程师.
 */
const QUOTED = ['某某大学', '硕士研究生', '大学本科', '助理工程师', '工程师', '技术员', '助理级', '中级', '基本称职', '(非全日制)', '(全日制)', '(学习形式)', '(业绩成果)', '(职称评审)'];
const without = (text: string) => QUOTED.reduce((s, q) => s.split(q).join(''), text);
const ASK = 'Please confirm with your employer or the review committee before applying.';

/** The eligibility finding's messages for each case, the page's 认定资格名称 being `chosen`. */
function findings(chosen: string): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(ESTIMATE_CASES).map(([name, c]) => [
      name,
      runChecks(buildCtx({ profile: c.profile, countingDate: c.countingDate, fields: [{ key: 'application.qualificationName', value: chosen }] }), { only: ['eligibility'] }).map((f) => f.message),
    ]),
  );
}

/** Findings in Chinese, word for word as main said them (joined without a space, 请先向单位… only when not asked already). */
const TITLED_ZH = '按档案估算，可能不符合初次职称考核认定条件：已取得专业技术资格：技术员（2017-12-30）。初次职称考核认定面向未取得职称的人员，请向评委会确认是否应改走职称评审。';
const CHINESE: Record<string, Record<string, string[]>> = {
  助理工程师: {
    titled: [TITLED_ZH],
    disqualified: [
      '按档案估算，可能不符合初次职称考核认定条件：档案中没有业绩成果记录，而该档次要求具备相应业绩成果。已取得专业技术资格：技术员（2017-12-30）、助理工程师。初次职称考核认定面向未取得职称的人员，请向评委会确认是否应改走职称评审。最近一次年度考核（2019 年）为“基本称职”，不能申报。请先向单位或评委会确认再申报。',
    ],
    eligible: [],
  },
  工程师: {
    titled: [TITLED_ZH],
    eligible: [
      '按档案估算，可申报 助理级（助理工程师），而这里选的是“工程师”。全日制大学本科（某某大学，2015-06-30 毕业），毕业后从事专业技术工作 5 年 5 个月（计至 2020-12-31），满 1 年，可申报助理级（助理工程师）。请核对学历和工作年限。',
    ],
  },
};

afterEach(() => installLocale());

describe('the portal page’s eligibility finding in an English browser (i18n45)', () => {
  it.each(['助理工程师', '工程师'])('chosen %s: Chinese as before; wholly English but for the data it quotes, a space between sentences, asking as in Chinese', (chosen) => {
    const chinese = findings(chosen);
    expect(chinese).toMatchObject(CHINESE[chosen]!);
    installLocale('en');
    const english = findings(chosen);
    expect(Object.fromEntries(Object.entries(english).map(([n, m]) => [n, m.length]))).toEqual(Object.fromEntries(Object.entries(chinese).map(([n, m]) => [n, m.length])));
    const all = Object.values(english).flat();
    expect(all.length).toBeGreaterThan(5);
    for (const message of all) {
      expect(without(message), message).not.toMatch(HAN);
      expect(message, message).not.toMatch(/ {2}|[.:;,)”][A-Z(]/);
    }
    // Already holding 技术员: the sentence about it says whom to ask, so the frame adds nothing.
    expect(english.titled).toEqual([
      'Estimated from your profile, you may not meet the conditions for the initial professional title assessment: Professional qualifications already held: 技术员 (2017-12-30). The initial professional title assessment is for people who hold no title yet: ask the review committee whether you should apply through the title review (职称评审) instead.',
    ]);
    // A disqualifying review after it: the text no longer ends by asking, so the frame asks.
    expect(english.disqualified![0]).toMatch(new RegExp(`rules out applying\\. ${ASK}$`));
    expect(english.tooEarly).toEqual([
      `Estimated from your profile, you may not meet the conditions for the initial professional title assessment: Professional technical work since graduating from full-time 大学本科: 0 years 11 months (counted to 2016-06-15); level 助理级 needs 1 year. The major studied must be the same as or close to the technical work you do; the review committee judges this. ${ASK}`,
    ]);
  });
});
