/**
 * `npm run demo`: build the extension, start the practice portal, open Chromium with the
 * extension loaded and the sample applicant imported, and walk the application step by step:
 * the overlay recognises each page, autofill fills it from the profile (after the preview,
 * exactly as a user would confirm it), and the findings are listed. On record steps the demo
 * presses the portal's 添加 as the applicant would. Nothing is saved or sent for review: the
 * demo shows each page filled and checked, and leaves 保存 and 送审 to people.
 *
 * Headed when a display exists (`DISPLAY` set): the browser stays open until Ctrl-C. Otherwise
 * headless: two screenshots per step are written to `demo-screenshots/` (the fill report, and
 * the panel scrolled to the checks' findings), and each step's summary and findings are printed.
 *
 * Flags: `--no-build` reuses `.output/chrome-mv3-e2e`; `--headless` forces headless mode.
 */
import { mkdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { startPortal } from '../tests/portal/server';
import { prepareE2EBuild } from './e2e-build';
import { chooseSeries, login, openStep } from '../tests/portal/drive';
import { importProfileFile, inOverlay, launchExtension, waitForStep } from '../tests/e2e/harness';
import { APPLICATION_STEPS } from '../lib/portal/steps';
import { STEP_TITLES } from '../lib/portal/step-titles';

const args = new Set(process.argv.slice(2));
if (args.has('--help')) {
  console.log(`npm run demo [-- [--no-build] [--headless]]
  builds the extension, starts the practice portal and walks the sample applicant through the
  eleven steps in Chromium (headed with a display, until Ctrl-C; else headless, screenshots in
  demo-screenshots/). Nothing is saved or sent for review.
  --no-build  reuse the last e2e build (.output/chrome-mv3-e2e, or $ZC_OUT_DIR/chrome-mv3-e2e)
  --headless  headless even with a display`);
  process.exit(0);
}
const headless = args.has('--headless') || !process.env.DISPLAY;
const shotsDir = resolve('demo-screenshots');
const sampleProfile = resolve('tests/fixtures/sample-profile.json');

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** The overlay's findings: a count line, then one indented line per finding (severity and text). */
async function summarise(frame: Frame): Promise<string> {
  const findings = await inOverlay(frame, '[data-testid="zc-finding"]').all();
  const lines: string[] = [];
  let errors = 0;
  for (const finding of findings) {
    if ((await finding.getAttribute('data-severity')) === 'error') errors++;
    // The severity as the panel words it, then the message.
    lines.push(`    ${(await finding.locator('.zc-sev').textContent())?.trim()}：${(await finding.locator('.zc-msg').textContent())?.trim()}`);
  }
  return [`检查：${errors} 个错误，${findings.length - errors} 个提醒/提示`, ...lines].join('\n');
}

/**
 * Plays the user on a record step: the record form opens only after the portal's 添加 (seed
 * step 3(3)–(9)), so the demo presses it, as the applicant would, before autofill.
 */
async function openRecordForm(frame: Frame): Promise<boolean> {
  const add = frame.locator('input[type=submit][value="添加"], input[type=button][value="添加"], button:text-is("添加")');
  if ((await add.count()) === 0) return false;
  const navigated = frame.page().waitForEvent('framenavigated', (f) => f === frame);
  await add.first().click();
  await navigated;
  await frame.waitForLoadState('load');
  return true;
}

async function autofill(frame: Frame): Promise<string> {
  const start = inOverlay(frame, '[data-testid="zc-autofill"]');
  if ((await start.count()) === 0) return '自动填写：本页不适用';
  // The profile arrives from the background shortly after the overlay shows.
  await inOverlay(frame, '#zc-sec-fill').filter({ hasText: '使用档案' }).waitFor({ timeout: 10_000 });
  await start.click();
  await inOverlay(frame, '[data-testid="zc-autofill-apply"]').click();
  const report = inOverlay(frame, '[data-testid="zc-autofill-report"]');
  await report.waitFor();
  const counts: Record<string, number> = {};
  for (const item of await report.locator('[data-testid="zc-autofill-item"]').all()) {
    const result = (await item.getAttribute('data-result')) ?? '?';
    counts[result] = (counts[result] ?? 0) + 1;
  }
  return `自动填写：已填 ${counts.filled ?? 0}，未填 ${counts.skipped ?? 0}，需您处理 ${counts['needs-user'] ?? 0}，失败 ${counts.failed ?? 0}${counts.waiting ? `，等待页面 ${counts.waiting}` : ''}`;
}

async function main(): Promise<void> {
  prepareE2EBuild(args.has('--no-build'), log);
  const portal = await startPortal();
  log(`练习门户：${portal.url}`);
  const browser = await launchExtension({ headless });
  log(`Chromium 已启动（${headless ? '无界面，截图写入 demo-screenshots/' : '有界面'}），扩展 ID ${browser.extensionId}`);
  await importProfileFile(browser, sampleProfile);
  log('已导入示例档案 tests/fixtures/sample-profile.json');

  if (headless) {
    await rm(shotsDir, { recursive: true, force: true });
    await mkdir(shotsDir, { recursive: true });
  }
  const page: Page = await browser.context.newPage();
  const shot = async (name: string) => {
    if (headless) await page.screenshot({ path: resolve(shotsDir, `${name}.png`) });
  };

  await page.goto(portal.url);
  await waitForStep(page, 'login');
  await shot('00-login');
  log('登录页：助手识别为 login');
  await login(page, portal);
  await Promise.all([page.waitForURL(/SelectZGXL\.aspx/i), page.click('a:text-is("职称业务申报")')]);
  await waitForStep(page, 'select-series');
  await shot('01-select-series');
  log('选择申报资格系列：助手识别为 select-series');
  await chooseSeries(page, '初级');
  log('已选：初级 · 初次职称考核认定 · 工程技术人员');

  for (const step of APPLICATION_STEPS) {
    let frame = await openStep(page, step.id);
    await waitForStep(frame, step.id);
    if (await openRecordForm(frame)) {
      frame = page.frame({ name: 'mainFrame' }) ?? frame;
      await waitForStep(frame, step.id);
    }
    const filled = await autofill(frame);
    const checks = await summarise(frame);
    const name = `${String((step.order ?? 0) + 1).padStart(2, '0')}-${step.id}`;
    await shot(name);
    // The fill report opens the panel; a second picture shows the checks' findings below it.
    await inOverlay(frame, '#zc-sec-checks').evaluate((section) => section.scrollIntoView({ block: 'start' }));
    await shot(`${name}-checks`);
    log(`第 ${step.order} 步 ${STEP_TITLES[step.id].title}：识别为 ${step.id}；${filled}；${checks}`);
  }

  log(`送审记录：${portal.submissions().length} 次（助手从不替您送审）`);
  if (headless) {
    await browser.close();
    await portal.close();
    log(`截图：${shotsDir}`);
  } else {
    log('浏览器保持打开，按 Ctrl-C 结束。');
    process.on('SIGINT', () => {
      void browser.close().then(() => portal.close()).then(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`demo failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
