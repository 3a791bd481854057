import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { chromium, type BrowserContext, type Frame, type Locator, type Page, type Worker } from 'playwright-core';
import { startPortal, type PortalServer } from '../portal/server';
import { chooseSeries, login } from '../portal/drive';

/**
 * The e2e build (`npm run build:e2e`): the production code, content scripts also on loopback.
 * `ZC_OUT_DIR` (also read by wxt.config.ts) points at another build folder than `.output`.
 */
export const E2E_EXTENSION_DIR = resolve(process.env.ZC_OUT_DIR ?? '.output', 'chrome-mv3-e2e');
/** The production build (`npm run build`, run by `npm run test:browser` before the tests). */
export const PRODUCTION_EXTENSION_DIR = resolve(process.env.ZC_OUT_DIR ?? '.output', 'chrome-mv3');

/** Chromium flags for this machine (no network beyond loopback, root, no GPU). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The address bar's suggestion popup, drawn by a web page of Chromium's own
  // (chrome://omnibox-popup.top-chrome) that it loads in a renderer at start and keeps: measured
  // 2026-12-07 on the 2-core machine (3 launches each, load average 16 to 23), launching with the
  // extension took 5.0 s of CPU with it and 3.9 s without, and an idle browser 8 % of a core with
  // it and 1.5 % without. The tests never type into the address bar. Merged with Playwright's
  // own list by tests/e2e/chromium.sh.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];

/** Starts Chromium (CHROMIUM_PATH, default Debian's) with the `--disable-features` lists merged. */
export const CHROMIUM_LAUNCHER = resolve('tests/e2e/chromium.sh');

/**
 * Options for `expect.poll` on a condition another process makes true (an IndexedDB write, another
 * tab's save, a page drawn from stored data): give it up to 10 s, as the harness's own waits do.
 * Vitest's default (1 s, polled every 50 ms) was too short: profiles.test.ts "probe 14a T3, T1" failed
 * once in 10 runs at load average 27 on such a poll. The poll ends as soon as the condition holds.
 */
export const POLL = { timeout: 10_000 } as const;

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** Closes the browser; removes the profile directory unless `keepProfile`. */
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

/**
 * Starts Debian's Chromium with the built extension loaded.
 * @param opts.userDataDir reuse a browser profile directory (to test persistence across restarts).
 * @param opts.headless default true; the demo passes false where a display exists.
 * @param opts.extensionDir default E2E_EXTENSION_DIR.
 * @param opts.language the browser's UI language, which picks the extension's `_locales`
 *   (default `zh_CN`, as on applicants' machines; `en` for the English UI). On Linux Chromium
 *   takes it from `LANGUAGE`, not from `--lang`, and needs the `chromium-l10n` package.
 * @param opts.backForwardCache keep Chromium's back/forward cache on, as in a user's browser
 *   (Playwright switches it off by default).
 * @returns the context and the extension id read from its service worker URL.
 */
