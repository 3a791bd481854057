import { afterEach, describe, expect, it } from 'vitest';
import { run, withProfile } from './harness';
import { H_EDU, H_WORK, H_ANN, H_QUAL, H_ACH, H_PUB, eduForm, workForm, annForm, grid, sel, radios, row, txt } from './pages';

afterEach(() => { document.body.innerHTML = ''; document.head.innerHTML = ''; });
const show = (name: string, r: ReturnType<typeof run>, keys = false) => console.log(`\n=== ${name}\nstep=${r.recognized} rec=${r.recordIndex} seq=${r.seq}\ngrids=${JSON.stringify(r.grids)}\n${r.items.join('\n')}${keys ? '\nkeys: ' + r.keys.join(' ') : ''}`);
const item = (r: ReturnType<typeof run>, key: string) => r.items.filter((i) => i.split('|')[1] === key).join(' // ');
const ended = withProfile((x) => { x.workHistory[0].endDate = '2023-12-31'; });

describe('batch 2', () => {
  it('E12a keys for lone 全日制 checkbox', () => {
    const r = run(H_EDU + eduForm({ fullTime: '<input type="checkbox" id="chkQRZ" name="chkQRZ"/><label for="chkQRZ">全日制</label>' }), { step: 'education' });
    show('E12a', r, true);
  });
  it('E8b blank form, default number 1 (taken), no radios', () => {
    const list = grid(['记录序号', '学校', '起止时间'], [['1', '华南理工大学', '2016.09-2020.06']]);
    const r = run(H_EDU + list + eduForm({ seq: '1' }), { step: 'education' });
    show('E8b', r);
    expect.soft(r.recordIndex).toBe(1);
  });
  it('E8c blank form, default number 1 (taken), 学历 select with no 请选择 option', () => {
    const list = grid(['记录序号', '学校', '起止时间'], [['1', '华南理工大学', '2016.09-2020.06']]);
    const r = run(H_EDU + list + eduForm({ seq: '1', level: sel('ddlXL', ['研究生', '本科', '专科', '中专'], false) }), { step: 'education' });
    show('E8c', r);
    expect.soft(r.recordIndex).toBe(1);
  });

  it('W1 work: □至今 checkbox beside 终止时间, ongoing', () => {
    const r = run(H_WORK + workForm({ endCell: txt('txtZZSJ') + '<input type="checkbox" id="chkZJ" name="chkZJ"/><label for="chkZJ">至今</label>' }), { step: 'work-experience' });
    show('W1', r);
    expect.soft(item(r, 'workHistory.endDate')).toMatch(/skip\|至今.*fill\|是|fill\|是.*skip/);
    expect.soft(item(r, 'workHistory.startDate')).toContain('|2020-07-01');
  });
  it('W2 work: □至今 checked on page, finished job', () => {
    const r = run(H_WORK + workForm({ endCell: txt('txtZZSJ') + '<input type="checkbox" id="chkZJ" name="chkZJ" checked/><label for="chkZJ">至今</label>' }), { step: 'work-experience', profile: ended });
    show('W2', r);
    expect.soft(item(r, 'workHistory.endDate')).toContain('2023-12-31');
  });
  it('W3 work: 是否至今 select', () => {
    const cell = txt('txtZZSJ');
    const form = workForm({ endCell: cell }).replace('</table>', row('是否至今', sel('ddlSFZJ', ['是', '否'])) + '</table>');
    const r = run(H_WORK + form, { step: 'work-experience' });
    show('W3', r);
    expect.soft(item(r, 'workHistory.endDate')).toContain('fill|是|opt=1');
    const r2 = run(H_WORK + form, { step: 'work-experience', profile: ended });
    show('W3 ended', r2);
    expect.soft(item(r2, 'workHistory.endDate')).toContain('fill|否|opt=2');
  });
  it('W4 work: 是否至今 radios', () => {
    const form = workForm().replace('</table>', row('是否至今', radios('rblSFZJ', ['是', '否'])) + '</table>');
    const r = run(H_WORK + form, { step: 'work-experience' });
    show('W4', r);
    expect.soft(item(r, 'workHistory.endDate')).toContain('fill|是|opt=1');
  });
  it('W5 work: 终止时间 select-list of "至今" with radios 至今/截止 … ; 至今在职 checkbox label', () => {
    const r = run(H_WORK + workForm({ endCell: txt('txtZZSJ') + '<label><input type="checkbox" name="cbZJZZ"/>至今在职</label>' }), { step: 'work-experience' });
    show('W5', r);
    expect.soft(item(r, 'workHistory.endDate')).toContain('fill|是');
  });
  it('W6 work: □至今 where its label is "（至今请勾选）"', () => {
    const r = run(H_WORK + workForm({ endCell: txt('txtZZSJ') + '<input type="checkbox" id="chkZJ" name="chkZJ"/><label for="chkZJ">至今请勾选</label>' }), { step: 'work-experience' });
    show('W6', r);
  });
  it('W7 work: a 至今 checkbox NOT beside 终止时间 — 是否至今仍在本单位缴纳社保', () => {
    const form = workForm().replace('</table>', row('至今仍缴纳社保', '<input type="checkbox" id="chkSB" name="chkSB"/>') + '</table>');
    const r = run(H_WORK + form, { step: 'work-experience', profile: ended });
    show('W7', r);
  });
  it('W8 work list without 序号 names the job (至今); no further job → all saved', () => {
    const list = grid(['工作单位', '起止时间', '职务', '操作'], [['广州绿源环境监测技术有限公司', '2020.07-至今', '环境监测技术员', '修改']]);
    const r = run(H_WORK + list + workForm(), { step: 'work-experience' });
    show('W8', r);
    expect.soft(r.recordIndex).toBe(null);
  });
  it('W9 work: end date label format yyyy年mm月 ; 至今 on finished → date', () => {
    const r = run(H_WORK + workForm({ endCell: txt('txtZZSJ') + '（格式：yyyy年mm月，至今可不填）' }), { step: 'work-experience', profile: ended });
    show('W9', r);
    expect.soft(item(r, 'workHistory.endDate')).toContain('2023年12月');
  });
  it('W10 □至今 on an education step (does not belong)', () => {
    const form = eduForm({ end: '' }).replace(txt('txtZZNY'), txt('txtZZNY') + '<input type="checkbox" id="chkZJ" name="chkZJ"/><label for="chkZJ">至今</label>');
    const r = run(H_EDU + form, { step: 'education' });
    show('W10', r, true);
    expect.soft(r.items.some((i) => i.startsWith('chkZJ'))).toBe(false);
  });
  it('W11 ongoing job with end date as non-calendar text box and no 至今 control', () => {
    const r = run(H_WORK + workForm(), { step: 'work-experience' });
    show('W11', r);
  });

  it('A1 annual: options 优秀/称职/基本称职/不称职, empty list → 2021 合格 → 称职', () => {
    const r = run(H_ANN + annForm(), { step: 'annual-review' });
    show('A1', r);
    expect.soft(item(r, 'annualReviews.result')).toContain('|称职|');
    expect.soft(item(r, 'annualReviews.year')).toContain('|2021');
  });
  it('A2 annual: list without 序号 years 2021, 2022 → next 2023 优秀 seq 3', () => {
    const list = grid(['考核年度', '考核结果', '操作'], [['2021年度', '称职', '修改'], ['2022年度', '称职', '修改']]);
    const r = run(H_ANN + list + annForm(), { step: 'annual-review' });
    show('A2', r);
    expect.soft(r.recordIndex).toBe(2);
    expect.soft(r.seq).toBe('3');
  });
  it('A3 annual: year select "2021年" options, result codes "1-优秀"', () => {
    const r = run(H_ANN + annForm({ year: sel('ddlKHND', ['2020年', '2021年', '2022年', '2023年', '2024年']), result: sel('ddlKHJG', ['1-优秀', '2-称职', '3-基本称职', '4-不称职']) }), { step: 'annual-review' });
    show('A3', r);
    expect.soft(item(r, 'annualReviews.year')).toContain('2021年');
    expect.soft(item(r, 'annualReviews.result')).toContain('2-称职');
  });
  it('A4 annual: result radio 优秀/合格/基本合格/不合格 and 优秀/称职', () => {
    const r = run(H_ANN + annForm({ result: radios('rblKHJG', ['优秀', '称职', '基本称职', '不称职']) }), { step: 'annual-review' });
    show('A4', r);
    expect.soft(item(r, 'annualReviews.result')).toContain('|称职|opt=2');
  });
  it('A5 annual: list with 序号 column in date-descending order (2024 as 1)', () => {
    const list = grid(['序号', '考核年度', '考核结果'], [['1', '2024', '合格']]);
    const r = run(H_ANN + list + annForm(), { step: 'annual-review' });
    show('A5', r);
    // 2024 saved as #1; next unsaved is 2021 (idx 0) with seq 2
    expect.soft(r.recordIndex).toBe(0);
    expect.soft(r.seq).toBe('2');
  });
  it('A6 annual: list year cell "2021年度考核" / "2021-2022"', () => {
    const list = grid(['记录序号', '年度', '结果'], [['1', '2021年度考核', '合格']]);
    const r = run(H_ANN + list.replace('<th>记录序号</th>', '<th>No.</th>') + annForm(), { step: 'annual-review' });
    show('A6', r);
    expect.soft(r.recordIndex).toBe(1);
  });
  it('A7 annual: result options only 优秀/合格/基本合格/不合格 with profile 称职 wording', () => {
    const p = withProfile((x) => { x.annualReviews = [{ year: 2021, result: '称职' }]; });
    const r = run(H_ANN + annForm({ result: sel('ddlKHJG', ['优秀', '合格', '基本合格', '不合格']) }), { step: 'annual-review', profile: p });
    show('A7', r);
    expect.soft(item(r, 'annualReviews.result')).toContain('|合格|opt=2');
  });

  it('Q1 qualification: list 资格名称 | 取得时间 names 技术员 → all saved', () => {
    const list = grid(['资格名称', '取得时间', '操作'], [['技术员', '2021-12-30', '修改']]);
    const form = `<table>${row('记录序号', txt('t1'))}${row('资格名称', txt('t2'))}${row('取得时间', txt('t3'))}${row('证书编号', txt('t4'))}${row('审批单位', txt('t5'))}</table><input type="submit" value="保存"/>`;
    const r = run(H_QUAL + list + form, { step: 'qualification-history' });
    show('Q1', r);
    expect.soft(r.recordIndex).toBe(null);
  });
  it('Q2 qualification: list names 助理工程师 (contains no profile name) — not 技术员', () => {
    const list = grid(['资格名称', '取得时间', '操作'], [['助理工程师（技术员转评）', '2023-12-30', '修改']]);
    const form = `<table>${row('记录序号', txt('t1'))}${row('资格名称', txt('t2'))}${row('取得时间', txt('t3'))}</table><input type="submit" value="保存"/>`;
    const r = run(H_QUAL + list + form, { step: 'qualification-history' });
    show('Q2', r);
    expect.soft(r.recordIndex).toBe(0);
    expect.soft(r.seq).toBe('2');
  });
  it('C1 achievements: list names 番禺 project (2nd) → next 白云 (idx0) seq 2', () => {
    const list = grid(['项目名称', '起止时间', '本人角色'], [['番禺区工业园区大气特征污染物监测项目', '2023.04-2024.06', '参与人']]);
    const form = `<table>${row('记录序号', txt('t1'))}${row('起始时间', txt('t2'))}${row('终止时间', txt('t3') + '<input type="checkbox" id="cz" name="cz"/><label for="cz">至今</label>')}${row('项目名称', txt('t4'))}${row('本人作用', txt('t5'))}</table><input type="submit" value="保存"/>`;
    const r = run(H_ACH + list + form, { step: 'achievements' });
    show('C1', r);
    expect.soft(r.recordIndex).toBe(0);
    expect.soft(r.seq).toBe('2');
    expect.soft(item(r, 'achievements.endDate')).toContain('fill|否');
  });
  it('P1 publications: list names the paper by title and date "2023年9月" → all saved', () => {
    const list = grid(['论文题目', '刊物名称', '发表时间'], [['城市河道氨氮连续监测数据的质量控制方法探讨', '广州环境科学', '2023年9月']]);
    const form = `<table>${row('记录序号', txt('t1'))}${row('论文题目', txt('t2'))}${row('刊物名称', txt('t3'))}${row('发表时间', txt('t4'))}</table><input type="submit" value="保存"/>`;
    const r = run(H_PUB + list + form, { step: 'publications' });
    show('P1', r);
    expect.soft(r.recordIndex).toBe(null);
  });
  it('P2 publications: list shows title truncated ("城市河道氨氮连续监测数据的质量…")', () => {
    const list = grid(['论文题目', '发表时间'], [['城市河道氨氮连续监测数据的质量…', '2023-09-15']]);
    const form = `<table>${row('记录序号', txt('t1'))}${row('论文题目', txt('t2'))}${row('发表时间', txt('t4'))}</table><input type="submit" value="保存"/>`;
    const r = run(H_PUB + list + form, { step: 'publications' });
    show('P2', r);
    expect.soft(r.recordIndex).toBe(null);
  });
});
