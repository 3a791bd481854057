/**
 * 奖惩情况 asked in two boxes, 奖励情况 and 处分情况 (获奖情况 / 受处分情况, 奖励 / 惩处: probe 18): each
 * is step 6's awards. Empty, each must read 无。 (awards-empty); autofill writes 无。 into each when
 * the profile's 奖惩情况 says none, and otherwise shows the profile's text on both for the user to
 * divide — one text cannot be split into its awards and its punishments. The one-box page is as
 * before.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { planFill } from '../../../lib/fill/plan';
import { collectSnapshot } from '../../../lib/page/collect';
import { evaluatePage } from '../../../lib/content/evaluate';
import { NO_HINTS } from '../../../lib/portal/recognize-step';
import { profileSchema } from '../../../lib/profile/schema';
import sample from '../../fixtures/sample-profile.json';
import { installLocale } from '../i18n-fake';

const withAwards = (awards: string) => profileSchema.parse({ ...sample.profile, awards });

/** Step 6 with `rows` (label, text) as text areas before the 小结; its awards findings and plan. */
function step6(rows: [label: string, text: string][], awards = '无。') {
  const profile = withAwards(awards);
  document.body.innerHTML = `<div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 奖惩情况及个人总结</div><table>
    ${rows.map(([label, text], i) => `<tr><th>${label}</th><td><textarea id="b${i}">${text}</textarea></td></tr>`).join('')}
    <tr><th>个人专业技术工作小结</th><td><textarea id="zj">本人从事环境监测工作。</textarea></td></tr></table><input type="submit" value="保存">`;
  const snapshot = collectSnapshot(document);
  const evaluation = evaluatePage(snapshot, { profile, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS });
  const id = (control: number) => snapshot.controls[control]!.id;
  return {
    findings: evaluation.findings.filter((f) => f.checkId === 'awards-empty').map((f) => [id(f.control!), f.severity, f.message]),
    plan: planFill(snapshot, evaluation.matches, profile, evaluation.recognition.step)
      .items.filter((i) => id(i.control) !== 'zj')
      .map((i) => [id(i.control), i.action, i.value]),
  };
}

describe('奖励情况 and 处分情况 in two boxes (probe 18)', () => {
  beforeEach(() => installLocale());

  it.each([
    ['奖励情况', '处分情况'],
    ['获奖情况', '受处分情况'],
    ['奖励', '惩处'],
  ])('%s / %s empty: an awards-empty error on each, naming it; autofill writes 无。 into each', (rewards, punishments) => {
    const { findings, plan } = step6([
      [rewards, ''],
      [punishments, ''],
    ]);
    expect(findings).toEqual([
      ['b0', 'error', `“${rewards}”不能空着：没有的，请填写“无。”（“无”加中文句号）。`],
      ['b1', 'error', `“${punishments}”不能空着：没有的，请填写“无。”（“无”加中文句号）。`],
    ]);
    expect(plan).toEqual([
      ['b0', 'fill', '无。'],
      ['b1', 'fill', '无。'],
    ]);
  });

  it('a box holding 无 gets the warning advising 无。; one naming an award passes', () => {
    expect(step6([['奖励情况', '2021年度公司先进个人'], ['处分情况', '无']]).findings).toEqual([['b1', 'warning', '没有奖惩时请按要求填写“无。”（“无”加中文句号），现在是“无”。']]);
  });

  it('a profile saying none another way (暂无, 本人无奖惩情况) or nothing: 无。 into each', () => {
    for (const awards of ['暂无', '本人无奖惩情况。', '']) {
      expect(step6([['奖励情况', ''], ['处分情况', '']], awards).plan, awards).toEqual([
        ['b0', 'fill', '无。'],
        ['b1', 'fill', '无。'],
      ]);
    }
  });

  it('a profile naming awards: both boxes left to the user, the profile’s text shown on each', () => {
    const awards = '2021年度获公司先进个人称号，无处分。';
    expect(step6([['奖励情况', ''], ['处分情况', '']], awards).plan).toEqual([
      ['b0', 'needs-user', awards],
      ['b1', 'needs-user', awards],
    ]);
  });

  it('one 奖惩情况 box is as before: its own message, the profile’s text filled', () => {
    expect(step6([['工作期间奖惩情况', '']]).findings).toEqual([['b0', 'error', '“工作期间奖惩情况”不能空着：没有奖惩的，请填写“无。”（“无”加中文句号）。']]);
    expect(step6([['奖惩情况', '']], '2021年度获公司先进个人称号。').plan).toEqual([['b0', 'fill', '2021年度获公司先进个人称号。']]);
  });
});
