import { describe, expect, it } from 'vitest';
import { pagesSession } from './pages-suite';
import { applyAutofill, controlStates, expectNoFinding, findings } from './overlay-driver';
import { inOverlay } from './harness';
import { U68_PAGES } from './unseen68-pages';

/**
 * unseen68, in Chromium: a portal copy's 基本信息 asking the 公民身份号码 and the 手机号码 in
 * parts of one cell, and its 年度考核结果 asking each year's result in radios (tests/e2e/unseen68-pages.ts), through the automation contract only, with the
 * sample profile (440106199805120314, 13926001234). The same markup in happy-dom:
 * tests/unit/unseen68/unseen-portal.test.ts.
 */
describe('unseen68: a number typed in parts, a result per year in radios, in Chromium', () => {
  const session = pagesSession(U68_PAGES);
  const postbacks = (tab: Parameters<typeof controlStates>[0]) => tab.evaluate(() => (window as unknown as { postbacks: number }).postbacks);

  it('U68-1 a valid ID number and mobile saved in their parts: no id-number-checksum or mobile-format error, 保存 goes through (main: id-number-checksum error, 公民身份号码应为 18 位，现在是 6 位)', async () => {
    const { tab, frame } = await session.openAt('parts-saved', 'basic-info');
    try {
      await expectNoFinding(frame, 'id-number-checksum');
      await expectNoFinding(frame, 'mobile-format');
      expect((await findings(frame)).filter((f) => f.severity === 'error')).toEqual([]);
      await tab.click('#lbtnSave');
      await expect.poll(() => postbacks(frame)).toBe(1);
      expect(await inOverlay(frame, '[data-testid="zc-presubmit"]').count()).toBe(0);
    } finally {
      await tab.close();
    }
  });

  it('U68-2 the empty form: 用档案填写本页 writes the ID number and the mobile across their boxes, reported filled (main: needs-user), and no error follows', async () => {
    const { tab, frame } = await session.preview('parts-empty', 'basic-info');
    try {
      const report = await applyAutofill(frame);
      expect(report.filter((r) => r.key === 'basic.idNumber' || r.key === 'basic.mobile').map((r) => `${r.key}:${r.result}`)).toEqual(['basic.idNumber:filled', 'basic.mobile:filled']);
      expect(await controlStates(frame, ['sfzh1', 'sfzh2', 'sfzh3', 'sjhm1', 'sjhm2', 'sjhm3'])).toEqual({ sfzh1: '440106', sfzh2: '19980512', sfzh3: '0314', sjhm1: '139', sjhm2: '2600', sjhm3: '1234' });
      await expectNoFinding(frame, 'id-number-checksum');
      await expectNoFinding(frame, 'mobile-format');
    } finally {
      await tab.close();
    }
  });

  it('U68-3 年度考核结果 as a RadioButtonList per year, 合格 ticked for 2021 and 2022: no annual-review-disqualifying finding, 保存 goes through (main read each row’s result as 优秀合格基本合格不合格: 最近一次年度考核为“不合格”)', async () => {
    const { tab, frame } = await session.openAt('annual-results', 'annual-review');
    try {
      await expectNoFinding(frame, 'annual-review-disqualifying');
      await tab.click('#lbtnSave');
      await expect.poll(() => postbacks(frame)).toBe(1);
      expect(await inOverlay(frame, '[data-testid="zc-presubmit"]').count()).toBe(0);
    } finally {
      await tab.close();
    }
  });
});
