import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, type PageServer, inOverlay, launchExtension, servePages } from './harness';
import { basicInfo } from './marker-layouts';

/**
 * A field moved without a scroll, a resize of anything watched or a DOM change the overlay
 * redraws for — an image loading above it, a <details> opened, a transition — takes its marker
 * along (lib/overlay/follow-field.ts; breaker 7d, which found the marker left behind). Left: a
 * box beside the field widened through its `size` attribute (no event tells of it).
 */

const POLITICAL = '<select name=ddlZZMM><option value="">请选择</option><option>群众</option></select>';
const PIXEL = 'data:image/svg+xml,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><rect width="200" height="60" fill="#ccc"/></svg>');

interface Case {
  name: string;
  html: string;
  /** Page script that moves the select (nothing scrolls, the page does not change size). */
  shift: string;
  /** How long to wait after `shift` before measuring. */
  wait: number;
}

const fixedBox = (inner: string) =>
  basicInfo(`<tr><td colspan=2><div style="height:200px;overflow:hidden;border:1px solid #999">${inner}<table><tr><td class=l><font color=red>*</font>政治面貌：</td><td>${POLITICAL}</td></tr></table></div></td></tr>`);

const CASES: Case[] = [
  {
    // The applicant's photo preview (or a banner) loading above the field in a fixed-height panel.
    name: 'an image loaded above the select in a fixed-height box',
    html: fixedBox('<img id=pic style="display:block">'),
    shift: `document.getElementById('pic').src = ${JSON.stringify(PIXEL)}`,
    wait: 1000,
  },
  {
    // A <details> 填写说明 opened above the field in a fixed-height box: `open` is not in the filter.
    name: 'a <details> opened above the select in a fixed-height box',
    html: fixedBox('<details id=d><summary>填写说明</summary><p style="height:60px;margin:0">说明文字……</p></details>'),
    shift: "document.getElementById('d').open = true",
    wait: 1000,
  },
  {
    // A notice sliding open with a 1.2 s transition (class toggled: one redraw after 250 ms,
    // while the notice is still opening).
    name: 'a notice sliding open above the select (CSS transition) in a fixed-height box',
    html: fixedBox('<style>#n{height:0;overflow:hidden;transition:height 1.2s linear}#n.open{height:80px}</style><div id=n>通知：系统将于今晚维护。</div>'),
    shift: "document.getElementById('n').classList.add('open')",
    wait: 2500,
  },
];

describe('a marker follows its field moved by a load, a toggle or a transition above it (Chromium)', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await servePages((path) => CASES[Number(path)]?.html);
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

  it.each(CASES.map((c, i) => [c.name, i] as const))('%s', async (_name, index) => {
    const c = CASES[index]!;
    await page.goto(`${server.origin}/${index}`);
    await inOverlay(page, '[data-testid="zc-step"]').waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1500);
    const before = await offset();
    expect(before).not.toBeNull();
    await page.evaluate(c.shift);
    await page.waitForTimeout(c.wait);
    const after = await offset();
    expect(after).not.toBeNull();
    // The select did move …
    expect(after!.field).not.toEqual(before!.field);
    // … and its marker stays where it was beside it.
    expect({ dx: after!.dx, dy: after!.dy }).toEqual({ dx: before!.dx, dy: before!.dy });
  });
});
