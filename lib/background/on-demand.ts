import type { Runtime } from 'webextension-polyfill';
import type { OnDemandReply } from '../messaging/messages';
import { errorText } from '../error-text';

/** The built file of entrypoints/on-demand.ts (a WXT unlisted script, never in the manifest). */
export const ON_DEMAND_FILE = '/on-demand.js';

/**
 * Injects on-demand.js into the frame that asked (lib/content/on-demand.ts), in the extension's
 * isolated world. Works wherever our content script runs: the manifest's portal hosts and the
 * added hosts the user granted (the `scripting` permission plus that host permission). At once,
 * not at the frame's document_idle: a page still loading (a slow deferred script) must get its
 * pre-submit dialog when 保存 is pressed (breaker 13 item 2).
 * @param sender the asking content script (its tab and frame).
 * @returns `{ ok: true }` once the script has run, else `{ ok: false, error }` with the
 *   browser's reason (the content script words the notice around it).
 */
export async function injectOnDemand(sender: Runtime.MessageSender): Promise<OnDemandReply> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'not sent from a tab' };
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [ON_DEMAND_FILE], injectImmediately: true });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}
