import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { openStep, postBack } from '../portal/drive';
import { controlId, pageOf } from '../portal/pages';
import { APPLICATION_STEP_IDS } from '../../lib/portal/step-ids';
import { type PagesSession, type PortalSession, inOverlay, startPagesSession, startPortalSession, waitForStep } from './harness';
import { MARKER_LAYOUTS } from './marker-layouts';
import { PANEL_LAYOUTS } from './panel-layouts';

/**
 * Field markers sit beside their fields: on every step of the practice portal, no marker
 * covers the page's text or any of its controls (a marker may sit inside the right end of its
 * own text box, where the design puts it), and every marker is within the frame's viewport.
 * The case that prompted it: 完成并送审's 同意 checkbox at the frame's left edge, whose marker
 * went onto the 本人承诺 line above it.
 *
 * The panel, likewise, hides none of the portal's buttons and none of its red 注意说明 (the seed:
 * read the notice first), on every step and on every record step's 添加 form, and on the
 * hand-made pages of panel-layouts.ts. The case that prompted it: 业绩成果's record form, where
 * the panel took the top right corner over the end of the notice line.
 */

const shots = resolve('artifacts/e2e/checks');
const layoutShots = resolve('artifacts/e2e/markers');
const panelShots = resolve('artifacts/e2e/panel');

/** Where a marker overlaps page text, controls or another marker, described for the failure message. */
async function markerCollisions(frame: Frame | Page): Promise<string[]> {
  return frame.evaluate(() => {
    const host = document.querySelector('[data-zc-root]');
    // Hidden markers (their field out of sight) cover nothing.
    const markers = Array.from(host?.shadowRoot?.querySelectorAll<HTMLElement>('[data-testid="zc-field-marker"][data-placed]') ?? []);
    const overlap = (a: DOMRect, b: DOMRect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
    const inside = (a: DOMRect, b: DOMRect) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
    const texts: { text: string; rect: DOMRect }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of Array.from(range.getClientRects())) texts.push({ text: node.textContent.trim().slice(0, 20), rect });
    }
    const controls = Array.from(document.querySelectorAll<HTMLElement>('input:not([type=hidden]),select,textarea,button,img'));
    const problems: string[] = [];
    for (const marker of markers) {
      const m = marker.getBoundingClientRect();
      const name = `marker ${marker.dataset.control} at (${Math.round(m.left)}, ${Math.round(m.top)})`;
      if (m.left < 0 || m.top < 0 || m.right > document.documentElement.clientWidth || m.bottom > innerHeight) problems.push(`${name} is out of view`);
      for (const t of texts) if (overlap(m, t.rect)) problems.push(`${name} covers the text “${t.text}”`);
      for (const c of controls) {
        const r = c.getBoundingClientRect();
        const ownTextBox = (c.tagName === 'INPUT' || c.tagName === 'TEXTAREA') && inside(m, r);
        if (r.width > 0 && overlap(m, r) && !ownTextBox) problems.push(`${name} covers <${c.tagName.toLowerCase()} id=${c.id}>`);
      }
      for (const other of markers) if (other !== marker && overlap(m, other.getBoundingClientRect())) problems.push(`${name} overlaps marker ${other.dataset.control}`);
    }
    return problems;
  });
}

/**
 * Markers further than 100 CSS pixels (horizontal plus vertical gap) from every field of the
 * page: a marker sits beside a field or after the words of its checkbox (`data-control` is the
 * overlay's own index, unknown to the page), also on a page scaled with CSS zoom.
 */
async function markersAwayFromFields(frame: Frame | Page): Promise<string[]> {
  return frame.evaluate(() => {
    const host = document.querySelector('[data-zc-root]');
    const markers = Array.from(host?.shadowRoot?.querySelectorAll<HTMLElement>('[data-testid="zc-field-marker"][data-placed]') ?? []);
    const fields = Array.from(document.querySelectorAll('input:not([type=hidden]),select,textarea'), (f) => f.getBoundingClientRect());
    const gap = (a: DOMRect, b: DOMRect) => Math.max(0, a.left - b.right, b.left - a.right) + Math.max(0, a.top - b.bottom, b.top - a.bottom);
    return markers.flatMap((marker) => {
      const m = marker.getBoundingClientRect();
      const away = Math.min(...fields.map((f) => gap(m, f)));
      return away > 100 ? [`marker ${marker.dataset.control} at (${Math.round(m.left)}, ${Math.round(m.top)}) is ${Math.round(away)} px from the nearest field`] : [];
    });
  });
}

/**
 * Page-world probe: for every marker our overlay adds, whether the frame that first lays it out
 * shows it in place or not at all (a resize observation is delivered after that frame's layout
 * and before its paint) — never out of place.
 */
