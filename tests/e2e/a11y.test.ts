import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { openStep } from '../portal/drive';
import { type ExtensionBrowser, type PortalSession, inOverlay, openExtensionPage, openPopup, startPortalSession, waitForStep } from './harness';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core in a page or frame and returns its serious and critical violations.
 * The source is evaluated over the DevTools protocol (not a <script> tag), which extension pages'
 * CSP would refuse. `include` limits the run (our overlay's host: axe walks its open shadow root).
 */
async function seriousViolations(target: Page | Frame, axeSource: string, include?: string): Promise<Violation[]> {
  await target.evaluate(axeSource);
  const violations = await target.evaluate(async (selector) => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, include ?? null);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The test id, or tag and text, of the element focused inside the overlay's shadow root. */
async function overlayFocus(frame: Frame): Promise<{ id: string | null; text: string; outline: string } | null> {
  return frame.evaluate(() => {
    const el = document.querySelector('[data-zc-root]')?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    if (!el) return null;
    const style = getComputedStyle(el);
    return { id: el.dataset.testid ?? el.id ?? null, text: (el.textContent ?? '').trim(), outline: `${style.outlineStyle} ${style.outlineWidth}` };
  });
}

describe('accessibility: axe-core and keyboard', () => {
  let session: PortalSession;
  let browser: ExtensionBrowser;
  let page: Page;
  let axeSource: string;

  beforeAll(async () => {
    axeSource = await readFile(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
    session = await startPortalSession();
    ({ browser, page } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('the overlay has no serious violations as shown, in the autofill preview, or during the tour', async () => {
    const frame = await openStep(page, 'basic-info');
    await waitForStep(frame, 'basic-info');
    const found: Record<string, Violation[]> = {};
    await inOverlay(frame, '#zc-sec-fill').filter({ hasText: '使用档案' }).waitFor();
    await inOverlay(frame, '#zc-sec-more > summary').click();
    // 更多's buttons, which on-demand.js draws once it is opened.
    await inOverlay(frame, '[data-testid="zc-teach-start"]').waitFor();
    found.panel = await seriousViolations(frame, axeSource, '[data-zc-root]');
    await inOverlay(frame, '[data-testid="zc-autofill"]').click();
    await inOverlay(frame, '[data-testid="zc-autofill-preview"]').waitFor();
    found.preview = await seriousViolations(frame, axeSource, '[data-zc-root]');
    await inOverlay(frame, '[data-testid="zc-tour-start"]').click();
    await inOverlay(frame, '[data-testid="zc-tour"]').waitFor();
    found.tour = await seriousViolations(frame, axeSource, '[data-zc-root]');
    await page.keyboard.press('Escape');
    expect(found).toEqual({ panel: [], preview: [], tour: [] });
  });

  it('the popup and the options page have no serious violations', async () => {
    // As the user reads it: with the background's answer (its 重新开始 and statuses).
    const popup = await openPopup(browser);
    const options = await openExtensionPage(browser, 'options.html');
    await options.locator('[data-testid="profile-active"]').waitFor();
    expect({ popup: await seriousViolations(popup, axeSource), options: await seriousViolations(options, axeSource) }).toEqual({ popup: [], options: [] });
    await popup.close();
    await options.close();
  });

  it('Tab reaches the overlay from the page, focus is visible, Enter on 用档案填写本页 starts autofill', async () => {
    const frame = await openStep(page, 'awards-summary');
    await waitForStep(frame, 'awards-summary');
    // Start from the page's last control: the overlay comes after the portal's content.
    await frame.locator('input[value="保存并下一步"]').focus();
    let focus = null;
    for (let i = 0; i < 10 && !focus; i++) {
      await page.keyboard.press('Tab');
      focus = await overlayFocus(frame);
    }
    expect(focus).not.toBeNull();
    // Keyboard focus is drawn (2px outline from :focus-visible), not left to the browser default.
    expect(focus!.outline).toMatch(/^solid [23]px$/);

    let reachedAutofill = false;
    for (let i = 0; i < 12 && !reachedAutofill; i++) {
      await page.keyboard.press('Tab');
      reachedAutofill = (await overlayFocus(frame))?.id === 'zc-autofill';
    }
    expect(reachedAutofill).toBe(true);
    await page.keyboard.press('Enter');
    await inOverlay(frame, '[data-testid="zc-autofill-preview"]').waitFor({ timeout: 10_000 });
  });

  it('the pre-submit dialog by keyboard: Space on 保存并下一步 opens it with the focus inside, Esc closes it and gives the focus back to the button', async () => {
    const frame = await openStep(page, 'basic-info');
    await waitForStep(frame, 'basic-info');
    const save = frame.locator('input[value="保存并下一步"]');
    await save.focus();
    await page.keyboard.press('Space');
    await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor();
    expect((await overlayFocus(frame))?.id).toBe('zc-presubmit-cancel');
    await page.keyboard.press('Escape');
    await expect.poll(() => inOverlay(frame, '[data-testid="zc-presubmit"]').count()).toBe(0);
    expect(await save.evaluate((el) => el === document.activeElement)).toBe(true);
  });
});
