import { beforeEach, describe, expect, it } from 'vitest';
import { installLocale } from '../i18n-fake';
import { sampleProfile, title } from './page-markup';
import { collectSnapshot, readPage } from '../../../lib/page/collect';
import { drawnChoice } from '../../../lib/page/drawn-lists';
import { evaluatePage } from '../../../lib/content/evaluate';
import { NO_HINTS } from '../../../lib/portal/recognize-step';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { writeDrawnList } from '../../../lib/fill/drawn-lists';

/**
 * antd66 ANTD66-3, IVU66-2: a list drawn with no native <select> — antd 4's `ant-select`
 * (rc-select: opens on mousedown, its options in a portal at the end of <body>), antd 3's / Ant
 * Design Vue 1.x's (opens on click), iView's `ivu-select` (filterable: the choice shown in its
 * box) — was no field at all: not read, not in the preview, nothing chosen.
 */

/** A table row: the label cell, the control beside it. */
const row = (label: string, control: string) => `<tr><td>${label}</td><td>${control}</td></tr>`;
/** antd 4's single select: the placeholder, or the chosen option's item; its search box read-only. */
const antd4 = (id: string, chosen = '', more = '') =>
  `<div class="ant-select ant-select-single ant-select-show-arrow${more}" id="${id}"><div class="ant-select-selector"><span class="ant-select-selection-search"><input type="search" readonly class="ant-select-selection-search-input" role="combobox" id="${id}_input"></span>${chosen ? `<span class="ant-select-selection-item" title="${chosen}">${chosen}</span>` : '<span class="ant-select-selection-placeholder">请选择</span>'}</div><span class="ant-select-arrow"></span></div>`;
/** antd 3's (Ant Design Vue 1.x's) single select. */
const antd3 = (id: string, chosen = '', more = '') =>
  `<div class="ant-select ant-select-enabled${more}" id="${id}"><div role="combobox" tabindex="0" class="ant-select-selection ant-select-selection--single"><div class="ant-select-selection__rendered">${chosen ? `<div class="ant-select-selection-selected-value" title="${chosen}">${chosen}</div>` : '<div class="ant-select-selection__placeholder">请选择</div>'}</div></div></div>`;
/** iView's select, filterable (its box holding the choice) or not (both spans there, one empty, as v-show leaves them). */
const ivu = (id: string, chosen = '', filterable = false) =>
  `<div class="ivu-select ivu-select-single" id="${id}"><div tabindex="0" class="ivu-select-selection"><div>${filterable ? `<input type="text" placeholder="请选择" class="ivu-select-input" value="${chosen}">` : `<span class="ivu-select-placeholder"${chosen ? ' style="display:none"' : ''}>请选择</span><span class="ivu-select-selected-value">${chosen}</span>`}</div></div></div>`;
/** antd 4's multiple select (tags): several values, no drawn list. */
const antdTags = (id: string) =>
  `<div class="ant-select ant-select-multiple" id="${id}"><div class="ant-select-selector"><span class="ant-select-selection-search"><input type="search" class="ant-select-selection-search-input" id="${id}_input"></span></div></div>`;

const basic = (rows: string) => `${title('基本信息')}<form><table>${row('姓名：', '<input type="text" id="xm">')}${rows}</table></form>`;

/** An antd 4 drop-down as rc-select draws it on mousedown on the selector: appended to <body>, an option's click shows it in the box. */
function antd4Script(id: string, options: string[], disabled: string[] = []) {
  const select = document.getElementById(id)!;
  select.querySelector('.ant-select-selector')!.addEventListener('mousedown', () => {
    const drop = document.createElement('div');
    drop.innerHTML = `<div class="ant-select-dropdown"><div class="rc-virtual-list">${options.map((o) => `<div class="ant-select-item ant-select-item-option${disabled.includes(o) ? ' ant-select-item-option-disabled' : ''}" title="${o}"><div class="ant-select-item-option-content">${o}</div></div>`).join('')}</div></div>`;
    document.body.append(drop);
    drop.addEventListener('click', (e) => {
      const option = (e.target as Element).closest('.ant-select-item-option')!;
      if (option.matches('.ant-select-item-option-disabled')) return;
      select.querySelector('.ant-select-selection-placeholder,.ant-select-selection-item')!.outerHTML = `<span class="ant-select-selection-item">${option.textContent}</span>`;
      drop.remove();
    });
    document.addEventListener('keydown', (e) => e.keyCode === 27 && drop.remove());
  });
}