export async function launchExtension(
  opts: { userDataDir?: string; headless?: boolean; extensionDir?: string; language?: 'zh_CN' | 'en'; backForwardCache?: boolean } = {},
): Promise<ExtensionBrowser> {
  const userDataDir = opts.userDataDir ?? (await mkdtemp(join(tmpdir(), 'zc-chromium-')));
  const dir = opts.extensionDir ?? E2E_EXTENSION_DIR;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_LAUNCHER,
    headless: opts.headless ?? true,
    locale: opts.language === 'en' ? 'en-US' : 'zh-CN',
    env: { ...process.env, LANGUAGE: opts.language ?? 'zh_CN' },
    viewport: { width: 1280, height: 860 },
    ignoreDefaultArgs: opts.backForwardCache ? ['--disable-back-forward-cache'] : undefined,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    userDataDir,
    async close(closeOpts = {}) {
      await context.close();
      if (!closeOpts.keepProfile && !opts.userDataDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens one of the extension's pages (`options.html`, `popup.html`) in a new tab. Right after a
 * `chrome.runtime.reload()` the old service worker may still be listed while Chromium blocks the
 * extension's pages until the extension is back (`net::ERR_BLOCKED_BY_CLIENT`, or the navigation
 * interrupted by Chromium's error page, chrome-error://chromewebdata/: seen once in CI): tried
 * again then, for up to 15 s. Once the extension is back Chromium reloads a tab it blocked, which
 * interrupts a try under way: after a reload, wait for reloadExtension first.
 * @throws the last navigation error when the page is still blocked after 15 s, or any other one.
 */
export async function openExtensionPage(browser: ExtensionBrowser, page: 'options.html' | 'popup.html'): Promise<Page> {
  const tab = await browser.context.newPage();
  const url = `chrome-extension://${browser.extensionId}/${page}`;
  for (const started = Date.now(); ; await tab.waitForTimeout(250)) {
    try {
      await tab.goto(url);
      return tab;
    } catch (error) {
      if (!/ERR_BLOCKED_BY_CLIENT|chrome-error:\/\/chromewebdata/.test(String(error)) || Date.now() - started > 15_000) throw error;
    }
  }
}

/**
 * Opens the toolbar popup (`popup.html`) in a new tab and waits until its step list has the
 * background's `progress:get` answer (the list is drawn at once, `aria-busy` and every step
 * 未开始 until then: a read before it sees no one's statuses).
 */
export async function openPopup(browser: ExtensionBrowser): Promise<Page> {
  const popup = await openExtensionPage(browser, 'popup.html');
  await popup.locator('[data-testid="zc-progress"][aria-busy="false"]').waitFor();
  return popup;
}

/** The `chrome.tabs` calls openPopupOver makes inside the service worker. */
type TabsApi = {
  chrome: {
    tabs: { query(q: Record<string, never>): Promise<{ url?: string; windowId: number }[]>; create(p: { windowId: number; url: string; active: boolean }): Promise<unknown> };
    runtime: { getURL(path: string): string };
  };
};

/**
 * Opens the toolbar popup (`popup.html`) over `tab`, as a press of the extension's toolbar button
 * does (Playwright cannot press it): `tab` is brought to the front and the popup opened as a
 * background tab of its window, so the popup's `tabs.query({ active: true, currentWindow: true })`
 * finds `tab`, and its 填写本页 / 演示 ask that tab's overlays.
 * @param browser the session's browser. @param tab the page the popup acts on (found by its address).
 * @returns the popup, once its 填写本页 (`zc-popup-autofill`) is drawn and the background's progress
 *   answer is in (the step list no longer `aria-busy`): the owner and progress lines it adds above
 *   the buttons move them, so a click at a box read before it can miss (B29-E6 timed out once so,
 *   CI run 40, waiting for a popup that was never asked to close).
 * @throws when no tab of the browser shows `tab`'s address.
 */
export async function openPopupOver(browser: ExtensionBrowser, tab: Page): Promise<Page> {
  await tab.bringToFront();
  const opened = browser.context.waitForEvent('page', (p) => p.url().endsWith('/popup.html'));
  await (await serviceWorker(browser)).evaluate(async (url) => {
    const { chrome: api } = globalThis as unknown as TabsApi;
    const over = (await api.tabs.query({})).find((t) => t.url === url);
    if (!over) throw new Error(`no tab shows ${url}`);
    await api.tabs.create({ windowId: over.windowId, url: api.runtime.getURL('popup.html'), active: false });
  }, tab.url());
  const popup = await opened;
  await popup.locator('[data-testid="zc-popup-autofill"]').waitFor();
  await popup.locator('[data-testid="zc-progress"][aria-busy="false"]').waitFor();
  return popup;
}

/** The `chrome.scripting` and `chrome.tabs` calls waitForContentScripts makes inside the service worker. */
type ScriptingApi = {
  chrome: {
    tabs: { query(q: Record<string, never>): Promise<{ id?: number; url?: string }[]> };
    scripting: {
      executeScript(injection: { target: { tabId: number; allFrames: boolean }; world: 'ISOLATED'; func: (key: string) => Promise<unknown>; args: [string] }): Promise<{ result?: unknown }[]>;
    };
  };
};

/**
 * Waits until the extension's content script has started in each of `frames` and decided there
 * whether to show an overlay: it claims its frame (lib/content/single-instance.ts, a slot on the
 * extension's isolated world) in the same task as that decision (lib/content/controller.tsx
 * startContentScript; a frame it leaves out is watched for a form drawn later), and mounts the
 * overlay once its settings are read. The positive
 * state before reading that a frame has no overlay: one read before its content script ran (it
 * starts after the frame's load) has none either, so that read could not fail. The claim is read
 * in each frame's isolated world, the content script's (scripting.executeScript).
 * @param browser the session's browser. @param tab the tab (found by its address). @param frames frames of `tab`, by address.
 * @throws (the poll fails) when a frame has no content script after 10 s.
 */
export async function waitForContentScripts(browser: ExtensionBrowser, tab: Page, frames: Frame[]): Promise<void> {
  const wanted = frames.map((f) => f.url());
  const claimed = async () => {
    try {
      return await (await serviceWorker(browser)).evaluate(
        async ({ url, key }) => {
          const { chrome: api } = globalThis as unknown as ScriptingApi;
          const tabId = (await api.tabs.query({})).find((t) => t.url === url)?.id;
          if (tabId === undefined) return [];
          const results = await api.scripting.executeScript({
            target: { tabId, allFrames: true },
            world: 'ISOLATED',
            // The settings are read first, as the content script does before it mounts (its read,
            // asked for at injection, is answered before this one): a frame it decided to show the
            // overlay in holds it by then.
            func: async (slot) => {
              await (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<unknown> } } } }).chrome.storage.local.get('settings');
              return (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(slot)] ? location.href : null;
            },
            args: [key],
          });
          return results.map((r) => r.result).filter((href): href is string => typeof href === 'string');
        },
        { url: tab.url(), key: 'zc:content-script-context' },
      );
    } catch {
      return []; // the worker stopped, or a frame navigated during the injection: asked again
    }
  };
  await expect.poll(async () => { const seen = await claimed(); return wanted.filter((url) => !seen.includes(url)); }, { timeout: 10_000 }).toEqual([]);
}

