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

/**
 * The checks' reading of `html` with the boxes of these ids ticked (and the list `q` set to the
 * option of value `chosen`): the 社保 field's values and whether its reason is asked.
 */
function checksRead(html: string, ticked: string[], chosen?: string) {
  document.body.innerHTML = html;
  (document.getElementById('dw') as HTMLInputElement).value = '广州某环境监测有限公司';
  for (const id of ticked) (document.getElementById(id) as HTMLInputElement).checked = true;
  if (chosen !== undefined) (document.getElementById('q') as HTMLSelectElement).value = chosen;
  const ev = evaluatePage(collectSnapshot(document, window), { profile: null, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS });
  return { values: ev.fields.filter((f) => f.key === KEY).map((f) => f.value), reasonAsked: ev.findings.some((f) => f.checkId === 'social-insurance-reason') };
}

/** The fill's plan of `html` for the sample's paid job: [action, value, option] of the 社保 item. */
const planned = (html: string) => planPage(html, 'work-experience').plan.items.filter((i) => i.key === KEY).map((i) => [i.action, i.value, i.option]);

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

describe('是 / 否 under 是否未缴纳社保, a question that says no (item 3)', () => {
  const radios = work(th('是否未缴纳社保', boxes('radio', ['是', '否'])));

  it('radios: 否 chosen for a paid job (it was 是, the opposite answer)', () => {
    expect(planned(radios)).toEqual([['fill', '否', '1']]);
  });

  it('radios: 是 chosen is 否 to the checks (its reason asked), 否 chosen is 是 (none asked)', () => {
    expect(checksRead(radios, ['q_0'])).toEqual({ values: ['否'], reasonAsked: true });
    expect(checksRead(radios, ['q_1'])).toEqual({ values: ['是'], reasonAsked: false });
  });

  it('a 是 / 否 pair of boxes, each of its own name: 否 ticked for a paid job; 是 ticked reads 否 to the checks', () => {
    const pair = work(th('是否未缴纳社保', boxes('checkbox', ['是', '否'], (i) => `q${i}`)));
    expect(planned(pair)).toEqual([['fill', '否', 'true']]);
    expect(checksRead(pair, ['q_0'])).toEqual({ values: ['否'], reasonAsked: true });
  });

  it('a box 是 ticked under 未缴纳社保 shows 否 in the preview, as the checks read it, and is unticked for a paid job only with 覆盖', () => {
    const { plan } = planPage(work(th('未缴纳社保', boxes('checkbox', ['是']))), 'work-experience', () => ((document.getElementById('q_0') as HTMLInputElement).checked = true));
    expect(plan.items.filter((i) => i.key === KEY).map((i) => [i.outcome, i.option, i.current])).toEqual([['conflict', 'false', '否']]);
  });

  it('a lone box with no words under 是否未缴纳社保 (ticked: 是, 未缴纳): left unticked for a paid job (it was ticked), and ticked it is 否 to the checks, its reason asked (it read 是)', () => {
    const lone = work(th('是否未缴纳社保', '<input type="checkbox" id="q_0" name="q">'));
    expect(planPage(lone, 'work-experience').plan.items.filter((i) => i.key === KEY).map((i) => [i.outcome, i.option])).toEqual([['same', 'false']]);
    expect(checksRead(lone, ['q_0'])).toEqual({ values: ['否'], reasonAsked: true });
    expect(checksRead(lone, [])).toEqual({ values: [''], reasonAsked: false });
  });

  it('unchanged: radios 是 / 否 under 是否缴纳社保 (是 chosen), and worded answers 已缴纳 / 未缴纳 under 是否未缴纳社保 (已缴纳: they say what they mean)', () => {
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

/** A list `q` of these words after its prompt (values 0, 1 …). */
const list = (words: string[]) => `<select id="q" name="q"><option value="">请选择</option>${words.map((w, i) => `<option value="${i}">${w}</option>`).join('')}</select>`;

describe('a list 是 / 否 under 是否未缴纳社保 (fill 62), by the same rule (answerOf)', () => {
  const yesNo = work(th('是否未缴纳社保', list(['是', '否'])));

  it('否 chosen for a paid job (it was 是, the opposite answer); under 是否缴纳社保 still 是', () => {
    expect(planned(yesNo)).toEqual([['fill', '否', '1']]);
    expect(planned(work(th('是否缴纳社保', list(['是', '否']))))).toEqual([['fill', '是', '0']]);
  });

  it('否 already chosen is 已一致 for a paid job, not a conflict', () => {
    const chosen = () => ((document.getElementById('q') as HTMLSelectElement).value = '1');
    expect(planPage(yesNo, 'work-experience', chosen).plan.items.filter((i) => i.key === KEY).map((i) => i.outcome)).toEqual(['same']);
  });

  it('是 chosen is 否 to the checks (its reason asked; it was read 是, none asked), 否 chosen is 是, the prompt no answer', () => {
    expect(checksRead(yesNo, [], '0')).toEqual({ values: ['否'], reasonAsked: true });
    expect(checksRead(yesNo, [], '1')).toEqual({ values: ['是'], reasonAsked: false });
    expect(checksRead(yesNo, [], '')).toEqual({ values: [''], reasonAsked: false });
  });

  it('worded options 已缴纳 / 未缴纳 under 是否未缴纳社保 say what they mean: 已缴纳 chosen', () => {
    expect(planned(work(th('是否未缴纳社保', list(['已缴纳', '未缴纳']))))).toEqual([['fill', '已缴纳', '0']]);
  });
});
