import { beforeEach, describe, expect, it } from 'vitest';
import { installLocale } from '../i18n-fake';
import { sampleProfile, title } from './page-markup';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { comboOf, withComboLists, writeCombo } from '../../../lib/fill/combo-lists';

/**
 * easyui66 EU-1: a jQuery EasyUI combobox as its parser leaves it — the page's <select> hidden
 * (`combo-f`, no name), a `span.combo` after it with a read-only text box and the hidden
 * `input.textbox-value` the form posts — was planned as a read-only box (此栏只读，由门户填写) and left empty.
 */
const combo = (name: string, options: [string, string][]) =>
  `<select class="easyui-combobox combo-f textbox-f" comboname="${name}" style="display:none">${options.map(([v, t]) => `<option value="${v}">${t}</option>`).join('')}</select>` +
  `<span class="textbox combo"><span class="textbox-addon"><a href="javascript:;" class="textbox-icon combo-arrow"></a></span><input type="text" class="textbox-text validatebox-text" readonly="readonly" id="t_${name}"><input type="hidden" class="textbox-value" name="${name}" value=""></span>`;
const datebox = (name: string) =>
  `<input class="easyui-datebox datebox-f combo-f textbox-f" comboname="${name}" style="display:none"><span class="textbox combo datebox"><span class="textbox-addon"><a class="combo-arrow"></a></span><input type="text" class="textbox-text" id="t_${name}"><input type="hidden" class="textbox-value" name="${name}"></span>`;
const page = () =>
  `${title('基本信息')}<form id="ff"><table><tr><td>姓名：</td><td><input type="text" name="xm"></td></tr><tr><td>性别：</td><td>${combo('xb', [['1', '男'], ['2', '女']])}</td></tr>` +
  `<tr><td>民族：</td><td>${combo('mz', [['', '请选择'], ['01', '汉族'], ['08', '壮族']])}</td></tr><tr><td>出生日期：</td><td>${datebox('csrq')}</td></tr></table></form>`;
/** A combo's panel as EasyUI appends it to <body>: shown by the arrow, an entry clicked sets the posted value and the text (what EasyUI's script does). */
const panelScript = (name: string) => {
  const box = document.getElementById(`t_${name}`)!.parentElement!;
  const list = box.previousElementSibling as HTMLSelectElement;
  const panel = document.createElement('div');
  panel.className = 'panel combo-p';
  panel.style.display = 'none';
  panel.innerHTML = `<div class="combo-panel">${Array.from(list.options, (o) => `<div class="combobox-item" data-v="${o.value}">${o.text}</div>`).join('')}</div>`;
  document.body.append(panel);
  box.querySelector('a.combo-arrow')!.addEventListener('click', () => (panel.style.display = 'block'));
  panel.addEventListener('click', (e) => {
    const item = (e.target as Element).closest('.combobox-item')!;
    box.querySelector<HTMLInputElement>('input.textbox-value')!.value = item.getAttribute('data-v')!;
    box.querySelector<HTMLInputElement>('input.textbox-text')!.value = item.textContent!;
    panel.style.display = 'none';
  });
};
const plan = (read: (doc: Document) => ReturnType<typeof collectSnapshot>) => {
  const snapshot = read(document);
  return planFill(snapshot, recognizeFields(snapshot, 'basic-info'), sampleProfile, 'basic-info').items.map((i) => [i.key, i.action, i.value, i.option]);
};
const posted = () => Object.fromEntries(new FormData(document.getElementById('ff') as HTMLFormElement));

describe('an EasyUI combobox is filled as the list it is (easyui66 EU-1)', () => {
  beforeEach(() => {
    installLocale();
    document.body.innerHTML = page();
  });

  it('planned from its hidden <select>’s options (the option’s text and value), where the page reader alone reads a box chosen by its arrow (EU-2): the applicant’s to choose', () => {
    expect(plan((doc) => collectSnapshot(doc))).toEqual(expect.arrayContaining([['basic.gender', 'needs-user', '男', undefined]]));
    const planned = plan((doc) => withComboLists(doc, collectSnapshot(doc)));
    expect(planned).toEqual(expect.arrayContaining([['basic.gender', 'fill', '男', '1'], ['basic.ethnicity', 'fill', '汉族', '01']]));
  });

  it('a datebox (its original an <input>) and a plain box are no combobox; a page without one keeps its snapshot', () => {
    expect(comboOf(document.getElementById('t_csrq')!)).toBeNull();
    expect(comboOf(document.querySelector('input[name=xm]')!)).toBeNull();
    document.body.innerHTML = '<input type="text" readonly name="a">';
    const snapshot = collectSnapshot(document);
    expect(withComboLists(document, snapshot)).toBe(snapshot);
  });

  it('written through its panel: the arrow opens it, the entry is clicked, the page’s script sets what is posted and shown', async () => {
    panelScript('xb');
    expect(await writeCombo(document.getElementById('t_xb') as HTMLInputElement, '女', '2')).toEqual({ result: 'filled' });
    expect(posted()).toMatchObject({ xb: '2' });
    expect((document.getElementById('t_xb') as HTMLInputElement).value).toBe('女');
  });

  it('a page whose script does not answer (no panel shown): the planned value posted and its text shown, the two agreeing', async () => {
    expect(await writeCombo(document.getElementById('t_mz') as HTMLInputElement, '汉族', '01')).toEqual({ result: 'filled' });
    expect(posted()).toMatchObject({ mz: '01' });
    expect((document.getElementById('t_mz') as HTMLInputElement).value).toBe('汉族');
  });
});
