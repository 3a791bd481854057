/**
 * B64a-3 in happy-dom: a 性别 the server shows as plain text (女 in the cell after 性别：, no control
 * to choose it) is read with the page (lib/page/id-document-text.ts shownTexts, in the walk that
 * reads a 证件类型 shown so) and compared with the 公民身份号码 (lib/checks/id-gender-mismatch.ts).
 * The same page in Chromium: tests/e2e/breakers63-65.test.ts (b64a).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { shownTexts } from '../../../lib/page/id-document-text';
import { checksOn } from './checks-on';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A row: the label's cell, then the value's. */
const row = (label: string, value: string) => `<tr><td>${label}</td><td>${value}</td></tr>`;
/** 基本信息 with the given 性别 cell beside the (male) 公民身份号码 440106199805120314. */
const basic = (gender: string) =>
  `<div class="title">基本信息</div><table>${row('*姓名：', '<input id="xm" value="李明">')}${row('*性别：', gender)}${row('*公民身份号码：', '<input id="sfzh" value="440106199805120314">')}</table><input type="submit" value="保存">`;

describe('B64a-3: 性别 shown as text', () => {
  it('女 shown beside a male 公民身份号码 is id-gender-mismatch on 性别; 男 shown, or nothing shown, is none', () => {
    expect(checksOn(basic('<span id="lblXB">女</span>'))).toEqual({ step: 'basic-info', findings: ['id-gender-mismatch:error:basic.gender'] });
    expect(checksOn(basic('<span id="lblXB">男</span>')).findings).toEqual([]);
    expect(checksOn(basic('')).findings).toEqual([]);
  });

  it('a 性别 control is read as a control, not as text: a 女 chosen is the field’s finding, with the control', () => {
    const radios = '<input type="radio" name="xb" id="xb1" value="1"><label for="xb1">男</label><input type="radio" name="xb" id="xb2" value="2" checked><label for="xb2">女</label>';
    expect(checksOn(basic(radios)).findings).toEqual(['id-gender-mismatch:error:basic.gender']);
    expect(shownTexts(document).genderText).toBeUndefined();
  });

  it('reads the 性别 in its label’s text, or after 性 别 written with a space; not after a sentence beginning with 性别, nor after a list’s head', () => {
    const read = (html: string) => ((document.body.innerHTML = html), shownTexts(document));
    expect(read('<p>性别：女</p>').genderText).toBe('女');
    expect(read('<table><tr><td>性　别</td><td>女</td></tr></table>').genderText).toBe('女');
    expect(read('<p>性别与公民身份号码须一致</p><p>女</p>').genderText).toBeUndefined();
    expect(read('<table><tr><th>姓名</th><th>性别</th><th>关系</th></tr><tr><td>李红</td><td>女</td><td>配偶</td></tr></table>').genderText).toBeUndefined();
  });

  it('a 性别 cell left empty leaves the 证件类型 after it read: the one walk reads each label’s own text', () => {
    const both = shownTexts(((document.body.innerHTML = '<table><tr><td>性别：</td><td></td><td>证件类型：</td><td>护照</td></tr></table>'), document));
    expect(both).toEqual({ idDocumentText: '护照' });
    expect(shownTexts(((document.body.innerHTML = '<table><tr><td>证件类型：</td><td>护照</td><td>性别：</td><td>女</td></tr></table>'), document))).toEqual({ idDocumentText: '护照', genderText: '女' });
  });
});
