import { startContentScript } from '@/lib/content/controller';
import { PORTAL_MATCHES, E2E_EXTRA_MATCHES, E2E_EXCLUDE_MATCHES } from '@/lib/portal/hosts';

// Thin wiring: all frames of the portal hosts (the e2e build adds loopback, where the practice
// portal runs); the work is in lib/content/controller.tsx.
export default defineContentScript({
  matches: import.meta.env.MODE === 'e2e' ? [...PORTAL_MATCHES, ...E2E_EXTRA_MATCHES] : PORTAL_MATCHES,
  // The bench's load "without the extension" (lib/portal/hosts.ts E2E_UNMATCHED_PREFIX).
  excludeMatches: import.meta.env.MODE === 'e2e' ? E2E_EXCLUDE_MATCHES : undefined,
  allFrames: true,
  // Injected before the page is parsed, but the build wraps the whole script so that its modules
  // are evaluated and `main` runs only after the page's load event (lib/content/after-load.ts,
  // wxt.config.ts); the modules build their tables on first use, not when evaluated
  // (lib/fields/dictionary.ts, lib/fields/recognize.ts).
  runAt: 'document_start',
  // Styles go into our shadow root as a string (lib/content/controller.tsx), not fetched at run time.
  cssInjectionMode: 'manual',
  // WXT's context would announce each start with a window.postMessage the page can read; our own
  // single-instance guard (lib/content/single-instance.ts) replaces it. (The build gives `main`
  // the script's own context, lib/content/script-context.ts, which announces nothing and reads no
  // option; this says the same wherever WXT's is used.)
  noScriptStartedPostMessage: true,
  // No result for scripting.executeScript (which never injects this script): without it WXT adds
  // no `content;` line after the deferring wrapper, whose function holds the script's `var content`.
  globalName: false,
  main(ctx) {
    return startContentScript(ctx);
  },
});
