/**
 * fill 61, in happy-dom: select2 3.x draws its stand-in BEFORE the list it hides (`<div
 * class="select2-container">` with a focus box `.select2-focusser` inside, then `<select
 * class="select2-offscreen">`), where chosen, layui and select2 4.x draw theirs after it. The list
 * is the field, seen through that stand-in; the library's focus and search boxes are no fields
 * (the focus box was read as one, tied with the list, and 学历 was left out of the preview with
 * nothing said: breaker 60). The fill writes the list and shows the choice in `.select2-chosen`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyFill } from '../../../lib/fill/apply';
import { collectSnapshot } from '../../../lib/page/collect';
import { seenAs } from '../../../lib/page/labels';
import { planPage, th, title } from '../fill/page-markup';

afterEach(() => {
  document.body.innerHTML = '';
});

const LEVELS = '<option value="">请选择</option><option value="1">研究生</option><option value="2">大学本科</option><option value="3">大学专科</option>';
/** select2 3.x's single list as it draws it, before the list (`n`: its focus box's number). */
const select2v3 = (n: number) =>
  `<div class="select2-container" id="s2id_xl${n}"><a class="select2-choice"><span class="select2-chosen">请选择</span><abbr class="select2-search-choice-close"></abbr><span class="select2-arrow"><b></b></span></a><label for="s2id_autogen${n}" class="select2-offscreen"></label><input class="select2-focusser select2-offscreen" type="text" id="s2id_autogen${n}"></div>`;
/** The list select2 3.x hides: `select2-offscreen` (clipped to 1px, not display:none). */
const hidden = (id: string, more = '') => `<select id="${id}" name="${id}" class="select2-offscreen" tabindex="-1" title=""${more}>${LEVELS}</select>`;
/** select2 3.x's drop once opened: moved to the end of the body, with its search box. */
const DROP3 = '<div class="select2-drop select2-drop-active select2-with-searchbox"><div class="select2-search"><input type="text" class="select2-input"></div><ul class="select2-results"></ul></div>';
/** select2 4.x's drop once opened: a container of its own at the end of the body, with its search box. */
const DROP4 = '<span class="select2-container select2-container--default select2-container--open"><span class="select2-dropdown"><span class="select2-search select2-search--dropdown"><input class="select2-search__field" type="search"></span><ul class="select2-results__options"></ul></span></span>';

const education = (level: string, after = '') => `${title('学位（学历）教育情况')}<table>${th('毕业院校', '<input id="yx" name="yx">')}${th('学历', level)}</table>${after}`;

describe('select2 3.x: a list behind the stand-in drawn before it', () => {
  it('the list is the field (its focus box none, nor the search boxes of an open drop, 3.x’s or 4.x’s), planned, written and shown 大学本科 in .select2-chosen', async () => {
    const { snapshot, plan } = planPage(education(select2v3(1) + hidden('xl'), DROP3 + DROP4), 'education');
    expect(snapshot.controls.map((c) => c.id || c.selector)).toEqual(['yx', 'xl']);
    expect(snapshot.controls[1]!.labels.map((l) => l.text)).toEqual(['学历']);
    expect(plan.items.filter((i) => i.key === 'education.educationLevel').map((i) => i.action)).toEqual(['fill']);
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(report.items.filter((r) => r.key === 'education.educationLevel').map((r) => r.result)).toEqual(['filled']);
    expect((document.getElementById('xl') as HTMLSelectElement).value).toBe('2');
    expect(document.querySelector('.select2-chosen')!.textContent).toBe('大学本科');
  });

  it('a list hidden by display:none behind it is seen through it: visible, in the plan', () => {
    const { snapshot } = planPage(education(select2v3(1) + hidden('xl', ' style="display:none"')), 'education');
    expect(snapshot.controls.map((c) => [c.id, c.visible])).toEqual([['yx', true], ['xl', true]]);
  });

  it('labelled by the words before its stand-in in a line of its own (学历：[stand-in][list])', () => {
    document.body.innerHTML = `<div>学历：${select2v3(1)}${hidden('xl')}</div>`;
    expect(collectSnapshot(document).controls.map((c) => [c.id, c.labels.map((l) => l.text)])).toEqual([['xl', ['学历']]]);
  });

  it('each list is seen through its own stand-in, two in a row, and a plain list after one or before one through none', () => {
    document.body.innerHTML = `<div>${select2v3(1)}${hidden('a')}${select2v3(2)}${hidden('b')}<select id="c"></select>${select2v3(3)}${hidden('d')}</div>`;
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => document.getElementById(id)!);
    expect([seenAs(a!).id, seenAs(b!).id, seenAs(c!).id, seenAs(d!).id]).toEqual(['s2id_xl1', 's2id_xl2', 'c', 's2id_xl3']);
  });

  it('a plain box right after a select2 4.x list is seen as itself (4.x draws after its list, not before the next)', () => {
    document.body.innerHTML = `<div><select id="a" class="select2 select2-hidden-accessible">${LEVELS}</select><span class="select2 select2-container select2-container--default"><span class="select2-selection__rendered">请选择</span></span><input id="b" style="display:none"></div>`;
    const b = document.getElementById('b')!;
    expect(seenAs(b)).toBe(b);
    // A list carrying the class select2 itself (the usual `$('.select2').select2()`) is a field, not a part of its stand-in.
    expect(collectSnapshot(document).controls.map((x) => [x.id, x.visible])).toEqual([['a', true], ['b', false]]);
  });
});

describe('already right, kept so (breaker 60)', () => {
  it('a multiple list behind chosen’s stand-in: reported failed, not filled', async () => {
    const multi = `<select id="xl" name="xl" multiple style="display:none">${LEVELS}</select><div class="chosen-container chosen-container-multi"><ul class="chosen-choices"><li class="search-field"><input class="chosen-search-input" type="text" value="请选择"></li></ul><div class="chosen-drop"><ul class="chosen-results"></ul></div></div>`;
    const { snapshot, plan } = planPage(education(multi), 'education');
    expect(snapshot.controls.map((c) => c.id)).toEqual(['yx', 'xl']);
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(report.items.filter((r) => r.key === 'education.educationLevel').map((r) => r.result)).toEqual(['failed']);
  });
});
