/**
 * Breaker 27's findings F7, F8, F9, F13, F14 (B27-2, B27-3, B27-4, B27-8, B27-9), with neighbours that
 * must not change: record lists drawn without <table> cells of text (<div> rows, a GridView's read-only
 * template boxes), an evidence column headed 佐证材料, a 在岗在职证明 the system fetched from the social
 * insurance, a 奖惩 box the page disabled. Read as the content script reads a page (collectSnapshot →
 * evaluatePage → planFill).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { installLocale } from '../i18n-fake';
import { N, crumb, readPage, row } from './read-page';

const grid = (headers: string[], rows: string[][]) =>
  `<table border="1" rules="all"><tr>${headers.map((h) => `<th scope="col">${h}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;


describe('breaker 27 (fixb27b): lists, evidence columns, fetched insurance, a disabled 奖惩 box', () => {
  beforeEach(() => {
    installLocale();
    document.title = '广州市职称业务申报与管理系统';
  });

  it('B27-2 annual-review list drawn in <div> rows: 2024 不合格 is the latest year', () => {
    const r = readPage(`${crumb('年度考核结果')}<div class="list"><div class="hd"><span>记录序号</span> <span>考核年度</span> <span>考核等次</span></div>
<div class="row"><span>1</span> <span>2023</span> <span>合格</span></div><div class="row"><span>2</span> <span>2024</span> <span>不合格</span></div></div>
<input type="submit" value="添加" />`);
    expect(r.step).toBe('annual-review');
    expect(r.findings).toContain('annual-review-disqualifying:error');
  });

  it('B27-3 annual-review GridView with template columns (read-only boxes, disabled lists): 2024 不称职', () => {
    const cells = (seq: string, year: string, result: number) =>
      `<tr><td><input type="text" readonly="readonly" value="${seq}" name="${N}gv$ctl0${seq}$txtXH" /></td><td><input type="text" readonly="readonly" value="${year}" name="${N}gv$ctl0${seq}$txtND" /></td><td><select disabled="disabled" name="${N}gv$ctl0${seq}$ddlJG">${['优秀', '合格', '不称职'].map((o, i) => `<option value="${i}"${i === result ? ' selected="selected"' : ''}>${o}</option>`).join('')}</select></td></tr>`;
    const r = readPage(`${crumb('年度考核结果')}<table border="1" rules="all"><tr><th>记录序号</th><th>考核年度</th><th>考核结果</th></tr>${cells('1', '2023', 1)}${cells('2', '2024', 2)}</table><input type="submit" value="添加" />`);
    expect(r.step).toBe('annual-review');
    expect(r.findings).toContain('annual-review-disqualifying:error');
  });

  it('B27-4 achievements list whose evidence column is headed 佐证材料: record 2 未上传', () => {
    const r = readPage(`${crumb('从事专业技术工作及取得的业绩成果情况')}${grid(['记录序号', '项目名称', '起止时间', '佐证材料', '操作'], [
      ['1', '白云区流溪河支流水质例行监测项目', '2021.03-2022.12', '已上传', '<a href="#">修改</a>'],
      ['2', '番禺区工业园区大气特征污染物监测项目', '2023.04-2024.06', '未上传', '<a href="#">修改</a>'],
    ])}<input type="submit" value="添加" />`);
    expect(r.step).toBe('achievements');
    expect(r.findings).toContain('attachment-missing:error');
  });

  it('B27-8 certificates page saying the system fetched the Guangzhou social insurance: 在岗在职证明材料 is not an error', () => {
    const r = readPage(`${crumb('证书、证明材料')}<div class="tip">在岗在职证明材料：系统已获取您在广州市缴纳的社保信息（2020年07月至2024年10月，共52个月），无需另行上传。</div>
${grid(['材料名称', '是否必传', '文件', '操作'], [['在岗在职证明材料', '是', '', '<a href="#">上传</a>'], ['其他证书、证明材料', '否', '', '<a href="#">上传</a>']])}<input type="submit" value="保存并下一步" />`);
    expect(r.step).toBe('certificates');
    expect(r.findings).not.toContain('on-job-proof-missing:error');
  });

  it('B27-9 奖惩 asked as 有无奖惩 [无] with its text box disabled by that choice: no error the applicant cannot fix', () => {
    const r = readPage(`${crumb('工作期间奖惩情况/个人专业技术工作小结')}<table>${row('有无奖惩', `<select name="${N}ddlYW" id="ddlYW"><option value="0" selected="selected">无</option><option value="1">有</option></select>`)}
${row('工作期间奖惩情况', `<textarea name="${N}txtJCQK" id="txtJCQK" disabled="disabled"></textarea>`)}${row('个人专业技术工作小结', `<textarea name="${N}txtGZXJ" id="txtGZXJ">本人从事环境监测工作四年。</textarea>`)}</table>
<input type="submit" value="保存并下一步" />`);
    expect(r.step).toBe('awards-summary');
    expect(r.findings).not.toContain('awards-empty:error');
  });

  it('B27-2 neighbours: a <div> list of 合格 years holds no error; a menu <ul class="navList"> and a form in a <div class="formTable"> are no lists', () => {
    const fine = readPage(`${crumb('年度考核结果')}<div class="list"><div class="hd"><span>记录序号</span> <span>考核年度</span> <span>考核等次</span></div>
<div class="row"><span>1</span> <span>2023</span> <span>合格</span></div><div class="row"><span>2</span> <span>2024</span> <span>优秀</span></div></div><input type="submit" value="添加" />`);
    expect(fine.snapshot.grids.map((g) => g.rows.length)).toEqual([2]);
    expect(fine.findings.filter((f) => f.startsWith('annual-review-disqualifying'))).toEqual([]);
    const form = readPage(`<ul class="navList"><li><a href="#">基本信息</a> <span>已完成</span></li><li><a href="#">年度考核结果</a> <span>未完成</span></li></ul>
${crumb('年度考核结果')}<div class="formTable"><div class="row"><span>考核年度</span> <input type="text" name="${N}txtND" id="txtND" /></div><div class="row"><span>考核结果</span> <input type="text" name="${N}txtJG" id="txtJG" /></div></div><input type="submit" value="保存" />`);
    expect(form.snapshot.grids).toEqual([]);
  });

  it('B27-3 neighbour: a GridView row edited in place (open boxes) is still the record being changed, not a saved one', () => {
    const saved = (seq: string, year: string, result: string) => `<tr><td>${seq}</td><td>${year}</td><td>${result}</td><td><a href="#">编辑</a></td></tr>`;
    const r = readPage(`${crumb('年度考核结果')}<table border="1" rules="all"><tr><th>记录序号</th><th>考核年度</th><th>考核结果</th><th>操作</th></tr>${saved('1', '2022', '合格')}
<tr><td><input type="text" readonly="readonly" value="2" name="${N}gv$ctl03$txtXH" /></td><td><input type="text" value="2023" name="${N}gv$ctl03$txtND" /></td><td><input type="text" value="不称职" name="${N}gv$ctl03$txtJG" /></td><td><a href="#">更新</a> <a href="#">取消</a></td></tr>
${saved('3', '2024', '合格')}</table><input type="submit" value="添加" />`);
    // The row being edited reads as record 2 changed in place (not saved yet as 不称职 in the latest year).
    expect(r.snapshot.grids.map((g) => g.rows.map((row) => row.cells.slice(0, 3).join('|')))).toEqual([['1|2022|合格', '2|2023|不称职', '3|2024|合格']]);
    expect(r.findings).not.toContain('annual-review-disqualifying:error');
  });

  it('B27-4 neighbour: a 证明人 column is a person, no evidence column (no attachment-missing)', () => {
    const r = readPage(`${crumb('从事专业技术工作及取得的业绩成果情况')}${grid(['记录序号', '项目名称', '起止时间', '证明人', '操作'], [
      ['1', '白云区流溪河支流水质例行监测项目', '2021.03-2022.12', '', '<a href="#">修改</a>'],
    ])}<input type="submit" value="添加" />`);
    expect(r.step).toBe('achievements');
    expect(r.findings).not.toContain('attachment-missing:error');
  });

  it('B27-8 neighbours: a notice that the insurance was not fetched, or a rule for everyone, leaves the error', () => {
    for (const notice of ['系统未能获取您的社保信息，请上传在岗在职证明材料。', '注意：系统已获取社保信息的，无需上传在岗在职证明材料。', '注意：系统已获取您的学历信息，请上传社保明细。']) {
      const r = readPage(`${crumb('证书、证明材料')}<div class="tip"><font color="red">${notice}</font></div>
${grid(['材料名称', '是否必传', '文件', '操作'], [['在岗在职证明材料', '是', '', '<a href="#">上传</a>']])}<input type="submit" value="保存并下一步" />`);
      expect(r.findings, notice).toContain('on-job-proof-missing:error');
    }
  });

  it('B27-9 neighbour: 有无奖惩 [无] with the 奖惩 box left open and empty still asks for “无。”', () => {
    const r = readPage(`${crumb('工作期间奖惩情况/个人专业技术工作小结')}<table>${row('有无奖惩', `<select name="${N}ddlYW" id="ddlYW"><option value="0" selected="selected">无</option><option value="1">有</option></select>`)}
${row('工作期间奖惩情况', `<textarea name="${N}txtJCQK" id="txtJCQK"></textarea>`)}${row('个人专业技术工作小结', `<textarea name="${N}txtGZXJ" id="txtGZXJ">本人从事环境监测工作四年。</textarea>`)}</table>
<input type="submit" value="保存并下一步" />`);
    expect(r.findings).toContain('awards-empty:error');
  });
});
