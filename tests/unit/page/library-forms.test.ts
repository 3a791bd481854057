/**
 * What the page reader makes of form markup UI libraries draw (repros of round 66 on unseen markup):
 * an EasyUI combo's read-only text is chosen in its panel, not the portal's own (easyui66 EU-2);
 * the hidden original EasyUI leaves between a label and the box it draws cuts no label off (EU-3).
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
