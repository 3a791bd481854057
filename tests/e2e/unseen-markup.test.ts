import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, SAMPLE_PROFILE, countOverlays, importProfileFile, launchExtension, waitForStep } from './harness';
import { applyAutofill, findings, startAutofill } from './overlay-driver';
import { UNSEEN_PAGES, type UnseenPage } from './unseen-pages';

/**
 * The built extension on pages built the way the practice portal is not (unseen-pages.ts): the
 * overlay names the right step, shows the findings an applicant needs, and autofill fills what
 * it recognises — choosing code-table options by their meaning — through the automation
 * contract only.
 */

const shots = resolve('artifacts/e2e/unseen');

describe('pages built unlike the practice portal', () => {
  let server: Server;
  let origin: string;
  let browser: ExtensionBrowser;
  let page: Page;
  /** The page under test, whose frames `/frame/<name>` serves. */
  let current: UnseenPage | undefined;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = (req.url ?? '/').slice(1);
      const frame = /^frame\/(menu|form)$/.exec(path);
      const html = frame ? current?.frames?.[frame[1] as 'menu' | 'form'] : UNSEEN_PAGES[Number(path)]?.html;
      res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(html ?? 'not found');
    });
    await mkdir(shots, { recursive: true });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchExtension();
    await importProfileFile(browser, SAMPLE_PROFILE);
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
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
    expect(await countOverlays(page)).toBe(1);
    await page.screenshot({ path: `${shots}/${String(index + 1).padStart(2, '0')}.png` });
    if (!unseen.fills) return;
    const preview = await startAutofill(frame);
    const filled = preview.filter((r) => r.action === 'fill').map((r) => r.key);
    expect(filled).toEqual(expect.arrayContaining(unseen.fills));
    await applyAutofill(frame);
    for (const [selector, text] of Object.entries(unseen.chosen ?? {})) {
      expect(await page.$eval(selector, (s) => (s as HTMLSelectElement).selectedOptions[0]?.text ?? ''), selector).toBe(text);
    }
  });
});
