import type { TabRequest } from '../messaging/messages';

/** The manifest's keyboard commands (wxt.config.ts) and the overlay message each one sends. */
const COMMAND_MESSAGES: Readonly<Record<string, TabRequest>> = {
  'autofill-page': { type: 'overlay:autofill' },
  'toggle-overlay': { type: 'overlay:toggle' },
};

/**
 * Handles a keyboard command (Alt+Shift+F / Alt+Shift+H by default; the user may change them at
 * chrome://extensions/shortcuts): asks the overlay of the active tab to start autofill or to
 * expand/collapse, as the popup's buttons do.
 * @param command the manifest command name.
 * @returns resolves when the message was delivered, or silently when the command is unknown or
 *   the active tab has no overlay (not a portal page): a shortcut pressed elsewhere does nothing.
 */
export async function handleCommand(command: string): Promise<void> {
  const message = COMMAND_MESSAGES[command];
  if (!message) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
}
