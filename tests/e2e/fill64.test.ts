import { describe, expect, it } from 'vitest';
import { pagesSession } from './pages-suite';
import { applyAutofill, controlStates, expectNoFinding } from './overlay-driver';
import { periodFindings } from './period-order-driver';
import { F64_PAGES } from './fill64-pages';

/**
 * fill64, in Chromium: record steps drawn as other portals draw them (layui, Bootstrap, WebForms
 * DetailsView and form tables, fieldset blocks: tests/e2e/fill64-pages.ts), driven through the
 * automation contract only (`zc-autofill-item`, `zc-finding`). Sample profile: 年度考核 1 2021
 * 合格; 论文 1 本人排名 1; 学历 1 2016-09-01 to 2020-06-30, 学历 2 2013-09-01 to 2016-06-30; 工作经历 1
 * 2020-07-01 to 至今. The same pages in happy-dom: tests/unit/fill64/.
 */
describe('fill64: record steps’ boxes in the form the page asks, in Chromium', () => {
  const session = pagesSession(F64_PAGES);

  it.each([
    ['review-year-layui-placeholder', 'khnd'],
    ['review-year-bootstrap-help', 'txtKhnd'],
  ])('F64-1 %s: a 考核年度 box whose hint shows 例：2021年度 gets 2021年度, 已填写 (main wrote 2021)', async (path, id) => {
    const { tab, frame } = await session.preview(path, 'annual-review');
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.key === 'annualReviews.year').map((r) => r.result)).toEqual(['filled']);
    expect(await controlStates(frame, [id])).toEqual({ [id]: '2021年度' });
    await tab.close();
  });

  it('F64-1 kept: a 考核年度 box with 年度 printed after it (a DetailsView’s [    ]年度) gets the bare year, 2021', async () => {
    const { tab, frame } = await session.preview('review-year-detailsview-unit', 'annual-review');
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.key === 'annualReviews.year').map((r) => r.result)).toEqual(['filled']);
    expect(await controlStates(frame, ['ctl00_ContentPlaceHolder1_dvRecord_txtKHND'])).toEqual({ ctl00_ContentPlaceHolder1_dvRecord_txtKHND: '2021' });
    await tab.close();
  });

  it.each([
    ['rank-of-total-bootstrap', 'txtBrpm'],
    ['rank-of-total-layui-label', 'zzpm'],
  ])('F64-2 %s: a 本人排名 box asking 名次/总人数 (如：1/5) is 需您处理, saying the profile keeps the rank alone; nothing written (main wrote 1)', async (path, id) => {
    const { tab, frame } = await session.preview(path, 'publications');
    const report = await applyAutofill(frame);
    const rank = report.filter((r) => r.key === 'publications.authorRank');
    expect(rank.map((r) => r.result)).toEqual(['needs-user']);
    expect(rank[0]!.text).toContain('页面要求填写“名次/总人数”');
    expect(rank[0]!.text).toContain('档案只有名次');
    expect(report.filter((r) => r.key === 'publications.title').map((r) => r.result)).toEqual(['filled']);
    expect(await controlStates(frame, [id])).toEqual({ [id]: '' });
    await tab.close();
  });

  it('F64-2 kept: a 本人排名 box asking the rank alone gets 1', async () => {
    const { tab, frame } = await session.preview('rank-plain-bootstrap', 'publications');
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.key === 'publications.authorRank').map((r) => r.result)).toEqual(['filled']);
    expect(await controlStates(frame, ['txtBrpm'])).toEqual({ txtBrpm: '1' });
    await tab.close();
  });

  it.each([
    ['period-years-fieldset', 'education', ['ksnf', 'jsnf'], ['2016', '2020']],
    ['period-years-work-bootstrap', 'work-experience', ['ddlKsnf', 'ddlJsnf'], ['2020', '至今']],
    ['period-years-boxes-webform', 'education', ['txtKSNF', 'txtJSNF'], ['2016', '2020']],
  ])('F64-3 %s: 起止年份 asked by the years alone gets the record’s start and end years (至今 from the list offering it), both 已填写 (main left the start unfilled)', async (path, step, ids, years) => {
    const { tab, frame } = await session.preview(path, step);
    const report = await applyAutofill(frame);
    const section = step === 'education' ? 'education' : 'workHistory';
    expect(report.filter((r) => r.key === `${section}.startDate` || r.key === `${section}.endDate`).map((r) => [r.key, r.result])).toEqual([
      [`${section}.startDate`, 'filled'],
      [`${section}.endDate`, 'filled'],
    ]);
    expect(await controlStates(frame, ids)).toEqual({ [ids[0]!]: years[0], [ids[1]!]: years[1] });
    await expectNoFinding(frame, 'record-period-order');
    await tab.close();
  });

  it('F64-5 one laydate range box per record (fieldset blocks): each gets its record’s whole period as laydate writes it, 2016-09-01 - 2020-06-30 and 2013-09-01 - 2016-06-30, 已填写, and the checks find nothing in them', async () => {
    const { tab, frame } = await session.preview('range-blocks-empty', 'education');
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.text.includes('起止时间')).map((r) => r.result)).toEqual(['filled', 'filled']);
    expect(await controlStates(frame, ['qzsj1', 'qzsj2'])).toEqual({ qzsj1: '2016-09-01 - 2020-06-30', qzsj2: '2013-09-01 - 2016-06-30' });
    await expectNoFinding(frame, 'record-period-order');
    await tab.close();
  });

  it('F64-5 the checks read those boxes: the second record typed backwards is record-period-order at its box', async () => {
    const { tab, frame } = await session.openAt('range-blocks-second-backwards', 'education');
    expect(await periodFindings(frame)).toEqual([{ field: 'education.endDate', text: expect.stringContaining('终止时间（2013-09-01）早于起始时间（2016-06-30）') }]);
    await tab.close();
  });

  it('F64-4 the first record’s box empty, the second’s showing record 2’s period: the first gets record 1’s, the second is left as it is (record 2’s by its place, 已一致), not given record 1’s', async () => {
    const { tab, frame } = await session.preview('range-blocks-first-empty', 'education');
    const report = await applyAutofill(frame);
    const period = report.filter((r) => r.text.includes('起止时间'));
    expect(period.map((r) => r.result)).toEqual(['filled', 'skipped']);
    expect(period[1]!.text).toContain('已一致');
    expect(await controlStates(frame, ['qzsj1', 'qzsj2'])).toEqual({ qzsj1: '2016-09-01 - 2020-06-30', qzsj2: '2013-09-01 - 2016-06-30' });
    await expectNoFinding(frame, 'record-period-order');
    await tab.close();
  });
});