/** The presenter switches of popup.html and options.html (`presenter-<name>`, lib/settings.ts). */
export type PresenterSwitch = 'largeText' | 'highContrast' | 'maskPersonal';

/**
 * Turns presenter switches on or off in the toolbar popup as a user does, and closes it once the
 * settings are stored: the popup writes them after its click (a read, then a write of
 * `storage.local` `settings`), and a popup closed before that write has changed nothing, so no
 * overlay would ever follow.
 * @param browser the session's browser. @param switches each switch and the state wanted.
 * @throws (the poll fails) when the settings do not hold them within 5 s.
 */
export async function setPresenterSwitches(browser: ExtensionBrowser, switches: Partial<Record<PresenterSwitch, boolean>>): Promise<void> {
  const popup = await openExtensionPage(browser, 'popup.html');
  for (const [name, on] of Object.entries(switches)) await popup.locator(`[data-testid="presenter-${name}"]`).setChecked(on);
  await expect.poll(() => storedPresenterSwitches(popup, Object.keys(switches) as PresenterSwitch[]), { timeout: 5_000 }).toEqual(switches);
  await popup.close();
}

/**
 * The presenter switches as stored (`storage.local` `settings`, lib/settings.ts), read in an
 * extension page. @param extensionPage popup.html or options.html. @param names the switches read.
 * @returns each switch named, true only when stored as true.
 */
export function storedPresenterSwitches(extensionPage: Page, names: PresenterSwitch[]): Promise<Partial<Record<PresenterSwitch, boolean>>> {
  type Local = { chrome: { storage: { local: { get(key: string): Promise<{ settings?: Record<string, unknown> }> } } } };
  return extensionPage.evaluate(async (wanted) => {
    const { settings } = await (globalThis as unknown as Local).chrome.storage.local.get('settings');
    return Object.fromEntries(wanted.map((name) => [name, settings?.[name] === true]));
  }, names);
}

/** `chrome.storage.onChanged` as an extension page sees it (the part countProgressWrites uses). */
type WithStorageEvents = typeof globalThis & {
  chrome: { storage: { onChanged: { addListener(listener: (changes: Record<string, unknown>, area: string) => void): void } } };
  zcProgressWrites?: number;
};

/**
 * Counts the background's writes of the stored progress (`local:progress`,
 * `local:progress.<profile id>`: lib/progress/store.ts) seen by an extension page from now on.
 * Each progress report a page sends is applied and written once, so a write seen after a page's
 * load or a press is the proof that its report reached the background (a fixed wait is none on
 * a loaded machine: the report goes after the overlay's first frame, the worker may be waking).
 * @param extensionPage an open extension page (popup.html, options.html) that stays open.
 */