const FIRST_FRAME_PROBE = `(() => {
  const w = window;
  w.__markersFirstFrame = [];
  const seen = new WeakSet();
  const firstLayout = new ResizeObserver((entries) => {
    for (const e of entries) {
      const placed = e.target.style.left !== '' && e.target.style.top !== '';
      w.__markersFirstFrame.push(placed || getComputedStyle(e.target).visibility === 'hidden');
      firstLayout.unobserve(e.target);
    }
  });
  const watchRoot = (root) => new MutationObserver(() => {
    for (const m of root.querySelectorAll('[data-testid="zc-field-marker"]')) if (!seen.has(m)) { seen.add(m); firstLayout.observe(m); }
  }).observe(root, { childList: true, subtree: true });
  new MutationObserver((records, observer) => {
    const host = document.querySelector('[data-zc-root]');
    if (host && host.shadowRoot) { observer.disconnect(); watchRoot(host.shadowRoot); }
  }).observe(document, { childList: true, subtree: true });
})();`;

/**
 * Page-world probe: whether the panel was already measured (its band offsets set: controller.tsx
 * place()) when it first appears in the overlay's shadow root. The observers' callbacks run once
 * the task that draws the panel has finished its script, before any animation frame.
 */
const PANEL_PLACED_PROBE = `(() => {
  const w = window;
  const watch = (root) => {
    const look = () => {
      const panel = root.querySelector('.zc-panel');
      if (panel) w.__panelPlacedWhenDrawn = panel.style.getPropertyValue('--zc-band-top') !== '';
      return !!panel;
    };
    // The host may come with its panel drawn, in the same task.
    if (look()) return;
    const seen = new MutationObserver(() => look() && seen.disconnect());
    seen.observe(root, { childList: true, subtree: true });
  };
  new MutationObserver((records, observer) => {
    const host = document.querySelector('[data-zc-root]');
    if (host && host.shadowRoot) { observer.disconnect(); watch(host.shadowRoot); }
  }).observe(document, { childList: true, subtree: true });
})();`;

/** Waits until the markers stay where they are (placed or hidden); returns how many are placed. */
async function settledMarkers(frame: Frame | Page): Promise<number> {
  let last = '';
  for (let i = 0; i < 50; i++) {
    const now = await inOverlay(frame, '[data-testid="zc-field-marker"]').evaluateAll((els) =>
      els.map((el) => ((el as HTMLElement).dataset.placed === undefined ? 'hidden' : `${(el as HTMLElement).style.left},${(el as HTMLElement).style.top}`)).join(';'),
    );
    if (i > 2 && now === last) return now.split(';').filter((p) => p && p !== 'hidden').length;
    last = now;
    await frame.waitForTimeout(100);
  }
  throw new Error('markers kept moving');
}

/** Waits until the panel stays where it is; returns its rectangle. */
async function settledPanel(frame: Frame | Page): Promise<string> {
  const panel = inOverlay(frame, '.zc-panel');
  let last = '';
  for (let i = 0; i < 50; i++) {
    const box = await panel.boundingBox();
    const now = box ? `${Math.round(box.x)},${Math.round(box.y)},${Math.round(box.width)},${Math.round(box.height)}` : '';
    if (i > 2 && now && now === last) return now;
    last = now;
    await frame.waitForTimeout(100);
  }
  throw new Error('panel kept moving');
}

/**
 * What the panel covers: the page's buttons and the lines of its red or 注意 text, and every line
 * inside the elements `noticeLines` selects, described.
 */
