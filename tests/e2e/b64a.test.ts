import { describe, expect, it } from 'vitest';
import { pagesSession } from './pages-suite';
import { applyAutofill, expectFinding, expectNoFinding, typeAndWaitForReading } from './overlay-driver';
import { B64A_PAGES } from './b64a-pages';
import sample from '../fixtures/sample-profile.json';

/**
 * Breaker 64a, in Chromium: the single-form steps (选择申报资格系列, 基本信息, 个人照片, 证书/证明材料,
 * 完成并送审) on markup other Guangdong portals draw (tests/e2e/b64a-pages.ts), driven through the
 * automation contract only, with the sample profile.
 */
describe('breaker 64a: the single-form steps on markup other portals draw, in Chromium', () => {
  const session = pagesSession(B64A_PAGES);
  const application = sample.profile.application;

  it('B64a-1 选择申报资格系列 asking 认定资格名称, 申报评委会 and 认定专业 in lists the page fills 0.4 s after the one before changes: all five chosen in one fill, 已填写; 工程师 chosen then by hand is qualification-level-mismatch (the last three were no fields there: not in the preview, left on 请选择, no level check)', async () => {
    const { tab, frame, rows } = await session.preview('series-cascade', 'select-series');
    const keys = ['application.unitSupervisorType', 'application.qualificationType', 'application.qualificationName', 'application.committee', 'application.specialty'];
    expect(rows.map(([key, action]) => [key, action])).toEqual(keys.map((key) => [key, 'fill']));
    const report = await applyAutofill(frame);
    expect(report.map((r) => [r.key, r.result])).toEqual(keys.map((key) => [key, 'filled']));
    const shown = (id: string) => tab.$eval(`#${id}`, (s) => (s as HTMLSelectElement).selectedOptions[0]?.text ?? '');
    expect(await Promise.all(['ddlDWZGLX', 'ddlRDZGLX', 'ddlRDZGMC', 'ddlSBPWH', 'ddlRDZY'].map(shown))).toEqual([
      application.unitSupervisorType,
      application.qualificationType,
      application.qualificationName,
      application.committee,
      application.specialty,
    ]);
    await expectNoFinding(frame, 'qualification-level-mismatch');
    await typeAndWaitForReading(frame, () => tab.selectOption('#ddlRDZGMC', { label: '工程师' }));
    await expectFinding(frame, 'qualification-level-mismatch', 'error');
    await tab.close();
  });
});
