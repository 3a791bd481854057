/**
 * Content scripts on the hosts the user added (issue 8): registered at run time with
 * `scripting.registerContentScripts` for every stored host (lib/hosts/store.ts) whose pattern
 * is granted, in all frames, persisting across browser restarts; re-synced on install, update,
 * start-up, when the stored list changes and when a host permission is granted or revoked
 * (lib/hosts/background.ts). A stored host whose permission is missing or was revoked is not
 * registered (the options page shows it as 未授权).
 */
import type { Browser } from 'wxt/browser';
import { readAddedHosts } from './store';

/** Ids of our dynamic registrations (one per script, all added hosts in `matches`). */
export const ADDED_HOST_SCRIPT_IDS = { overlay: 'zc-added-hosts-overlay', compat: 'zc-added-hosts-compat' } as const;

/**
 * Built files of the static content scripts (WXT output names of entrypoints/content/index.ts
 * and entrypoints/compat.content.ts; see .output/chrome-mv3/manifest.json). The overlay's CSS
 * is not listed: WXT loads it into the shadow root itself (`cssInjectionMode: 'ui'`).
 */
export const CONTENT_SCRIPT_FILES = { overlay: 'content-scripts/content.js', compat: 'content-scripts/compat.js' } as const;

/**
 * The registrations for a set of added host patterns.
 * @param patterns match patterns like `*://host/*`; empty → no registrations.
 * @returns the overlay script (isolated world) and the main-world compat script
 *   (document_start), both in all frames and persistent. The overlay runs at document_idle,
 *   not at document_start like the manifest's: after a browser restart Chromium loads
 *   persisted registrations a moment late, and the first page opened then gets no
 *   document_start script from them (seen in tests/e2e/portal-ready.test.ts); at idle it is
 *   there. It is evaluated after the page's load event either way (lib/content/after-load.ts).
 */
export function registrationsFor(patterns: readonly string[]): Browser.scripting.RegisteredContentScript[] {
  if (patterns.length === 0) return [];
  const matches = [...new Set(patterns)].sort();
  return [
    {
      id: ADDED_HOST_SCRIPT_IDS.compat,
      matches,
      js: [CONTENT_SCRIPT_FILES.compat],
      allFrames: true,
      runAt: 'document_start',
      world: 'MAIN',
      persistAcrossSessions: true,
    },
    {
      id: ADDED_HOST_SCRIPT_IDS.overlay,
      matches,
      js: [CONTENT_SCRIPT_FILES.overlay],
      allFrames: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ];
}

/**
 * The patterns to register.
 * @param stored patterns of the stored hosts. @param granted those of them the browser grants.
 * @param covered match patterns of the manifest's own content scripts (never injected twice).
 * @returns stored ∩ granted − covered, without duplicates, in stored order.
 */
export function activePatterns(stored: readonly string[], granted: ReadonlySet<string>, covered: readonly string[]): string[] {
  return [...new Set(stored)].filter((p) => granted.has(p) && !covered.includes(p));
}

/** Match patterns of the manifest's static content scripts. */
export function manifestContentMatches(): string[] {
  return (browser.runtime.getManifest().content_scripts ?? []).flatMap((cs) => cs.matches ?? []);
}

/** The stored patterns the browser currently grants (one `permissions.contains` each). */
export async function grantedStoredPatterns(): Promise<{ stored: string[]; granted: Set<string> }> {
  const stored = (await readAddedHosts()).map((h) => h.pattern);
  const granted = new Set<string>();
  for (const p of stored) if (await browser.permissions.contains({ origins: [p] })) granted.add(p);
  return { stored, granted };
}

let queue: Promise<unknown> = Promise.resolve();

/** The parts of a registration that decide what gets injected where. */
function registrationKey(r: Browser.scripting.RegisteredContentScript): string {
  return JSON.stringify([r.id, [...(r.matches ?? [])].sort(), r.js, r.allFrames, r.runAt, r.world ?? 'ISOLATED', r.persistAcrossSessions]);
}

/**
 * Makes our dynamic registrations match the granted added-host patterns. Registrations that
 * already match are left alone and changed ones are updated in place, so a page loading while
 * the background re-syncs at browser start-up never finds the scripts missing; ours that are no
 * longer wanted are unregistered. Calls are serialised within this context (the background is
 * the only caller).
 * @returns the patterns now registered.
 * @throws the browser's error when registration fails (e.g. a file missing from the build).
 */
export function syncRegistrations(): Promise<string[]> {
  const run = queue.then(async () => {
    const { stored, granted } = await grantedStoredPatterns();
    const patterns = activePatterns(stored, granted, manifestContentMatches());
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: Object.values(ADDED_HOST_SCRIPT_IDS) });
    const wanted = registrationsFor(patterns);
    const existingById = new Map(existing.map((r) => [r.id, r]));
    const wantedIds = new Set(wanted.map((r) => r.id));
    const stale = existing.filter((r) => !wantedIds.has(r.id)).map((r) => r.id);
    const changed = wanted.filter((r) => existingById.has(r.id) && registrationKey(existingById.get(r.id)!) !== registrationKey(r));
    const missing = wanted.filter((r) => !existingById.has(r.id));
    if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
    if (changed.length) await browser.scripting.updateContentScripts(changed);
    if (missing.length) await browser.scripting.registerContentScripts(missing);
    return patterns;
  });
  queue = run.catch(() => undefined);
  return run;
}
