import { describe, expect, it } from 'vitest';
import { pagesSession } from './pages-suite';
import { applyAutofill, controlStates, expectNoFinding } from './overlay-driver';
import { F60_PAGES } from './fill60-pages';

/**
 * Fill 60, in Chromium: autofill on markup the practice portal does not have (tests/e2e/fill60-pages.ts),
 * driven through the automation contract only (sample profile: 学历 1 大学本科; 奖惩情况 无。;
 * 工作经历 1 社保 paid).
 */
describe('fill 60: autofill on markup the practice portal does not have, in Chromium', () => {
  const session = pagesSession(F60_PAGES);

  it.each([
    ['level-chosen', '.chosen-single span'],
    ['level-select2', '.select2-selection__rendered'],
  ])(
    'F60-1 %s: a 学历 list hidden behind the stand-in its library draws is in the preview, written and shown 大学本科 in the stand-in (it was left out of the preview, nothing said)',
    async (path, shown) => {
      const { tab, frame, rows } = await session.preview(path, 'education');
      expect(rows.filter(([key]) => key === 'education.educationLevel').map(([, action]) => action)).toEqual(['fill']);
      const report = await applyAutofill(frame);
      expect(report.filter((r) => r.key === 'education.educationLevel').map((r) => r.result)).toEqual(['filled']);
      expect(await controlStates(frame, ['ddlXL'])).toEqual({ ddlXL: '大学本科' });
      expect(await frame.locator(shown).textContent()).toBe('大学本科');
      await tab.close();
    },
  );

  it('F60-2 a lone box 无 under 有无奖惩: ticked for 奖惩情况 无。, 已填写 (it was no field: neither filled nor checked)', async () => {
    const { tab, frame } = await session.preview('awards-none-box', 'awards-summary');
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.key === 'page.awardsYesNo').map((r) => r.result)).toEqual(['filled']);
    expect(await controlStates(frame, ['cbWJC'])).toEqual({ cbWJC: 'true' });
    await tab.close();
  });

  it('F60-3 a lone box in a row labelled 未缴纳社保: left unticked for a job whose 社保 is paid, 已一致, no reason asked (it was no field)', async () => {
    const { tab, frame } = await session.preview('insurance-unpaid-row', 'work-experience');
    const report = await applyAutofill(frame);
    const row = report.filter((r) => r.key === 'workHistory.socialInsurancePaid');
    expect(row.map((r) => r.result)).toEqual(['skipped']);
    expect(row[0]!.text).toContain('已一致');
    expect(await controlStates(frame, ['cbWJSB'])).toEqual({ cbWJSB: 'false' });
    // The checks read the box as the fill does: unticked it asks no 未缴纳社保原因 (read as a box 是否缴纳社保, "false" would).
    await expectNoFinding(frame, 'social-insurance-reason');
    await tab.close();
  });

  it('F60-3b a box 是 in a row labelled 未缴纳社保 (its 是 is 未缴纳): left unticked for a paid job (breaker 60: it was ticked, the opposite answer)', async () => {
    const { tab, frame } = await session.preview('insurance-unpaid-row-yes', 'work-experience');
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.key === 'workHistory.socialInsurancePaid').map((r) => r.result)).toEqual(['skipped']);
    expect(await controlStates(frame, ['cbWJSB'])).toEqual({ cbWJSB: 'false' });
    await tab.close();
  });

  it('F60-4 radios 是，已缴纳 / 否，未缴纳 under 是否在本单位缴纳社保: 是，已缴纳 chosen for a paid job, 已填写 (it was no field)', async () => {
    const { tab, frame } = await session.preview('insurance-here-radios', 'work-experience');
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.key === 'workHistory.socialInsurancePaid').map((r) => r.result)).toEqual(['filled']);
    expect(await controlStates(frame, ['rblSB_0', 'rblSB_1'])).toEqual({ rblSB_0: 'true', rblSB_1: 'false' });
    await tab.close();
  });
});
