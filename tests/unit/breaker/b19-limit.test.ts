/** Breaker 19 items 3–5: limits of another box, of each item, and a picker's box beside the limited one. */
import { describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { evaluatePage } from '../../../lib/content/evaluate';
import { NO_HINTS } from '../../../lib/portal/recognize-step';

const inputs = { profile: null, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS };

function run(html: string, values: Record<string, string>) {
  document.body.innerHTML = `<form>${html}</form>`;
  for (const [id, v] of Object.entries(values)) (document.getElementById(id) as HTMLInputElement).value = v;
  const s = collectSnapshot(document, window);
  const e = evaluatePage(s, inputs);
  const out = e.findings.filter((f) => f.checkId === 'text-over-limit').map((f) => `${s.controls[f.control!]!.id}: ${f.message}`);
  return out;
}
const CR = (last: string) => `<div>当前位置：首页 &gt; 职称申报 &gt; ${last}</div>`;
const UNIT = '广州市生态环境局南沙分局环境监测站';

describe('b19 text-over-limit false positives', () => {
  it('limit for another box after this one in the same cell (单位全称 / 简称)', () => {
    expect(run(`${CR('基本信息')}<table><tr><td>工作单位：</td><td><input id="dw"> 单位简称（限10字以内）：<input id="jc"></td></tr>
<tr><td>姓名：</td><td><input id="xm"></td></tr><tr><td>公民身份号码：</td><td><input id="sfz"></td></tr></table><input type="submit" value="保存">`, { dw: UNIT, jc: '南沙监测站', xm: '张三' })).toEqual([]);
  });
  it('per-item limit (每项不超过50字) on a textarea holding several items', () => {
    expect(run(`${CR('奖惩情况及个人总结')}<table><tr><th>工作期间奖惩情况（每项不超过30字）</th><td><textarea id="jc"></textarea></td></tr></table><input type="submit" value="保存">`, { jc: '2019年度获广州市生态环境局先进工作者称号；\n2021年度获南沙区环保系统优秀共产党员称号；\n2022年度获局年度考核优秀等次。' })).toEqual([]);
  });
  it('限6位 / 限填数字 / 字数不限', () => {
    expect(run(`${CR('基本信息')}<table><tr><td>邮政编码（限6位）：</td><td><input id="yb"></td></tr><tr><td>工作年限（限填数字）：</td><td><input id="nx"></td></tr>
<tr><td>姓名：</td><td><input id="xm"></td></tr><tr><td>个人简介（字数不限）：</td><td><textarea id="jj"></textarea></td></tr></table><input type="submit" value="保存">`, { yb: '5114000', nx: '12', xm: '张三', jj: '监测'.repeat(300) })).toEqual([]);
  });
  it('column header limit in a grid', () => {
    expect(run(`${CR('论文、著作')}<table><tr><th>论文题目</th><th>刊物名称</th><th>刊号（限20字）</th></tr>
<tr><td><input id="t1"></td><td><input id="k1"></td><td><input id="h1"></td></tr></table><input type="submit" value="保存">`, { t1: '基于高分辨率质谱的珠江口水体中新污染物筛查与风险评估研究', k1: '环境科学', h1: 'ISSN 1000-6923' })).toEqual([]);
  });
  it('hint after a codes box', () => {
    expect(run(`${CR('专业技术工作经历')}<table><tr><td>从事专业代码：</td><td><input id="dm"> <input type="button" value="选择"> 工作内容简述（限200字以内）</td></tr>
<tr><td>工作单位：</td><td><input id="dw"></td></tr><tr><td>职务：</td><td><input id="zw"></td></tr></table><input type="submit" value="保存">`, { dm: '0801,0802,0803', dw: UNIT, zw: '工程师' })).toEqual([]);
  });
  it('hint after box for ANOTHER box small limit', () => {
    expect(run(`${CR('基本信息')}<table><tr><td>现从事专业：</td><td><input id="zy"> 专业年限（限2位数字）</td></tr><tr><td>现任职务：</td><td><input id="zw">（不超过8个字）</td></tr>
<tr><td>姓名：</td><td><input id="xm"></td></tr></table><input type="submit" value="保存">`, { zy: '环境监测与评价', zw: '监测站副站长', xm: '张三' })).toEqual([]);
  });
  it('label 限200字 but two boxes in the row: 起止 + 内容', () => {
    expect(run(`${CR('专业技术工作经历')}<table><tr><td>工作经历（限50字以内）：</td><td><input id="qs"> 至 <input id="zz"> <input id="nr"></td></tr>
<tr><td>工作单位：</td><td><input id="dw"></td></tr><tr><td>职务：</td><td><input id="zw"></td></tr></table><input type="submit" value="保存">`, { qs: '2019-01', zz: '2020-01', nr: '负责珠江口水质自动监测站的运行维护与数据审核工作，并参与省级重点专项监测任务，编写年度报告及专题报告' })).toEqual([]);
  });
});
describe('b19 more', () => {
  it('neighbour label cell in the same row', () => {
    expect(run(`${CR('基本信息')}<table><tr><td>工作单位：</td><td><input id="dw"></td><td>单位简称（限10字以内）：</td><td><input id="jc"></td></tr>
<tr><td>姓名：</td><td><input id="xm"></td></tr></table><input type="submit" value="保存">`, { dw: UNIT, jc: '南沙监测站', xm: '张三' })).toEqual([]);
  });
  it('codes box beside the textarea in the row', () => {
    expect(run(`${CR('专业技术业绩')}<table><tr><td>项目名称：</td><td><input id="mc"></td></tr><tr><td>本人作用：</td><td><input id="zy"></td></tr><tr><td>业绩简介（限200字以内）：</td><td><input id="dm" readonly> <input type="button" value="选择"> <textarea id="jj"></textarea></td></tr></table><input type="submit" value="保存">`, { mc: '珠江口监测', zy: '负责人', dm: Array.from({ length: 60 }, (_, i) => `YJ2023${String(i).padStart(3, '0')}`).join(','), jj: '简介' })).toEqual([]);
  });
  it('caption above a text area', () => {
    expect(run(`${CR('奖惩情况及个人总结')}<p>以下各栏每条限50字以内</p><table><tr><td><textarea id="jc"></textarea></td></tr></table><input type="submit" value="保存">`, { jc: '监测'.repeat(40) })).toEqual([]);
  });
});
