import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inOverlay, waitForStep } from './harness';
import { pagesSession } from './pages-suite';
import { findings, waitForMarkersPlaced } from './overlay-driver';
import { basicInfo } from './marker-layouts';

/**
 * A field moved without a scroll, a resize of anything watched or a DOM change the overlay
 * redraws for — an image loading above it, a <details> opened, a transition — takes its marker
 * along (lib/overlay/follow-field.ts; breaker 7d, which found the marker left behind), and so
 * does one moved sideways by a box beside it widened through its `size` or `cols` attribute (no
 * event tells of it, nothing watched changes size) or by a text before it rewritten through its
 * text node's `data` (breaker b8c). A zoom `<html>` gets after load — from a page script, a
 * `data-` or `lang` attribute a 大字版 toolbar's stylesheet zooms it by, a `<link>` stylesheet
 * added, a media query crossed as the window is resized — leaves the markers and the panel at
 * scale 1, each marker where it was beside its field (breaker b8c); so does a rule inserted
 * through the CSSOM, which raises no event but changes `<html>`'s size (breaker 8c item 2;
 * lib/content/shadow-host.ts).
 */

const POLITICAL = '<select name=ddlZZMM><option value="">请选择</option><option>群众</option></select>';
const PIXEL = 'data:image/svg+xml,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><rect width="200" height="60" fill="#ccc"/></svg>');

interface Case {
  name: string;
  html: string;
  /** Page script that moves the select (nothing scrolls, the page does not change size). */
  shift: string;
  /** How long the select takes to move after `shift` (ms; its marker is awaited beside it for 4 s more). */
  wait: number;
}

/** The select after `neighbour` in its cell, in a line of its own in the form. */
const besideBox = (neighbour: string) => basicInfo(`<tr><td class=l><font color=red>*</font>政治面貌：</td><td>${neighbour}${POLITICAL}</td></tr>`);

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
  {
    // A page script widening a box before the select in its cell (to fit what it wrote there).
    name: 'a box before the select widened by its size attribute',
    html: besideBox('<input id=w size=5 readonly> '),
    shift: "document.getElementById('w').size = 40",
    wait: 1000,
  },
  {
    name: 'a text area before the select widened by its cols attribute',
    html: besideBox('<textarea id=w cols=5 rows=1 readonly></textarea> '),
    shift: "document.getElementById('w').cols = 40",
    wait: 1000,
  },
  {
    // A status label before the select rewritten by a script through its text node (a
    // characterData change: no attribute, no element added, nothing watched resized).
    name: "a text before the select lengthened through its text node's data",
    html: besideBox('<span id=t>状态：</span>'),
    shift: "document.getElementById('t').firstChild.data = '状态：已由单位人事部门审核通过，请核对后继续填写'",
    wait: 1000,
  },
];

/** Zooms a page script gives `<html>` after load, as IE-era pages do (`zoom: 1.1`, `zoom: 80%`). */
const ZOOMS: [name: string, script: string][] = [
  ['1.25 in its style', "document.documentElement.style.zoom = '1.25'"],
  ['80 % by a class', "document.head.insertAdjacentHTML('beforeend', '<style>.small{zoom:80%}</style>'); document.documentElement.className = 'small'"],
  // A 大字版 / 适老化 toolbar switching an attribute its stylesheet zooms <html> by (ZOOM_HEAD).
  ['1.25 by a data- attribute', "document.documentElement.dataset.size = 'big'"],
  ['1.25 by the lang attribute', "document.documentElement.lang = 'en'"],
  // A stylesheet added by a <link>: its rules apply when it loads, after the DOM change was seen.
  ['1.25 by a <link> stylesheet added', "const l = document.createElement('link'); l.rel = 'stylesheet'; l.href = URL.createObjectURL(new Blob(['html{zoom:1.25}'], {type: 'text/css'})); document.head.append(l)"],
  // A rule inserted through the CSSOM (no attribute, no element, no load: only <html>'s size changes).
  ['1.25 by a rule inserted through the CSSOM', "document.styleSheets[0].insertRule('html{zoom:1.25}', document.styleSheets[0].cssRules.length)"],
];
/** The zoom page's stylesheet: <html> zoomed by its attributes, and to 80 % in a window narrower than 1000 px. */
const ZOOM_HEAD = '<style>html[data-size=big]{zoom:1.25} html[lang=en]{zoom:1.25} @media (max-width: 1000px){html{zoom:0.8}}</style>';
const ZOOM_PAGE = basicInfo(`<tr><td class=l><font color=red>*</font>政治面貌：</td><td>${POLITICAL}</td></tr>`, ZOOM_HEAD);

