import { beforeEach, describe, expect, it } from 'vitest';
import { planFill } from '../../../lib/fill/plan';
import { awardsAnswer } from '../../../lib/fill/awards-answer';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { profileSchema } from '../../../lib/profile/schema';
import sample from '../../fixtures/sample-profile.json';
import { installLocale } from '../i18n-fake';

const withAwards = (awards: string) => profileSchema.parse({ ...sample.profile, awards });

/** The 奖惩 step with a required 有无奖惩 question above the 奖惩情况 box (probe 12b A5). */
function plan(question: string, awards: string) {
  document.body.innerHTML = `<h2>工作期间奖惩情况及个人专业技术工作小结</h2><table>
    <tr><td>*有无奖惩</td><td>${question}</td></tr>
    <tr><td>奖惩情况</td><td><textarea id="jc"></textarea></td></tr>
    <tr><td>个人专业技术工作小结</td><td><textarea id="xj"></textarea></td></tr></table>`;
  const snapshot = collectSnapshot(document);
  const items = planFill(snapshot, recognizeFields(snapshot, 'awards-summary'), withAwards(awards), 'awards-summary').items;
  return items.map((i) => [snapshot.controls[i.control]!.id, i.key, i.action, i.value]);
}

const radios = (yes: string, no: string) =>
  `<input type="radio" name="yw" id="y1" value="1"><label for="y1">${yes}</label><input type="radio" name="yw" id="y0" value="0"><label for="y0">${no}</label>`;

describe('有无奖惩 is answered from the profile’s 奖惩情况 (probe 12b A5)', () => {
  beforeEach(() => installLocale());

  it('无 when the profile says none or nothing, 有 when it names awards; the 奖惩情况 box is still filled', () => {
    expect(plan(radios('有', '无'), '无。').slice(0, 2)).toEqual([
      ['y0', 'page.awardsYesNo', 'fill', '无'],
      ['jc', 'awards', 'fill', '无。'],
    ]);
    expect(plan(radios('有', '无'), '')[0]).toEqual(['y0', 'page.awardsYesNo', 'fill', '无']);
    expect(plan(radios('有', '无'), '2019年度公司先进个人')[0]).toEqual(['y1', 'page.awardsYesNo', 'fill', '有']);
  });

  it('a 是/否 question or a list is answered too; a profile text of dashes or slashes is the user’s', () => {
    expect(plan(radios('是', '否'), '无。')[0]).toEqual(['y0', 'page.awardsYesNo', 'fill', '否']);
    expect(plan('<select id="yw"><option value="">请选择</option><option>有</option><option>无</option></select>', '2019年度公司先进个人')[0]).toEqual(['yw', 'page.awardsYesNo', 'fill', '有']);
    expect(plan(radios('有', '无'), '/')[0]).toEqual(['y1', 'page.awardsYesNo', 'needs-user', '']);
  });
});

describe('有无奖惩 from a 奖惩情况 that says none in other words (breaker 26a item 2)', () => {
  beforeEach(() => installLocale());

  it.each(['未受过任何奖励和处分。', '任现职以来无奖惩', '无任何奖惩。', '本人无奖惩记录', '任现职以来，未受过任何奖励和处分。', '未获得奖励，也未受过处分。', '从未受到党纪政纪处分', '没有受过奖励或处分', '暂无', '“无。”', '无、', '奖惩情况：无', '奖励：无；处分：无', '奖惩情况\n无。'])('“%s” → 无', (awards) => {
    expect(awardsAnswer(awards)).toBe('无');
    expect(plan(radios('有', '无'), awards)[0]).toEqual(['y0', 'page.awardsYesNo', 'fill', '无']);
  });

  it.each(['获2019年度优秀员工称号，无处分', '2019年度公司先进个人', '2018年记三等功\n无处分', '2020年获省科技进步二等奖；2021年获市优秀工程师称号', '奖励：无；处分：2019年警告处分'])('“%s” → 有: a clause names an award', (awards) => {
    expect(awardsAnswer(awards)).toBe('有');
  });

  it.each(['除2019年外无其他奖惩', '工作认真负责，无处分', '获无锡市科技进步奖', '任现职以来', '/'])('“%s” → the user’s: a negation read neither way, or nothing said', (awards) => {
    expect(awardsAnswer(awards)).toBeNull();
    expect(plan(radios('有', '无'), awards)[0]).toEqual(['y1', 'page.awardsYesNo', 'needs-user', '']);
  });
});

