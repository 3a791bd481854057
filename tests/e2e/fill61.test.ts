import { describe, expect, it } from 'vitest';
import { pagesSession } from './pages-suite';
import { applyAutofill, controlStates, expectFinding, expectNoFinding, typeAndWaitForReading } from './overlay-driver';
import { F61_PAGES } from './fill61-pages';

/**
 * Fill 61, in Chromium: autofill and checks on markup the practice portal does not have
 * (tests/e2e/fill61-pages.ts), driven through the automation contract only (sample profile:
 * 学历 1 大学本科; 工作经历 1 社保 paid).
 */
describe('fill 61: autofill and checks on markup the practice portal does not have, in Chromium', () => {
  const session = pagesSession(F61_PAGES);

  it('F61-1 a 学历 list behind the stand-in select2 3.x draws before it: in the preview, written, 大学本科 shown in .select2-chosen (its focus box was read as a field beside the list: 需您处理 on main’s build)', async () => {
    const { tab, frame, rows } = await session.preview('level-select2-3', 'education');
    expect(rows.filter(([key]) => key === 'education.educationLevel').map(([, action]) => action)).toEqual(['fill']);
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.key === 'education.educationLevel').map((r) => r.result)).toEqual(['filled']);
    expect(await controlStates(frame, ['ddlXL'])).toEqual({ ddlXL: '大学本科' });
    expect(await frame.locator('.select2-chosen').textContent()).toBe('大学本科');
    await tab.close();
  });

  it('F61-2 a box 是 ticked in a row labelled 未缴纳社保 is 未缴纳 to the checks, as to the fill: its reason asked (it was read 是, no reason asked); unticked, none', async () => {
    const { tab, frame } = await session.openAt('insurance-unpaid-row-yes-ticked', 'work-experience');
    await expectFinding(frame, 'social-insurance-reason', 'error');
    await typeAndWaitForReading(frame, () => tab.uncheck('#cbWJSB'));
    await expectNoFinding(frame, 'social-insurance-reason');
    await tab.close();
  });

  it('F61-3 radios 是 / 否 under 是否未缴纳社保: 否 chosen for a paid job (it was 是, the opposite answer), no reason asked; 是 chosen reads 未缴纳 to the checks: its reason asked', async () => {
    const { tab, frame } = await session.preview('insurance-unpaid-question-radios', 'work-experience');
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.key === 'workHistory.socialInsurancePaid').map((r) => r.result)).toEqual(['filled']);
    expect(await controlStates(frame, ['rblWJSB_0', 'rblWJSB_1'])).toEqual({ rblWJSB_0: 'false', rblWJSB_1: 'true' });
    await expectNoFinding(frame, 'social-insurance-reason');
    await typeAndWaitForReading(frame, () => tab.check('#rblWJSB_0'));
    await expectFinding(frame, 'social-insurance-reason', 'error');
    await tab.close();
  });

  it('F61-4 a list 是 / 否 under 是否未缴纳社保 (fill 62): 否 chosen for a paid job (it was 是, the opposite answer), no reason asked; 是 chosen reads 未缴纳 to the checks: its reason asked', async () => {
    const { tab, frame } = await session.preview('insurance-unpaid-question-list', 'work-experience');
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.key === 'workHistory.socialInsurancePaid').map((r) => r.result)).toEqual(['filled']);
    expect(await controlStates(frame, ['ddlWJSB'])).toEqual({ ddlWJSB: '否' });
    await expectNoFinding(frame, 'social-insurance-reason');
    await typeAndWaitForReading(frame, () => tab.selectOption('#ddlWJSB', '1'));
    await expectFinding(frame, 'social-insurance-reason', 'error');
    await tab.close();
  });
  it('F62-1 a lone box with no words under 是否未缴纳社保: left unticked for a paid job (it was ticked: 是, 未缴纳), no reason asked; ticked, it reads 未缴纳 to the checks: its reason asked (it read 是, none asked)', async () => {
    const { tab, frame } = await session.preview('insurance-unpaid-question-lone-box', 'work-experience');
    await applyAutofill(frame);
    expect(await controlStates(frame, ['cbWJSB'])).toEqual({ cbWJSB: 'false' });
    await expectNoFinding(frame, 'social-insurance-reason');
    await tab.close();
    const ticked = await session.openAt('insurance-unpaid-question-lone-box-ticked', 'work-experience');
    await expectFinding(ticked.frame, 'social-insurance-reason', 'error');
    await typeAndWaitForReading(ticked.frame, () => ticked.tab.uncheck('#cbWJSB'));
    await expectNoFinding(ticked.frame, 'social-insurance-reason');
    await ticked.tab.close();
  });
});
