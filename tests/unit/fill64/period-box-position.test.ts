/**
 * fill64 items 4 and 5, in happy-dom: a 学历 form holding two records in fieldset blocks, each
 * asking its period in one laydate range box (`range: true`, laydate's "2016-09-01 - 2020-06-30"),
 * planned on the per-record path (lib/fill/plan.ts periodBoxContext): the k-th box is the k-th
 * record's on the page, from the record the form is given, whether or not the boxes before it are
 * filled — unless a box already shows a record's period: that box is the record's (已一致) and the
 * others take the records left, in order (fill65 item 5, which replaced item 4's decision that a
 * box's place alone said whose period it held: a first block the server filled with record 2 was
 * offered record 1 behind 覆盖, and the empty block after it got record 2 again). A box showing no
 * record's period is still a conflict behind 覆盖, never written over unasked. Pages: tests/e2e/fill64-pages.ts (the same in Chromium:
 * tests/e2e/fill-markup.test.ts, fill 64).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installLocale } from '../i18n-fake';
import { collectSnapshot } from '../../../lib/page/collect';
import { evaluatePage } from '../../../lib/content/evaluate';
import { NO_HINTS } from '../../../lib/portal/recognize-step';
import { F64_BUILDERS, F64_PAGES } from '../../e2e/fill64-pages';
import { loadPage, planned } from './pages';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The record-period-order findings of a whole page, with no profile. */
function periodFindings(html: string): string[] {
  loadPage(html);
  const { findings } = evaluatePage(collectSnapshot(document, window), { profile: null, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS });
  return findings.filter((f) => f.checkId === 'record-period-order').map((f) => `${f.field}: ${f.message}`);
}

const RECORD_1 = '2016-09-01 - 2020-06-30';
const RECORD_2 = '2013-09-01 - 2016-06-30';

describe('fill64 items 4 and 5: one laydate range box per record', () => {
  beforeEach(() => installLocale());

  it('item 5: each box gets its record’s whole period as laydate joins it', () => {
    expect(planned(F64_PAGES['range-blocks-empty']!)).toEqual({ step: 'education', rows: [`qzsj1 education.startDate will-fill ${RECORD_1}`, `qzsj2 education.startDate will-fill ${RECORD_2}`] });
  });

  it('item 5: the checks accept what the fill writes, and read a box typed backwards', () => {
    expect(periodFindings(F64_BUILDERS.rangeBlocks(RECORD_1, RECORD_2))).toEqual([]);
    expect(periodFindings(F64_BUILDERS.rangeBlocks(RECORD_1, '2016-06-30 - 2013-09-01'))).toEqual([expect.stringMatching(/^education\.endDate: 终止时间（2013-09-01）早于起始时间（2016-06-30）/)]);
  });

  it('item 4: the first box empty, the second showing record 2’s period — the first gets record 1’s, the second is 已一致 (record 2’s by its place)', () => {
    expect(planned(F64_BUILDERS.rangeBlocks('', RECORD_2)).rows).toEqual([`qzsj1 education.startDate will-fill ${RECORD_1}`, `qzsj2 education.startDate same ${RECORD_2}`]);
  });

  it('item 4, as fill65 item 5 decides: the first box empty, the second showing record 1’s period — the second is record 1’s (已一致), the first gets record 2’s, none twice', () => {
    const { rows } = planned(F64_BUILDERS.rangeBlocks('', RECORD_1));
    expect(rows).toEqual([`qzsj1 education.startDate will-fill ${RECORD_2}`, `qzsj2 education.startDate same ${RECORD_1}`]);
  });

  it('item 4: the first box showing record 1’s period, the second empty — the second gets record 2’s', () => {
    expect(planned(F64_BUILDERS.rangeBlocks(RECORD_1, '')).rows).toEqual([`qzsj1 education.startDate same ${RECORD_1}`, `qzsj2 education.startDate will-fill ${RECORD_2}`]);
  });
});