/**
 * Breaker 27 F5: a field inside a scrolling box (overflow:auto) and scrolled out of it is not
 * shown, so its marker is not either; scrolled into the box, it is. At 5af0f63 the marker was
 * drawn below the box over blank page: the hit test at the field's centre found the form that
 * wraps the box, and an element wrapping the field counted as the field shown (as a <label> drawn
 * over its checkbox does). A checkbox whose label is on top keeps its marker.
 */
const row = (label: string, control: string) => `<tr><td>${label}：</td><td>${control}</td></tr>`;
const form = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>广州市职称业务申报与管理系统</title></head><body><form method="post" action="/posted">
<div>您现在的位置：初次职称考核认定 &gt;&gt; 工作期间奖惩情况/个人专业技术工作小结</div>${body}<input type="submit" value="保存并下一步"></form></body></html>`;
const SCROLL_BOX_PAGE = form(`<div id="sc" style="height:300px;overflow:auto;border:1px solid #999"><div style="height:600px">填表说明……</div>
<table>${row('工作期间奖惩情况', '<textarea id="txtJCQK"></textarea>')}${row('个人专业技术工作小结', '<textarea id="txtGZXJ">本人2020年7月毕业于华南理工大学环境工程专业，从事环境监测工作四年。</textarea>')}</table></div>`);

/** One browser for the file's two blocks, no profile imported (the markers need none). */
const session = pagesSession((path) => (path === 'zoom' ? ZOOM_PAGE : path === 'scroll-box' ? SCROLL_BOX_PAGE : CASES[Number(path)]?.html), { profileFile: null });

describe('a marker follows its field moved by a load, a toggle or a transition above it (Chromium)', () => {
  let page: Page;

  beforeAll(async () => {
    page = await session.browser.context.newPage();
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
    await page.goto(`${session.server.origin}/${index}`);
    await inOverlay(page, '[data-testid="zc-step"]').waitFor({ timeout: 15_000 });
    await waitForMarkersPlaced(page.mainFrame());
    const before = await offset();
    expect(before).not.toBeNull();
    await page.evaluate(c.shift);
    // Polled until the select has moved (a load, a transition take their time): by then its
    // marker is where it was beside it, or the poll fails after the case's time.
    await expect
      .poll(async () => {
        const after = await offset();
        return after && { moved: after.field.join() !== before!.field.join(), dx: after.dx, dy: after.dy };
      }, { timeout: c.wait + 4_000 })
      .toEqual({ moved: true, dx: before!.dx, dy: before!.dy });
  });

  /** Where the select's marker is from the select's right edge and middle, its size, and the panel's scale and width. */
  const look = () =>
    page.evaluate(() => {
      const field = document.querySelector('select')!.getBoundingClientRect();
      const root = document.querySelector('[data-zc-root]')!.shadowRoot!;
      const markers = Array.from(root.querySelectorAll<HTMLElement>('[data-testid="zc-field-marker"][data-placed]'), (m) => m.getBoundingClientRect());
      const m = markers.sort((a, b) => Math.abs(a.top - field.top) - Math.abs(b.top - field.top))[0];
      const panel = root.querySelector<HTMLElement & { currentCSSZoom: number }>('.zc-panel')!;
      const p = panel.getBoundingClientRect();
      return {
        zoom: Math.round((document.documentElement as HTMLElement & { currentCSSZoom: number }).currentCSSZoom * 1000) / 1000,
        marker: m && { fromRight: Math.round(m.left - field.right), fromMiddle: Math.round(m.top + m.height / 2 - field.top - field.height / 2), size: [Math.round(m.width), Math.round(m.height)] },
        panel: { zoom: panel.currentCSSZoom, width: Math.round(p.width), inView: p.left >= 0 && p.top >= 0 && p.right <= innerWidth && p.bottom <= innerHeight },
      };
    });

  /** Opens the zoom page in a window `width` px wide and waits for the markers. */
  const openZoomPage = async (width: number) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${session.server.origin}/zoom`);
    await inOverlay(page, '[data-testid="zc-step"]').waitFor({ timeout: 15_000 });
    await waitForMarkersPlaced(page.mainFrame());
  };

  it.each(ZOOMS)('<html> zoomed to %s after load: markers and panel at scale 1, the marker beside its select', async (_name, zoom) => {
    await openZoomPage(1280);
    const before = await look();
    expect(before.marker).toBeTruthy();
    expect(before.zoom).toBe(1);
    await page.evaluate(zoom);
    // Polled until <html> is zoomed: the marker and the panel are then as before, or the poll fails.
    await expect
      .poll(async () => {
        const after = await look();
        return { zoomed: after.zoom !== 1, marker: after.marker, panel: after.panel };
      }, { timeout: 5_000 })
      .toEqual({ zoomed: true, marker: before.marker, panel: before.panel });
  });

  it('<html> zoomed to 80 % by a media query as the window is narrowed after load, and back as it is widened: the panel at scale 1, the marker beside its select', async () => {
    await openZoomPage(1280);
    const wide = await look();
    await page.setViewportSize({ width: 990, height: 800 });
    await expect
      .poll(async () => {
        const narrow = await look();
        return { zoom: narrow.zoom, panelZoom: narrow.panel.zoom, marker: narrow.marker };
      }, { timeout: 5_000 })
      .toEqual({ zoom: 0.8, panelZoom: 1, marker: wide.marker });
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(look, { timeout: 5_000 }).toEqual({ zoom: 1, marker: wide.marker, panel: wide.panel });
  });

  it('a page opened narrow (80 % by a media query at mount) then widened: the panel is not left at 1.25', async () => {
    await openZoomPage(990);
    const narrow = await look();
    expect(narrow.zoom).toBe(0.8);
    expect(narrow.panel.zoom).toBe(1);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(async () => { const wide = await look(); return { zoom: wide.zoom, panelZoom: wide.panel.zoom }; }, { timeout: 5_000 }).toEqual({ zoom: 1, panelZoom: 1 });
  });
});

describe('a field scrolled out of a scrolling box', () => {
  it('has no marker shown while it is clipped away, and has one once it is scrolled in', async () => {
    const { tab, frame } = await session.open('scroll-box');
    await waitForStep(frame, 'awards-summary');
    await expect.poll(async () => (await findings(frame)).map((f) => f.checkId), { timeout: 5_000 }).toContain('awards-empty');
    const placed = inOverlay(frame, '[data-testid="zc-field-marker"][data-placed]');
    // The marker's first placement made: without data-placed it is hidden, not yet to come.
    await waitForMarkersPlaced(frame);
    const [fieldTop, boxBottom] = await frame.evaluate(() => [document.getElementById('txtJCQK')!.getBoundingClientRect().top, document.getElementById('sc')!.getBoundingClientRect().bottom]);
    expect(fieldTop).toBeGreaterThan(boxBottom!);
    expect(await placed.count()).toBe(0);
    await frame.evaluate(() => { document.getElementById('sc')!.scrollTop = 500; });
    await expect.poll(() => placed.count(), { timeout: 3_000 }).toBe(1);
    await tab.close();
  });
});
