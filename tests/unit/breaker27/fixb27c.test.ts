/**
 * Breaker 27's field-dictionary and fill-planning findings (B27-5, -6, -7, -10, -11): record-step
 * forms written unlike the practice portal, read as the content script reads them
 * (collectSnapshot → evaluatePage → planFill), with neighbour pages the fixes must not reach.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { capturedValuesFromPage } from '../../../lib/content/capture';
import { installLocale } from '../i18n-fake';
import { N, crumb, readPage, row } from './read-page';

/** readPage's reading, and what 存入档案 would take from the page as `path=value`. */
function read(body: string) {
  const r = readPage(body);
  return { ...r, captured: capturedValuesFromPage(r.evaluation.fields, r.step, null).map((v) => `${v.path}=${v.value}`) };
}

const select = (id: string, options: string[]) => `<select name="${N}${id}" id="${id}"><option value="">--请选择--</option>${options.map((o, i) => `<option value="${i + 1}">${o}</option>`).join('')}</select>`;
const radios = (id: string, options: string[]) =>
  `<table id="${id}">${options.map((o, i) => `<tr><td><input id="${id}_${i}" type="radio" name="${N}${id}" value="${i + 1}" /><label for="${id}_${i}">${o}</label></td></tr>`).join('')}</table>`;


