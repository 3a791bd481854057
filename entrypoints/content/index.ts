import { startContentScript } from '@/lib/content/controller';
import { PORTAL_MATCHES, E2E_EXTRA_MATCHES } from '@/lib/portal/hosts';

// Thin wiring: the overlay's script, in no manifest entry (`registration: 'runtime'`). The loader
// listed at document_start in every portal frame (lib/content/loader.ts, wxt.config.ts) has the
// background inject it into its frame after the page's load (lib/background/main-script.ts), so
// nothing of it is taken in before the load ends; the work is in lib/content/controller.tsx.
export default defineContentScript({
  // Only for the manifest's host permissions, which list these already.
  matches: import.meta.env.MODE === 'e2e' ? [...PORTAL_MATCHES, ...E2E_EXTRA_MATCHES] : PORTAL_MATCHES,
  registration: 'runtime',
  // Styles go into our shadow root as a string (lib/content/controller.tsx), not fetched at run time.
  cssInjectionMode: 'manual',
  // WXT would announce each start with a window.postMessage the page can read; our own
  // single-instance guard (lib/content/single-instance.ts) replaces it.
  noScriptStartedPostMessage: true,
  // No result for scripting.executeScript: WXT would end the script with `content;`, whose value
  // (the promise of `main`) the browser would hold the background's answer for.
  globalName: false,
  main(ctx) {
    return startContentScript(ctx);
  },
});
