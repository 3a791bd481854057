import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { contentFrame, openStep } from '../portal/drive';
import { controlId, pageOf } from '../portal/pages';
import { APPLICATION_STEPS } from '../../lib/portal/steps';
import { countOverlays, countProgressWrites, enableDeveloperMode, inOverlay, openExtensionPage, openPopup, progressWrites, serviceWorker, startExtensionReload, startPagesSession, startPortalSession, waitForStep, type ExtensionBrowser, type PagesSession, type PortalSession } from './harness';
import { basicInfo } from './marker-layouts';
import { expectFinding, findings, waitForProfile } from './overlay-driver';

/**
 * Issue 9, failure handling, proven in Chromium with the e2e build: the extension reloaded
 * under an open portal page (orphaned content script), the service worker stopped and
 * restarted, two portal tabs reporting progress at once, a page whose DOM never stops
 * changing, and a large page changing a class in a loop. (IndexedDB unavailable is proven by tests/unit/options/passphrase.test.tsx.)
 */

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

describe('orphaned content script: the extension reloaded under an open portal page', () => {
  let session: PortalSession;

  beforeAll(async () => {
    session = await startPortalSession();
    await enableDeveloperMode(session.browser);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows the reconnect note, keeps the typed input, stops intercepting 保存, throws nothing into the page', async () => {
    const { page, portal, browser } = session;
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

    // Chromium does not inject the reloaded extension's content scripts into open pages.
    const { back } = await startExtensionReload(browser);
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
    // Chromium resets the toolbar badge with the extension; the reloaded one shows the stored
    // progress again before any portal page reports (基本信息 seen with problems: none done).
    // Opened once the reloaded extension is back: a tab opened before may be blocked, and the
    // reload of it Chromium makes then interrupts the page's load (harness reloadExtension).
    await back;
    const popup = await openExtensionPage(browser, 'popup.html');
    await expect.poll(() => popup.evaluate(() => (globalThis as WithChrome).chrome.action.getBadgeText({})), { timeout: 5_000 }).toBe('0/11');
    await popup.close();

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

// Two tabs, the mutation storm and the refused on-demand.js share one portal session (a
// browser's start, the profile's import and the login cost seconds of CI each: about 8 s here,
// measured 2026-12-06). The two tabs first, as their first test needs every step still todo on
// a session nothing has reported on; then the storm, on a page opened anew (the progress the
// tabs recorded plays no part in 基本信息's findings or in how often it is re-read); the refusal,
// which breaks the worker's script injection for the rest of the session, last. Each test opens
// its own pages and closes the tabs it opened.
describe('one portal session: two tabs, a page whose DOM never stops changing, then on-demand.js refused', () => {
  let session: PortalSession;

  beforeAll(async () => {
    session = await startPortalSession();
  });

  afterAll(async () => {
    await session?.close();
  });

  describe('two tabs of one portal session', () => {
    it('each tab shows its own step and overlay; the visits of both tabs are all recorded', async () => {
      const { page: first, browser } = session;
      // The second tab: the same frameset opened again (same session cookie), as with Ctrl+click.
      const second = await browser.context.newPage();
      await second.goto(first.url());
      const steps = APPLICATION_STEPS.map((s) => s.id);
      const [left, right] = [steps.slice(0, 6), steps.slice(6)];
      expect(Object.values(await popupStatuses(browser)).every((s) => s === 'todo')).toBe(true);

      // In lockstep: both tabs open a step at the same moment, so their reports reach the
      // background together and must be applied one after the other, none lost.
      for (let i = 0; i < left.length; i++) {
        const pairs: [Page, string][] = [[first, left[i]!]];
        if (right[i]) pairs.push([second, right[i]!]);
        await Promise.all(pairs.map(async ([tab, step]) => waitForStep(await openStep(tab, step), step)));
      }
      await waitForStep(contentFrame(first), left.at(-1)!);
      await waitForStep(contentFrame(second), right.at(-1)!);
      expect(await countOverlays(first)).toBe(1);
      expect(await countOverlays(second)).toBe(1);

      const statuses = await popupStatuses(browser);
      expect(Object.keys(statuses)).toEqual(steps);
      expect(Object.entries(statuses).filter(([, s]) => s === 'todo')).toEqual([]);
      await second.close();
    });

    it('reports arriving truly at once (two pages, every step) are applied one after the other', async () => {
      // Page loads in two tabs rarely overlap to the millisecond; two extension pages sending
      // all their reports without waiting do, which is what the background's queue is for.
      const key = 'http://two-tabs.invalid';
      const senders = [await openExtensionPage(session.browser, 'popup.html'), await openExtensionPage(session.browser, 'popup.html')];
      const steps = APPLICATION_STEPS.map((s) => s.id);
      await Promise.all(
        senders.map((sender, n) =>
          sender.evaluate(
            ({ key, steps }) => {
              const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
              const at = new Date().toISOString();
              return Promise.all(steps.map((step) => chrome.runtime.sendMessage({ type: 'progress:report', event: { key, step, kind: 'visit', errors: [], at } })));
            },
            { key, steps: steps.filter((_, i) => i % 2 === n) },
          ),
        ),
      );
      const stored = await senders[0]!.evaluate((key) => {
        const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ applications: Record<string, { steps: Record<string, unknown> }> }> } } };
        return chrome.runtime.sendMessage({ type: 'progress:get' }).then((state) => Object.keys(state.applications[key]?.steps ?? {}));
      }, key);
      expect(stored.sort()).toEqual([...steps].sort());
      for (const sender of senders) await sender.close();
    });
  });

  describe('a page whose DOM never stops changing', () => {
    it('is re-read about once a second under a 20 ms mutation storm, and the overlay still follows the page', async () => {
      const frame = await openStep(session.page, 'basic-info');
      await waitForStep(frame, 'basic-info');
      await waitForProfile(frame);
      const mobile = `#${controlId(BASIC, 'txtSJHM')}`;

      // Page script: every 20 ms for 5 s a clock's text is replaced and a table row comes or goes;
      // half-way it sets 手机号码 to a 10-digit number without any input event (as a page script
      // would), so only the re-read the mutations cause can notice it.
      const stormMs = 5_000;
      const startedAt = await frame.evaluate(
        ({ stormMs, mobile }) => {
          const scope = window as Window & { zcStorm?: { running: boolean; ticks: number } };
          const state = { running: true, ticks: 0 };
          scope.zcStorm = state;
          const clock = document.createElement('div');
          const table = document.createElement('table');
          const row = table.insertRow();
          row.insertCell().textContent = '在线人数';
          document.body.append(clock, table);
          const box = document.querySelector<HTMLInputElement>(mobile);
          const started = performance.now();
          const timer = setInterval(() => {
            state.ticks++;
            clock.textContent = `服务器时间 ${new Date().toISOString()}`;
            if (row.isConnected) row.remove();
            else table.append(row);
            const elapsed = performance.now() - started;
            if (box && elapsed >= stormMs / 2 && box.value !== '1380013800') box.value = '1380013800';
            if (elapsed >= stormMs) {
              clearInterval(timer);
              state.running = false;
            }
          }, 20);
          return started;
        },
        { stormMs, mobile },
      );

      await expectFinding(frame, 'mobile-format', 'error', stormMs);
      // Seen while the storm was still going: re-reading was not starved by it.
      expect(await frame.evaluate(() => (window as Window & { zcStorm?: { running: boolean } }).zcStorm?.running)).toBe(true);
      await expect.poll(() => frame.evaluate(() => (window as Window & { zcStorm?: { running: boolean } }).zcStorm?.running), { timeout: stormMs + 2_000 }).toBe(false);

      // The content script marks each read-and-evaluate with the user-timing measure `zc:evaluate`
      // (lib/content/controller.tsx), which the page's own performance timeline shows.
      const storm = await frame.evaluate(
        ({ startedAt, stormMs }) => {
          const during = performance.getEntriesByName('zc:evaluate').filter((e) => e.startTime >= startedAt && e.startTime <= startedAt + stormMs);
          const ticks = (window as Window & { zcStorm?: { ticks: number } }).zcStorm?.ticks ?? 0;
          return { evaluations: during.length, busyMs: during.reduce((sum, e) => sum + e.duration, 0), ticks };
        },
        { startedAt, stormMs },
      );
      // About 250 mutation bursts; re-read at most once per MAX_WAIT_MS (1 s) plus the odd quiet-period one.
      expect(storm.ticks).toBeGreaterThan(100);
      expect(storm.evaluations).toBeGreaterThanOrEqual(2);
      expect(storm.evaluations).toBeLessThanOrEqual(stormMs / 1_000 + 3);
      // Bounded work: re-reading took less than a fifth of the storm's time.
      expect(storm.busyMs).toBeLessThan(stormMs / 5);
    });
  });

  describe('pre-submit dialog that cannot be loaded (on-demand.js refused by the browser)', () => {
    it('holds 保存并下一步 once, says why no dialog came, and lets the next press through', async () => {
      const { page, portal, browser } = session;
      // The background's injection of on-demand.js fails, as it does for a frame the extension
      // may no longer script. Before the page opens: on 基本信息 with a profile, on-demand.js is
      // asked for without a press, for the eligibility estimate's warning (a late check,
      // lib/checks/late-checks.ts), which fails quietly here.
      const worker = await serviceWorker(browser);
      await worker.evaluate(() => {
        const api = (globalThis as unknown as { chrome: { scripting: { executeScript: () => Promise<never> } } }).chrome;
        api.scripting.executeScript = () => Promise.reject(new Error('Cannot access contents of the page'));
      });
      const frame = await openStep(page, 'basic-info');
      await waitForStep(frame, 'basic-info');
      await waitForProfile(frame);

      const savesBefore = portal.saves().length;
      await frame.click(SAVE_NEXT);
      const notice = inOverlay(frame, '.zc-notice');
      await expect.poll(() => notice.textContent(), { timeout: 5_000 }).toContain('无法加载此功能');
      expect(await inOverlay(frame, '[data-testid="zc-presubmit"]').count()).toBe(0);
      expect(portal.saves().length).toBe(savesBefore);

      // Not trapped: the next press is the portal's own.
      const navigated = page.waitForEvent('framenavigated', (f) => f === frame);
      await frame.click(SAVE_NEXT);
      await navigated;
      expect(portal.saves().length).toBe(savesBefore + 1);
    });
  });
});

