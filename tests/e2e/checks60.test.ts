import { describe, expect, it } from 'vitest';
import { pagesSession } from './pages-suite';
import { periodFindings, reversedMarkerField } from './period-order-driver';
import { checkIdsRead, expectNoFinding, typeAndWaitForReading } from './overlay-driver';
import { webForm } from './web-form-pages';
import { C60_BODIES } from './checks60-pages';

/**
 * checks60, in Chromium: a record whose start is after its end (record-period-order) on a 学历
 * form typed in boxes and a 工作经历 form chosen in year and month lists (tests/e2e/checks60-pages.ts),
 * driven through the automation contract only (`zc-finding`, `zc-field-marker`). Pages hand-made,
 * served on loopback; the same pages in happy-dom: tests/unit/checks/checks60.test.ts.
 */

const PAGES = Object.fromEntries(Object.entries(C60_BODIES).map(([path, body]) => [path, webForm(body)]));

describe('checks60: a record whose start is after its end, in Chromium', () => {
  const session = pagesSession(PAGES);

  it('C60-1 学历 typed in 起始时间 [2020.09] / 终止时间 [2016年6月]: record-period-order on the end, in the panel and as its marker; typing 2024.06 takes it away', async () => {
    const { tab, frame } = await session.openAt('education-period-boxes', 'education');
    const [finding, ...more] = await periodFindings(frame);
    expect(more).toEqual([]);
    expect(finding!.field).toBe('education.endDate');
    expect(finding!.text).toContain('终止时间（2016年6月）早于起始时间（2020.09）');
    await expect.poll(() => reversedMarkerField(frame)).toBe('txtZZSJ');
    await typeAndWaitForReading(frame, () => tab.fill('#txtZZSJ', '2024.06'));
    await expectNoFinding(frame, 'record-period-order');
    await tab.close();
  });

  it('C60-2 工作经历 in 起始年 起始月 [2020][09] / 终止年 终止月 [2016][06] lists: record-period-order on the end year list; choosing 至今 there takes it away', async () => {
    const { tab, frame } = await session.openAt('work-period-lists', 'work-experience');
    const [finding, ...more] = await periodFindings(frame);
    expect(more).toEqual([]);
    expect(finding!.field).toBe('workHistory.endDate');
    expect(finding!.text).toContain('终止时间（2016-06）早于起始时间（2020-09）');
    await expect.poll(() => reversedMarkerField(frame)).toBe('ddlZZN');
    await typeAndWaitForReading(frame, () => tab.selectOption('#ddlZZN', '9999'));
    await expectNoFinding(frame, 'record-period-order');
    await tab.close();
  });

  it('C60-3 学历 typed in order, 2012.09 to 201606: no record-period-order; typing 201106 in 终止时间 brings it', async () => {
    const { tab, frame } = await session.openAt('education-period-in-order', 'education');
    expect(await checkIdsRead(frame)).not.toContain('record-period-order');
    await typeAndWaitForReading(frame, () => tab.fill('#txtZZSJ', '201106'));
    expect(await periodFindings(frame)).toEqual([{ field: 'education.endDate', text: expect.stringContaining('终止时间（201106）早于起始时间（2012.09）') }]);
    await tab.close();
  });
});
