/** The overlay's host element name (a custom-element name, so the portal's CSS never matches it). */
const HOST_TAG = 'zc-overlay';

export interface ShadowHost {
  /** The host element in the page: `<zc-overlay data-zc-root>` (the automation contract's hook). */
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where Preact renders. */
  container: HTMLElement;
  /** Removes the host (and with it everything we drew) from the page. */
  remove(): void;
}

/**
 * Mounts our UI root: an element at the end of `<body>` with an OPEN shadow root (test
 * automation reaches into it; spec/test-contract.md), our stylesheet inside it, and a
 * container. It is kept at scale 1 when the page zooms itself with CSS `zoom` (read with
 * `currentCSSZoom`, Chrome ≥ 128; older browsers zoom our UI with the page). The portal's styles cannot reach in (`:host { all: initial }` in the sheet) and
 * ours cannot leak out. The root being open, page scripts can reach our buttons: our handlers
 * take the user's own input only (./user-events.ts).
 *
 * Written here rather than with WXT's createShadowRootUi because that helper also bundles a
 * `fetch`-based stylesheet loader; the content script must contain no network API at all
 * (issue 9, checked by tests/e2e/security.test.ts).
 *
 * @param doc the frame's document (must have a body).
 * @param css the overlay stylesheet as text.
 * @returns the mounted host; call `remove()` to take it away.
 */
export function mountShadowHost(doc: Document, css: string): ShadowHost {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-zc-root', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  doc.body.append(host);
  // A page enlarged with CSS zoom on <html> or <body> (IE-era pages do this) would zoom our UI
  // too, and the markers, placed in viewport pixels, would land off their fields: undo it.
  const pageZoom = host.currentCSSZoom;
  if (pageZoom && pageZoom !== 1) host.style.zoom = String(1 / pageZoom);
  return { host, shadow, container, remove: () => host.remove() };
}
