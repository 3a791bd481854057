import { afterEach, describe, expect, it } from 'vitest';
import { run, withProfile } from './harness';
import { H_EDU, eduForm, grid, sel, radios, row, txt } from './pages';

afterEach(() => { document.body.innerHTML = ''; document.head.innerHTML = ''; });
const show = (name: string, r: ReturnType<typeof run>) => console.log(`\n=== ${name}\nstep=${r.recognized} rec=${r.recordIndex} seq=${r.seq}\ngrids=${JSON.stringify(r.grids)}\n${r.items.join('\n')}`);
const item = (r: ReturnType<typeof run>, key: string) => r.items.find((i) => i.split('|')[1] === key);

describe('education variants', () => {
  it('E1 list without 序号 naming 本科; header formats yyyy.mm; 是否全日制 select; 无学位', () => {
    // Predict: record 1 (专科, idx 1), seq 2, start 2013.09, end 2016.06, 学历 专科, 学位 无学位, 全日制 是
    const r = run(H_EDU + grid(['学校名称', '起止时间', '操作'], [['华南理工大学', '2016.09-2020.06', '<a href="#">修改</a>']]) + eduForm({ startLabel: '起始年月(yyyy.mm)', endLabel: '终止年月(yyyy.mm)' }), { step: 'education' });
    show('E1', r);
    expect.soft(r.recordIndex).toBe(1);
    expect.soft(r.seq).toBe('2');
    expect.soft(item(r, 'education.startDate')).toContain('|2013.09');
    expect.soft(item(r, 'education.degree')).toContain('|无学位');
    expect.soft(item(r, 'education.studyMode')).toContain('|是');
    expect.soft(item(r, 'education.educationLevel')).toContain('|专科');
  });

  it('E2 attachments list (no dates) naming the school: not a record list', () => {
    // Predict correct: idx 0, seq 1 (nothing saved yet). Suspect: 华南理工 marked saved → idx1 seq2
    const att = grid(['附件名称', '文件', '操作'], [['华南理工大学毕业证书', '华南理工大学毕业证书.jpg', '<a href="#">查看</a>']]);
    const r = run(H_EDU + eduForm() + '<h4>附件</h4>' + att, { step: 'education' });
    show('E2', r);
    expect.soft(r.recordIndex).toBe(0);
    expect.soft(r.seq).toBe('1');
  });

  it('E3 a notice table with 序号 column (注意事项)', () => {
    // Predict correct: idx 0, seq 1. Suspect: numbers 1,2 taken → all saved
    const notice = grid(['序号', '注意事项'], [['1', '学历须从高到低填写'], ['2', '须上传学信网学籍验证报告']]);
    const r = run(H_EDU + notice + eduForm(), { step: 'education' });
    show('E3', r);
    expect.soft(r.recordIndex).toBe(0);
    expect.soft(r.seq).toBe('1');
  });

  it('E4 attachments list with 序号 column', () => {
    // Predict correct: list shows 1 record (华南理工 with 记录序号 1) → idx1 seq2. Attachments table 序号 1..3 must not count
    const list = grid(['记录序号', '学校', '起止时间'], [['1', '华南理工大学', '2016.09-2020.06']]);
    const att = grid(['序号', '附件名称', '操作'], [['1', '毕业证书', '查看'], ['2', '学位证书', '查看'], ['3', '学信网报告', '查看']]);
    const r = run(H_EDU + list + eduForm() + att, { step: 'education' });
    show('E4', r);
    expect.soft(r.recordIndex).toBe(1);
    expect.soft(r.seq).toBe('2');
  });

  it('E5 a pager table under the list', () => {
    const list = grid(['学校名称', '起止时间', '操作'], [['华南理工大学', '2016.09-2020.06', '修改']]);
    const pager = '<table><tr><td>首页</td><td>上一页</td><td>1</td><td>下一页</td><td>尾页</td></tr><tr><td>共1条</td><td>每页10条</td><td>第1页</td><td></td><td></td></tr></table>';
    const r = run(H_EDU + list + pager + eduForm(), { step: 'education' });
    show('E5', r);
    expect.soft(r.recordIndex).toBe(1);
    expect.soft(r.seq).toBe('2');
  });

  it('E6 list WITH 序号 column, records saved in other order (专科 first as 1)', () => {
    // Predict correct: 专科 (idx1) saved as 1; next is 本科 idx0 seq 2
    const list = grid(['记录序号', '学校', '起止时间'], [['1', '广东环境保护工程职业学院', '2013.09-2016.06']]);
    const r = run(H_EDU + list + eduForm(), { step: 'education' });
    show('E6', r);
    expect.soft(r.recordIndex).toBe(0);
    expect.soft(r.seq).toBe('2');
  });

  it('E7 edit (修改) of record 1 that is the 专科 (saved in other order)', () => {
    // Predict correct: the form shows 1 + 广东环境... → profile idx1, seq 1 (same values, nothing to overwrite)
    const list = grid(['记录序号', '学校', '起止时间'], [['1', '广东环境保护工程职业学院', '2013.09-2016.06'], ['2', '华南理工大学', '2016.09-2020.06']]);
    const r = run(H_EDU + list + eduForm({ seq: '1', school: '广东环境保护工程职业学院', start: '2013-09-01', end: '2016-06-30' }), { step: 'education' });
    show('E7', r);
    expect.soft(r.recordIndex).toBe(1);
    expect.soft(r.seq).toBe('1');
  });

  it('E8 blank new form, portal default number 1 (taken), 是否全日制 as radio (unchecked)', () => {
    // Predict correct: list has 1 saved (华南理工) → idx1, seq 2 (conflict with default "1" is acceptable)
    const list = grid(['记录序号', '学校', '起止时间'], [['1', '华南理工大学', '2016.09-2020.06']]);
    const r = run(H_EDU + list + eduForm({ seq: '1', fullTime: radios('rblQRZ', ['是', '否']) }), { step: 'education' });
    show('E8', r);
    expect.soft(r.recordIndex).toBe(1);
  });

  it('E9 list shows only end dates (毕业时间)', () => {
    // Predict correct: 华南理工 (grad 2020-06) listed → idx1 seq2
    const list = grid(['记录序号', '毕业学校', '毕业时间'], [['1', '华南理工大学', '2020-06']]);
    const r = run(H_EDU + list + eduForm(), { step: 'education' });
    show('E9', r);
    expect.soft(r.recordIndex).toBe(1);
    expect.soft(r.seq).toBe('2');
  });

  it('E9b list without 序号 shows only 毕业时间', () => {
    const list = grid(['毕业学校', '毕业时间', '学历'], [['华南理工大学', '2020-06-30', '大学本科']]);
    const r = run(H_EDU + list + eduForm(), { step: 'education' });
    show('E9b', r);
    expect.soft(r.recordIndex).toBe(1);
    expect.soft(r.seq).toBe('2');
  });

  it('E10 label with example date that is not a format', () => {
    // Predict correct: default yyyy-MM-dd → 2016-09-01 (no format given). Suspect: yyyy年MM月dd日
    const r = run(H_EDU + eduForm({ startLabel: '入学时间（2019年9月1日后入学须附学信网报告）' }), { step: 'education' });
    show('E10', r);
    expect.soft(item(r, 'education.startDate')).toContain('|2016-09-01');
  });

  it('E10b hint after the box with a deadline date', () => {
    const form = eduForm().replace(txt('txtQSNY'), txt('txtQSNY') + '<span>须在2024年12月31日前</span>');
    const r = run(H_EDU + form, { step: 'education' });
    show('E10b', r);
    expect.soft(item(r, 'education.startDate')).toContain('|2016-09-01');
  });

  it('E11 date format only in the list column header', () => {
    // header-above for a form laid out as one row under list-like headers: yyyy年mm月
    const form = `<table border="1"><tr><th>记录序号</th><th>入学年月(yyyy年mm月)</th><th>毕业年月(yyyy年mm月)</th><th>学校</th><th>是否全日制</th><th>学位</th></tr>
<tr><td>${txt('a1')}</td><td>${txt('a2')}</td><td>${txt('a3')}</td><td>${txt('a4')}</td><td>${sel('a5', ['是', '否'])}</td><td>${sel('a6', ['学士', '无学位'])}</td></tr></table><input type="submit" value="保存"/>`;
    const r = run(H_EDU + form, { step: 'education' });
    show('E11', r);
    expect.soft(item(r, 'education.startDate')).toContain('|2016年09月');
  });

  it('E12 是否全日制 as lone checkbox; 全日制 / 非全日制 select', () => {
    const r1 = run(H_EDU + eduForm({ fullTime: '<input type="checkbox" id="chkQRZ" name="chkQRZ"/><label for="chkQRZ">全日制</label>' }), { step: 'education' });
    show('E12a', r1);
    expect.soft(item(r1, 'education.studyMode')).toContain('|是');
    const r2 = run(H_EDU + eduForm({ fullTime: sel('ddlXXXS', ['全日制', '非全日制']) }), { step: 'education' });
    show('E12b', r2);
    expect.soft(item(r2, 'education.studyMode')).toContain('|全日制');
  });

  it('E13 非全日制 profile with 是否全日制 radio', () => {
    const p = withProfile((x) => { x.education[0].studyMode = '非全日制'; });
    const r = run(H_EDU + eduForm({ fullTime: radios('rblQRZ', ['是', '否']) }), { step: 'education', profile: p });
    show('E13', r);
    expect.soft(item(r, 'education.studyMode')).toContain('|否');
  });

  it('E14 two records same school, list names one by 入学 month in YYYYMM', () => {
    const p = withProfile((x) => { x.education = [
      { seq: 1, startDate: '2020-09-01', endDate: '2023-06-30', school: '华南理工大学', educationLevel: '硕士研究生', degree: '硕士', studyMode: '全日制' },
      { seq: 2, startDate: '2016-09-01', endDate: '2020-06-30', school: '华南理工大学', educationLevel: '大学本科', degree: '学士', studyMode: '全日制' }]; });
    const list = grid(['学校', '入学年月', '毕业年月', '操作'], [['华南理工大学', '202009', '202306', '修改']]);
    const r = run(H_EDU + list + eduForm(), { step: 'education', profile: p });
    show('E14', r);
    expect.soft(r.recordIndex).toBe(1);
    expect.soft(r.seq).toBe('2');
  });
});
