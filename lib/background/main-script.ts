import type { Runtime } from 'webextension-polyfill';
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { OnDemandReply } from '../messaging/messages';
import { ADDED_HOST_SCRIPT_IDS, CONTENT_SCRIPT_FILES } from '../hosts/registration';

/** The overlay's script, built from entrypoints/content/index.ts (`registration: 'runtime'`: in no manifest entry). */
export const MAIN_SCRIPT_FILE = '/content-scripts/content.js';

/** Documents (`sender.documentId`) the main script was injected into while this worker ran. */
const injectedDocuments = new Set<string>();

/** Whether `url` matches one of `matches` and none of `excludes` (Chrome match-pattern syntax). */
function matchesPatterns(url: string, matches: readonly string[], excludes: readonly string[]): boolean {
  const hit = (patterns: readonly string[]) =>
    patterns.some((pattern) => {
      try {
        return new MatchPattern(pattern).includes(url);
      } catch {
        return false;
      }
    });
  return hit(matches) && !hit(excludes);
}

/**
 * Whether the loader runs in a frame at `url` by our own rules: a manifest content script that
 * lists the loader, or our registration for the hosts the user added (lib/hosts/registration.ts).
 * The background injects the main script only there, never into another page on request.
 * @param url the asking frame's URL (`sender.url`).
 */
export async function loaderMatches(url: string): Promise<boolean> {
  const loader = CONTENT_SCRIPT_FILES.overlay;
  const listed = (browser.runtime.getManifest().content_scripts ?? []).filter((cs) => cs.js?.includes(loader));
  if (listed.some((cs) => matchesPatterns(url, cs.matches ?? [], cs.exclude_matches ?? []))) return true;
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [ADDED_HOST_SCRIPT_IDS.overlay] });
  return registered.some((cs) => matchesPatterns(url, cs.matches ?? [], cs.excludeMatches ?? []));
}

/**
 * Injects the overlay's main script into the frame whose loader asked (lib/content/loader.ts),
 * in the extension's isolated world, which it shares with the loader. Only for a frame our
 * content scripts match (`loaderMatches`), into the asking document itself (`documentIds`: a
 * frame that navigated away since gets nothing), once per document while the worker runs (the
 * loader asks once; after a restart of the worker a repeated request would only restart the
 * overlay, lib/content/single-instance.ts). At once, not at the frame's document_idle: the loader
 * asks after the page's load, or 40 ms after it is parsed when the page is slow.
 * @param sender the asking loader (its tab, frame, document and URL).
 * @returns `{ ok: true }` once the script has run, else `{ ok: false, error }`.
 */
export async function injectMainScript(sender: Runtime.MessageSender): Promise<OnDemandReply> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !sender.url) return { ok: false, error: 'not sent from a tab' };
  if (!(await loaderMatches(sender.url))) return { ok: false, error: 'not a frame of the portal' };
  const documentId = (sender as { documentId?: string }).documentId;
  if (documentId !== undefined && injectedDocuments.has(documentId)) return { ok: true };
  try {
    // Firefox has no documentId: the frame then.
    const target = documentId === undefined ? { tabId, frameIds: [sender.frameId ?? 0] } : { tabId, documentIds: [documentId] };
    if (documentId !== undefined) injectedDocuments.add(documentId);
    await browser.scripting.executeScript({ target, files: [MAIN_SCRIPT_FILE], injectImmediately: true });
    return { ok: true };
  } catch (error) {
    if (documentId !== undefined) injectedDocuments.delete(documentId);
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
