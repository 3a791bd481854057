/**
 * Breaker 32r item 1: 工作期间奖惩情况 with nothing to declare is written as the walkthrough asks,
 * 无。 (操作指引 3(6)), in the one box as in each of two (奖励情况 / 处分情况) — also when the profile
 * says none another way (无, 暂无, 没有) or keeps nothing; a profile naming awards is written as
 * typed, never 无。. On main the one box got 无 / 暂无 as typed (which the awards-empty check then
 * flags) or nothing at all (flagged as empty).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { installLocale } from '../i18n-fake';
import { crumb, readPage, row } from './helpers';

const summary = row('个人专业技术工作小结', '<textarea id="zj"></textarea>');
const layouts: [name: string, html: string][] = [
  ['a table row', `${crumb('工作期间奖惩情况/个人专业技术工作小结')}<table>${row('*工作期间奖惩情况：', '<textarea id="jc"></textarea>')}${summary}</table><input type="submit" value="保存并下一步">`],
  [
    'a layui form item',
    `${crumb('奖惩情况及工作小结')}<form class="layui-form"><div class="layui-form-item"><label class="layui-form-label">奖惩情况</label><div class="layui-input-block"><textarea id="jc" name="jcqk" class="layui-textarea"></textarea></div></div>
     <div class="layui-form-item"><label class="layui-form-label">工作小结</label><div class="layui-input-block"><textarea id="zj" class="layui-textarea"></textarea></div></div><button class="layui-btn" lay-submit>保存</button></form>`,
  ],
  ['a box named by its name only', `${crumb('工作期间奖惩情况')}<table>${row('', '<textarea id="jc" name="txtJCQK"></textarea>')}${summary}</table><input type="submit" value="保存">`],
];

const awardsItem = (html: string, awards: string) => readPage(html, { awards }).items.find((i) => i.control === 'jc');

describe('无。 in an empty 奖惩 box (breaker 32r item 1)', () => {
  beforeEach(() => installLocale());

  it.each(layouts)('%s: a profile saying none in any words, or nothing, is written 无。', (_name, html) => {
    for (const awards of ['无。', '无', '暂无', '没有', '本人无奖惩情况', '']) {
      expect(awardsItem(html, awards), JSON.stringify(awards)).toMatchObject({ key: 'awards', action: 'fill', value: '无。' });
    }
  });

  it.each(layouts)('%s: a profile naming awards is written as typed, never 无。', (_name, html) => {
    const awards = '2022年度获公司先进个人称号。';
    expect(awardsItem(html, awards)).toMatchObject({ key: 'awards', action: 'fill', value: awards });
  });

  it('the check: an empty box is an error asking 无。, a 无 without the 。 a warning, 无。 passes', () => {
    const [, html] = layouts[0]!;
    const found = (shown: string) => readPage(html.replace('<textarea id="jc"></textarea>', `<textarea id="jc">${shown}</textarea>`)).findings.filter((f) => f.check === 'awards-empty');
    expect(found('').map((f) => f.severity)).toEqual(['error']);
    expect(found('').at(0)?.message).toContain('无。');
    expect(found('无').map((f) => [f.severity, f.message.includes('无。')])).toEqual([['warning', true]]);
    expect(found('无。')).toEqual([]);
  });
});
