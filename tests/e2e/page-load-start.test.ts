import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { countOverlays, enableDeveloperMode, inOverlay, launchExtension, reloadExtension, waitForStep, type ExtensionBrowser } from './harness';

/**
 * When the content script starts on pages that load unusually (lib/content/after-load.ts, which
 * the build wraps round the whole script): a slow deferred script holding DOMContentLoaded back,
 * a form written with document.open() during the load, and the extension reloaded while a page
 * loads (breaker round 13 items 1–3), and a page restored from the back/forward cache.
 */

const FORM = `<div class="ptitle">基本信息</div><table>
<tr><td>姓名：</td><td><input name="txtXM" id="txtXM" value="李明远" /></td></tr>
<tr><td><font color="red">*</font>电子邮箱：</td><td><input name="txtDZYX" id="txtDZYX" /></td></tr>
</table><input type="submit" name="btnNext" id="btnNext" value="保存并下一步" />`;

/** A portal-like page with `body` in its form and `head` in its head. */
function portalPage(body: string, head = ''): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>广州市职称业务申报与管理系统</title>${head}</head>
<body><form method="post" action="posted">${body}</form></body></html>`;
}

/** A page that writes the form over itself with document.open() from a timer while an image is still loading. */
const WRITTEN_WHILE_LOADING = portalPage(
  '<p>请稍候……</p><img src="/never">',
  `<script>setTimeout(function () { document.open(); document.write(${JSON.stringify(portalPage(FORM)).replace(/<\//g, '<\\/')}); document.close(); }, 300);</script>`,
);

const pages: Record<string, string> = {
  plain: portalPage(FORM),
  'deferred-slow': portalPage(FORM, '<script defer src="/slow.js"></script>'),
  'written-while-loading': WRITTEN_WHILE_LOADING,
  posted: portalPage('<p>已保存</p>'),
};

let server: Server;
let origin = '';
let browser: ExtensionBrowser;
/** Responses never answered (an image that never loads); ended when the file is done. */
const neverAnswered: ServerResponse[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname.slice(1);
    if (path === 'never') return void neverAnswered.push(res);
    if (path === 'slow.js') {
      setTimeout(() => res.writeHead(200, { 'Content-Type': 'text/javascript' }).end('/* late */'), 4000);
      return;
    }
    res.writeHead(pages[path] ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' }).end(pages[path] ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The back/forward cache on, as in an applicant's browser (Playwright turns it off), for the
  // cache's own test; it plays no part in the others, which never go back (one browser for the
  // file: a second one cost about 6 s of the file's 36, measured 2026-12-07).
  browser = await launchExtension({ backForwardCache: true });
});

afterAll(async () => {
  await browser?.close();
  for (const res of neverAnswered) res.destroy();
  await new Promise<void>((done) => server.close(() => done()));
});

describe('the content script starts on pages that load unusually', () => {
  it('a slow deferred script holding DOMContentLoaded back: overlay and 保存 hold once the form is parsed (breaker 13 item 2)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/deferred-slow`, { waitUntil: 'commit' });
    await page.locator('#btnNext').waitFor();
    // Well before the deferred script arrives (4 s): the step is shown and an empty required box holds 保存并下一步.
    await waitForStep(page, 'basic-info');
    expect(await page.evaluate(() => document.readyState)).toBe('interactive');
    await page.click('#btnNext');
    await inOverlay(page, '[data-testid="zc-presubmit"]').waitFor({ timeout: 2000 });
    expect(page.url()).toBe(`${origin}/deferred-slow`);
    await page.close();
  });

  it('a form written with document.open() while the page loads gets the overlay (breaker 13 item 3)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/written-while-loading`, { waitUntil: 'commit' });
    await page.locator('#btnNext').waitFor();
    await waitForStep(page, 'basic-info');
    await page.close();
  });

  it('a page restored from the back/forward cache keeps one overlay, and 保存 is still held', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/plain`, { waitUntil: 'load' });
    await waitForStep(page, 'basic-info');
    await page.evaluate(() => Object.assign(window, { beforeLeaving: true }));
    await page.goto(`${origin}/posted`, { waitUntil: 'load' });
    // A page restored from the cache fires no load event.
    await page.goBack({ waitUntil: 'commit' });
    await page.locator('#btnNext').waitFor();
    expect(await page.evaluate(() => 'beforeLeaving' in window)).toBe(true);
    await waitForStep(page, 'basic-info');
    expect(await countOverlays(page)).toBe(1);
    await page.click('#btnNext');
    await inOverlay(page, '[data-testid="zc-presubmit"]').waitFor({ timeout: 2000 });
    expect(page.url()).toBe(`${origin}/plain`);
    await page.close();
  });

  it('a page that puts in a new <body> after load is read again: the overlay shows the new body\'s step', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/plain`, { waitUntil: 'load' });
    await waitForStep(page, 'basic-info');
    await page.evaluate(() => {
      const body = document.createElement('body');
      body.innerHTML = '<form><div class="ptitle">完成并送审</div><p>本人承诺：所填报的个人信息真实、准确、完整。</p><input type="checkbox" id="chkTY"><label for="chkTY">同意</label> <input type="submit" value="送审"></form>';
      document.body = body;
    });
    await waitForStep(page, 'submit');
    expect(await countOverlays(page)).toBe(1);
    await page.close();
  });

  // Last: it reloads the extension.
  it('the extension reloaded while a page is still loading: nothing is thrown into the page (breaker 13 item 1)', async () => {
    // As a developer reloading it has it: without 开发者模式 Chromium disables the reloaded
    // unpacked extension, and no new worker would start.
    await enableDeveloperMode(browser);
    const page = await browser.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${origin}/deferred-slow?reloaded`, { waitUntil: 'commit' });
    await page.locator('#txtDZYX').waitFor();
    // Until the reloaded extension is back (its new worker started): the page's errors are
    // read, and the browser closed, with the extension there again, not half-way through.
    await reloadExtension(browser);
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500);
    expect(pageErrors).toEqual([]);
  });
});
