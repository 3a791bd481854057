import { handleBackgroundRequest, restoreBadge } from '@/lib/background/router';
import { registerHostListeners } from '@/lib/hosts/background';
import { handleCommand } from '@/lib/background/commands';
import { forgetClosedTabs } from '@/lib/background/record-memory';

// Thin wiring: every message goes through the router (lib/background/router.ts). Listeners are
// registered synchronously at start-up, once, as MV3 requires for a restarted service worker.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => handleBackgroundRequest(message, sender));
  registerHostListeners();
  // The toolbar badge is not kept across a restart or an update of the extension.
  browser.runtime.onStartup.addListener(() => void restoreBadge());
  browser.runtime.onInstalled.addListener(() => void restoreBadge());
  browser.commands.onCommand.addListener((command) => void handleCommand(command));
  // A closed tab's record memory goes with it (no permission needed for tabs.onRemoved).
  browser.tabs.onRemoved.addListener(() => void forgetClosedTabs());
});
