/**
 * A text longer than the limit its page states (个人总结（限200字以内）, 不超过N字 after the box): the
 * server refuses or cuts it at 保存 (probe 18 F2: the label alone says so, no maxlength stops the
 * typing). An error naming the box, its count and the limit; counted in code points, line breaks
 * one each; nothing for a text within the limit, a minimum (不少于), the page's own prompt or a box
 * the applicant cannot change.
 */
import { describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { evaluatePage } from '../../../lib/content/evaluate';
import { NO_HINTS } from '../../../lib/portal/recognize-step';

const inputs = { profile: null, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS };

/** The 奖惩 / 小结 step, the 小结 box labelled `label` holding `text` (`attrs`, `after` beside it); its text-over-limit findings. */
function overLimit(label: string, text: string, attrs = '', after = '') {
  document.body.innerHTML = `<div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 奖惩情况及个人总结</div><table>
    <tr><th>工作期间奖惩情况</th><td><textarea id="jc">无。</textarea></td></tr>
    <tr><th>${label}</th><td><textarea id="zj"${attrs}></textarea>${after}</td></tr></table><input type="submit" value="保存并下一步">`;
  (document.getElementById('zj') as HTMLTextAreaElement).value = text;
  return evaluatePage(collectSnapshot(document), inputs)
    .findings.filter((f) => f.checkId === 'text-over-limit')
    .map(({ severity, field, message }) => ({ severity, field, message }));
}

const chars = (n: number) => '监测'.repeat(Math.ceil(n / 2)).slice(0, n);

describe('text over a limit the page states (text-over-limit)', () => {
  it('个人总结（限200字以内）over the label, 271 characters: an error with the count', () => {
    expect(overLimit('个人总结<br><span style="color:red">（限200字以内）</span>', chars(271))).toEqual([
      { severity: 'error', field: 'workSummary', message: '“个人总结”已有 271 字，页面要求不超过 200 字：保存时超出的部分会被拒绝或截掉，请删减。' },
    ]);
  });

  it('the limit written after the box (不超过500字), on a box no field key names: the label is data-field', () => {
    document.body.innerHTML = `<div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 奖惩情况及个人总结</div><table>
      <tr><th>备注说明</th><td><input id="bz">（不超过10个字）</td></tr></table><input type="submit" value="保存">`;
    (document.getElementById('bz') as HTMLInputElement).value = chars(12);
    const found = evaluatePage(collectSnapshot(document), inputs).findings.filter((f) => f.checkId === 'text-over-limit');
    expect(found.map((f) => [f.field, f.message])).toEqual([['备注说明', '“备注说明”已有 12 字，页面要求不超过 10 字：保存时超出的部分会被拒绝或截掉，请删减。']]);
  });

  it('the limit in a page’s other words — 200字以下, 200个字符以内, 200字内 — is read alike (fill 59); 1000字内容 is no limit', () => {
    for (const label of ['个人总结（200字以下）', '个人总结（200个字符以内）', '个人总结（200字内）']) {
      expect(overLimit(label, chars(271)), label).toEqual([expect.objectContaining({ message: expect.stringContaining('页面要求不超过 200 字') })]);
    }
    expect(overLimit('个人总结（不少于100字内容）', chars(271))).toEqual([]);
  });

  it('exactly the limit, a limit above the text, a minimum only: nothing', () => {
    expect(overLimit('个人总结（限200字以内）', chars(200))).toEqual([]);
    expect(overLimit('个人总结（限500字以内）', chars(271))).toEqual([]);
    expect(overLimit('个人总结（不少于100字）', chars(271))).toEqual([]);
  });

  it('counts code points (a character outside the BMP once) and line breaks one each', () => {
    expect(overLimit('个人总结（限10字以内）', `${chars(9)}𠀀`)).toEqual([]);
    expect(overLimit('个人总结（限10字以内）', `${chars(5)}\n\n${chars(4)}`)).toEqual([expect.objectContaining({ message: expect.stringContaining('已有 11 字') })]);
  });

  it('a maxlength below the stated limit is the limit; a text past it (put there by a script) is reported', () => {
    expect(overLimit('个人总结（限500字以内）', chars(271), ' maxlength="250"')).toEqual([expect.objectContaining({ message: expect.stringContaining('已有 271 字，页面要求不超过 250 字') })]);
  });

  it('the page’s own prompt left in the box, or a read-only box: nothing', () => {
    expect(overLimit('个人总结（限10字以内）', '请输入个人专业技术工作小结，简要写明从事的工作')).toEqual([]);
    expect(overLimit('个人总结（限10字以内）', chars(20), ' readonly')).toEqual([]);
  });
});
