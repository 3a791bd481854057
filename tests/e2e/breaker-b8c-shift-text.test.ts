import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, type PageServer, inOverlay, launchExtension, servePages } from './harness';
import { basicInfo } from './marker-layouts';

/**
 * Breaker b8c: overlay8 follows a field moved sideways in its line by an attribute change, but not
 * by a text change (a script writing a text node's `data`/`nodeValue`, a characterData mutation:
 * neither the controller's observer nor follow-field's sees it, nothing watched changes size).
 */
const POLITICAL = '<select name=ddlZZMM><option value="">请选择</option><option>群众</option></select>';
const PAGE = basicInfo(`<tr><td class=l><font color=red>*</font>政治面貌：</td><td><span id=t>状态：</span>${POLITICAL}</td></tr>`);

describe('breaker b8c: a field moved sideways by a text node\'s data (Chromium)', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await servePages((path) => (path === 'p' ? PAGE : undefined));
    browser = await launchExtension();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const offset = () =>
    page.evaluate(() => {
      const field = document.querySelector('select')!.getBoundingClientRect();
      const markers = Array.from(document.querySelector('[data-zc-root]')!.shadowRoot!.querySelectorAll<HTMLElement>('[data-testid="zc-field-marker"][data-placed]'), (m) => m.getBoundingClientRect());
      const nearest = markers.sort((a, b) => Math.hypot(a.left - field.left, a.top - field.top) - Math.hypot(b.left - field.left, b.top - field.top))[0];
      return nearest ? { field: [Math.round(field.left), Math.round(field.top)], dx: Math.round(nearest.left - field.left), dy: Math.round(nearest.top - field.top) } : null;
    });

  it('the marker stays beside the select', async () => {
    await page.goto(`${server.origin}/p`);
    await inOverlay(page, '[data-testid="zc-step"]').waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1500);
    const before = await offset();
    expect(before).not.toBeNull();
    await page.evaluate("document.getElementById('t').firstChild.data = '状态：已由单位人事部门审核通过，请核对后继续填写'");
    await page.waitForTimeout(1500);
    const after = await offset();
    expect(after!.field).not.toEqual(before!.field);
    expect({ dx: after!.dx, dy: after!.dy }).toEqual({ dx: before!.dx, dy: before!.dy });
  });
});
