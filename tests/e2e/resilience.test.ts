import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Frame, Page, Worker } from 'playwright-core';
import { startPortal, type PortalServer } from '../portal/server';
import { chooseSeries, contentFrame, login, openStep } from '../portal/drive';
import { controlId, pageOf } from '../portal/pages';
import { countOverlays, importProfileFile, inOverlay, launchExtension, openExtensionPage, waitForStep, type ExtensionBrowser } from './harness';
import { findings, waitForProfile } from './overlay-driver';

/**
 * Issue 9, failure handling, proven in Chromium with the e2e build: the extension reloaded
 * under an open portal page (orphaned content script), the service worker stopped and
 * restarted, two portal tabs reporting progress at once, and a page whose DOM never stops
 * changing. (IndexedDB unavailable is proven by tests/unit/options/passphrase.test.tsx.)
 */

const SAMPLE = resolve('tests/fixtures/sample-profile.json');
const BASIC = pageOf('basic-info');
const NAME_BOX = `#${controlId(BASIC, 'txtXM')}`;
const SAVE_NEXT = `#${controlId(BASIC, BASIC.buttons.next)}`;

/** The few extension APIs called inside the service worker or an extension page. */
interface ExtensionApi {
  runtime: { reload(): void };
  action: { getBadgeText(details: Record<string, never>): Promise<string> };
  storage: { onChanged: { addListener(listener: (changes: Record<string, unknown>, area: string) => void): void } };
}
type WithChrome = typeof globalThis & { chrome: ExtensionApi };

/** The extension's service worker (the one alive now, waiting for a new one when none is). */
async function serviceWorker(browser: ExtensionBrowser): Promise<Worker> {
  const alive = browser.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`));
  return alive ?? browser.context.waitForEvent('serviceworker', { timeout: 15_000 });
}

/**
 * Turns on chrome://extensions' 开发者模式, as a developer reloading an unpacked extension has
 * it: without it Chromium disables an unpacked extension when it reloads (the old page is
 * orphaned either way, but the next page would get no content script at all).
 */
async function enableDeveloperMode(browser: ExtensionBrowser): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const api = (globalThis as unknown as { chrome: { developerPrivate: { updateProfileConfiguration(c: { inDeveloperMode: boolean }, cb: () => void): void } } }).chrome;
        api.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, done);
      }),
  );
  await page.close();
}

/** Logs a fresh tab into the portal and opens the frameset (选择申报资格系列 → 初级). */
async function portalTab(browser: ExtensionBrowser, portal: PortalServer): Promise<Page> {
  const page = await browser.context.newPage();
  await login(page, portal);
  await chooseSeries(page, '初级');
  return page;
}

describe('orphaned content script: the extension reloaded under an open portal page', () => {
  let portal: PortalServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    portal = await startPortal();
    browser = await launchExtension();
    await importProfileFile(browser, SAMPLE);
    await enableDeveloperMode(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('shows the reconnect note, keeps the typed input, stops intercepting 保存, throws nothing into the page', async () => {
    const page = await portalTab(browser, portal);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const frame = await openStep(page, 'basic-info');
    await waitForStep(frame, 'basic-info');
    await waitForProfile(frame);
    await frame.locator(NAME_BOX).fill('王小红');

    // Alive: 保存并下一步 on an incomplete page is held back by the pre-submit dialog.
    const savesBefore = portal.saves().length;
    await frame.click(SAVE_NEXT);
    await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 5_000 });
    expect(portal.saves().length).toBe(savesBefore);
    await inOverlay(frame, '[data-testid="zc-presubmit-cancel"]').click();

    const worker = await serviceWorker(browser);
    // Chromium does not inject the reloaded extension's content scripts into open pages.
    await worker.evaluate(() => (globalThis as WithChrome).chrome.runtime.reload()).catch(() => undefined);
    // The user goes on typing at once, before the old script's 2 s poll notices anything: the
    // re-check that typing schedules runs into the dead extension.
    const name = frame.locator(NAME_BOX);
    await name.press('End');
    await name.pressSequentially('丽');

    const notice = inOverlay(frame, '[data-testid="zc-disconnected"]');
    await notice.waitFor({ timeout: 5_000 });
    expect(await notice.textContent()).toContain('刷新本页');
    expect(await countOverlays(page)).toBe(1);
    // The old script's UI is gone apart from the note: no findings, no autofill, no markers.
    expect(await inOverlay(frame, '[data-testid="zc-autofill"]').count()).toBe(0);
    expect(await inOverlay(frame, '[data-testid="zc-finding"]').count()).toBe(0);
    expect(await inOverlay(frame, '[data-testid="zc-field-marker"]').count()).toBe(0);
    expect(await name.inputValue()).toBe('王小红丽');

    // Nothing of ours holds the portal's 保存 back any more: the page's own submit posts.
    const navigated = page.waitForEvent('framenavigated', (f) => f === frame);
    await frame.click(SAVE_NEXT);
    await navigated;
    await frame.waitForLoadState('load');
    expect(portal.saves().length).toBe(savesBefore + 1);
    expect(portal.saves().at(-1)?.page).toMatch(/JBXX\.aspx$/i);
    expect(pageErrors).toEqual([]);

    // The page the portal sent back gets the reloaded extension's content script, profile included.
    await waitForProfile(contentFrame(page));
    await waitForStep(contentFrame(page), 'basic-info');
    expect(await inOverlay(contentFrame(page), '[data-testid="zc-disconnected"]').count()).toBe(0);
    expect(await countOverlays(page)).toBe(1);
  });
});
