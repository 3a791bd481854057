/**
 * fill65 item 1, in happy-dom: the hint a page writes after the box's wrapper (layui's word-aux
 * after `.layui-input-inline`, Bootstrap's help text after an input group or the box's column) is
 * the box's hint, as one written right after the box: a 考核年度 gets 2021年度, a date the form
 * the hint asks. Pages: tests/e2e/fill65-pages.ts (in Chromium: tests/e2e/fill-markup.test.ts, fill 65).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { installLocale } from '../i18n-fake';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { recognizeStep } from '../../../lib/portal/recognize-step';
import { hintBeside, withHintsBeside } from '../../../lib/fill/hint-beside';
import { sampleProfile } from '../fill/page-markup';
import { loadPage } from '../fill64/pages';
import { F65_PAGES } from '../../e2e/fill65-pages';

/** Plans a page as a fill reads it (withHintsBeside over the page reading): `id key outcome value` per item. */
function planned(html: string): string[] {
  loadPage(html);
  const snapshot = withHintsBeside(document, collectSnapshot(document));
  const { step } = recognizeStep(snapshot);
  return planFill(snapshot, recognizeFields(snapshot, step), sampleProfile, step).items.map((i) => [snapshot.controls[i.control]!.id, i.key, i.outcome, i.value].join(' '));
}

/** The hint read beside the element `#id` of `html`. */
function hintOf(html: string, id = 'x'): string {
  document.body.innerHTML = html;
  return hintBeside(document.getElementById(id)!);
}

describe('fill65 item 1: the hint after a box’s wrapper', () => {
  beforeEach(() => installLocale());

  it('layui word-aux: 考核年度 gets 2021年度 (was 2021), 起始时间 2020年07月 (was 2020-07-01)', () => {
    expect(planned(F65_PAGES['hint-layui-year-aux']!)).toContain('khnd annualReviews.year will-fill 2021年度');
    expect(planned(F65_PAGES['hint-layui-date-aux']!)).toContain('kssj workHistory.startDate will-fill 2020年07月');
  });

  it('Bootstrap help text after an input group, or in the row after the box’s column: 2016.09, 2020-07', () => {
    expect(planned(F65_PAGES['hint-bootstrap-input-group']!)).toContain('txtKssj education.startDate will-fill 2016.09');
    expect(planned(F65_PAGES['hint-bootstrap4-small']!)).toContain('txtKssj workHistory.startDate will-fill 2020-07');
  });

  it('kept: the next row’s label is no hint; the date keeps the default form', () => {
    expect(planned(F65_PAGES['hint-next-row-kept']!)).toContain('kssj workHistory.startDate will-fill 2020-07-01');
  });

  it('hintBeside reads past wrappers and icons only, within the label row', () => {
    const aux = '<div class="layui-form-mid layui-word-aux">格式：2021年度</div>';
    expect(hintOf(`<div class="item"><label>考核年度</label><div class="inline"><input id="x"></div>${aux}</div>`)).toBe('格式：2021年度');
    // An icon beside the box in its wrapper is passed over.
    expect(hintOf(`<div class="item"><label>日期</label><div class="inline"><input id="x"><i class="icon"></i></div>${aux}</div>`)).toBe('格式：2021年度');
    // Text right after the box is the page reader's (hintAfter): none here.
    expect(hintOf(`<div><div class="inline"><input id="x"> 年度</div>${aux}</div>`)).toBe('');
    // Text before another box in the row is that box's label or a range's 至: no hint.
    expect(hintOf(`<div class="row"><div class="col"><input id="x"></div><div class="col">作者总数</div><div class="col"><input id="y"></div></div>`)).toBe('');
    expect(hintOf(`<div class="item"><div class="inline"><input id="x"></div><div class="mid">-</div><div class="inline"><input id="y"></div>${aux}</div>`)).toBe('');
    // Another box first: the text is that box's.
    expect(hintOf(`<div><div class="inline"><input id="x"></div><div class="inline"><input id="y"></div>${aux}</div>`)).toBe('');
    // A wrapper holding the label before the box is the row: the next row's text is not read.
    expect(hintOf(`<div><div class="item"><label>考核年度</label><input id="x"></div><div class="tip">格式：2021年度</div></div>`)).toBe('');
    // Never out of a table cell: the next cell is another column's.
    expect(hintOf(`<table><tr><td><input id="x"></td><td>格式：2021年度</td></tr></table>`)).toBe('');
    // A hidden message is passed over; a label after the wrapper is another field's.
    expect(hintOf(`<div><div class="inline"><input id="x"></div><div style="display:none">请输入</div>${aux}</div>`)).toBe('格式：2021年度');
    expect(hintOf(`<div><div class="inline"><input id="x"></div><label>格式：2021年度</label></div>`)).toBe('');
  });
});
