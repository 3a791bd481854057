import { describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { pagesSession } from './pages-suite';
import { applyAutofill, checkIdsRead, controlStates, expectFinding, expectNoFinding, findings, typeAndWaitForReading } from './overlay-driver';
import { webForm } from './web-form-pages';
import { C61_BODIES } from './checks61-pages';

/**
 * checks61, in Chromium: record-period-order where it stayed silent (breaker 60) on 入学年份 /
 * 毕业年份 typed as years, the autofill of such boxes and of a form holding two records (tests/e2e/checks61-pages.ts), driven through the
 * automation contract only (`zc-finding`, `zc-field-marker`, `zc-autofill-item`). Pages hand-made,
 * served on loopback; the same pages in happy-dom: tests/unit/checks61/. Sample profile: 学历 1
 * 2016-09-01 to 2020-06-30.
 */

const PAGES = Object.fromEntries(Object.entries(C61_BODIES).map(([path, body]) => [path, webForm(body)]));

/** The panel's record-period-order findings (field and text), once there is one. */
async function periodFindings(frame: Frame): Promise<{ field: string; text: string }[]> {
  await expectFinding(frame, 'record-period-order', 'error');
  return (await findings(frame)).filter((f) => f.checkId === 'record-period-order').map(({ field, text }) => ({ field, text }));
}

/**
 * The id of the page's box nearest the placed marker that says a period is reversed (its title
 * holds the finding's text), or null while no such marker is placed.
 */
function reversedMarkerField(frame: Frame): Promise<string | null> {
  return frame.evaluate(() => {
    const markers = Array.from(document.querySelector('[data-zc-root]')?.shadowRoot?.querySelectorAll<HTMLElement>('[data-testid="zc-field-marker"][data-placed]') ?? []);
    const marker = markers.find((m) => m.title.includes('早于起始时间'));
    if (!marker) return null;
    const m = marker.getBoundingClientRect();
    const gap = (f: DOMRect) => Math.max(0, m.left - f.right, f.left - m.right) + Math.max(0, m.top - f.bottom, f.top - m.bottom);
    const fields = Array.from(document.querySelectorAll<HTMLElement>('input[type=text]'));
    return fields.sort((a, b) => gap(a.getBoundingClientRect()) - gap(b.getBoundingClientRect()))[0]?.id ?? null;
  });
}

describe('checks61: record-period-order on years alone; the autofill of years and of two records, in Chromium', () => {
  const session = pagesSession(PAGES);

  it('C61-2 学历 asking 入学年份 [2020] / 毕业年份 [2016] typed: record-period-order on 毕业年份 (it was silent: no field); typing 2020 there (the same year) takes it away', async () => {
    const { tab, frame } = await session.openAt('period-years', 'education');
    expect(await periodFindings(frame)).toEqual([{ field: 'education.endDate', text: expect.stringContaining('终止时间（2016）早于起始时间（2020）') }]);
    await expect.poll(() => reversedMarkerField(frame)).toBe('txtBYNF');
    await typeAndWaitForReading(frame, () => tab.fill('#txtBYNF', '2020'));
    await expectNoFinding(frame, 'record-period-order');
    await tab.close();
  });

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
