/**
 * checks61 in happy-dom: record-period-order where it stayed silent (breaker 60) on 入学年份 /
 * 毕业年份 typed as years, and where it was already right, on the pages of tests/e2e/checks61-pages.ts, read the way the content
 * script reads a frame, then checked. The same pages in Chromium: tests/e2e/checks61.test.ts.
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
