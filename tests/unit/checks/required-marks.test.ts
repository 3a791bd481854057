/**
 * Required marks other than a `*` in the label's text (probe 13a item 3): a star drawn as a picture, an ASP.NET RequiredFieldValidator after the box. Each page is a
 * 基本信息-like form table: 姓名 filled, 电子邮箱 marked required in the way under test and empty,
 * 传真 unmarked and empty; read the way the content script reads a live frame, then checked.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { evaluatePage } from '../../../lib/content/evaluate';
import { NO_HINTS } from '../../../lib/portal/recognize-step';

/** The labels of the findings `required-field` gives on the page, with their severity. */
function requiredFindings(body: string): string[] {
  document.body.innerHTML = body;
  const snapshot = collectSnapshot(document, window);
  const inputs = { profile: null, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS };
  const { findings } = evaluatePage(snapshot, inputs);
  return findings.filter((f) => f.checkId === 'required-field').map((f) => `${f.message}:${f.severity}`);
}

/** A 基本信息 table with 电子邮箱's label cell and box cell as given. */
const page = (emailLabel: string, emailBox = '<input id="txtDZYX">', head = '') => `${head}<div><b>基本信息</b></div><table>
  <tr><td><span style="color:red">*</span>姓名：</td><td><input id="txtXM" value="李明远"></td></tr>
  <tr><td>${emailLabel}</td><td>${emailBox}</td></tr>
  <tr><td>传真：</td><td><input id="txtCZ"></td></tr>
  </table><input type="submit" value="保存">`;

/** Whether 电子邮箱 (and not 传真) is reported empty and required, as an error. */
function emailRequired(body: string): boolean {
  const found = requiredFindings(body);
  expect(found.some((f) => f.includes('传真'))).toBe(false);
  return found.length === 1 && found[0]!.includes('电子邮箱') && found[0]!.endsWith(':error');
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('required marks other than * (probe 13a item 3)', () => {
  it('the control: a red * before the label', () => {
    expect(emailRequired(page('<span style="color:red">*</span>电子邮箱：'))).toBe(true);
    expect(emailRequired(page('电子邮箱：'))).toBe(false);
  });

  // A label drawn red is NOT read as required (probe 13a item 3, R1 and R10, left out on purpose): a copy
  // whose theme draws every label red would then hold 保存 for every empty optional box, 申报（评审）专业组
  // included, which must stay empty.
  it('R1 / R10 left out: a label drawn red, or every label drawn red, marks nothing', () => {
    expect(emailRequired(page('<font color="red">电子邮箱：</font>'))).toBe(false);
    const css = '<style>td{color:#FF0000}</style>';
    expect(requiredFindings(page('电子邮箱：', undefined, css))).toEqual([]);
  });

  it('R12: a star drawn as an image (alt or title * / ※ / 必填) beside the label', () => {
    expect(emailRequired(page('<img src="/images/star.gif" alt="*">电子邮箱：'))).toBe(true);
    expect(emailRequired(page('电子邮箱：<img src="/images/must.gif" title="必填">'))).toBe(true);
    expect(emailRequired(page('<img src="/images/mark.gif" alt="※">电子邮箱：'))).toBe(true);
    // An icon beside the label saying something else is no mark.
    expect(emailRequired(page('<img src="/images/mail.gif" alt="邮箱">电子邮箱：'))).toBe(false);
  });

  it('R2: an ASP.NET RequiredFieldValidator after the box, its * hidden or shown', () => {
    for (const id of ['rfvEmail', 'ctl00_ContentPlaceHolder1_rfvEmail', 'RequiredFieldValidator3', 'ctl00_main_RFV_DZYX']) {
      for (const style of ['color:Red;visibility:hidden;', 'color:Red;display:none;', 'color:Red;']) {
        expect(emailRequired(page('电子邮箱：', `<input id="txtDZYX"><span id="${id}" style="${style}">*</span>`)), `${id} ${style}`).toBe(true);
      }
    }
  });

  it('no mark: a red hint beside the box or in the label cell, a red current menu entry, a red heading', () => {
    expect(emailRequired(page('电子邮箱：', '<input id="txtDZYX"> <font color="red">请填写常用邮箱</font>'))).toBe(false);
    expect(emailRequired(page('电子邮箱：', '<font color="red">请填写常用邮箱</font><br><input id="txtDZYX">'))).toBe(false);
    expect(emailRequired(page('电子邮箱：<br><font color="red">（用于接收通知）</font>'))).toBe(false);
    expect(emailRequired(page('<font color="red">请填写真实有效的电子邮箱：</font>'))).toBe(false);
    const menu = `<table><tr><td><a href="jbxx.aspx"><font color="red"><b>基本信息</b></font></a></td><td><a href="xl.aspx">学历</a></td></tr></table>
      <div style="color:red;font-weight:bold">基本信息</div>`;
    expect(emailRequired(page('电子邮箱：', undefined, menu))).toBe(false);
  });

  it('no mark: a RegularExpressionValidator or CompareValidator, or a hidden plain *', () => {
    for (const id of ['revEmail', 'ctl00_main_RegularExpressionValidator1', 'cvEmail', 'CompareValidator1', 'spnEmail']) {
      expect(emailRequired(page('电子邮箱：', `<input id="txtDZYX"><span id="${id}" style="color:Red;visibility:hidden;">*</span>`)), id).toBe(false);
    }
    expect(emailRequired(page('电子邮箱：', '<input id="txtDZYX"><span style="color:Red;display:none;">*</span>'))).toBe(false);
  });
});
