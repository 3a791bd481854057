import { afterEach, describe, expect, it } from 'vitest';
import { run, withProfile } from './harness';
import { H_EDU, H_WORK, H_ANN, H_ACH, eduForm, workForm, annForm, grid, sel, radios, row, txt } from './pages';

afterEach(() => { document.body.innerHTML = ''; document.head.innerHTML = ''; });
const show = (name: string, r: ReturnType<typeof run>, keys = false) => console.log(`\n=== ${name}\nstep=${r.recognized} rec=${r.recordIndex} seq=${r.seq}\ngrids=${JSON.stringify(r.grids)}\n${r.items.join('\n')}${keys ? '\nkeys: ' + r.keys.join(' ') : ''}`);
const item = (r: ReturnType<typeof run>, key: string) => r.items.filter((i) => i.split('|')[1] === key).join(' // ');

describe('batch 3', () => {
  it('S1 list without 序号 lists a record not in the profile (imported via 获取历史数据)', () => {
    // page holds 1 record → next free 记录序号 is 2; profile row 0 not listed → idx0 seq2
    const list = grid(['学校名称', '起止时间', '操作'], [['中山大学', '2010.09-2013.06', '修改']]);
    const r = run(H_EDU + list + eduForm(), { step: 'education' });
    show('S1', r);
    expect.soft(r.recordIndex).toBe(0);
    expect.soft(r.seq).toBe('2');
  });
  it('S2 list without 序号 with the 2nd profile record listed, a hand-pick of row 0', () => {
    const list = grid(['学校名称', '起止时间', '操作'], [['广东环境保护工程职业学院', '2013.09-2016.06', '修改']]);
    const r = run(H_EDU + list + eduForm(), { step: 'education', plan: { recordIndex: 0 } });
    show('S2', r);
    expect.soft(r.seq).toBe('2');
  });
  it('S3 edit with list without 序号: form shows 2 + 专科 values, list order 本科 then 专科', () => {
    const list = grid(['学校名称', '起止时间', '操作'], [['华南理工大学', '2016.09-2020.06', '修改'], ['广东环境保护工程职业学院', '2013.09-2016.06', '修改']]);
    const r = run(H_EDU + list + eduForm({ seq: '2', school: '广东环境保护工程职业学院', start: '2013-09-01' }), { step: 'education' });
    show('S3', r);
    expect.soft(r.recordIndex).toBe(1);
    expect.soft(r.seq).toBe('2');
  });
  it('S4 记录序号 as a select 1..5 (default selected 1, nothing saved)', () => {
    const form = eduForm().replace(txt('txtJLXH'), sel('ddlJLXH', ['1', '2', '3', '4', '5'], false));
    const list = grid(['记录序号', '学校', '起止时间'], [['1', '华南理工大学', '2016.09-2020.06']]);
    const r = run(H_EDU + list + form, { step: 'education' });
    show('S4', r);
    expect.soft(r.recordIndex).toBe(1);
    expect.soft(r.seq).toBe('2');
  });
  it('S5 list 序号 is a display row counter and 记录序号 is a separate column', () => {
    // Headers: 序号 (row counter) | 记录序号 | 学校. The record saved with 记录序号 2 (user skipped 1?) no: saved 1 = 本科
    const list = grid(['序号', '记录序号', '学校', '起止时间'], [['1', '1', '华南理工大学', '2016.09-2020.06']]);
    const r = run(H_EDU + list + eduForm(), { step: 'education' });
    show('S5', r);
    expect.soft(r.recordIndex).toBe(1);
    expect.soft(r.seq).toBe('2');
  });
  it('S6 list header "记录序号" written with a space/colon "记录 序号" or "序 号"', () => {
    const list = grid(['序 号', '学校', '起止时间'], [['1', '华南理工大学', '2016.09-2020.06']]);
    const r = run(H_EDU + list + eduForm(), { step: 'education' });
    show('S6', r);
    expect.soft(r.recordIndex).toBe(1);
    expect.soft(r.seq).toBe('2');
  });
  it('S7 work list without 序号, employer with a different start (earlier job at same employer)', () => {
    const p = withProfile((x) => { x.workHistory = [
      { seq: 1, startDate: '2020-07-01', endDate: null, employer: '广州绿源环境监测技术有限公司', post: '技术员', duties: 'a', socialInsurancePaid: true },
      { seq: 2, startDate: '2019-07-01', endDate: '2020-06-30', employer: '广州绿源环境监测技术有限公司', post: '实习生', duties: 'b', socialInsurancePaid: false, noSocialInsuranceReason: '实习' }]; });
    const list = grid(['工作单位', '起止年月', '职务'], [['广州绿源环境监测技术有限公司', '2020年7月至今', '技术员']]);
    const r = run(H_WORK + list + workForm({ endCell: txt('txtZZSJ') + '<input type="checkbox" id="chkZJ" name="chkZJ"/><label for="chkZJ">至今</label>' }), { step: 'work-experience', profile: p });
    show('S7', r);
    expect.soft(r.recordIndex).toBe(1);
    expect.soft(r.seq).toBe('2');
    expect.soft(item(r, 'workHistory.endDate')).toContain('2020-06-30');
  });
  it('S8 achievements list shows title with 《》 and dates; notice list about projects with 序号 and years', () => {
    const list = grid(['项目名称', '起止时间'], [['《白云区流溪河支流水质例行监测项目》', '2021.03-2022.12']]);
    const form = `<table>${row('记录序号', txt('t1'))}${row('起始时间', txt('t2'))}${row('终止时间', txt('t3'))}${row('项目名称', txt('t4'))}</table><input type="submit" value="保存"/>`;
    const r = run(H_ACH + list + form, { step: 'achievements' });
    show('S8', r);
    expect.soft(r.recordIndex).toBe(1);
    expect.soft(r.seq).toBe('2');
  });
  it('S9 annual: list year column shows 2021 and a 填报日期 column', () => {
    const list = grid(['考核年度', '考核结果', '填报日期'], [['2022', '合格', '2024-11-30']]);
    const r = run(H_ANN + list + annForm(), { step: 'annual-review' });
    show('S9', r);
    // 2022 saved (1 record listed) → next idx 0 (2021) seq 2
    expect.soft(r.recordIndex).toBe(0);
    expect.soft(r.seq).toBe('2');
  });
  it('S10 annual: the 考核年度 cell matches 2021 but another column (附件 "2021年度考核表.pdf") too', () => {
    const list = grid(['考核年度', '考核结果', '附件'], [['2022', '合格', '2021年度考核表.pdf']]);
    const r = run(H_ANN + list + annForm(), { step: 'annual-review' });
    show('S10', r);
    expect.soft(r.recordIndex).toBe(0);
  });
  it('S11 edu: form date labels "起止年月" single box each with "（如：2016.09）"', () => {
    const r = run(H_EDU + eduForm({ startLabel: '入学年月（如：2016.09）', endLabel: '毕业年月（如：2020.06）' }), { step: 'education' });
    show('S11', r);
    expect.soft(item(r, 'education.startDate')).toContain('|2016.09');
  });
  it('S12 edu: column header with example that is a year range "近5年(2019-2024)"', () => {
    const r = run(H_EDU + eduForm({ startLabel: '入学时间(2019-2024年间入学需学信网报告)' }), { step: 'education' });
    show('S12', r);
    expect.soft(item(r, 'education.startDate')).toContain('|2016-09-01');
  });
  it('S13 edu: 学位 select with 无 absent, "无学位" absent, "其他" present (degree 无)', () => {
    const p = withProfile((x) => { x.education = [x.education[1]]; });
    const r = run(H_EDU + eduForm({ degree: sel('ddlXW', ['学士', '硕士', '博士', '其他']) }), { step: 'education', profile: p });
    show('S13', r);
    expect.soft(item(r, 'education.degree')).toContain('needs-user');
  });
  it('S14 edu: 学位 options 无学位/学士学位 as radios', () => {
    const p = withProfile((x) => { x.education = [x.education[1]]; });
    const r = run(H_EDU + eduForm({ degree: radios('rblXW', ['学士学位', '硕士学位', '无学位']) }), { step: 'education', profile: p });
    show('S14', r);
    expect.soft(item(r, 'education.degree')).toContain('opt=3');
  });
});
