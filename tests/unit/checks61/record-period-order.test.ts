/**
 * checks61 in happy-dom: record-period-order where it stayed silent (breaker 60) — a period typed
 * backwards in one 起止时间 box, 入学年份 / 毕业年份 typed as years, two records on one form — and
 * where it was already right, on the pages of tests/e2e/checks61-pages.ts, read the way the content
 * script reads a frame, then checked. The same pages in Chromium: tests/e2e/checks-markup.test.ts (checks61).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { C61_BODIES, C61_PAGES } from '../../e2e/checks61-pages';
import { collectSnapshot } from '../../../lib/page/collect';
import { evaluatePage } from '../../../lib/content/evaluate';
import { NO_HINTS } from '../../../lib/portal/recognize-step';

afterEach(() => {
  document.body.innerHTML = '';
});

/**
 * The record-period-order findings on a page body, as `field@box id: text`, with no profile.
 * @param values box id → value, set after the body is drawn.
 */
function periodFindings(body: string, values: Record<string, string> = {}): string[] {
  document.body.innerHTML = `<form>${body}</form>`;
  for (const [id, value] of Object.entries(values)) (document.getElementById(id) as HTMLInputElement).value = value;
  const snapshot = collectSnapshot(document, window);
  const { findings } = evaluatePage(snapshot, { profile: null, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS });
  return findings.filter((f) => f.checkId === 'record-period-order').map((f) => `${f.field}@${snapshot.controls[f.control!]!.id}: ${f.message}`);
}

/** The one finding's place and the dates it names, as periodFindings writes it. */
const reversed = (box: string, end: string, start: string) => expect.stringMatching(new RegExp(`^education\\.endDate@${box}: 终止时间（${end}）早于起始时间（${start}）`));

describe('checks61 item 1: a period typed in one box 起止时间', () => {
  it('typed backwards, with a dash, a long dash, 至, 到, spaces around it, in 年月, compact or as laydate joins two dates: record-period-order on the box, naming both dates', () => {
    const backwards: [period: string, end: string, start: string][] = [
      ['2016.09-2012.06', '2012.06', '2016.09'],
      ['2016.09—2012.06', '2012.06', '2016.09'],
      ['2016.09——2012.06', '2012.06', '2016.09'],
      ['2016.09至2012.06', '2012.06', '2016.09'],
      ['2016.09 到 2012.06', '2012.06', '2016.09'],
      ['2016年9月-2012年6月', '2012年6月', '2016年9月'],
      ['2016-09-2012-06', '2012-06', '2016-09'],
      ['201609-201206', '201206', '201609'],
      ['2016-09-01 - 2012-06-30', '2012-06-30', '2016-09-01'],
      ['2016-2012', '2012', '2016'],
    ];
    for (const [period, end, start] of backwards) expect(periodFindings(C61_PAGES.oneBox(period)), period).toEqual([reversed('txtQZSJ', end, start)]);
  });

  it('in order, still going, the same month, one date alone or words: no finding', () => {
    for (const period of ['2012.09-2016.06', '2016.09-至今', '2016年9月至今', '2016.06.30-2016.06.01', '2016.9-2016.10', '2016.09', '2016-09-01', '', '请输入起止时间', '2016.09-2020.06（全日制）']) {
      expect(periodFindings(C61_PAGES.oneBox(period)), period).toEqual([]);
    }
  });
});

describe('checks61 item 2: 入学年份 / 毕业年份 typed as years', () => {
  it('入学年份 2020, 毕业年份 2016: record-period-order on 毕业年份; 2016年 read as the year too', () => {
    expect(periodFindings(C61_BODIES['period-years'])).toEqual([expect.stringMatching(/^education\.endDate@txtBYNF: 终止时间（2016）早于起始时间（2020）/)]);
    expect(periodFindings(C61_PAGES.years('2020年', '2016年'))).toEqual([expect.stringMatching(/^education\.endDate@txtBYNF: 终止时间（2016年）早于起始时间（2020年）/)]);
  });

  it('compared by the year when only the year is known: the same year, or a later one, is no finding', () => {
    expect(periodFindings(C61_PAGES.years('2016', '2016'))).toEqual([]);
    expect(periodFindings(C61_PAGES.years('2016', '2020'))).toEqual([]);
    // A year beside a full date: by the year alone.
    expect(periodFindings(C61_PAGES.years('2016', '2016.06'))).toEqual([]);
    expect(periodFindings(C61_PAGES.years('2016.09', '2016'))).toEqual([]);
    expect(periodFindings(C61_PAGES.years('2016.09', '2015'))).toEqual([expect.stringMatching(/^education\.endDate@txtBYNF/)]);
  });
});

