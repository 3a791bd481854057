import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startPortal, type PortalServer } from '../portal/server';
import { chooseSeries, login, openStep } from '../portal/drive';
import { type ExtensionBrowser, importProfileFile, inOverlay, launchExtension, SAMPLE_PROFILE, waitForStep } from './harness';

/** Round 68's newcomer: what a new user saw, now guarding its fix. */

const shots = resolve('artifacts/e2e/newcomer68');

describe('English browser: the panel header', () => {
  let portal: PortalServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    portal = await startPortal();
    browser = await launchExtension({ language: 'en' });
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  // NEWCOMER68-1 (fixed: the header wraps, the step before its buttons, components/overlay/overlay.css):
  // with the count badge beside it ("14 required fields empty", "2 required fields
  // empty") the step's column shrinks to about 45 px: "Step 2 …" and "Basic infor…" (awards-summary:
  // "Step 6 …", "Awards…"), cut, with no tooltip giving the whole text. The Chinese badge
  // (14 项必填未填) is shorter and leaves the title whole. helpdesk.test.ts reads the text
  // (textContent), which is all there, so it cannot see the cut.
  it('shows the step line and title whole next to the count badge (basic-info, awards-summary)', async () => {
    await importProfileFile(browser, SAMPLE_PROFILE);
    const page = await browser.context.newPage();
    await login(page, portal);
    await chooseSeries(page, '初级');
    const cut: string[] = [];
    for (const step of ['basic-info', 'awards-summary']) {
      const frame = await openStep(page, step);
      await waitForStep(frame, step);
      await inOverlay(frame, '.zc-count').waitFor();
      await page.screenshot({ path: `${shots}/header-${step}.png` });
      cut.push(
        ...(await inOverlay(frame, '.zc-step').evaluate((step) =>
          ['.zc-step-no', '.zc-step-title'].flatMap((selector) => {
            const el = step.querySelector<HTMLElement>(selector);
            return el && (el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight + 1) ? [`${selector}: ${el.textContent} (${el.clientWidth} px)`] : [];
          }),
        )).map((line) => `${step} ${line}`),
      );
    }
    expect(cut).toEqual([]);
  });
});
