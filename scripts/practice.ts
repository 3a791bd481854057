/**
 * `npm run practice`: practice mode for helpdesk staff (issue 7). One command builds the
 * extension (the e2e build, whose content scripts also run on 127.0.0.1), starts the practice
 * portal, opens Chromium with the extension and the sample applicant
 * (tests/fixtures/sample-profile.json) imported, logs in and stops on 选择申报资格系列, so staff
 * can show every step — the 演示 tour, checks and autofill — without a live account. The
 * extension runs exactly as on the portal: nothing in it knows it is practising.
 *
 * Needs this repository (the portal is a Node server an extension cannot start) and a display:
 * with `DISPLAY` set the browser stays open until Ctrl-C. Without a display it takes one
 * screenshot (`artifacts/practice.png`) to show it worked, and exits.
 *
 * Flags: `--no-build` reuses the last e2e build; `--en` opens the browser in English.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startPortal } from '../tests/portal/server';
import { prepareE2EBuild } from './e2e-build';
import { login } from '../tests/portal/drive';
import { importProfileFile, launchExtension, waitForStep } from '../tests/e2e/harness';

const args = new Set(process.argv.slice(2));
if (args.has('--help')) {
  console.log(`npm run practice [-- --no-build] [-- --en]
  practice mode for helpdesk staff: builds the extension, starts the practice portal and opens
  Chromium with the sample profile imported, logged in (headless without a display: writes
  artifacts/practice.png and exits).
  --no-build  reuse the last e2e build
  --en        open the browser in English`);
  process.exit(0);
}
const headless = !process.env.DISPLAY;

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  prepareE2EBuild(args.has('--no-build'), log);
  const portal = await startPortal();
  const browser = await launchExtension({ headless, language: args.has('--en') ? 'en' : 'zh_CN' });
  await importProfileFile(browser, resolve('tests/fixtures/sample-profile.json'));
  const page = await browser.context.newPage();
  await login(page, portal);
  await Promise.all([page.waitForURL(/SelectZGXL\.aspx/i), page.click('a:text-is("职称业务申报")')]);
  await waitForStep(page, 'select-series');
  log(`练习门户：${portal.url}（任意用户名、密码、验证码均可登录）`);
  log('已导入示例档案“李明远（样例）”，已登录并打开“选择申报资格系列”。');
  log('在每一步点助手面板上的“演示”逐个区域讲解，点“用档案填写本页…”用示例档案自动填写。');

  if (headless) {
    await mkdir(resolve('artifacts'), { recursive: true });
    await page.screenshot({ path: resolve('artifacts/practice.png') });
    log('没有显示器（DISPLAY 未设置）：已截图 artifacts/practice.png 并退出。请在有桌面的电脑上运行。');
    await browser.close();
    await portal.close();
    return;
  }
  log('浏览器保持打开，按 Ctrl-C 结束。');
  process.once('SIGINT', () => {
    void browser.close().then(() => portal.close()).then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`practice failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
