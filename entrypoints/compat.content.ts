import { installModalDialogShim } from '@/lib/compat/modal-dialog';
import { watchIeOnlyErrors } from '@/lib/compat/ie-only';
import { PORTAL_MATCHES, E2E_EXTRA_MATCHES, E2E_EXCLUDE_MATCHES } from '@/lib/portal/hosts';

// Main-world shims for IE-era pages (lib/compat/): before any page script runs, in every frame
// of the same hosts as the overlay. No extension APIs and no profile data here — page scripts
// share this world. Hosts the user adds get it too (lib/hosts/registration.ts).
export default defineContentScript({
  matches: import.meta.env.MODE === 'e2e' ? [...PORTAL_MATCHES, ...E2E_EXTRA_MATCHES] : PORTAL_MATCHES,
  // The bench's load "without the extension" (lib/portal/hosts.ts E2E_UNMATCHED_PREFIX).
  excludeMatches: import.meta.env.MODE === 'e2e' ? E2E_EXCLUDE_MATCHES : undefined,
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  // No page-visible global for this script (WXT would otherwise expose its result as `compat`).
  globalName: false,
  main() {
    installModalDialogShim(window);
    watchIeOnlyErrors(window);
  },
});
