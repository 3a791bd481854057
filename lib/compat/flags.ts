/**
 * The one channel between our main-world script (entrypoints/compat.content.ts, which cannot
 * use extension APIs) and the content script's overlay: space-separated tokens in the
 * `data-zc-legacy` attribute of the frame's `<html>` element. Tokens only — never page values
 * or profile data, because page scripts can read and write this attribute too.
 */

import type { MessageKey } from '../i18n/t';

/** Attribute on `document.documentElement` holding the tokens. */
export const LEGACY_ATTR = 'data-zc-legacy';

/**
 * What the main-world script saw, each with the overlay's notice about it (its message name in
 * public/_locales/<locale>/messages.json):
 * - `showModalDialog`: a page script called `window.showModalDialog` (removed in Chrome 43);
 *   the chooser was opened as an ordinary pop-up window.
 * - `showModalDialog-replayed`: the chooser returned a value and the caller's inline handler
 *   was run again with that value.
 * - `showModalDialog-unresolved`: the chooser returned a value but no inline handler could be
 *   re-run (handler added by addEventListener, `javascript:` link, element gone).
 * - `popup-blocked`: the browser refused the pop-up window.
 * - `ie-only-api`: a page script failed on an IE-only API (ActiveXObject, attachEvent, …).
 *
 * Listed most telling first: the overlay shows the notice of the first one set (lib/compat/notice.ts).
 */
export const LEGACY_NOTICES = {
  'popup-blocked': 'compat_popup_blocked',
  'showModalDialog-unresolved': 'compat_modal_unresolved',
  'showModalDialog-replayed': 'compat_modal_replayed',
  showModalDialog: 'compat_modal_opened',
  'ie-only-api': 'compat_ie_only_api',
} as const satisfies Record<string, MessageKey>;
export type LegacyToken = keyof typeof LEGACY_NOTICES;
/** The tokens, most telling first (LEGACY_NOTICES' order). */
export const LEGACY_TOKENS = Object.keys(LEGACY_NOTICES) as LegacyToken[];

/**
 * Adds a token to the frame's flag (idempotent).
 * @param doc the frame's document (its `<html>` element carries the attribute).
 */
export function addLegacyToken(doc: Document, token: LegacyToken): void {
  const root = doc.documentElement;
  if (!root) return;
  const tokens = legacyTokens(doc);
  if (!tokens.includes(token)) root.setAttribute(LEGACY_ATTR, [...tokens, token].join(' '));
}

/**
 * Calls `onChange` whenever the frame's flag changes (a token set by the main-world script, or
 * the attribute written by the page). Only the attribute is watched here: what to tell the user
 * (lib/compat/notice.ts legacyNotice) comes with on-demand.js, which the content script loads
 * when the flag changes (issue 9: the content script's size).
 * @param doc the frame's document.
 * @returns a function that stops watching (call it from `ctx.onInvalidated`).
 */
export function watchLegacyFlags(doc: Document, onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: [LEGACY_ATTR] });
  return () => observer.disconnect();
}

/**
 * The known tokens currently set on a frame (unknown words, e.g. written by a page script,
 * are ignored).
 * @returns tokens in the order they were first set.
 */
export function legacyTokens(doc: Document): LegacyToken[] {
  const raw = doc.documentElement?.getAttribute(LEGACY_ATTR) ?? '';
  return raw.split(/\s+/).filter((t): t is LegacyToken => (LEGACY_TOKENS as readonly string[]).includes(t));
}
