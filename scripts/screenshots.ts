/**
 * `npm run screenshots`: the README's pictures, taken from the real extension build in Chromium
 * on the practice portal with the sample applicant — the overlay on a step, the guided tour,
 * the toolbar popup and the options page — written to docs/screenshots/*.png (viewport-sized,
 * so they stay small). Uses the e2e build (the production code; content scripts also on
 * 127.0.0.1, where the practice portal runs). `--no-build` reuses the last e2e build.
 */
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startPortal } from '../tests/portal/server';
import { chooseSeries, login, openStep } from '../tests/portal/drive';
import { importProfileFile, inOverlay, launchExtension, openExtensionPage, waitForStep } from '../tests/e2e/harness';

const outDir = resolve('docs/screenshots');

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', '--silent', 'build:e2e'], { stdio: 'inherit' });
  await mkdir(outDir, { recursive: true });
  const portal = await startPortal();
  const browser = await launchExtension();
  try {
    await importProfileFile(browser, resolve('tests/fixtures/sample-profile.json'));
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1200, height: 760 });
    await page.goto(portal.url);
    await login(page, portal);
    await chooseSeries(page, '初级');

    // 基本信息 as an applicant first sees it: autofill, the checks, the guidance.
    const frame = await openStep(page, 'basic-info');
    await waitForStep(frame, 'basic-info');
    await page.screenshot({ path: `${outDir}/overlay.png` });

    // The guided tour at the photo upload of the same step.
    await inOverlay(frame, '[data-testid="zc-tour-start"]').click();
    for (let i = 0; i < 6; i++) {
      const stop = await inOverlay(frame, '[data-testid="zc-tour"]').getAttribute('data-stop-id');
      if (stop === 'attachments') break;
      await inOverlay(frame, '[data-testid="zc-tour-next"]').click();
    }
    await page.screenshot({ path: `${outDir}/tour.png` });
    await inOverlay(frame, '[data-testid="zc-tour-exit"]').click();

    // Visit the other steps so the popup shows real progress.
    for (const step of ['qualification-history', 'education', 'work-experience'] as const) {
      await waitForStep(await openStep(page, step), step);
    }
    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.setViewportSize({ width: 340, height: 700 });
    await popup.locator('[data-testid="zc-progress-step"]').first().waitFor();
    await popup.locator('main').screenshot({ path: `${outDir}/popup.png` });

    const options = await openExtensionPage(browser, 'options.html');
    await options.setViewportSize({ width: 1200, height: 760 });
    await options.locator('[data-testid="profile-active"]').filter({ hasNotText: /^\s*$/ }).first().waitFor();
    await options.screenshot({ path: `${outDir}/options.png` });
    process.stdout.write(`screenshots: ${outDir}\n`);
  } finally {
    await browser.close();
    await portal.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`screenshots failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
