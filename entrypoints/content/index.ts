import { startContentScript } from '@/lib/content/controller';
import { startAfterQueuedWork } from '@/lib/content/idle-start';
import { PORTAL_MATCHES, E2E_EXTRA_MATCHES } from '@/lib/portal/hosts';

// Thin wiring: all frames of the portal hosts (the e2e build adds loopback, where the practice
// portal runs); the work is in lib/content/controller.tsx.
export default defineContentScript({
  matches: import.meta.env.MODE === 'e2e' ? [...PORTAL_MATCHES, ...E2E_EXTRA_MATCHES] : PORTAL_MATCHES,
  allFrames: true,
  // document_idle, then one task later: the portal's queued load work goes before ours.
  runAt: 'document_idle',
  // Styles go into our shadow root as a string (lib/content/controller.tsx), not fetched at run time.
  cssInjectionMode: 'manual',
  // WXT would announce each start with a window.postMessage the page can read; our own
  // single-instance guard (lib/content/single-instance.ts) replaces it.
  noScriptStartedPostMessage: true,
  main(ctx) {
    return startAfterQueuedWork(ctx, () => startContentScript(ctx));
  },
});
