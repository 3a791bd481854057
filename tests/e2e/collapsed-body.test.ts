import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openStep } from '../portal/drive';
import { type PortalSession, inOverlay, startPortalSession, waitForStep } from './harness';

// The collapsed panel shows its header only: its body (hidden) takes no room and none of its
// buttons can be reached. The body is hidden by the hidden attribute alone, as the browser draws
// it (overlay.css sets no display of its own on .zc-body: bytes 65 took out a rule repeating it).

describe('collapsed panel', () => {
  let session: PortalSession;
  let page: Page;

  beforeAll(async () => {
    session = await startPortalSession();
    ({ page } = session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('收起助手 hides the body (not drawn, no height); 展开助手 shows it again', async () => {
    const frame = await openStep(page, 'basic-info');
    await waitForStep(frame, 'basic-info');
    const body = inOverlay(frame, '.zc-body');
    const drawn = () => body.evaluate((el) => ({ display: getComputedStyle(el).display, height: el.getBoundingClientRect().height }));
    expect((await drawn()).height).toBeGreaterThan(0);

    await inOverlay(frame, 'button[aria-label="收起助手"]').click();
    await expect.poll(drawn).toEqual({ display: 'none', height: 0 });
    expect(await inOverlay(frame, '[data-testid="zc-autofill"]').isVisible()).toBe(false);

    await inOverlay(frame, 'button[aria-label="展开助手"]').click();
    await expect.poll(async () => (await drawn()).display).not.toBe('none');
    expect(await inOverlay(frame, '[data-testid="zc-autofill"]').isVisible()).toBe(true);
  }, 60_000);
});
