import { onDemandActions } from '@/lib/content/on-demand-actions';
import { renderOnDemandView } from '@/components/on-demand/views';
import { publishOnDemandFeatures } from '@/lib/content/on-demand';
import { acceptUserEventsOnly } from '@/lib/content/user-events';
import { options } from 'preact';
import { legacyNotice } from '@/lib/compat/notice';
import { LATE_CHECKS } from '@/lib/checks/late-checks';

// Thin wiring: injected by the background into a frame on the first autofill, tour, capture,
// teach, export, chosen photo, IE-era flag or 完成并送审 page (lib/background/on-demand.ts); hands the functions,
// and the panels that show them, to the content script there.
export default defineUnlistedScript(() => {
  // Its panels are drawn by its own copy of Preact: the user's input only, as in content.js.
  acceptUserEventsOnly(options);
  publishOnDemandFeatures({
    overlayActions: onDemandActions,
    renderView: renderOnDemandView,
    legacyNotice,
    lateChecks: LATE_CHECKS,
  });
});
