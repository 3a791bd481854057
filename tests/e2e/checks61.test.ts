import { describe, expect, it } from 'vitest';
import { pagesSession } from './pages-suite';
import { periodFindings, reversedMarkerField } from './period-order-driver';
import { applyAutofill, checkIdsRead, controlStates, expectNoFinding, typeAndWaitForReading } from './overlay-driver';
import { webForm } from './web-form-pages';
import { C61_BODIES } from './checks61-pages';

/**
 * checks61, in Chromium: record-period-order where it stayed silent (breaker 60) — a period typed
 * backwards in one 起止时间 box, 入学年份 / 毕业年份 typed as years, a form holding two records — and
 * the autofill of 入学年份 / 毕业年份 boxes (tests/e2e/checks61-pages.ts), driven through the
 * automation contract only (`zc-finding`, `zc-field-marker`, `zc-autofill-item`). Pages hand-made,
 * served on loopback; the same pages in happy-dom: tests/unit/checks61/. Sample profile: 学历 1
 * 2016-09-01 to 2020-06-30.
 */

const PAGES = Object.fromEntries(Object.entries(C61_BODIES).map(([path, body]) => [path, webForm(body)]));

describe('checks61: record-period-order on one period box, years alone and two records, in Chromium', () => {
  const session = pagesSession(PAGES);

  it('C61-1 学历 with one box 起止时间 [2016.09-2012.06]: record-period-order on the end, its marker at the box (it was silent: the box ties start and end); typing 2012.09-2016.06 takes it away', async () => {
    const { tab, frame } = await session.openAt('period-one-box', 'education');
    expect(await periodFindings(frame)).toEqual([{ field: 'education.endDate', text: expect.stringContaining('终止时间（2012.06）早于起始时间（2016.09）') }]);
    await expect.poll(() => reversedMarkerField(frame)).toBe('txtQZSJ');
    await typeAndWaitForReading(frame, () => tab.fill('#txtQZSJ', '2012.09-2016.06'));
    await expectNoFinding(frame, 'record-period-order');
    await tab.close();
  });

  it('C61-2 学历 asking 入学年份 [2020] / 毕业年份 [2016] typed: record-period-order on 毕业年份 (it was silent: no field); typing 2020 there (the same year) takes it away', async () => {
    const { tab, frame } = await session.openAt('period-years', 'education');
    expect(await periodFindings(frame)).toEqual([{ field: 'education.endDate', text: expect.stringContaining('终止时间（2016）早于起始时间（2020）') }]);
    await expect.poll(() => reversedMarkerField(frame)).toBe('txtBYNF');
    await typeAndWaitForReading(frame, () => tab.fill('#txtBYNF', '2020'));
    await expectNoFinding(frame, 'record-period-order');
    await tab.close();
  });

  it.each(['period-two-rows', 'period-two-blocks'])(
    'C61-3 %s: two records on one 学历 form, the second 2020.09 to 2016.06: one record-period-order, on the second end (it was silent: the boxes tie); typing 2024.06 takes it away',
    async (path) => {
      const { tab, frame } = await session.openAt(path, 'education');
      expect(await periodFindings(frame)).toEqual([{ field: 'education.endDate', text: expect.stringContaining('终止时间（2016.06）早于起始时间（2020.09）') }]);
      await expect.poll(() => reversedMarkerField(frame)).toBe('txtZZSJ2');
      await typeAndWaitForReading(frame, () => tab.fill('#txtZZSJ2', '2024.06'));
      await expectNoFinding(frame, 'record-period-order');
      await tab.close();
    },
  );

  it('C61-4 autofill of empty 入学年份 / 毕业年份 boxes (maxlength 4): 2016 and 2020, 已填写 (they were no fields, and read as dates 2016-09-01, too long for the box)', async () => {
    const { tab, frame } = await session.preview('period-years-empty', 'education');
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.key === 'education.startDate' || r.key === 'education.endDate').map((r) => [r.key, r.result])).toEqual([
      ['education.startDate', 'filled'],
      ['education.endDate', 'filled'],
    ]);
    expect(await controlStates(frame, ['txtRXNF', 'txtBYNF'])).toEqual({ txtRXNF: '2016', txtBYNF: '2020' });
    await tab.close();
  });

  it('C61-5 autofill of an empty form holding two records (a table’s two rows): nothing written, each date box 需您处理 (no multi-record fill)', async () => {
    const { tab, frame } = await session.preview('period-two-rows-empty', 'education');
    const report = await applyAutofill(frame);
    expect(report.filter((r) => /Date$/.test(r.key) || /起始时间|终止时间/.test(r.text)).map((r) => r.result)).toEqual(['needs-user', 'needs-user', 'needs-user', 'needs-user']);
    expect(await controlStates(frame, ['txtQSSJ1', 'txtZZSJ1', 'txtQSSJ2', 'txtZZSJ2'])).toEqual({ txtQSSJ1: '', txtZZSJ1: '', txtQSSJ2: '', txtZZSJ2: '' });
    await tab.close();
  });

  it.each(['period-end-first', 'period-range-cell', 'period-two-rows-in-order'])('C61-6 %s, in order: no record-period-order', async (path) => {
    const { tab, frame } = await session.openAt(path, 'education');
    expect(await checkIdsRead(frame)).not.toContain('record-period-order');
    await tab.close();
  });
});
