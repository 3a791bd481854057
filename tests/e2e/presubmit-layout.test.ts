import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { openStep } from '../portal/drive';
import { controlId, pageOf } from '../portal/pages';
import { type ExtensionBrowser, type PortalSession, inOverlay, setPresenterSwitches, startPortalSession, waitForStep } from './harness';
import { afterPlacement } from './overlay-driver';

// The pre-submit dialog in the panel's place (components/on-demand/on-demand.css): with a long
// list it stays within the open panel's height, never covers the button just pressed, and the
// overlay's toggle does not collapse it (breaker 17b). 基本信息 without the profile filled in
// and with a wrong 手机号码: 保存并下一步 is held with 15 findings.

const def = pageOf('basic-info');
const at = (id: string) => `#${controlId(def, id)}`;
const shots = 'artifacts/e2e/checks';

/** The panel's box, whether the pressed button and how many page fields lie under it, the dialog's scroll. */
async function layout(frame: Frame) {
  return frame.evaluate((pressedSelector) => {
    const root = document.querySelector('[data-zc-root]')!.shadowRoot!;
    const panel = root.querySelector('.zc-panel')!;
    const dialog = root.querySelector('.zc-dialog');
    const box = panel.getBoundingClientRect();
    const under = (r: DOMRect) => r.width > 0 && !(r.right <= box.left || r.left >= box.right || r.bottom <= box.top || r.top >= box.bottom);
    return {
      viewportHeight: innerHeight,
      panel: { width: box.width, height: box.height, collapsed: panel.classList.contains('zc-collapsed') },
      findings: root.querySelectorAll('[data-testid="zc-presubmit-finding"]').length,
      dialogScrolls: dialog ? dialog.scrollHeight > dialog.clientHeight : null,
      pressedCovered: under(document.querySelector(pressedSelector)!.getBoundingClientRect()),
      fieldsCovered: Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea')).filter((el) => under(el.getBoundingClientRect())).length,
    };
  }, at(def.buttons.next));
}

describe('pre-submit dialog layout', () => {
  let session: PortalSession;
  let browser: ExtensionBrowser;
  let page: Page;
  let frame: Frame;

  beforeAll(async () => {
    session = await startPortalSession();
    ({ browser, page } = session);
  });
  afterAll(async () => {
    await session?.close();
  });

  /** What the keyboard shortcut Alt+Shift+H sends (lib/background/commands.ts). */
  const toggleOverlay = async () => {
    const worker = browser.context.serviceWorkers()[0]!;
    await worker.evaluate(async (origin) => {
      type Tabs = { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
      const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
      const [tab] = await tabs.query({ url: `${origin}/*` });
      await tabs.sendMessage(tab!.id!, { type: 'overlay:toggle' });
    }, session.portal.url);
  };

  it('a long list scrolls within the open panel\'s height; the toggle leaves the dialog open; large text in a small window clears the pressed button', async () => {
    frame = await openStep(page, 'basic-info');
    await waitForStep(frame, 'basic-info');
    await frame.fill(at('txtSJHM'), '1392600123');
    const dialog = inOverlay(frame, '[data-testid="zc-presubmit"]');

    await frame.click(at(def.buttons.next));
    await dialog.waitFor();
    await afterPlacement(frame);
    const long = await layout(frame);
    // 14: the empty 认定专业 gets specialty-missing's error alone, no longer also required-field's (9350c02).
    expect(long.findings).toBe(14);
    expect(long.dialogScrolls).toBe(true);
    // As tall as the open panel can be (its body's min(42vh, 380px) and its header), not the window.
    expect(long.panel.height).toBeLessThanOrEqual(440);
    expect(long.pressedCovered).toBe(false);
    await page.screenshot({ path: `${shots}/presubmit-dialog-long.png` });

    // Answered once the overlay has handled it (tabs.sendMessage resolves with its answer); a draw it made is placed in the next frame.
    await toggleOverlay();
    await afterPlacement(frame);
    const toggled = await layout(frame);
    expect(toggled.panel).toEqual(long.panel);
    expect(await dialog.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    await setPresenterSwitches(browser, { largeText: true, highContrast: true });
    await page.bringToFront();
    // The overlay shows large text before the press whose dialog is measured with it.
    await expect.poll(() => inOverlay(frame, '.zc-panel').getAttribute('class'), { timeout: 5_000 }).toMatch(/zc-large.*zc-contrast/);
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 900, height: 420 });
    try {
      await frame.click(at(def.buttons.next));
      await dialog.waitFor();
      await afterPlacement(frame);
      const small = await layout(frame);
      expect(small.dialogScrolls).toBe(true);
      expect(small.pressedCovered).toBe(false);
      expect(small.panel.height).toBeLessThan(small.viewportHeight * 0.7);
      await page.screenshot({ path: `${shots}/presubmit-dialog-large-small.png` });
      await page.keyboard.press('Escape');
    } finally {
      if (viewport) await page.setViewportSize(viewport);
    }
  }, 120_000);

  it('定位 in the dialog closes it and takes the user to the field, which the panel then leaves in sight (a long list covered the right-hand column)', async () => {
    frame = await openStep(page, 'basic-info');
    await waitForStep(frame, 'basic-info');
    const dialog = inOverlay(frame, '[data-testid="zc-presubmit"]');
    await frame.click(at(def.buttons.next));
    await dialog.waitFor();
    // The panel holding the dialog is placed in the animation frame after it is drawn (CI run 78
    // read it once before that frame: passed on its retry).
    await afterPlacement(frame);
    const committee = at('ddlSBPWH');
    const panelCovers = (selector: string) =>
      frame.evaluate((sel) => {
        const box = document.querySelector('[data-zc-root]')!.shadowRoot!.querySelector('.zc-panel')!.getBoundingClientRect();
        const r = document.querySelector(sel)!.getBoundingClientRect();
        return !(r.right <= box.left || r.left >= box.right || r.bottom <= box.top || r.top >= box.bottom);
      }, selector);
    expect(await panelCovers(committee)).toBe(true);
    await inOverlay(frame, '[data-testid="zc-presubmit-finding"]').filter({ hasText: '申报评委会' }).getByRole('button').click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => frame.evaluate(() => document.activeElement?.id)).toBe(controlId(def, 'ddlSBPWH'));
    await expect.poll(() => panelCovers(committee)).toBe(false);
    await page.screenshot({ path: `${shots}/presubmit-dialog-located.png` });
  }, 60_000);
});
