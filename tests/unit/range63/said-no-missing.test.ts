/**
 * range63 item 2, in happy-dom: under a question that says no (是否未缴纳社保 ○是 ○否), the fill
 * answers a paid job 否 (lib/fields/recognize.ts answerOf, lib/fill/plan.ts findAnswer). Where the
 * page lacks that 否 or lists it disabled, the row's reason names 否, the option the page would
 * need, in the report's own wording — it named the profile's 是, which the page has.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installLocale } from '../i18n-fake';
import { planPage, sel, th, title } from '../fill/page-markup';

afterEach(() => {
  document.body.innerHTML = '';
});

const KEY = 'workHistory.socialInsurancePaid';
/** 工作经历 asking 社保 in `row` (the sample profile's job is paid: 是). */
const work = (row: string) => `${title('主要专业技术工作经历')}<table>${th('工作单位', '<input id="dw" name="dw">')}${row}</table>`;
/** A radio list `q` of these [words, extra attributes]. */
const radios = (choices: [string, string?][]) =>
  choices.map(([w, more = ''], i) => `<input type="radio" name="q" id="q_${i}" value="${i}"${more}><label for="q_${i}">${w}</label>`).join('');
/** The 社保 row's [action, reason]. */
const row = (html: string) => planPage(html, 'work-experience').plan.items.filter((i) => i.key === KEY).map((i) => [i.action, i.reason]);

describe('range63 item 2: the 否 a question saying no needs, missing or disabled', () => {
  beforeEach(() => installLocale());

  it('radios 是否未缴纳社保 ○是 ○否(disabled): 页面有该选项，但不允许选择：否 (it said 页面没有该选项：是)', () => {
    expect(row(work(th('是否未缴纳社保', radios([['是'], ['否', ' disabled']]))))).toEqual([['needs-user', '页面有该选项，但不允许选择：否']]);
  });

  it('radios 是否未缴纳社保 ○是 alone: 页面没有该选项：否', () => {
    expect(row(work(th('是否未缴纳社保', radios([['是']]))))).toEqual([['needs-user', '页面没有该选项：否']]);
  });

  it('a list 是否未缴纳社保 [是|否(disabled)]: 页面有该选项，但不允许选择：否; [是] alone: 页面没有该选项：否', () => {
    expect(row(work(th('是否未缴纳社保', sel('q', [['1', '是'], ['0', '否', ' disabled']]))))).toEqual([['needs-user', '页面有该选项，但不允许选择：否']]);
    expect(row(work(th('是否未缴纳社保', sel('q', [['1', '是']]))))).toEqual([['needs-user', '页面没有该选项：否']]);
  });

  it('the 否 it needs offered, the 是 missing or disabled: 否 chosen (it was left to the user, 页面没有该选项：是)', () => {
    const chosen = (html: string) => planPage(html, 'work-experience').plan.items.filter((i) => i.key === KEY).map((i) => [i.action, i.value]);
    expect(chosen(work(th('是否未缴纳社保', radios([['否']]))))).toEqual([['fill', '否']]);
    expect(chosen(work(th('是否未缴纳社保', sel('q', [['1', '是', ' disabled'], ['0', '否']]))))).toEqual([['fill', '否']]);
  });

  it('kept: under 是否缴纳社保, a question saying yes, the missing or disabled 是 is named', () => {
    expect(row(work(th('是否缴纳社保', radios([['是', ' disabled'], ['否']]))))).toEqual([['needs-user', '页面有该选项，但不允许选择：是']]);
    expect(row(work(th('是否缴纳社保', sel('q', [['0', '否']]))))).toEqual([['needs-user', '页面没有该选项：是']]);
  });
});
