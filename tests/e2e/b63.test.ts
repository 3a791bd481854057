import { describe, expect, it } from 'vitest';
import { pagesSession } from './pages-suite';
import { applyAutofill, expectFinding, expectNoFinding, typeAndWaitForReading } from './overlay-driver';
import { B63_PAGES } from './b63-pages';
import { waitForContentScripts, waitForStep } from './harness';
import sample from '../fixtures/sample-profile.json';

/**
 * Breaker 63, in Chromium: the record steps an applicant fills many rows of, on markup other
 * portals draw (tests/e2e/b63-pages.ts), driven through the automation contract only (sample
 * profile: 个人小结 271 characters, 工作内容 39).
 */
describe('breaker 63: record steps on markup other portals draw, in Chromium', () => {
  const session = pagesSession(B63_PAGES);

  it.each([['summary-limit-after'], ['summary-limit-below']])('B63-1 %s: a text area whose limit is written after it (（限200字以内）in red), or under it after a line break: the longer 小结 not written but left to the applicant, and one typed over the limit flagged (it was written whole, and never flagged)', async (path) => {
    const { tab, frame, rows } = await session.preview(path, 'awards-summary');
    expect(rows.filter(([key]) => key === 'workSummary').map(([, action]) => action)).toEqual(['needs-user']);
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.key === 'workSummary').map((r) => r.result)).toEqual(['needs-user']);
    expect(await tab.inputValue('#txtXJ')).toBe('');
    await expectNoFinding(frame, 'text-over-limit');
    await typeAndWaitForReading(frame, () => tab.fill('#txtXJ', sample.profile.workSummary));
    await expectFinding(frame, 'text-over-limit', 'error');
    await typeAndWaitForReading(frame, () => tab.fill('#txtXJ', sample.profile.workSummary.slice(0, 200)));
    await expectNoFinding(frame, 'text-over-limit');
    await tab.close();
  });

  it('B63-1 the same for a 工作经历 record’s 工作内容 with 限30字以内 after its box: the 39-character duties left to the applicant, not written', async () => {
    const { tab, frame, rows } = await session.preview('duties-limit-after', 'work-experience');
    expect(rows.filter(([key]) => key === 'workHistory.duties').map(([, action]) => action)).toEqual(['needs-user']);
    await applyAutofill(frame);
    expect(await tab.inputValue('#txtGZNR')).toBe('');
    expect(await tab.inputValue('#txtGZDW')).toBe(sample.profile.workHistory[0]!.employer);
    await tab.close();
  });

  it.each([['work-layui-card'], ['work-bootstrap-panel']])('B63-2 %s: a record form named only by its card’s or panel’s header (工作经历) is that step, and its record filled — 证明人电话 left alone (it was no step: 工作单位 read as 基本信息’s, 起止时间 not filled)', async (path) => {
    const { tab, frame } = await session.preview(path, 'work-experience');
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.result === 'filled').map((r) => r.key).sort()).toEqual(['workHistory.employer', 'workHistory.endDate', 'workHistory.post', 'workHistory.startDate']);
    expect(await tab.inputValue('#startDate')).toBe('2020-07-01');
    expect(await tab.inputValue('#witnessTel')).toBe('');
    await tab.close();
  });

  it.each([
    ['work-layer', 'layui-layer-iframe1'],
    ['work-jqui-dialog', 'dlgFrame'],
  ])('B63-5 %s: a 工作经历 record form with no heading of its own in the frame of a dialog titled 添加工作经历 (a layui layer, a jQuery UI dialog), over the list 工作经历: the title names the frame’s step', async (path, name) => {
    const { tab } = await session.open(path);
    // On the build before the fix: no overlay in the frame (no step: no fill, no checks, no 保存 held back).
    await waitForStep(tab.frame({ name })!, 'work-experience');
    await tab.close();
  });

  it('B63-5’s bound: a 选择单位 chooser in a layer’s frame over the 工作经历 list is no step, and shows no overlay', async () => {
    const { tab } = await session.open('work-layer-chooser');
    const frame = tab.frame({ name: 'layui-layer-iframe1' })!;
    await waitForContentScripts(session.browser, tab, [frame]);
    expect(await frame.locator('[data-zc-root]').count()).toBe(0);
    await tab.close();
  });

  it('B63-5’s control: the same frame with 工作经历 as its own heading is that step', async () => {
    const { tab } = await session.open('work-layer-headed');
    await waitForStep(tab.frame({ name: 'layui-layer-iframe1' })!, 'work-experience');
    await tab.close();
  });
});