/** Polls `read` until it returns the same value for one second; returns that value. */
async function settled<T>(read: () => Promise<T>): Promise<T> {
  let last = JSON.stringify(await read());
  let same = 0;
  while (same < 4) {
    await new Promise((done) => setTimeout(done, 250));
    const now = JSON.stringify(await read());
    same = now === last ? same + 1 : 0;
    last = now;
  }
  return JSON.parse(last) as T;
}

/** The popup's step statuses, by step id, as a freshly opened popup shows them. */
async function popupStatuses(browser: ExtensionBrowser): Promise<Record<string, string>> {
  // The list renders before the background answers (every step todo): read after its answer,
  // once settled (a report still on its way may change it).
  const popup = await openPopup(browser);
  const items = popup.locator('[data-testid="zc-progress"] [data-testid="zc-progress-step"]');
  expect(await items.count()).toBe(11);
  const statuses = await settled(() =>
    items.evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-step-id') ?? '', e.getAttribute('data-status') ?? '']))),
  );
  await popup.close();
  return statuses;
}

describe('service worker stopped by the browser and started again by the next message', () => {
  let session: PortalSession;

  beforeAll(async () => {
    session = await startPortalSession();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('one overlay, the same findings, each progress event written once, statuses and badge still right', async () => {
    const { page, browser } = session;
    const frame = contentFrame(page);
    // An extension page that outlives the worker: it counts the worker's progress writes and
    // reads the toolbar badge.
    const observer = await openExtensionPage(browser, 'popup.html');
    await countProgressWrites(observer);
    const badge = () => observer.evaluate(() => (globalThis as WithChrome).chrome.action.getBadgeText({}));
    // chrome://serviceworker-internals stops the worker as the browser does when it is idle.
    const internals = await browser.context.newPage();
    await internals.goto('chrome://serviceworker-internals/');
    const registration = internals.locator('.serviceworker-registration', { hasText: `chrome-extension://${browser.extensionId}/` });
    const runningStatus = registration.locator('.serviceworker-running-status');
    const stopWorker = async () => {
      await registration.locator('[data-command="stop"]').click();
      await runningStatus.filter({ hasText: 'STOPPED' }).waitFor({ timeout: 10_000 });
    };

    /** Loads 基本信息 again and waits until the overlay and the progress writes are quiet. */
    const loadBasicInfo = async () => {
      await progressWrites(observer, true);
      if (/JBXX\.aspx$/i.test(frame.url())) {
        // The new document, not the old one still shown while the reload is on its way (its
        // findings read mid-navigation lost their context: CI run 32's retry).
        const shownSince = await frame.evaluate(() => performance.timeOrigin);
        await frame.evaluate(() => location.reload());
        await expect.poll(() => frame.evaluate(() => performance.timeOrigin).catch(() => shownSince)).not.toBe(shownSince);
      } else await openStep(page, 'basic-info');
      await frame.waitForLoadState('load');
      await waitForStep(frame, 'basic-info');
      await waitForProfile(frame);
      const shown = await settled(async () => (await findings(frame)).map((f) => `${f.checkId}/${f.severity}/${f.field}`));
      return { shown, writes: await settled(() => progressWrites(observer)), overlays: await countOverlays(page) };
    };

    const before = await loadBasicInfo();
    expect(before.shown.length).toBeGreaterThan(0);
    expect(before.writes).toBeGreaterThan(0);
    expect(before.overlays).toBe(1);
    expect(await badge()).toBe('0/11');

    await stopWorker();
    // The reloaded page's messages start the worker again.
    const after = await loadBasicInfo();
    expect(await runningStatus.textContent()).toContain('RUNNING');
    expect(after).toEqual(before);

    // Stopped again; this time the next message is the popup's, then a step that gets done.
    await stopWorker();
    expect((await popupStatuses(browser))['basic-info']).toBe('problem');
    await openStep(page, 'fetch-history');
    await waitForStep(frame, 'fetch-history');
    await expect.poll(badge, { timeout: 5_000 }).toBe('1/11');
    const statuses = await popupStatuses(browser);
    expect(statuses['fetch-history']).toBe('done');
    expect(statuses['basic-info']).toBe('problem');
    expect(Object.values(statuses).filter((s) => s === 'todo')).toHaveLength(9);
    expect(await countOverlays(page)).toBe(1);
  });
});

/** A 1500-row page whose stylesheet restyles every row by a class on <body>. */
const BIG_PAGE = basicInfo(
  '<tr><td class=l><font color=red>*</font>政治面貌：</td><td><select name=ddlZZMM><option value="">请选择</option><option>群众</option></select></td></tr>',
  `<style>.hl td span{color:red} .hl td{padding:1px}</style><table>${Array.from({ length: 1500 }, (_, i) => `<tr><td>第${i}行</td><td><span>内容${i}</span></td></tr>`).join('')}</table>`,
);
/** Page script: toggles <body>'s class 400 times, a microtask between (each a mutation callback); answers the ms it took. */
const TOGGLES = `(async () => {
  const t = performance.now();
  for (let i = 0; i < 400; i++) { document.body.classList.toggle('hl'); await Promise.resolve(); }
  return performance.now() - t;
})()`;

describe('a large page changing a class in a loop (breaker b8c)', () => {
  let session: PagesSession;

  beforeAll(async () => {
    session = await startPagesSession((path) => (path === 'big' ? BIG_PAGE : undefined), { profileFile: null });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('costs about what it costs without the overlay: no style recalc of the page per mutation callback', async () => {
    const { tab: page } = await session.open('big');
    await inOverlay(page, '[data-testid="zc-step"]').waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1500);
    const withOverlay: number[] = [];
    for (let i = 0; i < 3; i++) withOverlay.push((await page.evaluate(TOGGLES)) as number);
    // The same page without the overlay (about:blank gets no content script).
    const bare = await session.browser.context.newPage();
    await bare.goto('about:blank');
    await bare.setContent(BIG_PAGE);
    const without: number[] = [];
    for (let i = 0; i < 3; i++) without.push((await bare.evaluate(TOGGLES)) as number);
    const median = (times: number[]) => [...times].sort((a, b) => a - b)[1]!;
    // With <html>'s zoom read in every mutation callback: 1.8-4.4 s (a style recalc of the page
    // each, 5-10 ms with 1500 rows); read only when it can have changed: some ms.
    expect(median(withOverlay)).toBeLessThan(Math.max(250, median(without) * 20));
  });
});
