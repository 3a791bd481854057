/**
 * What the page reader makes of form markup UI libraries draw (repros of round 66 on unseen markup):
 * an EasyUI combo's read-only text is chosen in its panel, not the portal's own (easyui66 EU-2);
 * the hidden original EasyUI leaves between a label and the box it draws cuts no label off (EU-3);
 * a required star drawn by CSS from a class (antd, iView, Element) marks the box required (ANTD66-4).
 */
import { describe, expect, it } from 'vitest';
import { collectSnapshot, withFillFacts } from '../../../lib/page/collect';
import { fillable } from '../../../lib/checks/common';

const control = (id: string) => collectSnapshot(document).controls.find((c) => c.id === id)!;

/** An EasyUI box as its parser leaves it: the hidden original, then `span.textbox` (`kind` its extra classes) with the text box and the hidden value. */
const easyui = (id: string, kind: string, original: string, readonly: boolean) =>
  `${original}<span class="textbox ${kind}"><span class="textbox-addon textbox-addon-right">${kind ? '<a href="javascript:;" class="textbox-icon combo-arrow"></a>' : ''}</span><input type="text" class="textbox-text validatebox-text" id="${id}"${readonly ? ' readonly="readonly"' : ''}><input type="hidden" class="textbox-value" name="${id}_v"></span>`;
const combobox = (id: string) => easyui(id, 'combo', `<select class="easyui-combobox combo-f textbox-f" style="display:none"><option value="1">男</option></select>`, true);
const datebox = (id: string, readonly = false) => easyui(id, 'combo datebox', '<input class="easyui-datebox datebox-f combo-f textbox-f" style="display:none">', readonly);
const textbox = (id: string) => easyui(id, '', '<input class="easyui-textbox textbox-f" style="display:none">', false);

describe('EasyUI boxes (easyui66 EU-2, EU-3)', () => {
  it('a combo’s read-only text is chosen by its arrow (pickerButton): fillable, so a required one left empty is required-field; an editable datebox in the same markup stays a box typed in, with no chooser’s code field', () => {
    document.body.innerHTML = `<form><table>
      <tr><td>性别：<span style="color:red">*</span></td><td>${combobox('xb')}</td></tr>
      <tr><td>出生日期：</td><td>${datebox('csrq')}</td></tr>
      <tr><td>参加工作时间：</td><td>${datebox('cjgzsj', true)}</td></tr>
      <tr><td>单位代码：</td><td><input type="text" id="dwdm" readonly value="440100"></td></tr></table></form>`;
    const xb = control('xb');
    expect([xb.readOnly, xb.pickerButton, xb.required, fillable(xb)]).toEqual([true, true, true, true]);
    const csrq = control('csrq');
    expect([csrq.readOnly, csrq.pickerButton, fillable(csrq)]).toEqual([false, false, true]);
    expect(withFillFacts(document, collectSnapshot(document)).controls.find((c) => c.id === 'csrq')!.pickerCodeIndex).toBeNull();
    // A datebox made not editable is chosen in its calendar: no portal's own either.
    expect(fillable(control('cjgzsj'))).toBe(true);
    // A plain read-only box stays the portal's own.
    expect(fillable(control('dwdm'))).toBe(false);
  });

  it('in EasyUI’s form demo layout (div.fitem > label + hidden original + span.textbox) each box takes the label before its original, with the label’s star', () => {
    document.body.innerHTML = `<form>
      <div class="fitem"><label>姓名：<span style="color:red">*</span></label>${textbox('xm')}</div>
      <div class="fitem"><label>性别：<span style="color:red">*</span></label>${combobox('xb')}</div>
      <div class="fitem"><label>出生日期：</label>${datebox('csrq')}</div></form>`;
    for (const [id, text, required] of [['xm', '姓名', true], ['xb', '性别', true], ['csrq', '出生日期', false]] as const) {
      const c = control(id);
      expect([c.labels.find((l) => l.source === 'text-before')?.text, c.required], id).toEqual([text, required]);
    }
  });
});

describe('a required star drawn by CSS from a class (ANTD66-4)', () => {
  it('antd’s label class, iView’s and Element’s form item class mark the box required; the same items without the class do not', () => {
    const antd = (id: string, label: string, req: boolean) =>
      `<div class="ant-row ant-form-item"><div class="ant-col-6 ant-form-item-label"><label for="${id}" title="${label}" class="${req ? 'ant-form-item-required' : ''}">${label}</label></div><div class="ant-form-item-control-wrapper"><div class="ant-form-item-control"><span class="ant-form-item-children"><input type="text" class="ant-input" id="${id}"></span></div></div></div>`;
    const ivu = (id: string, label: string, req: boolean) =>
      `<div class="ivu-form-item${req ? ' ivu-form-item-required' : ''}"><label class="ivu-form-item-label">${label}：</label><div class="ivu-form-item-content"><div class="ivu-input-wrapper"><input type="text" class="ivu-input" id="${id}"></div></div></div>`;
    const el = (id: string, label: string, req: boolean) =>
      `<div class="el-form-item${req ? ' is-required' : ''} el-form-item--small"><label for="${id}" class="el-form-item__label">${label}</label><div class="el-form-item__content"><div class="el-input"><input type="text" class="el-input__inner" id="${id}"></div></div></div>`;
    document.body.innerHTML = `<form class="ant-form">${antd('a1', '姓名', true)}${antd('a2', '电子邮箱', false)}</form>
      <form class="ivu-form">${ivu('i1', '姓名', true)}${ivu('i2', '电子邮箱', false)}</form>
      <form class="el-form">${el('e1', '姓名', true)}${el('e2', '电子邮箱', false)}</form>`;
    expect(['a1', 'a2', 'i1', 'i2', 'e1', 'e2'].map((id) => [id, control(id).required])).toEqual([
      ['a1', true],
      ['a2', false],
      ['i1', true],
      ['i2', false],
      ['e1', true],
      ['e2', false],
    ]);
  });

  it('one selector reads the marks on the control as before (required, aria-required, layui’s lay-verify) and aria-required on its radio group', () => {
    document.body.innerHTML = `<form><input id="r1" required><input id="r2" aria-required="true"><input id="r3" lay-verify="required|phone"><input id="r4" aria-required="false"><input id="r5" lay-verify="phone">
      <div role="radiogroup" aria-required="true"><input type="radio" name="xb" id="m" value="1"><label for="m">男</label><input type="radio" name="xb" id="f" value="2"><label for="f">女</label></div></form>`;
    expect(['r1', 'r2', 'r3', 'r4', 'r5', 'm', 'f'].map((id) => control(id).required)).toEqual([true, true, true, false, false, true, true]);
  });
});
