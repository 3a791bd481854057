import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importProfileFile, launchExtension, openExtensionPage, SAMPLE_PROFILE, sampleProfileFileWith, type ExtensionBrowser } from './harness';
import { A_LABEL, B_LABEL } from './applicants-driver';

// At a helpdesk: 申请人乙's profile, the active one, is deleted while 申请人甲's remains. The
// extension makes 甲's active (the oldest left), and the options page now says so: the next
// portal page fills and checks from 甲's profile.

describe('deleting the active profile on the options page, in Chromium', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchExtension();
    await importProfileFile(browser, SAMPLE_PROFILE); // 甲
    await importProfileFile(browser, sampleProfileFileWith((p) => (p.label = B_LABEL))); // 乙, active
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('names the profile that became active, beside 撤销', async () => {
    const options = await openExtensionPage(browser, 'options.html');
    await options.locator('[data-testid="profile-active"]', { hasText: B_LABEL }).waitFor();
    const b = options.locator('[data-testid="profile-item"]', { hasText: B_LABEL });
    await b.locator('[data-testid="profile-select"]').click();
    await b.locator('[data-testid="profile-delete"]').click();

    const banner = options.locator('[data-testid="profile-deleted"]');
    await expect.poll(() => banner.locator('[data-testid="profile-now-active"]').textContent()).toBe(`当前档案已改为“${A_LABEL}”：网页上的填写和检查从现在起用它。`);
    expect(await banner.textContent()).toContain(`已删除“${B_LABEL}”。`);
    expect(await options.locator('[data-testid="profile-active"]').textContent()).toBe(A_LABEL);
    await banner.screenshot({ path: 'artifacts/options/delete-active.png' });
    await options.close();
  });
});
