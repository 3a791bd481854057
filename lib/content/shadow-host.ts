/** The overlay's host element name (a custom-element name, so the portal's CSS never matches it). */
const HOST_TAG = 'zc-overlay';

/**
 * The events our buttons act on: a page script's own (untrusted) ones never reach them. Not
 * `change`: automation (Playwright's selectOption) chooses in our lists with untrusted events,
 * and a list's choice alone does nothing until a button is pressed.
 */
const USER_EVENTS = ['click', 'keydown'];

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
 * container. The portal's styles cannot reach in (`:host { all: initial }` in the sheet) and
 * ours cannot leak out. Because the root is open, a page script can reach our buttons and call
 * `.click()` on them; such clicks and key presses (`isTrusted` false) are stopped at the shadow
 * root before any of our handlers, so only the user's own press fills, captures or teaches
 * (issue 9: page scripts cannot read the profile; a probe's page pressed 用档案填写本页 and
 * 确认填写 itself and read the preview).
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
  for (const type of USER_EVENTS) shadow.addEventListener(type, (event) => event.isTrusted || event.stopImmediatePropagation(), true);
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  doc.body.append(host);
  return { host, shadow, container, remove: () => host.remove() };
}
