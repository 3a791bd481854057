import { beforeEach, describe, expect, it } from 'vitest';
import { planFill } from '../../../lib/fill/plan';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { profileSchema } from '../../../lib/profile/schema';
import sample from '../../fixtures/sample-profile.json';
import { installLocale } from '../i18n-fake';

/** The sample profile's 个人专业技术工作小结 is 271 characters long. */
const profile = profileSchema.parse(sample.profile);

/** The 奖惩 / 小结 step with `label` over the 小结 box (and `after` beside it); the 小结 row of the plan. */
function summaryRow(label: string, attrs = '', after = '') {
  document.body.innerHTML = `<h2>工作期间奖惩情况及个人专业技术工作小结</h2><table>
    <tr><th>奖惩情况</th><td><textarea id="jc"></textarea></td></tr>
    <tr><th>${label}</th><td><textarea id="xj"${attrs}></textarea>${after}</td></tr></table>`;
  const snapshot = collectSnapshot(document);
  const item = planFill(snapshot, recognizeFields(snapshot, 'awards-summary'), profile, 'awards-summary').items.find((i) => i.key === 'workSummary');
  return [item?.action, item?.reason];
}

describe('a length limit the label states, without a maxlength (probe 18 F2)', () => {
  beforeEach(() => installLocale());

  it('限200字以内 / 200字以内 / 不超过200个字 under the label: the 271-character summary is left to the user', () => {
    for (const label of ['个人总结<br><span style="color:red">（限200字以内）</span>', '个人总结（200字以内）', '个人专业技术工作小结（不超过200个字）', '个人总结(最多２００字)']) {
      expect(summaryRow(label), label).toEqual(['needs-user', '超出最大长度 200 字']);
    }
  });

  it('200字以下 / 200个字符以内 / 200字内 / 限填200字: the same rule in a page’s other words, left to the user (fill 59: the whole text was written); 2000字内容 is no limit', () => {
    for (const label of ['个人总结（200字以下）', '个人总结（200个字符以内）', '个人总结（200字内）', '个人总结（限填200字）']) {
      expect(summaryRow(label), label).toEqual(['needs-user', '超出最大长度 200 字']);
    }
    expect(summaryRow('个人总结（不少于100字内容）')[0]).toBe('fill');
  });

  it('a limit above the text, a minimum (不少于), a maxlength below the stated limit', () => {
    expect(summaryRow('个人总结（限500字以内）')[0]).toBe('fill');
    expect(summaryRow('个人总结（不少于100字）')[0]).toBe('fill');
    expect(summaryRow('个人总结（不少于100字，不超过2000字）')[0]).toBe('fill');
    expect(summaryRow('个人总结（限500字以内）', ' maxlength="250"')).toEqual(['needs-user', '超出最大长度 250 字']);
  });
});
