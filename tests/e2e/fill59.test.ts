import { describe, expect, it } from 'vitest';
import { pagesSession } from './pages-suite';
import { applyAutofill, controlStates } from './overlay-driver';
import { F59_PAGES } from './fill59-pages';

/**
 * Fill 59, in Chromium: autofill on markup the practice portal does not have (tests/e2e/fill59-pages.ts),
 * driven through the automation contract only (sample profile: 个人专业技术工作小结 of 271
 * characters; 学历 1 大学本科; 工作经历 1 社保 paid).
 */
describe('fill 59: autofill on markup the practice portal does not have, in Chromium', () => {
  const session = pagesSession(F59_PAGES);

  it.each(['summary-below', 'summary-chars', 'summary-nei'])(
    'F59-1 %s: a 小结 limited to 200 characters in the label’s own words gets no 271-character text — 需您处理 saying the limit (it was written whole, 已填写)',
    async (path) => {
      const { tab, frame, rows } = await session.preview(path, 'awards-summary');
      expect(rows.find(([key]) => key === 'workSummary')!.slice(1, 2)).toEqual(['needs-user']);
      const report = await applyAutofill(frame);
      const row = report.find((r) => r.key === 'workSummary')!;
      expect(row.result).toBe('needs-user');
      expect(row.text).toContain('超出最大长度 200 字');
      expect(await controlStates(frame, ['txtXJ'])).toEqual({ txtXJ: '' });
      await tab.close();
    },
  );

  it.each([
    ['level-short', '大学'],
    ['level-bracketed', '大学（本科）'],
  ])('F59-2 %s: the 学历 list’s %s is chosen for 大学本科, 已填写 (it was 需您处理: 页面没有该选项)', async (path, option) => {
    const { tab, frame } = await session.preview(path, 'education');
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.key === 'education.educationLevel').map((r) => r.result)).toEqual(['filled']);
    expect(await controlStates(frame, ['ddlXL'])).toEqual({ ddlXL: option });
    await tab.close();
  });

  it('F59-3 a lone box 未缴纳社会保险 under 社会保险: left unticked for a job whose 社保 is paid, 已一致 (it was ticked, 已填写: the opposite answer)', async () => {
    const { tab, frame } = await session.preview('insurance-unpaid-box', 'work-experience');
    const report = await applyAutofill(frame);
    const row = report.filter((r) => r.key === 'workHistory.socialInsurancePaid');
    expect(row.map((r) => r.result)).toEqual(['skipped']);
    expect(row[0]!.text).toContain('已一致');
    expect(await controlStates(frame, ['cbWJSB'])).toEqual({ cbWJSB: 'false' });
    await tab.close();
  });

  it('F59-4 a 社保缴纳情况 list 缴纳 / 未缴纳: 缴纳 chosen for a paid job, 已填写 (it was 需您处理: 页面没有该选项：是)', async () => {
    const { tab, frame } = await session.preview('insurance-list', 'work-experience');
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.key === 'workHistory.socialInsurancePaid').map((r) => r.result)).toEqual(['filled']);
    expect(await controlStates(frame, ['ddlSB'])).toEqual({ ddlSB: '缴纳' });
    await tab.close();
  });
});
