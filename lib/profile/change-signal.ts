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
 */

const CHANNEL_NAME = 'zc-profiles-changed';

let channel: BroadcastChannel | null = null;
/** This page's one channel (lazily: the background and tests may lack BroadcastChannel). */
function pageChannel(): BroadcastChannel | null {
  if (!channel && typeof BroadcastChannel === 'function') channel = new BroadcastChannel(CHANNEL_NAME);
  return channel;
}

/** Announces that profiles, the active profile or the protection (锁定/解锁) changed in this page. */
export function announceProfilesChanged(): void {
  pageChannel()?.postMessage('changed');
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
