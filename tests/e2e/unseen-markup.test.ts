import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, type PageServer, SAMPLE_PROFILE, countOverlays, importProfileFile, launchExtension, servePages, waitForStep } from './harness';
import { applyAutofill, findings, startAutofill, tickOverwrite } from './overlay-driver';
import { UNSEEN_PAGES, type UnseenPage } from './unseen-pages';

/**
 * The built extension on pages built the way the practice portal is not (unseen-pages.ts): the
 * overlay names the right step, shows the findings an applicant needs, and autofill fills what
 * it recognises — choosing code-table options by their meaning — through the automation
 * contract only.
 */

const shots = resolve('artifacts/e2e/unseen');

describe('pages built unlike the practice portal', () => {
  let server: PageServer;
  let origin: string;
  let browser: ExtensionBrowser;
  let page: Page;
  /** The page under test, whose frames `/frame/<name>` serves. */
  let current: UnseenPage | undefined;

  beforeAll(async () => {
    server = await servePages((path) => {
      const frame = /^frame\/(menu|form)$/.exec(path);
      return frame ? current?.frames?.[frame[1] as 'menu' | 'form'] : UNSEEN_PAGES[Number(path)]?.html;
    });
    origin = server.origin;
    await mkdir(shots, { recursive: true });
    browser = await launchExtension();
    await importProfileFile(browser, SAMPLE_PROFILE);
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(UNSEEN_PAGES.map((unseen, index) => [unseen.name, index] as const))('%s', async (_name, index) => {
    const unseen = UNSEEN_PAGES[index]!;
    current = unseen;
    await page.goto(`${origin}/${index}`);
    const frame = unseen.frames ? page.frame({ name: 'mainFrame' })! : page.mainFrame();
    await waitForStep(frame, unseen.step);
    await expect.poll(async () => (await findings(frame)).map((f) => f.checkId), { timeout: 5_000 }).toEqual(expect.arrayContaining(unseen.findings));
    // One overlay in all, in the form's frame: the menu frame is left alone.
    await page.waitForTimeout(500);
    for (const checkId of unseen.absent ?? []) expect((await findings(frame)).map((f) => f.checkId)).not.toContain(checkId);
    expect(await countOverlays(page)).toBe(1);
    await page.screenshot({ path: `${shots}/${String(index + 1).padStart(2, '0')}.png` });
    if (!unseen.fills) return;
    const preview = await startAutofill(frame);
    const filled = preview.filter((r) => r.action === 'fill').map((r) => r.key);
    expect(filled).toEqual(expect.arrayContaining(unseen.fills));
    for (const key of unseen.leftAlone?.keys ?? []) expect(preview.find((r) => r.key === key), key).toMatchObject({ action: 'needs-user', overwrite: false });
    // Every 覆盖 the preview offers ticked: what must be left alone still is.
    for (const row of preview) if (row.overwrite) await tickOverwrite(frame, row.key);
    await applyAutofill(frame);
    for (const [selector, value] of Object.entries(unseen.leftAlone?.values ?? {})) {
      expect(await page.$eval(selector, (input) => (input as HTMLInputElement).value), selector).toBe(value);
    }
    for (const [selector, text] of Object.entries(unseen.chosen ?? {})) {
      expect(await page.$eval(selector, (s) => (s as HTMLSelectElement).selectedOptions[0]?.text ?? ''), selector).toBe(text);
    }
  });
});
