import { afterEach, describe, expect, it } from 'vitest';
import { keepUnzoomed, mountShadowHost } from '../../../lib/content/shadow-host';

/** Gives `<html>` the effective zoom `zoom` as Chromium reports it (happy-dom computes none). */
function zoomPage(zoom: number): void {
  Object.defineProperty(document.documentElement, 'currentCSSZoom', { value: zoom, configurable: true });
}

afterEach(() => {
  delete (document.documentElement as Partial<{ currentCSSZoom: number }>).currentCSSZoom;
  document.querySelector('[data-zc-root]')?.remove();
});

describe('keepUnzoomed', () => {
  it('undoes the zoom <html> has at mount and any zoom a page script gives it after, writing only when it changed', async () => {
    zoomPage(1.25);
    const { host } = mountShadowHost(document, '');
    expect(host.style.zoom).toBe('0.8');
    const writes: string[] = [];
    new MutationObserver((records) => writes.push(...records.map(() => host.style.zoom))).observe(host, { attributes: true });
    // IE-era pages: zoom: 80% on <html>, set by a script after load (breaker overlay8 item 2).
    zoomPage(0.8);
    keepUnzoomed(host);
    expect(host.style.zoom).toBe('1.25');
    zoomPage(1.1);
    keepUnzoomed(host);
    expect(parseFloat(host.style.zoom) * 1.1).toBeCloseTo(1, 5);
    // Asked again with nothing changed (its own write is a change of the page's attributes): no write.
    keepUnzoomed(host);
    keepUnzoomed(host);
    zoomPage(1);
    keepUnzoomed(host);
    expect(host.style.zoom).toBe('1');
    await Promise.resolve();
    expect(writes).toHaveLength(3);
  });
});
