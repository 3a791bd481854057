import { browser } from 'wxt/browser';

/**
 * Tells the extension's other pages (options tabs, popup, background) that stored profiles or
 * their protection changed here, so an open options page can follow (probe 14a T1, L1a).
 *
 * BroadcastChannel rather than browser.storage.onChanged on a revision key: every extension page
 * and the service worker share one origin, so the channel reaches them all without a second write
 * to browser.storage (which could itself fail on quota after the profile was stored) and without a
 * key that lingers. A channel never delivers to the object that posted, so a page does not hear
 * its own changes (it refreshes after them itself). No message is kept: a page opened later reads
 * the database anyway.
 *
 * The background hears it as a runtime message (PROFILES_CHANGED_MESSAGE) instead: a channel's
 * message does not wake a service worker Chromium has stopped, and the toolbar badge shows the
 * active profile's progress (lib/background/router.ts), so it must follow a switch of the
 * active profile made while the worker sleeps.
 */

const CHANNEL_NAME = 'zc-profiles-changed';

/** The runtime message announceProfilesChanged sends the background. */
export const PROFILES_CHANGED_MESSAGE = { type: 'profiles:changed' } as const;

let channel: BroadcastChannel | null = null;
/** This page's one channel (lazily: the background and tests may lack BroadcastChannel). */
function pageChannel(): BroadcastChannel | null {
  if (!channel && typeof BroadcastChannel === 'function') channel = new BroadcastChannel(CHANNEL_NAME);
  return channel;
}

/** Announces that profiles, the active profile or the protection (锁定/解锁) changed in this page. */
export function announceProfilesChanged(): void {
  pageChannel()?.postMessage('changed');
  // No receiver (sent from the background itself, or in a test without one) is no failure.
  void Promise.resolve()
    .then(() => browser.runtime.sendMessage(PROFILES_CHANGED_MESSAGE))
    .catch(() => undefined);
}

/**
 * Calls `listener` whenever another page announces a change.
 * @returns a function that stops listening
 */
export function onProfilesChangedElsewhere(listener: () => void): () => void {
  const target = pageChannel();
  if (!target) return () => undefined;
  target.addEventListener('message', listener);
  return () => target.removeEventListener('message', listener);
}
