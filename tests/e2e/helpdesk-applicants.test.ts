import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openStep } from '../portal/drive';
import { type PortalSession, importProfileFile, openExtensionPage, openPopup, sampleProfileFileWith, startPortalSession, waitForStep } from './harness';
import { A_LABEL, B_LABEL, badgeIn, popupStatuses } from './applicants-driver';

/**
 * A helpdesk browser, several applicants, each with his own profile (breaker 39): progress
 * through the eleven steps, in the popup and on the toolbar badge, is the active profile's
 * applicant's. Applicant A reaches some steps; the active profile is switched to B on the options
 * page (no portal page reports meanwhile): the popup and the badge show B's (none); switched
 * back, A's again.
 */

/** Stops the extension's service worker as the browser does when it is idle (chrome://serviceworker-internals). */
async function stopServiceWorker({ browser }: PortalSession): Promise<void> {
  const internals = await browser.context.newPage();
  await internals.goto('chrome://serviceworker-internals/');
  const registration = internals.locator('.serviceworker-registration', { hasText: `chrome-extension://${browser.extensionId}/` });
  await registration.locator('[data-command="stop"]').click();
  await registration.locator('.serviceworker-running-status').filter({ hasText: 'STOPPED' }).waitFor({ timeout: 10_000 });
  await internals.close();
}

/** Makes the profile labelled `label` the active one on the options page (its list's 设为当前). */
async function activate(options: Page, label: string): Promise<void> {
  await options.locator('[data-testid="profile-item"]', { hasText: label }).locator('[data-testid="profile-select"]').click();
  await options.locator('[data-testid="profile-item"]', { hasText: label }).locator('[data-testid="profile-activate"]').click();
  await options.locator('[data-testid="profile-active"]', { hasText: label }).waitFor();
}

describe('helpdesk: each applicant’s own progress', () => {
  let session: PortalSession;
  let options: Page;

  beforeAll(async () => {
    // A (the sample) is imported by the session; B is imported after it, then A made active again.
    session = await startPortalSession();
    await importProfileFile(session.browser, sampleProfileFileWith((p) => (p.label = B_LABEL)));
    options = await openExtensionPage(session.browser, 'options.html');
    await activate(options, A_LABEL);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('switching the active profile on the options page switches the popup’s steps and the badge; switching back shows the first applicant’s', async () => {
    const { page } = session;
    // A: 获取历史数据 (done on sight) and 基本信息 (seen).
    for (const step of ['fetch-history', 'basic-info']) await waitForStep(await openStep(page, step), step);
    await expect.poll(() => badgeIn(options), { timeout: 10_000 }).toBe('1/11');
    const a = await popupStatuses(session);
    expect(a.statuses[0]).toBe('done');
    expect(a.statuses[1]).not.toBe('todo');

    // A popup left open follows the switch too.
    const open = await openPopup(session.browser);
    expect(await open.locator('[data-testid="zc-progress-step"][data-status="done"]').count()).toBe(1);

    // B made active: nothing of B's was seen; no portal page reports in between. The browser
    // stops an idle service worker: stopped first, as chrome://serviceworker-internals does, the
    // switch must start it again (a BroadcastChannel message alone would not).
    await stopServiceWorker(session);
    await activate(options, B_LABEL);
    await expect.poll(() => badgeIn(options), { timeout: 10_000 }).toBe('');
    const b = await popupStatuses(session);
    expect(b.statuses).toEqual(Array(11).fill('todo'));
    expect(b.owner).toBe(`进度所属档案：${B_LABEL}`);
    await expect.poll(() => open.locator('[data-testid="zc-progress-step"][data-status="done"]').count(), { timeout: 5_000 }).toBe(0);
    expect(await open.locator('[data-testid="zc-progress-owner"]').textContent()).toBe(`进度所属档案：${B_LABEL}`);

    // Back to A: A's steps and badge again.
    await activate(options, A_LABEL);
    await expect.poll(() => badgeIn(options), { timeout: 10_000 }).toBe('1/11');
    const again = await popupStatuses(session);
    expect(again.statuses).toEqual(a.statuses);
    expect(again.owner).toBe(`进度所属档案：${A_LABEL}`);
    await open.close();
  }, 90_000);
});
