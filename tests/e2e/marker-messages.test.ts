import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, type PageServer, inOverlay, launchExtension, servePages } from './harness';
import { basicInfo } from './marker-layouts';

/**
 * A message the page shows right after a field — an ASP.NET validator's `*必填` made visible on
 * 保存 or a blur (Display="Static": laid out all along, `visibility: hidden` until then;
 * "Dynamic": `display: none` until then), another script's 格式不正确 — is never under the field's
 * marker: the marker steps past it when it appears, and back beside the field when it goes
 * (lib/overlay/marker-anchor.ts textAfter; breaker 8c, where the marker sat over the portal's own
 * *必填 beside an unmoved select). Measured with boxes: the marker's against every line box of
 * the message's text.
 */

const shots = resolve('artifacts/e2e/markers');
const POLITICAL = '<select name=ddlZZMM><option value="">请选择</option><option>群众</option></select>';

interface Case {
  name: string;
  /** The field's cell: the field, then the page's message `#msg` (hidden at load). */
  cell: string;
  /** Page script that shows `#msg` as the page's own script does. */
  show: string;
  /** Page script that hides it again (the value corrected). */
  hide: string;
}

const row = (cell: string) => basicInfo(`<tr><td class=l><font color=red>*</font>${cell.includes('txtSJ') ? '手机号码' : '政治面貌'}：</td><td>${cell}</td></tr>`);

const CASES: Case[] = [
  {
    name: 'Display="Static": *必填 made visible beside the select on 保存',
    cell: `${POLITICAL}<span id="msg" style="color:Red;visibility:hidden;">*必填</span>`,
    show: "document.getElementById('msg').style.visibility = 'visible'",
    hide: "document.getElementById('msg').style.visibility = 'hidden'",
  },
  {
    name: 'Display="Dynamic": *必填 displayed beside the select on 保存',
    cell: `${POLITICAL}\n<span id="msg" style="color:Red;display:none;">*必填</span>`,
    show: "document.getElementById('msg').style.display = 'inline'",
    hide: "document.getElementById('msg').style.display = 'none'",
  },
  {
    // Two validators on one field: the first stays hidden, the second's longer message shows.
    name: 'the second of two Dynamic validators, its message displayed beside the select',
    cell: `${POLITICAL}<span id="rfv" style="color:Red;display:none;">*</span><span id="msg" class="tip" style="color:Red;display:none;">请选择政治面貌</span>`,
    show: "document.getElementById('msg').style.display = 'inline'",
    hide: "document.getElementById('msg').style.display = 'none'",
  },
  {
    // A wrong value's marker sits outside its filled box: the page's own message after it on blur.
    name: 'a format message made visible beside a filled text box when it loses focus',
    cell: `<input name=txtSJ style="width:120px" value="139260012345678" onblur="document.getElementById('msg').style.visibility = 'visible'"><span id="msg" style="color:Red;visibility:hidden;">手机号码格式不正确</span>`,
    show: "const f = document.querySelector('input[name=txtSJ]'); f.focus(); f.blur()",
    hide: "document.getElementById('msg').style.visibility = 'hidden'",
  },
];

/** A page loaded with the message already shown (a 保存 posted back with the error). */
const SHOWN_AT_LOAD = row(`${POLITICAL}<span id="msg" style="color:Red;">*必填</span>`);

describe('a field marker never covers the message the page shows right after its field (Chromium)', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    server = await servePages((path) => (path === 'loaded' ? SHOWN_AT_LOAD : CASES[Number(path)] && row(CASES[Number(path)]!.cell)));
    browser = await launchExtension();
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * The field's marker (the placed one nearest the field's line), how far its left edge is from
   * the field's right edge, whether it is on the field's line, and how many square pixels of it
   * lie over the line boxes of `#msg`'s text (none while the message is not drawn).
   */
  const look = () =>
    page.evaluate(() => {
      const field = document.querySelector('#msg')!.parentElement!.querySelector('select,input')!.getBoundingClientRect();
      const root = document.querySelector('[data-zc-root]')!.shadowRoot!;
      const markers = Array.from(root.querySelectorAll<HTMLElement>('[data-testid="zc-field-marker"][data-placed]'), (m) => m.getBoundingClientRect());
      const m = markers.sort((a, b) => Math.abs(a.top + a.height / 2 - field.top - field.height / 2) - Math.abs(b.top + b.height / 2 - field.top - field.height / 2))[0];
      if (!m) return null;
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('msg')!);
      const lines = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0 && getComputedStyle(document.getElementById('msg')!).visibility === 'visible');
      const covered = lines.reduce((sum, r) => sum + Math.max(0, Math.min(m.right, r.right) - Math.max(m.left, r.left)) * Math.max(0, Math.min(m.bottom, r.bottom) - Math.max(m.top, r.top)), 0);
      return {
        fromField: Math.round(m.left - field.right),
        onLine: m.top < field.bottom && m.bottom > field.top,
        messageShown: lines.length > 0,
        covered: Math.round(covered),
        pastMessage: lines.every((r) => m.left >= r.right),
      };
    });

  /** Waits until the marker stays where it is, then looks. */
  const settled = async () => {
    let last = '';
    for (let i = 0; i < 40; i++) {
      const now = JSON.stringify(await look());
      if (i > 2 && now === last) return JSON.parse(now) as Awaited<ReturnType<typeof look>>;
      last = now;
      await page.waitForTimeout(100);
    }
    throw new Error('marker kept moving');
  };

  it.each(CASES.map((c, i) => [c.name, i] as const))('%s: the marker steps past the message, then back', async (_name, index) => {
    const c = CASES[index]!;
    await page.goto(`${server.origin}/${index}`);
    await inOverlay(page, '[data-testid="zc-step"]').waitFor({ timeout: 15_000 });
    const before = await settled();
    expect(before).toMatchObject({ onLine: true, messageShown: false });
    await page.evaluate(c.show);
    const shown = await settled();
    await page.screenshot({ path: `${shots}/message-${index + 1}-shown.png`, clip: { x: 0, y: 0, width: 1280, height: 260 } });
    expect(shown).toMatchObject({ messageShown: true, covered: 0, onLine: true, pastMessage: true });
    await page.evaluate(c.hide);
    const hidden = await settled();
    // Back beside the field where it was before the message showed.
    expect(hidden).toEqual(before);
  });

  it('a message already shown when the page loads (保存 posted back): the marker is placed past it', async () => {
    await page.goto(`${server.origin}/loaded`);
    await inOverlay(page, '[data-testid="zc-step"]').waitFor({ timeout: 15_000 });
    expect(await settled()).toMatchObject({ messageShown: true, covered: 0, onLine: true, pastMessage: true });
  });
});
