/**
 * Required marks other than a `*` in the label's text (probe 13a item 3), left out on purpose: a
 * label drawn red, a star drawn as a picture, an ASP.NET RequiredFieldValidator after the box. Each page is a
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

describe('required marks other than * (probe 13a item 3) and whose mark a * is', () => {
  it('the control: a red * before the label', () => {
    expect(emailRequired(page('<span style="color:red">*</span>电子邮箱：'))).toBe(true);
    expect(emailRequired(page('电子邮箱：'))).toBe(false);
  });

  // A label drawn red is NOT read as required (R1, R10): a copy whose theme draws every label red
  // would then hold 保存 for every empty optional box, 申报（评审）专业组 included, which must stay empty.
  it('R1 / R10 left out: a label drawn red, or every label drawn red, marks nothing', () => {
    expect(emailRequired(page('<font color="red">电子邮箱：</font>'))).toBe(false);
    const css = '<style>td{color:#FF0000}</style>';
    expect(requiredFindings(page('电子邮箱：', undefined, css))).toEqual([]);
  });

  // Neither a star image nor a RequiredFieldValidator is read (R12, R2): breaker 30a found a 必填
  // legend image marking every field, validators switched off (Enabled=false, or by script) or
  // placed after another box, each holding 保存 for an optional field.
  it('R12 / R2 left out: a star image and a RequiredFieldValidator mark nothing', () => {
    expect(emailRequired(page('<img src="/images/star.gif" alt="*">电子邮箱：'))).toBe(false);
    for (const id of ['rfvEmail', 'RequiredFieldValidator3']) {
      expect(emailRequired(page('电子邮箱：', `<input id="txtDZYX"><span id="${id}" style="color:Red;visibility:hidden;">*</span>`)), id).toBe(false);
    }
  });

  it('a * in the previous field’s box cell (two fields a row) is that field’s, not the next label’s (breaker 30a item 20)', () => {
    const twoARow = (mark: string) => `<div><b>基本信息</b></div><table>
      <tr><td>姓名：</td><td><input id="txtXM" value="李明远">${mark}</td><td>传真：</td><td><input id="txtCZ"></td></tr>
      </table><input type="submit" value="保存">`;
    expect(requiredFindings(twoARow('<font color="red">*</font>'))).toEqual([]);
    expect(requiredFindings(twoARow('<span style="color:Red;visibility:hidden;">*</span>'))).toEqual([]);
    // A mark in a cell of its own before the label cell still marks it.
    expect(requiredFindings(`<div><b>基本信息</b></div><table>
      <tr><td>姓名：</td><td><input id="txtXM" value="李明远"></td><td><font color="red">*</font></td><td>传真：</td><td><input id="txtCZ"></td></tr>
      </table><input type="submit" value="保存">`)).toEqual([expect.stringContaining('传真')]);
  });

  it('a hidden * after one inline box (an ASP.NET validator) is no mark of the next inline label (breaker 30a item 6)', () => {
    const inline = (mark: string) => `<div><b>基本信息</b></div><table><tr><td>
      <div>电话：<input id="txtDH" value="020-1">${mark} 传真：<input id="txtCZ"></div>
      </td></tr></table><input type="submit" value="保存">`;
    for (const style of ['display:none;', 'visibility:hidden;', 'DISPLAY: NONE']) {
      expect(requiredFindings(inline(`<span id="spDH" style="color:Red;${style}">*</span>`)), style).toEqual([]);
    }
    // A shown * there still marks 传真.
    expect(requiredFindings(inline('<font color="red">*</font>'))).toEqual([expect.stringContaining('传真')]);
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
});