describe('breaker 27: record forms the field dictionary and the fill plan must read', () => {
  beforeEach(() => {
    installLocale();
    document.title = '广州市职称业务申报与管理系统';
  });

  it('B27-5 annual-review form labelled 年度 / 等次 (title 任现职以来年度考核情况): 等次 is the result, filled 合格', () => {
    const r = read(`<div class="ptitle">任现职以来年度考核情况</div><table>${row('年度', `<input type="text" name="${N}txtND" id="txtND" />`)}${row('等次', select('ddlDC', ['优秀', '合格', '基本合格', '不合格']))}</table><input type="submit" value="保存" />`);
    expect(r.step).toBe('annual-review');
    expect(r.plan).toContain('ddlDC|annualReviews.result|fill|合格');
  });

  it('B27-6 education form asking both 是否全日制 (是/否) and 学习形式 (全日制/非全日制): each answered from 学习形式', () => {
    const r = read(`${crumb('学位（学历）教育情况')}<table>${row('毕业院校', `<input type="text" name="${N}txtYX" id="txtYX" />`)}${row('学历', select('ddlXL', ['硕士研究生', '大学本科', '大学专科']))}
${row('是否全日制', radios('rblQRZ', ['是', '否']))}${row('学习形式', select('ddlXXXS', ['全日制', '非全日制']))}</table><input type="submit" value="保存" />`);
    expect(r.step).toBe('education');
    expect(r.plan).toEqual(expect.arrayContaining(['rblQRZ_0|education.studyMode|fill|是', 'ddlXXXS|education.studyMode|fill|全日制']));
  });

  it('B27-7 work-experience form with a lone □已缴纳社保 box: ticked for a job whose insurance was paid', () => {
    const r = read(`${crumb('主要专业技术工作经历')}<table>${row('工作单位', `<input type="text" name="${N}txtDW" id="txtDW" />`)}${row('职务（岗位）', `<input type="text" name="${N}txtZW" id="txtZW" />`)}
<tr><td></td><td><input id="cbSB" type="checkbox" name="${N}cbSB" /><label for="cbSB">已缴纳社保</label></td></tr>${row('未缴纳社保原因', `<input type="text" name="${N}txtYY" id="txtYY" />`)}</table><input type="submit" value="保存" />`);
    expect(r.step).toBe('work-experience');
    expect(r.plan).toContain('cbSB|workHistory.socialInsurancePaid|fill|是');
  });

  it('B27-10 achievements form asking 本人作用 as radio buttons (负责人 / 主要参加人 / 参加人): the role is in the fill plan', () => {
    const r = read(`${crumb('从事专业技术工作及取得的业绩成果情况')}<table>${row('项目名称', `<input type="text" name="${N}txtXMMC" id="txtXMMC" />`)}${row('本人作用', radios('rblJS', ['负责人', '主要参加人', '参加人']))}</table><input type="submit" value="保存" />`);
    expect(r.step).toBe('achievements');
    expect(r.plan.map((p) => p.split('|')[1])).toContain('achievements.role');
  });

  it('B27-11 achievements form labelled by pictures, its period in one cell as txtKSSJ - txtJSSJ: both dates are planned', () => {
    const r = read(`${crumb('从事专业技术工作及取得的业绩成果情况')}<table><tr><td><img src="images/l1.gif" /></td><td><input type="text" name="${N}txtXMMC" id="txtXMMC" /></td></tr>
<tr><td><img src="images/l2.gif" /></td><td><input type="text" name="${N}txtKSSJ" id="txtKSSJ" /> - <input type="text" name="${N}txtJSSJ" id="txtJSSJ" /></td></tr>
<tr><td><img src="images/l4.gif" /></td><td><textarea name="${N}txtQDCG" id="txtQDCG"></textarea></td></tr></table><input type="submit" value="保存" />`);
    expect(r.step).toBe('achievements');
    expect(r.plan).toEqual(expect.arrayContaining(['txtKSSJ|achievements.startDate|fill|2021-03-01', 'txtJSSJ|achievements.endDate|fill|2022-12-31']));
  });
  // Neighbours: what the fixes above must not reach.

  it('B27-5 neighbour: 等级 alone is the result too, 外语等级 on the same form is no field', () => {
    const r = read(`<div class="ptitle">任现职以来年度考核情况</div><table>${row('年度', `<input type="text" name="${N}txtND" id="txtND" />`)}${row('等级', select('ddlDJ', ['优秀', '合格', '基本合格', '不合格']))}${row('外语等级', `<input type="text" name="${N}txtWY" id="txtWY" />`)}</table><input type="submit" value="保存" />`);
    expect(r.plan).toEqual(['txtND|annualReviews.year|fill|2021', 'ddlDJ|annualReviews.result|fill|合格']);
  });

  it('B27-6 neighbour: two 是/否 questions (是否全日制, 学习方式 [是/否]) still tie for 学习形式 and are left to the user', () => {
    const r = read(`${crumb('学位（学历）教育情况')}<table>${row('毕业院校', `<input type="text" name="${N}txtYX" id="txtYX" />`)}${row('是否全日制', radios('rblQRZ', ['是', '否']))}${row('学习方式', select('ddlXXFS', ['是', '否']))}</table><input type="submit" value="保存" />`);
    expect(r.plan).toEqual(['txtYX|education.school|fill|华南理工大学', 'rblQRZ_0||needs-user|', 'ddlXXFS||needs-user|']);
  });

  it('B27-6 neighbour: 存入档案 on that form answered (是, 全日制) takes 学习形式 from its list, not the 是', () => {
    const r = read(`${crumb('学位（学历）教育情况')}<table>${row('毕业院校', `<input type="text" name="${N}txtYX" id="txtYX" value="华南理工大学" />`)}
${row('是否全日制', radios('rblQRZ', ['是', '否']).replace('value="1"', 'value="1" checked="checked"'))}${row('学习形式', select('ddlXXXS', ['全日制', '非全日制']).replace('value="1"', 'value="1" selected="selected"'))}</table><input type="submit" value="保存" />`);
    expect(r.captured).toEqual(['education[0].school=华南理工大学', 'education[0].studyMode=全日制']);
  });

  it('B27-7 neighbour: a lone □未缴纳社保 box is never ticked for a job whose insurance was paid', () => {
    const r = read(`${crumb('主要专业技术工作经历')}<table>${row('工作单位', `<input type="text" name="${N}txtDW" id="txtDW" />`)}<tr><td></td><td><input id="cbSB" type="checkbox" name="${N}cbSB" /><label for="cbSB">未缴纳社保</label></td></tr></table><input type="submit" value="保存" />`);
    // Since fill 60 the box is 社保 read the other way round (ticked it says 否): for a paid job it is left
    // unticked, 已一致 — never written; before, it was no field at all.
    expect(r.plan.filter((p) => p.startsWith('cbSB'))).toEqual(['cbSB|workHistory.socialInsurancePaid|skip|是']);
  });

  it('B27-10 neighbour: a role the radios do not offer is left to the user, one they offer is chosen', () => {
    const form = (choices: string[]) => read(`${crumb('从事专业技术工作及取得的业绩成果情况')}<table>${row('项目名称', `<input type="text" name="${N}txtXMMC" id="txtXMMC" />`)}${row('本人作用', radios('rblJS', choices))}</table><input type="submit" value="保存" />`);
    expect(form(['负责人', '主要参加人', '参加人']).plan).toContain('rblJS_0|achievements.role|needs-user|主要完成人');
    expect(form(['主要完成人', '参与人']).plan).toContain('rblJS_0|achievements.role|fill|主要完成人');
  });

  it('B27-11 neighbour: a box joined by a dash to a box that is no start date is not taken for an end by its name', () => {
    const r = read(`${crumb('从事专业技术工作及取得的业绩成果情况')}<table><tr><td><img src="images/l1.gif" /></td><td><input type="text" name="${N}txtXMMC" id="txtXMMC" /> - <input type="text" name="${N}txtJSSJ" id="txtJSSJ" /></td></tr></table><input type="submit" value="保存" />`);
    expect(r.plan.map((p) => p.split('|')[0])).toEqual(['txtXMMC']);
  });

  it('B27-11 neighbour: 办公电话 [区号]-[号码] stays one phone field written in parts, its second box no phone of its own', () => {
    const r = read(`${crumb('基本信息')}<table>${row('姓名', `<input type="text" name="${N}txtXM" id="txtXM" />`)}${row('办公电话', `<input type="text" name="${N}txtQH" id="txtQH" />-<input type="text" name="${N}txtDH" id="txtDH" />`)}</table><input type="submit" value="保存" />`);
    expect(r.plan).toEqual(['txtXM|basic.name|fill|李明远', 'txtQH|basic.phone|fill|020-38765432']);
  });
});