export async function countProgressWrites(extensionPage: Page): Promise<void> {
  await extensionPage.evaluate(() => {
    const scope = globalThis as WithStorageEvents;
    scope.zcProgressWrites = 0;
    scope.chrome.storage.onChanged.addListener((changes, area) => {
      // `progress.<profile id>`: the active applicant's (lib/progress/store.ts); `progress`: with no profile.
      if (area === 'local' && Object.keys(changes).some((key) => key === 'progress' || key.startsWith('progress.'))) scope.zcProgressWrites = (scope.zcProgressWrites ?? 0) + 1;
    });
  });
}

/**
 * The writes counted by countProgressWrites since it started or was last reset.
 * @param extensionPage the page countProgressWrites was called on. @param reset zero the count after reading it.
 */
export function progressWrites(extensionPage: Page, reset = false): Promise<number> {
  return extensionPage.evaluate((zero) => {
    const scope = globalThis as WithStorageEvents;
    const seen = scope.zcProgressWrites ?? 0;
    if (zero) scope.zcProgressWrites = 0;
    return seen;
  }, reset);
}

/**
 * Waits until the background has applied a progress report of the portal at `origin` made at or
 * after `since`: the application's `updatedAt` in the stored progress (lib/progress/model.ts, the
 * time of the last report applied; any owner's). A page sends its visit report only after the
 * overlay's first frame, and a press its report from the click, to a service worker that may be
 * waking: on a loaded machine they are applied well after the overlay shows the step, so a status
 * read after a fixed wait may still be the one from before. Reports are applied in turn, so the
 * one awaited is in by then too.
 * @param browser the session's browser. @param origin the portal's origin (the application's key).
 * @param since an ISO time (`new Date().toISOString()`) taken before the load or press whose report is awaited.
 * @throws (the poll fails) when none came in 10 s.
 */
export async function waitForProgressReport(browser: ExtensionBrowser, origin: string, since: string): Promise<void> {
  type Stored = { chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } } };
  const latest = async () => {
    try {
      return await (await serviceWorker(browser)).evaluate(async (key) => {
        const stored = await (globalThis as unknown as Stored).chrome.storage.local.get(null);
        return Object.entries(stored)
          .filter(([name]) => name === 'progress' || name.startsWith('progress.'))
          .map(([, state]) => (state as { applications?: Record<string, { updatedAt?: string }> }).applications?.[key]?.updatedAt ?? '')
          .reduce((a, b) => (a > b ? a : b), '');
      }, origin);
    } catch {
      return ''; // the worker stopped between the look-up and the read: asked again
    }
  };
  await expect.poll(latest, { timeout: 10_000 }).toSatisfy((at: string) => at >= since);
}

/** The extension's service worker (the one alive now, waiting for a new one when none is). */
export async function serviceWorker(browser: ExtensionBrowser): Promise<Worker> {
  const alive = browser.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`));
  return alive ?? browser.context.waitForEvent('serviceworker', { timeout: 15_000 });
}

/**
 * Reloads the extension as 重新加载 on chrome://extensions does (`chrome.runtime.reload()` in its
 * service worker) and waits until the reloaded extension is back: its new service worker has
 * started (Chromium starts it to tell it runtime.onInstalled). Until then Chromium blocks the
 * extension's pages (net::ERR_BLOCKED_BY_CLIENT), and once the extension is back it reloads by
 * itself a tab it blocked: a page.goto made in between was interrupted by that navigation to the
 * same page (CI run 62, profiles.test.ts probe 14a R1; reproduced with a tab sent to options.html
 * right after the reload). The old worker may still be listed meanwhile, so serviceWorker() right
 * after the reload is no sign that the extension is back.
 * @param browser the session's browser. @param closing the extension's pages open now: Chromium
 *   closes them with the old extension, and they are waited for too.
 * @returns the reloaded extension's service worker.
 * @throws when a page is not closed or no new worker starts within Playwright's 30 s.
 */
export async function reloadExtension(browser: ExtensionBrowser, closing: Page[] = []): Promise<Worker> {
  return (await startExtensionReload(browser, closing)).back;
}

/**
 * reloadExtension in two parts, for a test that acts on a page while the extension is reloading
 * (types into a page whose content script the reload orphaned): returns as soon as
 * `chrome.runtime.reload()` has been called, with `back`, the wait for the reloaded extension,
 * to be awaited before the test opens an extension page or ends (see reloadExtension for why).
 * @param browser the session's browser. @param closing the extension's pages open now (reloadExtension's).
 * @returns `back`: the reloaded extension's service worker, as reloadExtension returns it; it
 *   rejects as reloadExtension throws (not reported as unhandled before it is awaited).
 */
export async function startExtensionReload(browser: ExtensionBrowser, closing: Page[] = []): Promise<{ back: Promise<Worker> }> {
  const old = await serviceWorker(browser);
  const back = Promise.all([
    browser.context.waitForEvent('serviceworker', { predicate: (w) => w !== old && w.url().startsWith(`chrome-extension://${browser.extensionId}/`) }),
    ...closing.map((page) => page.waitForEvent('close')),
  ]).then(([reloaded]) => reloaded);
  back.catch(() => undefined);
  // The call ends the worker it runs in: its evaluation may fail.
  await old.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
  return { back };
}