describe('checks61 item 3: two records on one form', () => {
  it.each(['period-two-rows', 'period-two-blocks'] as const)('%s: the k-th start with the k-th end — one finding, on the second record’s end', (path) => {
    expect(periodFindings(C61_BODIES[path])).toEqual([reversed('txtZZSJ2', '2016.06', '2020.09')]);
  });

  it('the first record reversed, both, or neither', () => {
    for (const page of [C61_PAGES.twoRows, C61_PAGES.twoBlocks]) {
      expect(periodFindings(page(['2016.09', '2012.06'], ['2016.09', '2020.06']))).toEqual([reversed('txtZZSJ1', '2012.06', '2016.09')]);
      expect(periodFindings(page(['2016.09', '2012.06'], ['2020.09', '2016.06']))).toEqual([reversed('txtZZSJ1', '2012.06', '2016.09'), reversed('txtZZSJ2', '2016.06', '2020.09')]);
      // Each in order, though the second record's start is before the first's end (no cross-pairing).
      expect(periodFindings(page(['2016.09', '2020.06'], ['2012.09', '2016.06']))).toEqual([]);
      expect(periodFindings(page(['2012.09', '2016.06'], ['2016.09', '2020.06']))).toEqual([]);
    }
  });

  it('two rows of 起止时间 [ ] 至 [ ]: each box a start, then the end of the start before it', () => {
    const rows = (second: [string, string]) => C61_PAGES.rangeCell('2012.09', '2016.06').replace('</table>', `<tr><th>起止时间</th><td><input type="text" id="txtQS2" value="${second[0]}" /> 至 <input type="text" id="txtZZ2" value="${second[1]}" /></td></tr></table>`);
    expect(periodFindings(rows(['2020.09', '2016.06']))).toEqual([expect.stringMatching(/^education\.endDate@txtZZ2: 终止时间（2016\.06）早于起始时间（2020\.09）/)]);
    expect(periodFindings(rows(['2016.09', '2020.06']))).toEqual([]);
  });

  it('three rows of 起止时间 [ ] 至 [ ] (each first box tied between start and end, each second on the end): the k-th start with the k-th end', () => {
    const row = (i: number, [from, to]: [string, string]) => `<tr><th>起止时间</th><td><input type="text" id="txtQS${i}" value="${from}" /> 至 <input type="text" id="txtZZ${i}" value="${to}" /></td></tr>`;
    const rows = (second: [string, string], third: [string, string]) => C61_PAGES.rangeCell('2012.09', '2016.06').replace('</table>', `${row(2, second)}${row(3, third)}</table>`);
    expect(periodFindings(rows(['2016.09', '2019.06'], ['2020.09', '2016.06']))).toEqual([expect.stringMatching(/^education\.endDate@txtZZ3: 终止时间（2016\.06）早于起始时间（2020\.09）/)]);
    expect(periodFindings(rows(['2016.09', '2019.06'], ['2019.09', '2022.06']))).toEqual([]);
  });

  it('a second record’s 终止时间 the server never set (1900-01-01, 1900/1/1 0:00:00): no finding', () => {
    for (const page of [C61_PAGES.twoRows, C61_PAGES.twoBlocks]) {
      for (const unset of ['1900-01-01', '1900/1/1 0:00:00']) expect(periodFindings(page(['2012.09', '2016.06'], ['2016.09', unset])), unset).toEqual([]);
    }
  });
});

describe('checks61: where record-period-order was already right (kept)', () => {
  it('the end’s box first in the page: in order no finding, backwards the finding', () => {
    expect(periodFindings(C61_BODIES['period-end-first'])).toEqual([]);
    expect(periodFindings(C61_PAGES.endFirst('2016.09', '2012.06'))).toEqual([expect.stringMatching(/^education\.endDate@txtZZSJ: /)]);
  });

  it('起止时间 [a] 至 [b]: in order no finding, backwards the finding on b', () => {
    expect(periodFindings(C61_BODIES['period-range-cell'])).toEqual([]);
    expect(periodFindings(C61_PAGES.rangeCell('2016.09', '2012.06'))).toEqual([reversed('txtZZ', '2012.06', '2016.09')]);
  });

  it('2016.9 to 2016.10, the same month with an earlier day, 至今, two records both in order: no finding', () => {
    expect(periodFindings(C61_PAGES.rangeCell('2016.9', '2016.10'))).toEqual([]);
    expect(periodFindings(C61_PAGES.rangeCell('2016-06-30', '2016-06-01'))).toEqual([]);
    expect(periodFindings(C61_PAGES.rangeCell('2016.09', '至今'))).toEqual([]);
    expect(periodFindings(C61_BODIES['period-two-rows-in-order'])).toEqual([]);
  });
});
