/** The overlay's host element name (a custom-element name, so the portal's CSS never matches it). */
const HOST_TAG = 'zc-overlay';

export interface ShadowHost {
  /** The host element in the page: `<zc-overlay data-zc-root>` (the automation contract's hook). */
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where Preact renders. */
  container: HTMLElement;
  /** Reads `<html>`'s zoom again in the next frame (see keepUnzoomed). */
  unzoom(): void;
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
  return { host, shadow, container, unzoom: keepUnzoomed(host) };
}

/**
 * Keeps the host at scale 1 whatever zoom the page's `<html>` gets (`zoom: 1.1`, `zoom: 80%`,
 * also after load), with a zoom of its own that undoes it: Chromium's getBoundingClientRect
 * answers in zoomed CSS pixels, the viewport's, where the markers are placed.
 *
 * Reading that zoom (`currentCSSZoom`) makes the browser compute the whole page's style, so it is
 * read at mount and then only when it can have changed: after any attribute change on `<html>`
 * (its style or class, a `data-` or `lang` attribute a 大字版 / 适老化 toolbar's stylesheet zooms
 * it by), a stylesheet's load (a `<link>` added after load applies its rules then), the window's
 * resize (a media query crossed) and whenever the caller asks (a `<style>` or `<link>` added,
 * removed or rewritten: see {@link changesSheets}); and at most once per animation frame, where
 * the browser computes that style for the frame anyway (breaker b8c: read in every mutation
 * callback, a page toggling a class 400 times took seconds). A rule inserted through the CSSOM
 * (`insertRule`) raises no event, but a zoom changes `<html>`'s size in its own pixels, which a
 * ResizeObserver hears (at most once per frame, breaker 8c item 2; a zoomed `<html>` of fixed
 * width and height would wait for the next of the others). The watch lasts the
 * host's lifetime (the disconnected note stays at scale 1 too). Writes only when the zoom changed.
 * @param host the mounted host (a child of `<html>`).
 * @returns asks for another look in the next frame.
 */
export function keepUnzoomed(host: HTMLElement): () => void {
  const doc = host.ownerDocument;
  const html = doc.documentElement;
  let frame = 0;
  const undo = () => {
    frame = 0;
    const zoom = 1 / (html.currentCSSZoom || 1);
    if (Math.abs(parseFloat(host.style.zoom || '1') - zoom) > 1e-3) host.style.zoom = String(zoom);
  };
  const look = () => {
    frame ||= requestAnimationFrame(undo);
  };
  // `<html>`'s own attributes only: our host's zoom write, a child's attribute, is not heard.
  new MutationObserver(look).observe(html, { attributes: true });
  new ResizeObserver(look).observe(html);
  // Caught in the capture phase: a load does not bubble.
  doc.addEventListener('load', (event) => isSheet(event.target as Node) && look(), true);
  doc.defaultView?.addEventListener('resize', look);
  undo();
  return look;
}

/** A `<style>` or `<link>` (a stylesheet's element, or a link that can become one). */
const isSheet = (node: Node) => node.nodeName == 'STYLE' || node.nodeName == 'LINK';

/**
 * Whether a DOM change may have changed the page's stylesheets, and so `<html>`'s zoom: a
 * `<style>` or `<link>` added or removed, or a `<style>`'s text or attributes changed.
 * @param record one of a MutationObserver's records.
 */
export function changesSheets(record: MutationRecord): boolean {
  return isSheet(record.target) || [...record.addedNodes, ...record.removedNodes].some(isSheet);
}
