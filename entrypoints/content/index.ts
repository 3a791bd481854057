import { startContentScript } from '@/lib/content/controller';
import { startAfterPageLoad } from '@/lib/content/idle-start';
import { readSettings } from '@/lib/settings';
import { PORTAL_MATCHES, E2E_EXTRA_MATCHES, E2E_EXCLUDE_MATCHES } from '@/lib/portal/hosts';

// Thin wiring: all frames of the portal hosts (the e2e build adds loopback, where the practice
// portal runs); the work is in lib/content/controller.tsx.
export default defineContentScript({
  matches: import.meta.env.MODE === 'e2e' ? [...PORTAL_MATCHES, ...E2E_EXTRA_MATCHES] : PORTAL_MATCHES,
  // The bench's load "without the extension" (lib/portal/hosts.ts E2E_UNMATCHED_PREFIX).
  excludeMatches: import.meta.env.MODE === 'e2e' ? E2E_EXCLUDE_MATCHES : undefined,
  allFrames: true,
  // Injected before the page is parsed, where it only asks for the settings and waits: the work
  // starts after the page's load event (lib/content/idle-start.ts), and the modules build their
  // tables on first use, not on load (lib/fields/dictionary.ts, lib/fields/recognize.ts).
  runAt: 'document_start',
  // Styles go into our shadow root as a string (lib/content/controller.tsx), not fetched at run time.
  cssInjectionMode: 'manual',
  // WXT would announce each start with a window.postMessage the page can read; our own
  // single-instance guard (lib/content/single-instance.ts) replaces it.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const settings = readSettings();
    return startAfterPageLoad(ctx, () => startContentScript(ctx, settings));
  },
});