describe('有无奖惩 from an award whose name begins with 无 / 未 (breaker 27a item 1)', () => {
  beforeEach(() => installLocale());

  // The 无 / 未 of 无锡, 无为, 无损, 无偿, 无人机, 未来 is no denial: never 无; the user answers.
  it.each(['无锡市科技进步奖', '无为县人民政府嘉奖', '无损检测技术奖', '无偿献血奉献奖', '2019年获省内无偿献血奖', '近三年内无锡市优秀教师荣誉', '未来之星奖', '无人机大赛一等奖', '奖励：无锡市科技进步奖；处分：无'])('“%s” → the user’s, not 无', (awards) => {
    expect(awardsAnswer(awards)).toBeNull();
    expect(plan(radios('有', '无'), awards)[0]).toEqual(['y1', 'page.awardsYesNo', 'needs-user', '']);
  });

  it.each(['未受过任何党纪政纪处分', '无任何形式的奖励和处分', '从未受到违纪处分', '无各类奖惩记录'])('“%s” → 无: a generic qualifier before what is denied', (awards) => {
    expect(awardsAnswer(awards)).toBe('无');
  });
});

describe('有无奖惩 options worded 有奖惩 / 无奖惩 or 没有 / 有 are chosen (breaker 26a item 5)', () => {
  beforeEach(() => installLocale());

  it('radios 有奖惩 / 无奖惩 and a list 没有 / 有 take the answer; a list 有 / 没有 takes 有 as it is', () => {
    expect(plan(radios('有奖惩', '无奖惩'), '无。')[0]).toEqual(['y0', 'page.awardsYesNo', 'fill', '无奖惩']);
    expect(plan(radios('有奖惩', '无奖惩'), '2019年度公司先进个人')[0]).toEqual(['y1', 'page.awardsYesNo', 'fill', '有奖惩']);
    const list = '<select id="yw"><option value="">请选择</option><option value="0">没有</option><option value="1">有</option></select>';
    expect(plan(list, '无。')[0]).toEqual(['yw', 'page.awardsYesNo', 'fill', '没有']);
    expect(plan(list, '2019年度公司先进个人')[0]).toEqual(['yw', 'page.awardsYesNo', 'fill', '有']);
  });
});

describe('有无奖惩 asked with a pair naming awards or punishments only (breaker 27a item 2)', () => {
  beforeEach(() => installLocale());

  it('有 is the user’s on 有处分 / 无处分, 有奖励 / 无奖励, 已获奖 / 未获奖; 无 answers them; 有奖励或处分 is answered', () => {
    expect(plan(radios('有处分', '无处分'), '2019年度公司先进个人')[0]).toEqual(['y1', 'page.awardsYesNo', 'needs-user', '有']);
    expect(plan(radios('有奖励', '无奖励'), '2019年受警告处分')[0]).toEqual(['y1', 'page.awardsYesNo', 'needs-user', '有']);
    const list = '<select id="yw"><option value="">请选择</option><option>已获奖</option><option>未获奖</option></select>';
    expect(plan(list, '2019年受警告处分')[0]).toEqual(['yw', 'page.awardsYesNo', 'needs-user', '有']);
    const snapshot = collectSnapshot(document);
    const item = planFill(snapshot, recognizeFields(snapshot, 'awards-summary'), withAwards('2019年受警告处分'), 'awards-summary').items[0];
    expect(item?.reason).toBe('页面问的是“已获奖”，只涉及奖励或处分之一；档案中的奖惩情况看不出这一项，请自己选择');
    expect(plan(radios('有处分', '无处分'), '无。')[0]).toEqual(['y0', 'page.awardsYesNo', 'fill', '无处分']);
    expect(plan(radios('有奖励或处分', '无奖励或处分'), '2019年度公司先进个人')[0]).toEqual(['y1', 'page.awardsYesNo', 'fill', '有奖励或处分']);
  });
});
