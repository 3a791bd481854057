import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { launchExtension, openExtensionPage, type ExtensionBrowser } from './harness';

// The options page in real Chromium: import the sample profile through the contract's input,
// restart the browser on the same profile directory, and find the data still there.
const require = createRequire(import.meta.url);
const SAMPLE = resolve('tests/fixtures/sample-profile.json');
const shots = resolve('artifacts/options');

/** Pixel width of the decoded photo preview (0 until the stored Blob has loaded as an image). */
function photoWidth(page: Page): Promise<number> {
  return page.locator('[data-testid="photo-preview"]').evaluate((img) => (img as HTMLImageElement).naturalWidth);
}

describe('profiles on the options page (Chromium)', () => {
  let userDataDir: string;
  let browser: ExtensionBrowser | undefined;
  let label: string;
  let name: string;

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    userDataDir = await mkdtemp(join(tmpdir(), 'zc-profiles-e2e-'));
    const doc = JSON.parse(await readFile(SAMPLE, 'utf8')) as { profile: { label: string; basic: { name: string } } };
    label = doc.profile.label;
    name = doc.profile.basic.name;
  });

  afterAll(async () => {
    await browser?.close();
    await rm(userDataDir, { recursive: true, force: true });
  });

  it('imports the sample profile through [data-testid="profile-import"] and makes it active', async () => {
    browser = await launchExtension({ userDataDir });
    const page = await openExtensionPage(browser, 'options.html');
    await page.locator('[data-testid="profile-list-empty"]').waitFor();
    await page.locator('[data-testid="profile-import"]').setInputFiles(SAMPLE);
    await expect.poll(() => page.locator('[data-testid="profile-active"]').textContent()).toBe(label);
    expect(await page.locator('[data-field="basic.name"]').inputValue()).toBe(name);
    await expect.poll(() => photoWidth(page)).toBeGreaterThan(0);
    await page.screenshot({ path: `${shots}/options-imported.png`, fullPage: false });

    // A refused file lists its bad paths and changes nothing.
    const bad = join(userDataDir, 'bad-profile.json');
    const doc = JSON.parse(await readFile(SAMPLE, 'utf8'));
    doc.profile.education[0].endDate = '2015/06/30';
    doc.format = 'zc-profil';
    await writeFile(bad, JSON.stringify(doc));
    await page.locator('[data-testid="profile-import"]').setInputFiles(bad);
    const errors = page.locator('[data-testid="profile-import-error"] li');
    await expect.poll(() => errors.allTextContents()).toEqual([
      'format: 应为 "zc-profile"',
      'education[0].endDate: 日期格式应为 YYYY-MM-DD 或 YYYY-MM',
    ]);
    expect(await page.locator('[data-testid="profile-item"]').count()).toBe(1);
    await page.screenshot({ path: `${shots}/options-refused.png` });
    await browser.close({ keepProfile: true });
    browser = undefined;
  });

  it('still has the profile after the browser restarts on the same profile directory', async () => {
    browser = await launchExtension({ userDataDir });
    const page = await openExtensionPage(browser, 'options.html');
    await expect.poll(() => page.locator('[data-testid="profile-active"]').textContent()).toBe(label);
    expect(await page.locator('[data-testid="profile-item"]').count()).toBe(1);
    expect(await page.locator('[data-field="basic.name"]').inputValue()).toBe(name);
    await expect.poll(() => photoWidth(page)).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="storage-vanished"]').count()).toBe(0);
    await page.locator('[data-testid="storage-persist"]').filter({ hasText: /\S/ }).waitFor();
    await page.setViewportSize({ width: 1280, height: 2400 });
    await page.locator('text=全部展开').click();
    await page.screenshot({ path: `${shots}/options-after-restart-full.png`, fullPage: true });
  });

  it('has no serious accessibility violations (axe-core) with every section open', async () => {
    browser ??= await launchExtension({ userDataDir });
    const page = await openExtensionPage(browser, 'options.html');
    await expect.poll(() => page.locator('[data-testid="profile-active"]').textContent()).toBe(label);
    await page.locator('text=全部展开').click();
    // Evaluated through the debugger protocol, so the extension page's CSP does not apply.
    await page.evaluate(await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: unknown[] }> }> } }).axe;
      const result = await axe.run(document);
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });
});
