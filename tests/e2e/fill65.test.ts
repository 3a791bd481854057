import { describe, expect, it } from 'vitest';
import { pagesSession } from './pages-suite';
import { applyAutofill, controlStates, expectNoFinding } from './overlay-driver';
import { F65_PAGES } from './fill65-pages';

/**
 * fill65, in Chromium: fill and recognition on forms drawn as other portals draw them
 * (tests/e2e/fill65-pages.ts), driven through the automation contract only (`zc-autofill-item`).
 * Sample profile: 年度考核 1 2021 合格; 学历 1 2016-09-01 to 2020-06-30; 工作经历 1 2020-07-01 to 至今.
 * The same pages in happy-dom: tests/unit/fill65/.
 */
describe('fill65: fill and recognition on other portals’ markup, in Chromium', () => {
  const session = pagesSession(F65_PAGES);

  it.each([
    ['hint-layui-year-aux', 'annual-review', 'annualReviews.year', 'khnd', '2021年度'],
    ['hint-layui-date-aux', 'work-experience', 'workHistory.startDate', 'kssj', '2020年07月'],
    ['hint-bootstrap-input-group', 'education', 'education.startDate', 'txtKssj', '2016.09'],
    ['hint-bootstrap4-small', 'work-experience', 'workHistory.startDate', 'txtKssj', '2020-07'],
  ])('item 1 %s: the hint written after the box’s wrapper gives the form (%s %s → %s: %s), 已填写 (main wrote 2021 / 2016-09-01 / 2020-07-01)', async (path, step, key, id, value) => {
    const { tab, frame } = await session.preview(path, step);
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.key === key).map((r) => r.result)).toEqual(['filled']);
    expect(await controlStates(frame, [id])).toEqual({ [id]: value });
    await tab.close();
  });

  it('item 1 kept: the next row’s label is no hint of the box before it: 2020-07-01', async () => {
    const { tab, frame } = await session.preview('hint-next-row-kept', 'work-experience');
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.key === 'workHistory.startDate').map((r) => r.result)).toEqual(['filled']);
    expect(await controlStates(frame, ['kssj'])).toEqual({ kssj: '2020-07-01' });
    await tab.close();
  });

  it('item 5: record 2 saved in the first block: that block is 已一致, record 1 goes into the empty second block (main wrote record 2 there again, record 1 nowhere)', async () => {
    const { tab, frame } = await session.preview('blocks-saved-out-of-order', 'education');
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.text.includes('起止时间')).map((r) => r.result)).toEqual(['skipped', 'filled']);
    expect(await controlStates(frame, ['qzsj1', 'qzsj2'])).toEqual({ qzsj1: '2013-09-01 - 2016-06-30', qzsj2: '2016-09-01 - 2020-06-30' });
    await expectNoFinding(frame, 'record-period-order');
    await tab.close();
  });
});
