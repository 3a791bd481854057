/**
 * fill 61, in happy-dom: how the fill and the checks read 社保 answered 是 / 否 or in words, where
 * they were already right (breaker 60).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { evaluatePage } from '../../../lib/content/evaluate';
import { NO_HINTS } from '../../../lib/portal/recognize-step';
import { collectSnapshot } from '../../../lib/page/collect';
import { planPage, th, title } from '../fill/page-markup';

afterEach(() => {
  document.body.innerHTML = '';
});

const KEY = 'workHistory.socialInsurancePaid';
/** 工作经历 asking 社保 in `row`, with its 未缴纳社保原因 box. */
const work = (row: string) => `${title('主要专业技术工作经历')}<table>${th('工作单位', '<input id="dw" name="dw">')}${row}${th('未缴纳社保原因', '<textarea id="yy" name="yy"></textarea>')}</table>`;
/** Boxes of `type` named `name` (one name: a radio list) with these words, in labels after them. */
const boxes = (type: string, words: string[], name: (i: number) => string = () => 'q') =>
  words.map((w, i) => `<input type="${type}" name="${name(i)}" id="q_${i}" value="${i}"><label for="q_${i}">${w}</label>`).join('');

/** The checks' reading of `html` with the boxes of these ids ticked: the 社保 field's values and whether its reason is asked. */
function checksRead(html: string, ticked: string[]) {
  document.body.innerHTML = html;
  (document.getElementById('dw') as HTMLInputElement).value = '广州某环境监测有限公司';
  for (const id of ticked) (document.getElementById(id) as HTMLInputElement).checked = true;
  const ev = evaluatePage(collectSnapshot(document, window), { profile: null, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS });
  return { values: ev.fields.filter((f) => f.key === KEY).map((f) => f.value), reasonAsked: ev.findings.some((f) => f.checkId === 'social-insurance-reason') };
}

/** The fill's plan of `html` for the sample's paid job: [action, value, option] of the 社保 item. */
const planned = (html: string) => planPage(html, 'work-experience').plan.items.filter((i) => i.key === KEY).map((i) => [i.action, i.value, i.option]);

describe('a 是 / 否 under a question that does not say no, and worded answers (kept so)', () => {
  it('a box 是 under 是否缴纳社保 is 是, ticked', () => {
    expect(checksRead(work(th('是否缴纳社保', boxes('checkbox', ['是']))), ['q_0'])).toEqual({ values: ['是'], reasonAsked: false });
  });

  it('radios 是 / 否 under 是否缴纳社保 (是 chosen), and worded answers 已缴纳 / 未缴纳 under 是否未缴纳社保 (已缴纳: they say what they mean)', () => {
    expect(planned(work(th('是否缴纳社保', boxes('radio', ['是', '否']))))).toEqual([['fill', '是', '0']]);
    expect(planned(work(th('是否未缴纳社保', boxes('radio', ['已缴纳', '未缴纳']))))).toEqual([['fill', '已缴纳', '0']]);
  });
});

describe('already right, kept so (breaker 60)', () => {
  it('a lone box 未缴纳 under 社保: left unticked for a paid job (已一致); boxes 已缴纳 / 未缴纳 under 社保缴纳情况: 已缴纳 ticked', () => {
    expect(planPage(work(th('社保', boxes('checkbox', ['未缴纳']))), 'work-experience').plan.items.filter((i) => i.key === KEY).map((i) => [i.outcome, i.option])).toEqual([['same', 'false']]);
    const { snapshot, plan } = planPage(work(th('社保缴纳情况', boxes('checkbox', ['已缴纳', '未缴纳'], (i) => `q${i}`))), 'work-experience');
    expect(plan.items.filter((i) => i.key === KEY).map((i) => [i.action, i.option, snapshot.controls[i.control!]!.id])).toEqual([['fill', 'true', 'q_0']]);
  });
});
