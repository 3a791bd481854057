import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, openExtensionPage, SAMPLE_PROFILE, type ExtensionBrowser } from './harness';

// Breaker 39: the options page by keyboard alone, in Chromium. The file inputs behind 导入档案文件,
// 恢复备份 and 选择照片 are 1-pixel boxes clipped out of sight, their focus outline with them; and
// the list's buttons (重命名, 删除) went away under the focus, leaving it on the page.

/** The focused element's test id (or tag), in the page. */
function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? 'none');
}

/**
 * Presses Tab until `testId` has the focus (at most 60 times), from the profile's entry, or from
 * the summary of the editor's section holding it (opened first: 个人照片 may be folded).
 */
async function tabTo(page: Page, testId: string): Promise<void> {
  const section = page.locator('[data-testid="profile-section"]', { has: page.locator(`[data-testid="${testId}"]`) });
  if ((await section.count()) > 0) {
    await section.evaluate((details) => ((details as HTMLDetailsElement).open = true));
    await section.locator('summary').focus();
  } else {
    await page.locator('[data-testid="profile-select"]').first().focus();
  }
  for (let i = 0; i < 60 && (await focusedId(page)) !== testId; i++) await page.keyboard.press('Tab');
  expect(await focusedId(page)).toBe(testId);
}

/** The outline drawn around the element that shows a file input: its label. */
function labelOutline(page: Page, testId: string): Promise<string> {
  return page.locator(`[data-testid="${testId}"]`).evaluate((input) => {
    const label = input.closest('label') ?? document.querySelector(`label[for="${input.id}"]`);
    const style = getComputedStyle(label!);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
}

describe('the options page by keyboard (breaker 39, Chromium)', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchExtension();
    page = await openExtensionPage(browser, 'options.html');
    await page.locator('[data-testid="profile-list-empty"]').waitFor();
    await page.locator('[data-testid="profile-import"]').setInputFiles(SAMPLE_PROFILE);
    await page.locator('[data-testid="profile-active"]').filter({ hasText: /./ }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the keyboard focus on 导入档案文件, 恢复备份 and 选择照片', async () => {
    for (const testId of ['profile-import', 'backup-import', 'photo-input']) {
      await tabTo(page, testId);
      expect({ testId, outline: await labelOutline(page, testId) }).toEqual({ testId, outline: 'solid 2px' });
    }
    await page.screenshot({ path: 'artifacts/options/b39-photo-input-focus.png' });
  });

  it('↑ pressed twice with Enter takes a record two places up (the focus goes with it)', async () => {
    const table = page.locator('[data-testid="record-table"][data-section="education"]');
    await table.evaluate((el) => ((el.closest('details') as HTMLDetailsElement).open = true));
    await table.locator('[data-testid="record-add"]').click();
    await table.locator('[data-field="education[2].school"]').fill('某某研究生院');
    const schools = () => table.locator('[data-field$=".school"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    await table.locator('[data-testid="record-up"]').nth(2).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(schools).toEqual(['某某研究生院', '华南理工大学', '广东环境保护工程职业学院']);
    await page.locator('[data-testid="profile-discard"]').click();
  });

  it('重命名 by keyboard: the name box takes the focus, Enter renames, the focus is back on the profile; 删除 leaves it on 撤销', async () => {
    await tabTo(page, 'profile-rename');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('profile-rename-input');
    await page.keyboard.type('2025 申报');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="profile-item-label"]', { hasText: /^2025 申报$/ }).waitFor();
    await expect.poll(() => focusedId(page)).toBe('profile-select');

    await tabTo(page, 'profile-delete');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="profile-list-empty"]').waitFor();
    await expect.poll(() => focusedId(page)).toBe('profile-undo');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="profile-item-label"]', { hasText: /^2025 申报$/ }).waitFor();
    await expect.poll(() => focusedId(page)).toBe('profile-select');
  });
});
