import type { Page } from 'playwright-core';

/**
 * Turns on 密码保护 on an open options page as the user does: 启用密码保护, the passphrase twice,
 * the box saying he knows a forgotten passphrase loses the data, 启用; then waits for the panel
 * to say it is on (the key derivation takes seconds on a loaded machine).
 * @param page options.html, unlocked, protection off. @param passphrase the passphrase to set.
 * @throws (Playwright's timeout) when the panel does not say 已启用 within 15 s.
 */
export async function enablePassphrase(page: Page, passphrase: string): Promise<void> {
  await page.locator('[data-testid="passphrase-start-enable"]').click();
  await page.locator('[data-testid="passphrase-new"]').fill(passphrase);
  await page.locator('[data-testid="passphrase-repeat"]').fill(passphrase);
  await page.locator('[data-testid="passphrase-confirm"]').check();
  await page.locator('[data-testid="passphrase-enable"]').click();
  await page.locator('[data-testid="passphrase-status"][data-state="on"]').waitFor({ timeout: 15_000 });
}
