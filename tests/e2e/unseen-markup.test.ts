import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, SAMPLE_PROFILE, importProfileFile, launchExtension, waitForStep } from './harness';
import { applyAutofill, findings, startAutofill } from './overlay-driver';
import { UNSEEN_PAGES } from './unseen-pages';

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

  beforeAll(async () => {
    server = createServer((req, res) => {
      const unseen = UNSEEN_PAGES[Number((req.url ?? '/').slice(1))];
      res.writeHead(unseen ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(unseen?.html ?? 'not found');
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
    await page.goto(`${origin}/${index}`);
    await waitForStep(page, unseen.step);
    await expect.poll(async () => (await findings(page.mainFrame())).map((f) => f.checkId), { timeout: 5_000 }).toEqual(expect.arrayContaining(unseen.findings));
    await page.screenshot({ path: `${shots}/${String(index + 1).padStart(2, '0')}.png` });
    if (!unseen.fills) return;
    const preview = await startAutofill(page.mainFrame());
    const filled = preview.filter((r) => r.action === 'fill').map((r) => r.key);
    expect(filled).toEqual(expect.arrayContaining(unseen.fills));
    await applyAutofill(page.mainFrame());
    for (const [selector, text] of Object.entries(unseen.chosen ?? {})) {
      expect(await page.$eval(selector, (s) => (s as HTMLSelectElement).selectedOptions[0]?.text ?? ''), selector).toBe(text);
    }
  });
});