/**
 * Turns on chrome://extensions' 开发者模式, as a developer reloading an unpacked extension has
 * it: without it Chromium disables an unpacked extension when it reloads (the old page is
 * orphaned either way, but the next page would get no content script at all).
 */
export async function enableDeveloperMode(browser: ExtensionBrowser): Promise<void> {
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

/**
 * Imports a `zc-profile` file through the options page's contract input and waits until it
 * is the active profile.
 */
export async function importProfileFile(browser: ExtensionBrowser, file: string): Promise<void> {
  // Wait for this file's own label: another profile may already be active, and its label
  // showing says nothing about whether the import has finished.
  const { profile } = JSON.parse(await readFile(file, 'utf8')) as { profile: { label: string } };
  const options = await openExtensionPage(browser, 'options.html');
  await options.locator('[data-testid="profile-import"]').setInputFiles(file);
  await options.locator('[data-testid="profile-active"]', { hasText: profile.label }).waitFor();
  await options.close();
}

/** The overlay's host elements in a frame (the contract's `[data-zc-root]`). */
export function overlayHosts(frame: Frame | Page): Locator {
  return frame.locator('[data-zc-root]');
}

/** A locator inside the overlay of a frame (Playwright CSS pierces the open shadow root). */
export function inOverlay(frame: Frame | Page, selector: string): Locator {
  return frame.locator(`[data-zc-root] ${selector}`);
}

/** Waits until the frame's overlay shows the given step id and returns it. */
export async function waitForStep(frame: Frame | Page, stepId: string): Promise<void> {
  await inOverlay(frame, `[data-testid="zc-step"][data-step-id="${stepId}"]`).waitFor({ timeout: 15_000 });
}

/** Counts overlays across all frames of a page (the contract: exactly one per page). */
export async function countOverlays(page: Page): Promise<number> {
  let total = 0;
  for (const frame of page.frames()) total += await frame.locator('[data-zc-root]').count().catch(() => 0);
  return total;
}

/** The sample applicant (tests/fixtures/sample-profile.json). */
export const SAMPLE_PROFILE = resolve('tests/fixtures/sample-profile.json');

/**
 * The sample profile file with `patch` applied to its profile, written to a temporary file (for a
 * browser test's applicant who differs from the sample in a field or two).
 * @param patch changes the parsed profile in place. @returns the file's path.
 */
export function sampleProfileFileWith(patch: (profile: Record<string, any>) => void): string {
  const file = JSON.parse(readFileSync(SAMPLE_PROFILE, 'utf8'));
  patch(file.profile);
  return tempProfileFile(file);
}

/** The folders tempProfileFile made in this test file's process, until a session's close removes them. */
const tempFolders: string[] = [];

/**
 * A profile file (or any file a browser test imports) written to a temporary folder of its own,
 * removed when the test file's session closes (startPortalSession's, startPagesSession's), so
 * runs leave nothing in the system's temporary directory.
 * @param content the file's JSON content. @returns the file's path.
 */
export function tempProfileFile(content: unknown): string {
  const folder = mkdtempSync(join(tmpdir(), 'zc-profile-'));
  tempFolders.push(folder);
  const path = join(folder, 'profile.zc-profile.json');
  writeFileSync(path, JSON.stringify(content));
  return path;
}

/** Removes the folders tempProfileFile made. */
function removeTempProfileFiles(): void {
  for (const folder of tempFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

export interface PortalSession {
  portal: PortalServer;
  browser: ExtensionBrowser;
  /** Logged in, on the frameset after choosing the 初级 series. */
  page: Page;
  /** Every dialog the page raised (`type:message`); each was dismissed, so nothing is ever sent by a confirm(). */
  dialogs: string[];
  close(): Promise<void>;
}

/**
 * The usual start of a browser test: the practice portal, Chromium with the extension, the
 * sample applicant imported as the active profile, a page logged in and past 选择申报资格系列
 * (初级). Dialogs (送审's confirm) are dismissed and recorded.
 * @param opts.profileFile the profile file to import (default SAMPLE_PROFILE).
 * @param opts.extensionDir the build to load (launchExtension's; tests/e2e/message-tap.ts tappedExtensionDir).
 */
export async function startPortalSession(opts: { profileFile?: string; extensionDir?: string } = {}): Promise<PortalSession> {
  const portal = await startPortal();
  const browser = await launchExtension({ extensionDir: opts.extensionDir });
  const page = await browser.context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}:${d.message()}`);
    void d.dismiss();
  });
  // The import (in an options tab) and the login (no step shown yet) side by side: about 3 s
  // each on CI. The series after both, so the frameset's first step is read with the profile in.
  await Promise.all([importProfileFile(browser, opts.profileFile ?? SAMPLE_PROFILE), login(page, portal)]);
  await chooseSeries(page, '初级');
  return {
    portal,
    browser,
    page,
    dialogs,
    async close() {
      await browser.close();
      await portal.close();
      removeTempProfileFiles();
    },
  };
}

/** A loopback server of hand-made pages (see servePages). */
export interface PageServer {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves hand-made HTML pages on a free loopback port (the e2e build's content scripts run there).
 * @param pageAt the page for a request path without its leading `/` (`"3"`, `"p1"`, `"frame/menu"`);
 *   undefined answers 404.
 * @returns the server's origin and a close function.
 */
export async function servePages(pageAt: (path: string) => string | undefined): Promise<PageServer> {
  const server = createServer((req, res) => {
    const html = pageAt((req.url ?? '/').slice(1));
    res.writeHead(html === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Chromium with the extension over a server of hand-made pages (see startPagesSession). */
export interface PagesSession {
  server: PageServer;
  browser: ExtensionBrowser;
  /** Opens the server's page at `path` (no leading `/`) in a new tab; `frame` is the tab's main frame. */
  open(path: string): Promise<{ tab: Page; frame: Frame }>;
  /** Closes the browser, then the server. */
  close(): Promise<void>;
}

/**
 * The usual start of a browser test on hand-made pages: the pages served on loopback
 * (servePages), Chromium with the extension, and the sample applicant imported as the active
 * profile. What was started is closed again when a later part fails.
 * @param pageAt the page for a request path, as for servePages.
 * @param opts.profileFile the profile file to import (default SAMPLE_PROFILE; null imports none).
 * @param opts.extensionDir the build to load (launchExtension's; tests/e2e/message-tap.ts tappedExtensionDir).
 */
export async function startPagesSession(pageAt: (path: string) => string | undefined, opts: { profileFile?: string | null; extensionDir?: string } = {}): Promise<PagesSession> {
  const server = await servePages(pageAt);
  let browser: ExtensionBrowser | undefined;
  try {
    browser = await launchExtension({ extensionDir: opts.extensionDir });
    if (opts.profileFile !== null) await importProfileFile(browser, opts.profileFile ?? SAMPLE_PROFILE);
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
  const started = browser;
  return {
    server,
    browser: started,
    async open(path) {
      const tab = await started.context.newPage();
      await tab.goto(`${server.origin}/${path}`);
      return { tab, frame: tab.mainFrame() };
    },
    async close() {
      await started.close();
      await server.close();
      removeTempProfileFiles();
    },
  };
}
