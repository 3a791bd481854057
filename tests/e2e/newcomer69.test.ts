import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { startPortal, type PortalServer } from '../portal/server';
import { chooseSeries, login, openStep } from '../portal/drive';
import { type ExtensionBrowser, importProfileFile, inOverlay, launchExtension, openExtensionPage, SAMPLE_PROFILE, sampleProfileFileWith, waitForStep } from './harness';
import { startAutofill } from './overlay-driver';

/** Round 69's newcomer: what a helpdesk user saw. */

const shots = resolve('artifacts/e2e/newcomer69');

/** Where the panel's notice is against the part of the panel's scrolled body that shows. */
interface NoticePlace {
  text: string;
  notice: [number, number];
  shown: [number, number];
  scrollTop: number;
}

// NEWCOMER69-1: a helpdesk switches applicants (options page → 设为当前) while the fill preview
// of the previous one is open on 基本信息, then presses 填写 in that preview. The extension
// rightly writes nothing (lib/content/on-demand-actions.ts fill: the profile read again differs
// from the preview's) and sets the notice 档案已更换或已修改，本页未填写…; but the notice is drawn
// at the top of the panel's body (components/overlay/Overlay.tsx), and the body keeps the scroll
// it had under the preview (74 px at 1280 × 860 on c2d4760's e2e build), so the notice is above
// what the panel shows: the preview just vanishes, nothing is filled, and no reason is in view.
describe('a fill preview applied after another applicant was made current', () => {
  let portal: PortalServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let frame: Frame;
  let place: NoticePlace;

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    portal = await startPortal();
    browser = await launchExtension();
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('writes nothing and sets the notice that says why', async () => {
    const other = sampleProfileFileWith((p) => {
      p.label = '王小红 · 初级';
      p.basic.name = '王小红';
    });
    await importProfileFile(browser, other);
    await importProfileFile(browser, SAMPLE_PROFILE);
    page = await browser.context.newPage();
    await login(page, portal);
    await chooseSeries(page, '初级');
    frame = await openStep(page, 'basic-info');
    await waitForStep(frame, 'basic-info');
    await startAutofill(frame);

    const options = await openExtensionPage(browser, 'options.html');
    await options.locator('[data-testid="profile-item"]', { hasText: '王小红' }).locator('[data-testid="profile-select"]').click();
    await options.locator('[data-testid="profile-activate"]').click();
    await options.locator('[data-testid="profile-active"]', { hasText: '王小红' }).waitFor();
    await options.close();

    await page.bringToFront();
    await inOverlay(frame, '[data-testid="zc-autofill-apply"]').click();
    await inOverlay(frame, '.zc-notice').filter({ hasText: '档案已更换' }).waitFor();
    await page.screenshot({ path: `${shots}/profile-switched-apply.png` });
    expect(await frame.locator('input[id$="txtXM"]').inputValue()).toBe('');
    place = await inOverlay(frame, '.zc-notice').evaluate((notice) => {
      let scroller = notice.parentElement;
      while (scroller && scroller.scrollHeight <= scroller.clientHeight + 1) scroller = scroller.parentElement;
      const n = notice.getBoundingClientRect();
      const s = (scroller ?? notice).getBoundingClientRect();
      return { text: (notice as HTMLElement).innerText, notice: [n.top, n.bottom], shown: [s.top, s.bottom], scrollTop: scroller?.scrollTop ?? 0 } as NoticePlace;
    });
    expect(place.text).toContain('本页未填写');
  });

  it.fails('shows that notice in view, not scrolled above the panel body', () => {
    expect(place, 'the case before ran').toBeDefined();
    expect(place.notice[0]).toBeGreaterThanOrEqual(place.shown[0] - 1);
    expect(place.notice[1]).toBeLessThanOrEqual(place.shown[1] + 1);
  });
});
