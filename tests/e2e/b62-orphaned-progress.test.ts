import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openStep } from '../portal/drive';
import { type PortalSession, importProfileFile, openExtensionPage, sampleProfileFileWith, startPortalSession, waitForStep } from './harness';
import { A_LABEL, B_LABEL, badgeIn, popupStatuses } from './applicants-driver';

/**
 * Breaker 62 finding 2, in the built extension: at a helpdesk, 申请人甲's profile — the only one — is
 * deleted on the options page while his portal tab is still open, and the tab goes on (a step
 * opened). With no profile left, that is kept owner-less; then 申请人乙's file is imported, and 乙
 * used to adopt it: his popup and badge showed 甲's steps done. Now 乙 starts with nothing.
 */

describe('a deleted applicant’s open portal tab does not give his steps to the next applicant (breaker 62)', () => {
  let session: PortalSession;
  let options: Page;

  beforeAll(async () => {
    session = await startPortalSession(); // 甲 (the sample) imported: the only profile, active
    options = await openExtensionPage(session.browser, 'options.html');
    await options.locator('[data-testid="profile-active"]', { hasText: A_LABEL }).waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('乙, imported after 甲 was deleted and 甲’s tab went on, starts with every step 未开始', async () => {
    const { page } = session;
    for (const step of ['fetch-history', 'basic-info']) await waitForStep(await openStep(page, step), step);
    await expect.poll(() => badgeIn(options), { timeout: 10_000 }).toBe('1/11');

    // 甲 done: his profile deleted (the options page forgets his progress with it).
    await options.locator('[data-testid="profile-item"]', { hasText: A_LABEL }).locator('[data-testid="profile-select"]').click();
    await options.locator('[data-testid="profile-item"]', { hasText: A_LABEL }).locator('[data-testid="profile-delete"]').click();
    await options.locator('[data-testid="profile-list-empty"]').waitFor();

    // His tab, still open, goes on: 基本信息 again, then 获取历史数据 (done on sight; last, as a page
    // quiet after its load: a report of it arriving after the import would count for 乙, as any
    // portal page's report counts for the profile active when it arrives).
    for (const step of ['basic-info', 'fetch-history']) await waitForStep(await openStep(page, step), step);
    const meanwhile = await popupStatuses(session);
    expect(meanwhile.owner).toBeNull();
    expect(meanwhile.statuses[0]).toBe('done');

    // 乙 sits down: his file imported (his profile the active one).
    await importProfileFile(session.browser, sampleProfileFileWith((p) => (p.label = B_LABEL)));
    const b = await popupStatuses(session);
    expect(b.owner).toBe(`进度所属档案：${B_LABEL}`);
    expect(b.statuses).toEqual(Array(11).fill('todo'));
  }, 120_000);
});
