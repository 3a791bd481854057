/**
 * Breaker 63 B63-1 in happy-dom: the note a page writes on the line under a box (after a <br />)
 * is read as the box's hint, as one written beside it is: a text area's stated limit (autofill
 * leaves a longer text to the applicant) and a date box's format. The browser test:
 * tests/e2e/breakers63-65.test.ts (b63).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { box, planPage, th, title } from '../fill/page-markup';

afterEach(() => {
  document.body.innerHTML = '';
});

const area = (id: string) => `<textarea id="${id}" name="${id}"></textarea>`;
const itemOf = (html: string, step: Parameters<typeof planPage>[1], key: string) => planPage(html, step).plan.items.find((i) => i.key === key);

describe('B63-1 a note on the line under a box', () => {
  it('a text area’s limit under it: the 271-character 小结 is left to the applicant, as with the limit in its label; none stated, it is written', () => {
    const page = (cell: string) => `${title('奖惩情况及工作小结')}<table>${th('奖惩情况', area('jc'))}${th('个人专业技术工作小结', cell)}</table>`;
    expect(itemOf(page(`${area('xj')}<br /><span style="color:red">（限200字以内）</span>`), 'awards-summary', 'workSummary')).toMatchObject({ action: 'needs-user' });
    expect(itemOf(page(`${area('xj')}<br /><span style="color:red">限200字以内</span>`), 'awards-summary', 'workSummary')).toMatchObject({ action: 'needs-user' });
    expect(itemOf(page(area('xj')), 'awards-summary', 'workSummary')).toMatchObject({ action: 'fill' });
  });

  it('a date box’s format under it is the date’s form (2020.07); another field’s label there (ending in a colon) limits nothing', () => {
    const work = (cell: string) => `${title('工作经历')}<table>${th('起始时间', cell)}${th('工作单位', box('dw'))}${th('工作内容', area('nr'))}</table>`;
    expect(itemOf(work(`${box('ks')}<br /><span>格式：yyyy.mm</span>`), 'work-experience', 'workHistory.startDate')).toMatchObject({ action: 'fill', value: '2020.07' });
    const beforeNext = `${title('工作经历')}<table>${th('工作单位', box('dw'))}<tr><th>工作内容</th><td>${area('nr')}<br />限10字以内的说明：<input id="x" name="x"></td></tr></table>`;
    expect(itemOf(beforeNext, 'work-experience', 'workHistory.duties')).toMatchObject({ action: 'fill' });
  });
});
