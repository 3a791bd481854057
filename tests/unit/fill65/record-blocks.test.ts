/**
 * fill65 item 5, in happy-dom: a 学历 form of one block per record, each asking its period in one
 * laydate range box. A block the server already filled with a record's period is that record's
 * (已一致), and the records no block holds go to the other blocks in order — by position alone, a
 * first block holding record 2 was offered record 1 behind 覆盖 (written over record 2's block when
 * ticked) and the empty block after it got record 2 again. Pages: tests/e2e/fill64-pages.ts
 * schoolBlocks, tests/e2e/fill65-pages.ts (in Chromium: tests/e2e/fill-markup.test.ts, fill 65).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { installLocale } from '../i18n-fake';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { withLaydateFormats } from '../../../lib/fill/laydate';
import { sampleProfile } from '../fill/page-markup';
import { loadPage, planned } from '../fill64/pages';
import { F64_BUILDERS } from '../../e2e/fill64-pages';
import { F65_PAGES } from '../../e2e/fill65-pages';

const [REC1, REC2] = sampleProfile.education as [(typeof sampleProfile.education)[number], (typeof sampleProfile.education)[number]];
/** A third record, a secondary school's. */
const REC3 = { ...REC2, seq: 3, school: '广州市第六中学', startDate: '2010-09-01', endDate: '2013-06-30', educationLevel: '高中' };
const P1 = '2016-09-01 - 2020-06-30';
const P2 = '2013-09-01 - 2016-06-30';
const P3 = '2010-09-01 - 2013-06-30';

/** The period rows of a blocks page planned with a three-record profile: `id outcome value`. */
function threeRecords(periods: [string, string, string]): string[] {
  loadPage(F64_BUILDERS.schoolBlocks(periods.map((p, i) => [[REC1, REC2, REC3][i]!.school, p] as const)));
  const snapshot = withLaydateFormats(document, collectSnapshot(document));
  const profile = { ...sampleProfile, education: [REC1, REC2, REC3] };
  return planFill(snapshot, recognizeFields(snapshot, 'education'), profile, 'education').items.map((i) => `${snapshot.controls[i.control]!.id} ${i.outcome} ${i.value}`);
}

describe('fill65 item 5: records go to the blocks holding their data, new ones to the empty blocks', () => {
  beforeEach(() => installLocale());

  it('record 2 saved in the first block: it stays (已一致), record 1 goes to the empty second block', () => {
    expect(planned(F65_PAGES['blocks-saved-out-of-order']!).rows).toEqual([`qzsj1 education.startDate same ${P2}`, `qzsj2 education.startDate will-fill ${P1}`]);
  });

  it('records 1 and 3 saved in the first two blocks: both 已一致, record 2 into the third', () => {
    expect(threeRecords([P1, P3, ''])).toEqual([`qzsj1 same ${P1}`, `qzsj2 same ${P3}`, `qzsj3 will-fill ${P2}`]);
  });

  it('empty blocks get the records in order (as on main); a block holding no record’s period is offered the next record left behind 覆盖', () => {
    expect(threeRecords(['', '', ''])).toEqual([`qzsj1 will-fill ${P1}`, `qzsj2 will-fill ${P2}`, `qzsj3 will-fill ${P3}`]);
    expect(threeRecords(['', P2, ''])).toEqual([`qzsj1 will-fill ${P1}`, `qzsj2 same ${P2}`, `qzsj3 will-fill ${P3}`]);
    expect(threeRecords(['2000-09-01 - 2003-06-30', P1, ''])).toEqual([`qzsj1 conflict ${P2}`, `qzsj2 same ${P1}`, `qzsj3 will-fill ${P3}`]);
  });
});
