/**
 * Breaker 19 (items 6, 7): 奖励情况 / 处分情况 read as step 6's awards in two boxes only on step 6 and
 * beside no box asking 奖惩情况 whole; a 获奖情况 box elsewhere is no awards box.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { planFill } from '../../../lib/fill/plan';
import { collectSnapshot } from '../../../lib/page/collect';
import { evaluatePage } from '../../../lib/content/evaluate';
import { NO_HINTS } from '../../../lib/portal/recognize-step';
import { profileSchema } from '../../../lib/profile/schema';
import sample from '../../fixtures/sample-profile.json';
import { installLocale } from '../i18n-fake';

function run(html: string, awards = '无。') {
  const profile = profileSchema.parse({ ...sample.profile, awards });
  document.body.innerHTML = `<form>${html}</form>`;
  const snapshot = collectSnapshot(document, window);
  const ev = evaluatePage(snapshot, { profile, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS });
  const id = (c: number) => snapshot.controls[c]!.id || snapshot.controls[c]!.name;
  const res = {
    step: ev.recognition.step,
    keys: ev.matches.map((m: any) => [id(m.control ?? m.controls?.[0]), m.key]),
    findings: ev.findings.filter((f) => f.checkId === 'awards-empty').map((f) => [id(f.control!), f.severity]),
    plan: planFill(snapshot, ev.matches, profile, ev.recognition.step).items.filter((i) => /page\.(rewards|punishments)|awards/.test(i.key ?? '')).map((i) => [id(i.control), i.key, i.action, i.value]),
  };
  return res;
}
const CR = (last: string) => `<div>当前位置：首页 &gt; 职称申报 &gt; ${last}</div>`;

describe('b19 awards', () => {
  beforeEach(() => installLocale());
  it('unknown page with 获奖情况 box (an achievement record form the recogniser cannot name)', () => {
    const r = run(`<table><tr><td>名称：</td><td><input id="mc"></td></tr><tr><td>完成时间：</td><td><input id="sj"></td></tr><tr><td>获奖情况：</td><td><textarea id="hj"></textarea></td></tr></table><input type="submit" value="保存">`);
    expect(r.findings).toEqual([]);
    expect(r.plan).toEqual([]);
  });
  it('achievements step with 获奖情况', () => {
    const r = run(`${CR('专业技术业绩')}<table><tr><td>项目名称：</td><td><input id="mc"></td></tr><tr><td>本人作用：</td><td><input id="zy"></td></tr><tr><td>获奖情况：</td><td><textarea id="hj"></textarea></td></tr></table><input type="submit" value="保存">`);
    expect(r.findings).toEqual([]);
  });
  it('basic-info step with 奖励 / 处分 boxes (one of those 登记表 copies)', () => {
    const r = run(`${CR('基本信息')}<table><tr><td>姓名：</td><td><input id="xm"></td></tr><tr><td>公民身份号码：</td><td><input id="sfz"></td></tr><tr><td>受过何种奖励：</td><td><input id="jl"></td></tr><tr><td>受过何种处分：</td><td><input id="cf"></td></tr></table><input type="submit" value="保存">`);
    expect(r.findings).toEqual([]);
  });
  it('step 6 two boxes, profile names award', () => {
    const r = run(`${CR('奖惩情况及个人总结')}<table><tr><td>奖励情况：</td><td><textarea id="jl"></textarea></td></tr><tr><td>处分情况：</td><td><textarea id="cf"></textarea></td></tr><tr><td>个人小结：</td><td><textarea id="xj">本人...</textarea></td></tr></table><input type="submit" value="保存">`, '2021年度获公司先进个人称号');
    expect(r.plan).toEqual([['jl', 'page.rewards', 'needs-user', '2021年度获公司先进个人称号'], ['cf', 'page.punishments', 'needs-user', '2021年度获公司先进个人称号']]);
  });
  it('step 6 profile 无处分 words', () => {
    const r = run(`${CR('奖惩情况及个人总结')}<table><tr><td>奖励情况：</td><td><textarea id="jl"></textarea></td></tr><tr><td>处分情况：</td><td><textarea id="cf"></textarea></td></tr><tr><td>个人小结：</td><td><textarea id="xj">本人...</textarea></td></tr></table><input type="submit" value="保存">`, '无奖励，无处分。');
    expect(r.plan.map((p) => p[2])).toEqual(['needs-user', 'needs-user']);
  });
  it('step 6 with 奖惩 one box and 表彰 column in a list of records', () => {
    const r = run(`${CR('奖惩情况及个人总结')}<table><tr><td>工作期间奖惩情况：</td><td><textarea id="jc">无。</textarea></td></tr></table>
<table><tr><th>获奖名称</th><th>获奖时间</th><th>表彰</th></tr><tr><td><input id="m1"></td><td><input id="t1"></td><td><input id="b1"></td></tr></table><textarea id="xj">小结</textarea><input type="submit" value="保存">`);
    expect(r.findings).toEqual([]);
    expect(r.plan).toEqual([['jc', 'awards', 'skip', '无。']]);
  });
});
describe('b19 awards rowspan', () => {
  beforeEach(() => installLocale());
  it('rowspan 奖惩情况 over 奖励 / 惩处', () => {
    const r = run(`${CR('奖惩情况及个人总结')}<table><tr><td rowspan="2">奖惩情况</td><td>奖励</td><td><textarea id="a"></textarea></td></tr><tr><td>惩处</td><td><textarea id="b"></textarea></td></tr><tr><td colspan="2">个人小结</td><td><textarea id="xj">本人</textarea></td></tr></table><input type="submit" value="保存">`, '2021年度获公司先进个人称号');
    expect(r.plan.filter((p) => p[2] === 'fill')).toEqual([]);
  });
});
