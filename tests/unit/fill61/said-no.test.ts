/**
 * fill 61, in happy-dom: a 是 / 否 answering a question that says no (未缴纳社保 □是, 是否未缴纳社保
 * ○是 ○否) is the other answer — its 是 is 未缴纳 — to the fill and to the checks alike, by one rule
 * (lib/fields/recognize.ts answerOf). The checks read a ticked box 是 under 未缴纳社保 as 是 and
 * asked no reason (breaker 60 item 2); the fill chose 是 among radios under 是否未缴纳社保 for a paid
 * job, as under 是否缴纳社保 (item 3).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { evaluatePage } from '../../../lib/content/evaluate';
import { NO_HINTS } from '../../../lib/portal/recognize-step';
import { collectSnapshot } from '../../../lib/page/collect';
import { th, title } from '../fill/page-markup';

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


describe('a box 是 in a row labelled 未缴纳社保 (item 2)', () => {
  it('ticked, it is 否 to the checks, as to the fill: its reason asked (it was read 是, none asked); unticked, no answer', () => {
    const html = work(th('未缴纳社保', boxes('checkbox', ['是'])));
    expect(checksRead(html, ['q_0'])).toEqual({ values: ['否'], reasonAsked: true });
    expect(checksRead(html, [])).toEqual({ values: [''], reasonAsked: false });
  });

  it('a box 是 under 是否缴纳社保 is still 是, ticked', () => {
    expect(checksRead(work(th('是否缴纳社保', boxes('checkbox', ['是']))), ['q_0'])).toEqual({ values: ['是'], reasonAsked: false });
  });
});
