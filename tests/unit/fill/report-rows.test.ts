import { describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { applyFill } from '../../../lib/fill/apply';
import { cleanLabel } from '../../../lib/fill/display';
import { profileSchema } from '../../../lib/profile/schema';
import sample from '../../fixtures/sample-profile.json';

const profile = profileSchema.parse(sample.profile);

function setup(html: string) {
  document.body.innerHTML = html;
  const snapshot = collectSnapshot(document);
  const plan = planFill(snapshot, recognizeFields(snapshot, 'basic-info'), profile, 'basic-info');
  return { snapshot, plan };
}

/** A 基本信息 form decorated the portal's way: `*` marks (in a <font>), full-width colons, &nbsp; padding. */
const DECORATED = `<table>
  <tr><td><font color="red">*</font>&nbsp;姓&nbsp;&nbsp;名：</td><td><input id="xm"></td>
      <td><font color="red">*</font>性别：</td><td><select id="xb"><option value="">--请选择--</option><option value="1">男</option><option value="2">女</option></select></td></tr>
  <tr><td>＊ 民族:</td><td><select id="mz"><option value="">请选择</option><option value="01">汉族</option><option value="03">回族</option></select></td>
      <td>*手机号码：</td><td><input id="sj" value="13900000000"></td></tr>
  <tr><td>*最高学历：</td><td><select id="xl"><option value="">请选择</option><option value="21" selected>大学本科</option></select></td>
      <td>*个人照片：</td><td><input type="file" id="zp"></td></tr>
</table>`;

describe('autofill rows: clean names, values as shown, page values, outcomes', () => {
  it('strips the portal decorations from page labels', () => {
    expect(cleanLabel('* 公民身份号码：')).toBe('公民身份号码');
    expect(cleanLabel('＊\u00a0\u00a0姓名:')).toBe('姓名');
    expect(cleanLabel('申报（评审）专业组：')).toBe('申报（评审）专业组');
    expect(cleanLabel('※ 电子邮箱：')).toBe('电子邮箱');
  });

  it('names every row by the dictionary title and shows the value, the differing page value and the outcome', async () => {
    const { snapshot, plan } = setup(DECORATED);
    const rows = plan.items.map((i) => ({ key: i.key, label: i.label, value: i.value, current: i.current, outcome: i.outcome }));
    expect(rows).toEqual([
      { key: 'basic.name', label: '姓名', value: profile.basic.name, current: undefined, outcome: 'will-fill' },
      { key: 'basic.gender', label: '性别', value: '男', current: undefined, outcome: 'will-fill' },
      { key: 'basic.ethnicity', label: '民族', value: '汉族', current: undefined, outcome: 'will-fill' },
      { key: 'basic.mobile', label: '手机号码', value: profile.basic.mobile, current: '13900000000', outcome: 'conflict' },
      { key: 'basic.highestEducation', label: '最高学历', value: '大学本科', current: undefined, outcome: 'same' },
      // The profile's photo, by name: the user chooses that file.
      { key: 'page.photo', label: '个人照片', value: profile.photo?.fileName ?? '', current: undefined, outcome: 'needs-user' },
    ]);
    for (const row of rows) expect(row.label).not.toMatch(/^[*＊]|[：:]$/);

    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(report.items.map((i) => [i.key, i.result, i.outcome, i.value, i.current])).toEqual([
      ['basic.name', 'filled', 'filled', profile.basic.name, undefined],
      ['basic.gender', 'filled', 'filled', '男', undefined],
      ['basic.ethnicity', 'filled', 'filled', '汉族', undefined],
      ['basic.mobile', 'skipped', 'conflict', profile.basic.mobile, '13900000000'],
      ['basic.highestEducation', 'skipped', 'same', '大学本科', undefined],
      ['page.photo', 'needs-user', 'needs-user', profile.photo?.fileName ?? '', undefined],
    ]);
  });

  it('shows a select by its option text and a radio by its choice text, not their codes', () => {
    const { plan } = setup(`<table>
      <tr><td>性别</td><td><input type="radio" name="xb" id="m" value="1"><label for="m">男</label><input type="radio" name="xb" id="f" value="2" checked><label for="f">女</label></td></tr>
      <tr><td>政治面貌</td><td><select id="zz"><option value="">请选择</option><option value="01" selected>中共党员</option><option value="13">群众</option></select></td></tr></table>`);
    expect(plan.items.find((i) => i.key === 'basic.gender')).toMatchObject({ value: '男', current: '女', outcome: 'conflict' });
    expect(plan.items.find((i) => i.key === 'basic.politicalStatus')).toMatchObject({ value: profile.basic.politicalStatus, outcome: 'same' });
  });

  it('reports a control that disappeared as 未找到字段 (not-found), skipped as the page changed (fix31e)', async () => {
    const { snapshot, plan } = setup('<table><tr><td>*姓名：</td><td><input id="xm"></td></tr></table>');
    document.body.innerHTML = '';
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(report.items[0]).toMatchObject({ label: '姓名', result: 'skipped', outcome: 'not-found', detail: '页面已变化，找不到该栏' });
  });
});

describe('each field the user sees is one row', () => {
  it('a "..." chooser: its hidden code input is no row of its own', () => {
    const { plan } = setup(`<table><tr><td>*认定专业：</td><td><input id="txtRDZY" readonly><input type="hidden" id="hidRDZYDM"><input type="button" value="..." onclick="openWin()"></td></tr></table>`);
    expect(plan.items.filter((i) => i.key === 'application.specialty')).toHaveLength(1);
    expect(plan.items.map((i) => i.label)).toEqual(['认定专业']);
  });

  it('a chooser whose code box is visible: one row, on the box the user fills', () => {
    const { snapshot, plan } = setup(`<table><tr><td>*认定专业：</td><td><input id="txtRDZY" readonly><input type="button" value="..." onclick="openWin()"></td>
      <td>认定专业代码</td><td><input id="txtRDZYDM" readonly></td></tr></table>`);
    const rows = plan.items.filter((i) => i.key === 'application.specialty');
    expect(rows).toHaveLength(1);
    expect(snapshot.controls[rows[0]!.control]!.id).toBe('txtRDZY');
  });
  it('never writes a read-only box the portal filled itself, even with 覆盖 ticked (a calendar box stays fillable)', async () => {
    const { snapshot, plan } = setup(`<table>
      <tr><td>*手机号码：</td><td><input id="txtSJHM" value="13800138000" readonly>（注册手机，如需修改请到账号管理）</td></tr>
      <tr><td>*工作单位：</td><td><input id="txtGZDW" readonly></td></tr>
      <tr><td>*姓名：</td><td><input id="txtXM" value="${profile.basic.name}" readonly></td></tr>
      <tr><td>*出生日期：</td><td><input id="txtCSRQ" readonly onfocus="WdatePicker()"></td></tr>
    </table>`);
    const byKey = (key: string) => plan.items.find((i) => i.key === key)!;
    expect(byKey('basic.mobile')).toMatchObject({ action: 'needs-user', outcome: 'needs-user', overwrite: false, current: '13800138000' });
    expect(byKey('basic.mobile').reason).toContain('只读');
    expect(byKey('basic.employer')).toMatchObject({ action: 'skip', outcome: 'skipped', overwrite: false });
    expect(byKey('basic.name')).toMatchObject({ action: 'skip', outcome: 'same' });
    expect(byKey('basic.birthDate')).toMatchObject({ action: 'fill', outcome: 'will-fill' });

    const everything = new Set(plan.items.map((i) => i.control));
    await applyFill(document, snapshot, plan, { overwrite: everything });
    expect((document.getElementById('txtSJHM') as HTMLInputElement).value).toBe('13800138000');
    expect((document.getElementById('txtGZDW') as HTMLInputElement).value).toBe('');
    expect((document.getElementById('txtCSRQ') as HTMLInputElement).value).not.toBe('');
  });
  it('fills a choice that posts the page back last, and leaves what follows its redraw to the next fill', () => {
    const autoPostBack = (id: string) => `onchange="javascript:setTimeout('__doPostBack(\\'ctl00$ContentPlaceHolder1$${id}\\',\\'\\')', 0)"`;
    const { plan } = setup(`<table>
      <tr><td>*申报级别：</td><td><select id="ddlJB" ${autoPostBack('ddlJB')}><option value="">请选择</option><option>初级</option><option>中级</option></select></td></tr>
      <tr><td>*申报评委会：</td><td><select id="ddlPWH" ${autoPostBack('ddlPWH')}><option value="">请选择</option><option>${profile.application.committee}</option></select></td></tr>
      <tr><td>*认定专业：</td><td><select id="ddlRDZY"><option value="">请选择</option></select></td></tr>
      <tr><td>*姓名：</td><td><input id="txtXM"></td></tr>
    </table>`);
    expect(plan.items.map((i) => [i.key, i.action])).toEqual([
      ['basic.name', 'fill'],
      ['application.level', 'fill'],
      ['application.committee', 'needs-user'],
      ['application.specialty', 'needs-user'],
    ]);
    expect(plan.items[2]!.reason).toBe('“申报级别”填好后页面会刷新：刷新后请再点一次“用档案填写本页”填写此栏');
  });
  it('fills a text box that posts the page back (AutoPostBack TextBox) last; a second one waits for the redraw', () => {
    const autoPostBack = (id: string) => `onchange="javascript:setTimeout('__doPostBack(\\'ctl00$ContentPlaceHolder1$${id}\\',\\'\\')', 0)"`;
    const { plan } = setup(`<table>
      <tr><td>*姓名：</td><td><input id="txtXM"></td></tr>
      <tr><td>*公民身份号码：</td><td><input id="txtSFZH" ${autoPostBack('txtSFZH')}></td></tr>
      <tr><td>*手机号码：</td><td><input id="txtSJHM"></td></tr>
      <tr><td>*申报级别：</td><td><select id="ddlJB" ${autoPostBack('ddlJB')}><option value="">请选择</option><option>初级</option><option>中级</option></select></td></tr>
      <tr><td>*电子邮箱：</td><td><input id="txtDZYX"></td></tr>
    </table>`);
    // A postback sends what the form holds then: the other boxes go first, and the second
    // control that posts back (its own postback would cut the first one's off) waits.
    expect(plan.items.map((i) => [i.key, i.action])).toEqual([
      ['basic.name', 'fill'],
      ['basic.mobile', 'fill'],
      ['basic.email', 'fill'],
      ['basic.idNumber', 'fill'],
      ['application.level', 'needs-user'],
    ]);
    expect(plan.items[4]!.reason).toBe('“公民身份号码”填好后页面会刷新：刷新后请再点一次“用档案填写本页”填写此栏');
  });
  it('fills a list that shows its first option only because nothing was chosen, without 覆盖', () => {
    const options = (chosen: string) => ['群众', '中共党员', '共青团员'].map((o) => `<option${o === chosen ? ' selected' : ''}>${o}</option>`).join('');
    const politics = (chosen: string) => setup(`<table><tr><td>政治面貌：</td><td><select id="ddlZZMM">${options(chosen)}</select></td></tr></table>`).plan.items[0];
    expect(politics('')).toMatchObject({ key: 'basic.politicalStatus', value: '中共党员', outcome: 'will-fill', overwrite: false });
    // Chosen by the page (a saved 群众): the user decides.
    expect(politics('群众')).toMatchObject({ key: 'basic.politicalStatus', outcome: 'conflict', overwrite: true });
  });
});