async function panelCovers(frame: Frame | Page, noticeLines = ''): Promise<string[]> {
  return frame.evaluate((noticeLines) => {
    const inNotice = (el: Element) => !!noticeLines && !!el.closest(noticeLines);
    const panel = document.querySelector('[data-zc-root]')!.shadowRoot!.querySelector('.zc-panel')!.getBoundingClientRect();
    const overlap = (b: DOMRect) => Math.min(panel.right, b.right) - Math.max(panel.left, b.left) > 0.5 && Math.min(panel.bottom, b.bottom) - Math.max(panel.top, b.top) > 0.5;
    const problems: string[] = [];
    for (const b of Array.from(document.querySelectorAll<HTMLElement>('input[type=button],input[type=submit],input[type=image],input[type=file],button'))) {
      const r = b.getBoundingClientRect();
      if (r.width > 0 && overlap(r)) problems.push(`button “${(b as HTMLInputElement).value || b.textContent || b.getAttribute('name')}”`);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('[data-zc-root]')) continue;
      const [r, g, b] = (getComputedStyle(parent).color.match(/\d+/g) ?? []).map(Number) as [number, number, number];
      if (!(r > 150 && g < 80 && b < 80) && !text.includes('注意') && !inNotice(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      if (Array.from(range.getClientRects()).some(overlap)) problems.push(`notice “${text.slice(0, 24)}”`);
    }
    return problems;
  }, noticeLines);
}

describe('field markers and the panel on the practice portal', () => {
  let session: PortalSession;
  let page: Page;

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    await mkdir(panelShots, { recursive: true });
    session = await startPortalSession();
    ({ page } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('cover no page text or control on any step, and stay in view', async () => {
    let total = 0;
    for (const step of APPLICATION_STEP_IDS) {
      const frame = await openStep(page, step);
      await waitForStep(frame, step);
      total += await settledMarkers(frame);
      expect(await markerCollisions(frame), step).toEqual([]);
    }
    // Enough markers to mean something: the empty forms have many findings.
    expect(total).toBeGreaterThan(10);
  });

  it('never shows a marker out of place, even in its first frame (at the end of the page)', async () => {
    await page.addInitScript({ content: FIRST_FRAME_PROBE });
    const frame = await openStep(page, 'basic-info');
    await waitForStep(frame, 'basic-info');
    await settledMarkers(frame);
    const firstFrames = await frame.evaluate(() => (window as unknown as { __markersFirstFrame: boolean[] }).__markersFirstFrame);
    expect(firstFrames.length).toBeGreaterThan(5);
    expect(firstFrames.filter((placed) => !placed)).toEqual([]);
  });

  it('measures the panel in the task that draws it, so that its first frame only paints (issue 9)', async () => {
    await page.addInitScript({ content: PANEL_PLACED_PROBE });
    const frame = await openStep(page, 'basic-info');
    await waitForStep(frame, 'basic-info');
    expect(await frame.evaluate(() => (window as unknown as { __panelPlacedWhenDrawn?: boolean }).__panelPlacedWhenDrawn)).toBe(true);
  });

  it('puts the marker of 完成并送审’s 同意 after its label, on its line', async () => {
    const frame = await openStep(page, 'submit');
    await waitForStep(frame, 'submit');
    await settledMarkers(frame);
    const geometry = await frame.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('input[type=checkbox]')!;
      const label = box.labels![0]!.getBoundingClientRect();
      const host = document.querySelector('[data-zc-root]')!;
      const markers = Array.from(host.shadowRoot!.querySelectorAll('[data-testid="zc-field-marker"]')).map((m) => m.getBoundingClientRect());
      const marker = markers.find((m) => m.top < label.bottom && m.bottom > label.top && m.left >= label.right);
      return marker ? { gap: marker.left - label.right } : null;
    });
    expect(geometry).not.toBeNull();
    expect(geometry!.gap).toBeLessThan(12);
    await page.screenshot({ path: `${shots}/submit-consent-marker.png` });
  });

  it('a marker’s press, and a finding’s 定位 in the panel, take the user to the field (on-demand.js loaded by the first)', async () => {
    const frame = await openStep(page, 'basic-info');
    await waitForStep(frame, 'basic-info');
    await settledMarkers(frame);
    const focused = () => frame.evaluate(() => (/^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement?.tagName ?? '') ? document.activeElement!.id : null));
    expect(await focused()).toBeNull();
    const marker = inOverlay(frame, '[data-testid="zc-field-marker"][data-placed]').last();
    const control = await marker.getAttribute('data-control');
    await marker.click();
    await expect.poll(focused).not.toBeNull();
    // The marker stays beside the field it took him to.
    const gap = () =>
      frame.evaluate((control) => {
        const m = document.querySelector('[data-zc-root]')!.shadowRoot!.querySelector(`[data-testid="zc-field-marker"][data-control="${control}"]`)!.getBoundingClientRect();
        const f = document.activeElement!.getBoundingClientRect();
        return Math.max(0, m.left - f.right, f.left - m.right) + Math.max(0, m.top - f.bottom, f.top - m.bottom);
      }, control);
    await expect.poll(gap).toBeLessThan(40);
    await frame.evaluate(() => (document.activeElement as HTMLElement).blur());
    expect(await focused()).toBeNull();
    await inOverlay(frame, '[data-testid="zc-finding"] button').first().click();
    await expect.poll(focused).not.toBeNull();
  });

  it('the panel covers no button and no 注意说明 on any step, nor on any record step’s 添加 form', async () => {
    let forms = 0;
    for (const step of APPLICATION_STEP_IDS) {
      const frame = await openStep(page, step);
      await waitForStep(frame, step);
      await settledPanel(frame);
      expect(await panelCovers(frame), step).toEqual([]);
      const def = pageOf(step);
      if (def.kind !== 'records') continue;
      await postBack(frame, `#${controlId(def, def.buttons.add)}`);
      await waitForStep(frame, step);
      await settledPanel(frame);
      expect(await panelCovers(frame), `${step} 添加`).toEqual([]);
      await page.screenshot({ path: `${panelShots}/${step}-form.png` });
      forms++;
    }
    expect(forms).toBe(APPLICATION_STEP_IDS.filter((step) => pageOf(step).kind === 'records').length);
    expect(forms).toBeGreaterThan(3);
  });
});

