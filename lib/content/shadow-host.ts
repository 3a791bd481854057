/** The overlay's host element name (a custom-element name, so the portal's CSS never matches it). */
const HOST_TAG = 'zc-overlay';

export interface ShadowHost {
  /** The host element in the page: `<zc-overlay data-zc-root>` (the automation contract's hook). */
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where Preact renders. */
  container: HTMLElement;
}

/**
 * Mounts our UI root: an element after `<body>`, the last child of `<html>`, with an OPEN shadow
 * root (test automation reaches into it; spec/test-contract.md), our stylesheet inside it, and a
 * container. It stays at scale 1 when the page zooms or scales its body, and when it zooms
 * `<html>` (see keepUnzoomed). The portal's styles cannot reach in (`:host { all: initial }` in the sheet) and
 * ours cannot leak out. The root being open, page scripts can reach our buttons: our handlers
 * take the user's own input only (./user-events.ts).
 *
 * Written here rather than with WXT's createShadowRootUi because that helper also bundles a
 * `fetch`-based stylesheet loader; the content script must contain no network API at all
 * (issue 9, checked by tests/e2e/security.test.ts).
 *
 * @param doc the frame's document (must have a document element).
 * @param css the overlay stylesheet as text.
 * @returns the mounted host (it stays for the page's lifetime: invalidation draws the disconnected note into it).
 */
export function mountShadowHost(doc: Document, css: string): ShadowHost {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-zc-root', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  // After <body>, not in it: a zoom or transform a page sets on its body (IE-era pages enlarge
  // themselves so, also after load) does not reach our UI, whose markers are placed in viewport
  // pixels. A zoom on <html> is undone.
  doc.documentElement.append(host);
  keepUnzoomed(host);
  return { host, shadow, container };
}

/**
 * Undoes the zoom the page's `<html>` has now (`zoom: 1.1`, `zoom: 80%`, also set by a script
 * after load) with the host's own, so our UI stays at scale 1: Chromium's getBoundingClientRect
 * answers in zoomed CSS pixels, the viewport's, where the markers are placed. Writes only when
 * that zoom changed (a write is itself a change of the page's attributes, which calls this).
 * @param host the mounted host (a child of `<html>`).
 */
export function keepUnzoomed(host: HTMLElement): void {
  const undo = 1 / (host.ownerDocument.documentElement.currentCSSZoom || 1);
  if (Math.abs(parseFloat(host.style.zoom || '1') - undo) > 1e-3) host.style.zoom = String(undo);
}
