import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changesSheets, mountShadowHost } from '../../../lib/content/shadow-host';

/** Animation frames run by hand: `frame()` runs the callbacks requested so far. */
let frames: FrameRequestCallback[] = [];
function frame(): void {
  const now = frames;
  frames = [];
  for (const callback of now) callback(0);
}

/** How often `<html>`'s zoom was read (each read computes the whole page's style in Chromium). */
let reads = 0;
/** Gives `<html>` the effective zoom `zoom` as Chromium reports it (happy-dom computes none), counting reads. */
function zoomPage(zoom: number): void {
  Object.defineProperty(document.documentElement, 'currentCSSZoom', {
    get: () => (reads++, zoom),
    configurable: true,
  });
}

/** The ResizeObservers' callbacks by the element each observes (happy-dom's never call back). */
const onResize = new Map<Element, () => void>();
class FakeResizeObserver {
  constructor(private readonly callback: () => void) {}
  observe(target: Element) {
    onResize.set(target, this.callback);
  }
  unobserve() {}
  disconnect() {}
}

/** Lets the MutationObservers' callbacks run. */
const observed = () => new Promise<void>((resolve) => setTimeout(resolve));

beforeEach(() => {
  frames = [];
  reads = 0;
  onResize.clear();
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
});

afterEach(() => {
  vi.unstubAllGlobals();
  delete (document.documentElement as Partial<{ currentCSSZoom: number }>).currentCSSZoom;
  for (const name of document.documentElement.getAttributeNames()) document.documentElement.removeAttribute(name);
  document.querySelector('[data-zc-root]')?.remove();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('keepUnzoomed (through mountShadowHost)', () => {
  // One test: the watch lasts the host's lifetime, a second host in the same document would be heard too.
  it('undoes the zoom <html> has at mount at once, and reads it again in the next frame after an attribute of any name on <html> (a 大字版 toolbar\'s data-size, lang), a stylesheet\'s load, a resize, a change of <html>\'s size, or when asked; once per frame, writing only when it changed', async () => {
    zoomPage(1.25);
    const { host, unzoom } = mountShadowHost(document, '');
    expect(host.style.zoom).toBe('0.8');
    expect(reads).toBe(1);
    zoomPage(1);
    unzoom();
    frame();
    const writes: string[] = [];
    new MutationObserver((records) => writes.push(...records.map(() => host.style.zoom))).observe(host, { attributes: true });
    const html = document.documentElement;
    const look = async (change: () => void, zoom: number) => {
      reads = 0;
      zoomPage(zoom);
      change();
      await observed();
      expect(reads).toBe(0);
      frame();
      expect(reads).toBe(1);
    };
    // html[data-size=big]{zoom:1.25}: a toolbar switching a data- attribute after load.
    await look(() => (html.dataset.size = 'big'), 1.25);
    expect(host.style.zoom).toBe('0.8');
    await look(() => html.setAttribute('lang', 'en'), 0.8);
    expect(host.style.zoom).toBe('1.25');
    // A <link> stylesheet added after load applies its rules when it loads (load does not bubble).
    const link = document.head.appendChild(document.createElement('link'));
    await look(() => link.dispatchEvent(new Event('load')), 1.1);
    expect(parseFloat(host.style.zoom) * 1.1).toBeCloseTo(1, 5);
    // A media query crossed as the window is narrowed.
    await look(() => window.dispatchEvent(new Event('resize')), 1);
    expect(host.style.zoom).toBe('1');
    // A rule inserted through the CSSOM (insertRule) raises no event; <html>'s size changes (breaker 8c item 2).
    await look(() => onResize.get(html)!(), 1.25);
    expect(host.style.zoom).toBe('0.8');
    // Asked by the controller (a <style> added); many asks and changes before a frame: one read.
    await look(() => {
      unzoom();
      html.className = 'small';
      html.style.setProperty('--x', '1');
      window.dispatchEvent(new Event('resize'));
      unzoom();
    }, 1);
    await observed();
    expect(writes).toEqual(['0.8', '1.25', String(1 / 1.1), '1', '0.8', '1']);
    // What cannot change <html>'s zoom is not heard: a child's attribute, an image's load.
    reads = 0;
    document.body.className = 'hl';
    document.body.appendChild(document.createElement('img')).dispatchEvent(new Event('load'));
    await observed();
    frame();
    expect(reads).toBe(0);
  });
});

describe('changesSheets', () => {
  it('says which DOM changes may change the page\'s stylesheets: a <style> or <link> added, removed or rewritten, nothing else', async () => {
    const style = document.head.appendChild(document.createElement('style'));
    const seen: boolean[][] = [];
    const observer = new MutationObserver((records) => seen.push(records.map(changesSheets)));
    observer.observe(document.documentElement, { childList: true, subtree: true, attributeFilter: ['style', 'class', 'hidden'] });
    const steps: [string, () => void, boolean][] = [
      ['a class toggled on <body>', () => document.body.classList.toggle('hl'), false],
      ['a row added', () => document.body.append(document.createElement('div')), false],
      ['a text replaced', () => (document.body.firstElementChild!.textContent = '服务器时间'), false],
      ['a <style> added', () => document.head.append(document.createElement('style')), true],
      ['a <link> added', () => document.head.append(document.createElement('link')), true],
      ['a <style> rewritten', () => (style.textContent = 'html{zoom:1.25}'), true],
      ['a <style> removed', () => style.remove(), true],
    ];
    const answers: [string, boolean][] = [];
    for (const [name, step] of steps) {
      step();
      await observed();
      answers.push([name, seen.pop()!.some(Boolean)]);
    }
    observer.disconnect();
    expect(answers).toEqual(steps.map(([name, , answer]) => [name, answer]));
  });
});