describe('field markers on hand-made layouts', () => {
  let session: PagesSession;
  let origin: string;
  let page: Page;

  beforeAll(async () => {
    await mkdir(layoutShots, { recursive: true });
    await mkdir(panelShots, { recursive: true });
    session = await startPagesSession((path) => (path.startsWith('p') ? PANEL_LAYOUTS[Number(path.slice(1))] : MARKER_LAYOUTS[Number(path)])?.html, { profileFile: null });
    origin = session.server.origin;
    page = await session.browser.context.newPage();
  });

  afterAll(async () => {
    await session?.close();
  });

  it.each(MARKER_LAYOUTS.map((layout, index) => [layout.name, index] as const))('%s: covers nothing, hides when its field is out of sight', async (_name, index) => {
    const layout = MARKER_LAYOUTS[index]!;
    await page.goto(`${origin}/${index}`);
    await inOverlay(page, '[data-testid="zc-step"]').waitFor({ timeout: 15_000 });
    if (layout.afterStart) await page.evaluate(layout.afterStart);
    expect(await settledMarkers(page)).toBeGreaterThan(0);
    await page.screenshot({ path: `${layoutShots}/${String(index + 1).padStart(2, '0')}.png`, clip: { x: 0, y: 0, width: 1280, height: 320 } });
    expect(await markerCollisions(page)).toEqual([]);
    expect(await markersAwayFromFields(page)).toEqual([]);
    // The panel at scale 1 and wholly in view, whatever the page does to its own scale.
    expect(
      await page.evaluate(() => {
        const panel = document.querySelector('[data-zc-root]')!.shadowRoot!.querySelector('.zc-panel')!;
        const r = panel.getBoundingClientRect();
        return { zoom: (panel as HTMLElement & { currentCSSZoom: number }).currentCSSZoom, inView: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight };
      }),
    ).toEqual({ zoom: 1, inView: true });
    if (layout.shiftField) {
      // The select's marker: where it is from the select, before and after the select moves.
      const offset = () =>
        page.evaluate(() => {
          const field = document.querySelector('select')!.getBoundingClientRect();
          const markers = Array.from(document.querySelector('[data-zc-root]')!.shadowRoot!.querySelectorAll<HTMLElement>('[data-testid="zc-field-marker"][data-placed]'), (m) => m.getBoundingClientRect());
          const nearest = markers.sort((a, b) => Math.abs(a.top - field.top) - Math.abs(b.top - field.top))[0]!;
          return { field: Math.round(field.top), dx: Math.round(nearest.left - field.left), dy: Math.round(nearest.top - field.top) };
        });
      const before = await offset();
      await page.evaluate(layout.shiftField);
      await page.waitForTimeout(300);
      await settledMarkers(page);
      const after = await offset();
      expect(after.field).toBeGreaterThan(before.field + 50);
      expect({ dx: after.dx, dy: after.dy }).toEqual({ dx: before.dx, dy: before.dy });
      expect(await markerCollisions(page)).toEqual([]);
    }
    if (!layout.scrollAway) return;
    await page.evaluate(layout.scrollAway);
    await settledMarkers(page);
    expect(await markerCollisions(page)).toEqual([]);
    // The scrolled field's marker is hidden: nothing shows where the field is no more.
    const fieldMarkerShown = await page.evaluate(() => {
      const field = document.querySelector('select')!.getBoundingClientRect();
      const host = document.querySelector('[data-zc-root]')!;
      return Array.from(host.shadowRoot!.querySelectorAll<HTMLElement>('[data-testid="zc-field-marker"][data-placed]')).some((m) => Math.abs(m.getBoundingClientRect().top - field.top) < 30);
    });
    expect(fieldMarkerShown).toBe(false);
  });

  it.each(PANEL_LAYOUTS.map((layout, index) => [layout.name, index] as const))('panel, %s: covers no button and no notice line', async (_name, index) => {
    await page.goto(`${origin}/p${index}`);
    await inOverlay(page, '[data-testid="zc-step"]').waitFor({ timeout: 15_000 });
    await settledPanel(page);
    await page.screenshot({ path: `${panelShots}/layout-${index + 1}.png` });
    expect(await panelCovers(page, PANEL_LAYOUTS[index]!.noticeLines)).toEqual([]);
  });
});
