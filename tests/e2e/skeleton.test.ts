import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startPortal, type PortalServer } from '../portal/server';
import { chooseSeries, login, openStep } from '../portal/drive';
import { APPLICATION_STEPS } from '../../lib/portal/steps';
import { countOverlays, importProfileFile, launchExtension, openPopup, waitForStep, type ExtensionBrowser } from './harness';

const shots = resolve('artifacts/e2e/skeleton');

describe('extension skeleton on the practice portal', () => {
  let portal: PortalServer;
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    portal = await startPortal();
    browser = await launchExtension();
    await importProfileFile(browser, resolve('tests/fixtures/sample-profile.json'));
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('recognises the login and series pages, one overlay each', async () => {
    await page.goto(portal.url);
    await waitForStep(page, 'login');
    expect(await countOverlays(page)).toBe(1);
    await page.screenshot({ path: `${shots}/login.png` });
    await login(page, portal);
    // The home menu (a list of links) is no step: no overlay there.
    await page.waitForLoadState('load');
    expect(await countOverlays(page)).toBe(0);
    await Promise.all([page.waitForURL(/SelectZGXL\.aspx/i), page.click('a:text-is("职称业务申报")')]);
    await waitForStep(page, 'select-series');
    expect(await countOverlays(page)).toBe(1);
    await page.screenshot({ path: `${shots}/select-series.png` });
    await chooseSeries(page, '初级');
  });

  it('shows the right step in the content frame of every step, never in the menu frame', async () => {
    for (const step of APPLICATION_STEPS) {
      const frame = await openStep(page, step.id);
      await waitForStep(frame, step.id);
      // Exactly one overlay on the whole page, and it is in the frame that holds the form.
      await expect.poll(() => countOverlays(page), { timeout: 5_000 }).toBe(1);
      expect(await frame.locator('[data-zc-root]').count()).toBe(1);
      expect(frame.parentFrame()).not.toBeNull();
      await page.screenshot({ path: `${shots}/${String(step.order).padStart(2, '0')}-${step.id}.png` });
    }
  });

  it('survives a full-page postback without a second overlay', async () => {
    const frame = await openStep(page, 'awards-summary');
    await waitForStep(frame, 'awards-summary');
    await frame.evaluate(() => location.reload());
    await frame.waitForLoadState('load');
    await waitForStep(frame, 'awards-summary');
    expect(await countOverlays(page)).toBe(1);
  });

  it('the popup lists the eleven steps with the statuses the walk produced', async () => {
    // Read once the background has answered: drawn before it, every step reads todo.
    const popup = await openPopup(browser);
    const items = popup.locator('[data-testid="zc-progress"] [data-testid="zc-progress-step"]');
    expect(await items.count()).toBe(11);
    const ids = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-step-id')));
    expect(ids).toEqual(APPLICATION_STEPS.map((s) => s.id));
    const statuses = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    // Every step was visited: none may still be `todo`; 获取历史数据 has nothing to save.
    expect(statuses).not.toContain('todo');
    expect(statuses[0]).toBe('done');
    for (const s of statuses) expect(['in-progress', 'done', 'problem']).toContain(s);
    await popup.screenshot({ path: `${shots}/popup.png` });

    // 重新开始 asks first; 取消 keeps everything, 清除进度 sets every step back to todo.
    const reset = popup.locator('[data-testid="zc-popup-reset"]');
    await reset.click();
    const panel = popup.locator('[data-testid="zc-popup-reset-panel"]');
    await panel.waitFor();
    expect(await panel.textContent()).toContain('档案');
    await popup.screenshot({ path: `${shots}/popup-reset-confirm.png` });
    await popup.locator('[data-testid="zc-popup-reset-cancel"]').click();
    // Awaited, not read once: the panel goes with the popup's next render.
    await panel.waitFor({ state: 'detached' });
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).toEqual(statuses);
    await reset.click();
    await popup.locator('[data-testid="zc-popup-reset-confirm"]').click();
    await expect.poll(() => items.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).toEqual(statuses.map(() => 'todo'));
    await popup.close();
  });
});
