/**
 * 重新检查 checks the page against the active profile as stored now (breaker 39): a profile
 * imported in the options page while the portal is open — next year's, or the right applicant's —
 * is the one the checks read, not the one the page opened with. It re-evaluated the page alone,
 * and the old profile's 提醒 (已取得专业技术资格：技术员) stayed.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openStep } from '../portal/drive';
import { importProfileFile, inOverlay, sampleProfileFileWith, startPortalSession, waitForStep, type PortalSession } from './harness';
import { expectFinding, expectNoFinding, waitForProfile } from './overlay-driver';

describe('重新检查 after another profile is imported in the options page', () => {
  let session: PortalSession;

  beforeAll(async () => {
    session = await startPortalSession();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('reads the profile now active: the old one’s eligibility 提醒 goes', async () => {
    const { page, browser } = session;
    const frame = await openStep(page, 'basic-info');
    await waitForStep(frame, 'basic-info');
    await waitForProfile(frame);
    // The sample applicant already holds 技术员: the estimate doubts the 初次 route.
    await expectFinding(frame, 'eligibility', 'warning');

    const noPriorTitle = sampleProfileFileWith((p) => {
      p.label = '李明远（无职称）';
      p.qualificationHistory = [];
    });
    await importProfileFile(browser, noPriorTitle);
    await page.bringToFront();
    await inOverlay(frame, 'button').filter({ hasText: '重新检查' }).click();
    await expectNoFinding(frame, 'eligibility');
  });
});
