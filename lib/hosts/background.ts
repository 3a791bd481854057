/**
 * Background wiring for added hosts: keeps the dynamic content scripts in step with the stored
 * hosts and the granted permissions (lib/hosts/registration.ts). A host granted in the
 * browser's own site-access settings is stored too, so it shows in the options page.
 */
import { hostOfPattern } from './address';
import { manifestContentMatches, syncRegistrations } from './registration';
import { readAddedHosts, saveAddedHost, watchAddedHosts } from './store';

function resync(): void {
  syncRegistrations().catch((error: unknown) => console.error('职称申报助手：无法注册新增网址的内容脚本', error));
}

/** Stores granted single-host patterns the list does not have yet (granted outside our options page). */
async function storeGranted(origins: readonly string[]): Promise<void> {
  const stored = new Set((await readAddedHosts()).map((h) => h.pattern));
  const covered = manifestContentMatches();
  for (const pattern of origins) {
    const host = hostOfPattern(pattern);
    if (!host || stored.has(pattern) || covered.includes(pattern)) continue;
    await saveAddedHost({ host, pattern, address: pattern.replace(/\/\*$/, '/'), addedAt: new Date().toISOString() });
  }
}

/**
 * Registers the listeners. Call once, synchronously, at service-worker start (MV3 wakes the
 * worker for these events only if they were registered at top level).
 * - install / update / browser start-up: re-register (an update may drop dynamic registrations);
 * - stored list changed (options page added or removed a host): re-register;
 * - permission granted (possibly in the browser's site-access settings): store it, re-register;
 * - permission revoked: re-register (the host stays listed as 未授权 until removed).
 */
export function registerHostListeners(): void {
  browser.runtime.onInstalled.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
  watchAddedHosts(resync);
  browser.permissions.onAdded.addListener((added) => {
    storeGranted(added.origins ?? []).finally(resync);
  });
  browser.permissions.onRemoved.addListener(resync);
}