describe('a list drawn with no <select> is read as a list (content script)', () => {
  beforeEach(() => installLocale());

  it('antd 4, antd 3 and iView (filterable or not): a list of the form item’s label, showing the chosen option’s text, "" on its placeholder; its search box no field', () => {
    document.body.innerHTML = basic(
      row('民族：', antd4('mz')) + row('最高学历：', antd4('xl', '大学本科')) + row('政治面貌：', antd3('zz', '中共党员')) + row('性别：', ivu('xb', '男')) + row('最高学位：', ivu('xw', '', true)) + row('籍贯：', ivu('jg', '广东广州', true)),
    );
    const controls = readPage(document, window).controls.map((c) => [c.id, c.kind, c.tag, c.value, c.options.map((o) => [o.text, o.selected]), c.labels[0]?.text]);
    expect(controls).toEqual([
      ['xm', 'text', 'input', '', [], '姓名'],
      ['mz', 'select', 'div', '', [], '民族'],
      ['xl', 'select', 'div', '大学本科', [['大学本科', true]], '最高学历'],
      ['zz', 'select', 'div', '中共党员', [['中共党员', true]], '政治面貌'],
      ['xb', 'select', 'div', '男', [['男', true]], '性别'],
      ['xw', 'select', 'div', '', [], '最高学位'],
      ['jg', 'select', 'div', '广东广州', [['广东广州', true]], '籍贯'],
    ]);
    expect(drawnChoice(document.getElementById('xw')!)).toBe('');
  });

  it('a multiple choice (tags) is no drawn list: its box is read as before; a disabled one says so by its class', () => {
    document.body.innerHTML = basic(row('专业特长：', antdTags('tc')) + row('民族：', antd3('mz', '', ' ant-select-disabled')));
    const controls = collectSnapshot(document, window).controls.map((c) => [c.id, c.kind, c.disabled]);
    expect(controls).toEqual([
      ['xm', 'text', false],
      ['tc_input', 'text', false],
      ['mz', 'select', true],
    ]);
  });

  it('a required one showing only its placeholder is required-field; one showing a choice is not', () => {
    const findings = (chosen: string) => {
      document.body.innerHTML = basic(row('<font color="red">*</font>民族：', antd4('mz', chosen)));
      const snapshot = collectSnapshot(document, window);
      return evaluatePage(snapshot, { profile: null, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS }).findings.filter((f) => f.checkId === 'required-field').map((f) => snapshot.controls[f.control!]!.id);
    };
    expect(findings('')).toEqual(['mz']);
    expect(findings('汉族')).toEqual([]);
  });
});

describe('a drawn list is planned and chosen in its drop-down (the fill)', () => {
  beforeEach(() => installLocale());

  const plan = () => {
    const snapshot = collectSnapshot(document, window);
    const items = planFill(snapshot, recognizeFields(snapshot, 'basic-info'), sampleProfile, 'basic-info').items;
    return Object.fromEntries(items.filter((i) => snapshot.controls[i.control]!.tag === 'div').map((i) => [i.key, [i.action, i.outcome, i.value, i.option]]));
  };

  it('planned with the profile’s value and no option (the fill chooses it once the options are drawn): empty filled, the same choice 已一致 (by findOption: 本科 for 大学本科), another a conflict', () => {
    document.body.innerHTML = basic(row('民族：', antd4('mz')) + row('最高学历：', antd4('xl', '本科')) + row('政治面貌：', ivu('zz', '群众')));
    expect(plan()).toEqual({
      'basic.ethnicity': ['fill', 'will-fill', '汉族', undefined],
      'basic.highestEducation': ['skip', 'same', '本科', undefined],
      'basic.politicalStatus': ['fill', 'conflict', '中共党员', undefined],
    });
  });

  it('written by pressing its box and clicking the option findOption takes (本科 for 大学本科) among those drawn since the press — not another list’s drop-down left drawn', async () => {
    document.body.innerHTML = basic(row('最高学历：', antd4('xl')));
    antd4Script('xl', ['研究生', '本科', '大专']);
    // Another list's drop-down still drawn (closing): its 本科 is not this list's.
    const stale = document.createElement('div');
    stale.innerHTML = '<div class="ant-select-item ant-select-item-option">本科</div>';
    document.body.append(stale);
    let staleClicked = false;
    stale.addEventListener('click', () => (staleClicked = true));
    expect(await writeDrawnList(document.getElementById('xl')!, '大学本科')).toEqual({ result: 'filled' });
    expect(drawnChoice(document.getElementById('xl')!)).toBe('本科');
    expect(staleClicked).toBe(false);
  });

  it('failed with the reason when no option is offered or it is disabled (the drop-down closed again by Escape), or when the drop-down never opens', async () => {
    document.body.innerHTML = basic(row('民族：', antd4('mz')) + row('政治面貌：', antd4('zz')) + row('最高学历：', antd4('xl')));
    antd4Script('mz', ['壮族', '回族']);
    antd4Script('zz', ['中共党员', '群众'], ['中共党员']);
    expect(await writeDrawnList(document.getElementById('mz')!, '汉族')).toEqual({ result: 'failed', detail: '页面没有该选项：汉族' });
    expect(document.querySelector('.ant-select-dropdown')).toBeNull();
    expect(await writeDrawnList(document.getElementById('zz')!, '中共党员')).toEqual({ result: 'failed', detail: '页面有该选项，但不允许选择：中共党员' });
    expect(drawnChoice(document.getElementById('zz')!)).toBe('');
    const never = await writeDrawnList(document.getElementById('xl')!, '大学本科');
    expect(never.result).toBe('failed');
    expect(never.detail).toContain('大学本科');
  });
});
