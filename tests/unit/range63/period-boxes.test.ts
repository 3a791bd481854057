/**
 * range63 item 1, in happy-dom: two 起止时间 boxes on one form, each under its own label (two
 * records' rows or blocks), are a whole period each — recognition left them tied between 起始时间
 * and 终止时间, the fill writes each box its record's period, the checks compare the k-th box's
 * dates — where pairRanges took the first for one period's start and the second for its end.
 * One label with two boxes after it stays one range (kept). Pages: tests/e2e/range63-pages.ts;
 * the same in Chromium: tests/e2e/fill-markup.test.ts (range63).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { R63_PAGES } from '../../e2e/range63-pages';
import { installLocale } from '../i18n-fake';
import { planPage, sampleProfile } from '../fill/page-markup';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { evaluatePage } from '../../../lib/content/evaluate';
import { NO_HINTS } from '../../../lib/portal/recognize-step';

afterEach(() => {
  document.body.innerHTML = '';
});

const LAYOUTS = [
  ['two blocks', R63_PAGES.twoBlocks],
  ['two rows', R63_PAGES.twoRows],
] as const;

/** Each text box's recognition in `html` on 学历, as `id: key or tied keys`. */
function recognised(html: string): string[] {
  document.body.innerHTML = html;
  const snapshot = collectSnapshot(document);
  return recognizeFields(snapshot, 'education').map((m) => `${snapshot.controls[m.control]!.id}: ${m.key ?? m.ambiguous.join('|')}`);
}

/** The record-period-order findings of `html`, as `field@box id: text`, with no profile. */
function periodFindings(html: string): string[] {
  document.body.innerHTML = `<form>${html}</form>`;
  const snapshot = collectSnapshot(document, window);
  const { findings } = evaluatePage(snapshot, { profile: null, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS });
  return findings.filter((f) => f.checkId === 'record-period-order').map((f) => `${f.field}@${snapshot.controls[f.control!]!.id}: ${f.message}`);
}

describe('range63 item 1: one period box per record, each under its own 起止时间', () => {
  beforeEach(() => installLocale());

  it.each(LAYOUTS)('%s: each box tied between 起始时间 and 终止时间 (it was the first the start, the second the end)', (_, page) => {
    expect(recognised(page('', '')).filter((r) => r.startsWith('txtQZSJ'))).toEqual(['txtQZSJ1: education.startDate|education.endDate', 'txtQZSJ2: education.startDate|education.endDate']);
  });

  it.each(LAYOUTS)('%s: the fill writes each box its record’s whole period in the example’s form (it wrote 2016.09 in the first, 2020.06 in the second)', (_, page) => {
    const { plan, snapshot } = planPage(page('', ''), 'education');
    expect(plan.items.filter((i) => /^txtQZSJ/.test(snapshot.controls[i.control]!.id)).map((i) => [snapshot.controls[i.control]!.id, i.action, i.value])).toEqual([
      ['txtQZSJ1', 'fill', '2016.09-2020.06'],
      ['txtQZSJ2', 'fill', '2013.09-2016.06'],
    ]);
  });

  it('a third record’s box, the profile holding two: nothing written, 没有要填写的档案记录', () => {
    const three = R63_PAGES.twoBlocks('', '').replace('</table>', '<tr><th>起止时间</th><td><input type="text" id="txtQZSJ3" name="txtQZSJ3" />（如：2015.07-2018.06）</td></tr></table>');
    expect(sampleProfile.education).toHaveLength(2);
    const { plan, snapshot } = planPage(three, 'education');
    expect(plan.items.filter((i) => /^txtQZSJ/.test(snapshot.controls[i.control]!.id)).map((i) => [snapshot.controls[i.control]!.id, i.action, i.action === 'fill' ? '' : i.reason])).toEqual([
      ['txtQZSJ1', 'fill', ''],
      ['txtQZSJ2', 'fill', ''],
      ['txtQZSJ3', 'skip', '没有要填写的档案记录'],
    ]);
  });

  it.each(LAYOUTS)('%s: the second record typed backwards is record-period-order on its box (it was silent: the first box’s start was compared with the second’s end)', (_, page) => {
    expect(periodFindings(page('2012.09-2016.06', '2020.09-2016.06'))).toEqual([expect.stringMatching(/^education\.endDate@txtQZSJ2: 终止时间（2016\.06）早于起始时间（2020\.09）/)]);
    expect(periodFindings(page('2016.09-2012.06', '2016.09-2020.06'))).toEqual([expect.stringMatching(/^education\.endDate@txtQZSJ1: 终止时间（2012\.06）早于起始时间（2016\.09）/)]);
    expect(periodFindings(page('2012.09-2016.06', '2016.09-2020.06'))).toEqual([]);
    // The first record's box still empty: the second's own start is compared (it was the empty box's).
    expect(periodFindings(page('', '2020.09-2016.06'))).toEqual([expect.stringMatching(/^education\.endDate@txtQZSJ2: 终止时间（2016\.06）早于起始时间（2020\.09）/)]);
  });

  it('kept: one label with two boxes after it is one range — a heading 起止时间 over two cells, [ ] 至 [ ]; [ ]-[ ] the fill writes across', () => {
    const heading = `<table><tr><th>记录序号</th><th colspan="2">起止时间</th><th>毕业院校</th></tr><tr><td><input name="xh"></td><td><input name="ks" id="ks"></td><td><input name="js" id="js"></td><td><input name="yx"></td></tr></table>`;
    const cell = (between: string) => `<table><tr><th>毕业院校</th><td><input id="yx" name="yx"></td></tr><tr><th>起止时间</th><td><input id="ks" name="ks">${between}<input id="js" name="js"></td></tr></table>`;
    for (const page of [heading, cell(' 至 ')]) expect(recognised(page).filter((r) => /^(ks|js):/.test(r)), page).toEqual(['ks: education.startDate', 'js: education.endDate']);
    // [ ]-[ ]: the first box tied, the second labelled by the dash alone — one period across both (planRangeBox).
    const { plan } = planPage(cell('-'), 'education');
    expect(plan.items.filter((i) => i.parts).map((i) => i.parts!.map((p) => p.text))).toEqual([['2016-09-01', '2020-06-30']]);
  });
});
