import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, type PageServer, inOverlay, launchExtension, servePages } from './harness';
import { basicInfo } from './marker-layouts';

/**
 * Breaker b8c: keepUnzoomed (lib/content/shadow-host.ts, e855021) undoes a zoom on <html> only
 * when the controller's MutationObserver (childList + style/class/hidden) sees a change at the
 * moment the zoom is already in effect. A zoom <html> gets any other way after load is not undone:
 * the panel and markers are drawn at the page's zoom, markers away from their fields.
 */

const POLITICAL = '<select name=ddlZZMM><option value="">请选择</option><option>群众</option></select>';
const HEAD = '<style>html[data-size=big]{zoom:1.25} html[lang=en]{zoom:1.25} @media (max-width: 1000px){html{zoom:0.8}}</style>';
const ZOOM_PAGE = basicInfo(`<tr><td class=l><font color=red>*</font>政治面貌：</td><td>${POLITICAL}</td></tr>`, HEAD);

const CONTROL: [name: string, script: string][] = [['1.25 in its style (control: holds on main)', "document.documentElement.style.zoom = '1.25'"]];
const ZOOMS: [name: string, script: string][] = [
  // A 大字版 / 适老化 toolbar switching a data- attribute its stylesheet zooms <html> by.
  ['1.25 by a data- attribute on <html>', "document.documentElement.dataset.size = 'big'"],
  ['1.25 by the lang attribute on <html>', "document.documentElement.lang = 'en'"],
  // A stylesheet added after load by a <link> (loads after the childList mutation is seen).
  ['1.25 by a <link> stylesheet added after load', "const l = document.createElement('link'); l.rel = 'stylesheet'; l.href = URL.createObjectURL(new Blob(['html{zoom:1.25}'], {type: 'text/css'})); document.head.append(l)"],
  // A rule inserted through the CSSOM (no mutation at all).
  ['1.25 by a rule inserted through the CSSOM', "document.styleSheets[0].insertRule('html{zoom:1.25}', document.styleSheets[0].cssRules.length)"],
];

describe('breaker b8c: a zoom <html> gets after load other than by its style/class is undone (Chromium)', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await servePages((path) => (path === 'zoom' ? ZOOM_PAGE : undefined));
    browser = await launchExtension();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const look = () =>
    page.evaluate(() => {
      const field = document.querySelector('select')!.getBoundingClientRect();
      const root = document.querySelector('[data-zc-root]')!.shadowRoot!;
      const markers = Array.from(root.querySelectorAll<HTMLElement>('[data-testid="zc-field-marker"][data-placed]'), (m) => m.getBoundingClientRect());
      const m = markers.sort((a, b) => Math.abs(a.top - field.top) - Math.abs(b.top - field.top))[0];
      const panel = root.querySelector<HTMLElement & { currentCSSZoom: number }>('.zc-panel')!;
      const p = panel.getBoundingClientRect();
      return {
        htmlZoom: Math.round((document.documentElement as HTMLElement & { currentCSSZoom: number }).currentCSSZoom * 1000) / 1000,
        marker: m && { fromRight: Math.round(m.left - field.right), fromMiddle: Math.round(m.top + m.height / 2 - field.top - field.height / 2), size: [Math.round(m.width), Math.round(m.height)] },
        panel: { zoom: Math.round(panel.currentCSSZoom * 1000) / 1000, width: Math.round(p.width) },
      };
    });

  it.each([...CONTROL, ...ZOOMS])('<html> zoomed to %s: markers and panel stay at scale 1 beside the select', async (_name, zoom) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server.origin}/zoom`);
    await inOverlay(page, '[data-testid="zc-step"]').waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1500);
    const before = await look();
    expect(before.marker).toBeTruthy();
    expect(before.htmlZoom).toBe(1);
    await page.evaluate(zoom);
    await page.waitForTimeout(1500);
    const after = await look();
    expect(after.htmlZoom).toBe(1.25);
    expect({ marker: after.marker, panel: after.panel }).toEqual({ marker: before.marker, panel: before.panel });
  });

  it('<html> zoomed to 80 % by a media query once the window is narrowed after load: the panel stays at scale 1', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server.origin}/zoom`);
    await inOverlay(page, '[data-testid="zc-step"]').waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1500);
    const before = await look();
    await page.setViewportSize({ width: 990, height: 800 });
    await page.waitForTimeout(1500);
    const after = await look();
    expect(after.htmlZoom).toBe(0.8);
    expect(after.panel.zoom).toBe(1);
    expect(after.marker?.fromRight).toBe(before.marker?.fromRight);
  });

  it('a page loaded narrow (media query zoom 80 % at mount) then widened: the panel is not left at 1.25', async () => {
    await page.setViewportSize({ width: 990, height: 800 });
    await page.goto(`${server.origin}/zoom`);
    await inOverlay(page, '[data-testid="zc-step"]').waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1500);
    const narrow = await look();
    expect(narrow.htmlZoom).toBe(0.8);
    expect(narrow.panel.zoom).toBe(1);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.waitForTimeout(1500);
    const wide = await look();
    expect(wide.htmlZoom).toBe(1);
    expect(wide.panel.zoom).toBe(1);
  });

  it('<html> scaled by a transform after load (transform: scale(0.9)): markers and panel at scale 1 beside the select', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server.origin}/zoom`);
    await inOverlay(page, '[data-testid="zc-step"]').waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1500);
    const before = await look();
    await page.evaluate("document.documentElement.style.transform = 'scale(0.9)'; document.documentElement.style.transformOrigin = '0 0'");
    await page.waitForTimeout(1500);
    const after = await look();
    expect({ marker: after.marker, panel: after.panel }).toEqual({ marker: before.marker, panel: before.panel });
  });
});
