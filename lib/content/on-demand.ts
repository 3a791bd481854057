/**
 * Features the overlay needs only when the user asks for them — autofill (plan and write), the
 * guided tour, capture from the page, storing what teach mode was taught, the page-structure export, reading a chosen photo, and the panels that show them
 * (components/on-demand/views.tsx) — and the notice about an IE-era dead end the page ran into
 * (lib/compat/notice.ts: after a press on an IE-era picker, mostly), and the checks whose inputs
 * come late anyway (lib/checks/late-checks.ts: the 完成并送审 checklist, loaded on that step, and the eligibility estimate's warning, loaded on its steps once the estimate is here) live in a second
 * script, `on-demand.js` (entrypoints/on-demand.ts), that the background injects into the
 * asking frame with `scripting.executeScript` on first use (issue 9: the content script every
 * portal page loads stays small). Both scripts run in the extension's isolated world of that
 * frame, so the injected one hands its functions over through a slot on that world's global
 * object, out of the page's reach. Only types are imported here: nothing of those features is
 * bundled into the content script.
 */
import type { onDemandActions } from './on-demand-actions';
import type { renderOnDemandView } from '@/components/on-demand/views';
import type { OnDemandReply } from '../messaging/messages';
import type { legacyNotice } from '../compat/notice';
import type { LATE_CHECKS } from '../checks/late-checks';

/** What on-demand.js provides. */
export interface OnDemandFeatures {
  /** Autofill's planning, preview choices and writing, the structure export, teach mode, capture and the tour, as overlay actions. */
  overlayActions: typeof onDemandActions;
  renderView: typeof renderOnDemandView;
  /** The panel's notice about the frame's IE-era behaviour, read when the compat script flags it (lib/compat/flags.ts). */
  legacyNotice: typeof legacyNotice;
  /** The checks the content script runs after its own once they are here (lib/content/evaluate.ts lateChecks). */
  lateChecks: typeof LATE_CHECKS;
}

/** The slot on the isolated world's global object (a registered symbol: the same in both scripts). */
const SLOT = Symbol.for('zc.on-demand-features');

type WithSlot = typeof globalThis & { [SLOT]?: OnDemandFeatures };

/**
 * Called by on-demand.js when it runs: makes its functions available to the content script.
 * @param features the functions.
 */
export function publishOnDemandFeatures(features: OnDemandFeatures): void {
  (globalThis as WithSlot)[SLOT] = features;
}

/** The on-demand features when already loaded in this frame, else null (no loading). */
export function loadedOnDemandFeatures(): OnDemandFeatures | null {
  return (globalThis as WithSlot)[SLOT] ?? null;
}

let loading: Promise<OnDemandFeatures> | null | undefined;

/**
 * The on-demand features, loading them into this frame first when needed (one background round
 * trip and one injected script; concurrent callers share it).
 * @returns the features.
 * @throws Error with the reason when the background could not inject the script (the
 *   extension was updated or disabled under the page, or the frame's host is not permitted);
 *   a later call tries again.
 */
export function loadOnDemandFeatures(): Promise<OnDemandFeatures> {
  loading ??= (async () => {
    // Nothing asked of the background once they are here (a later call, or one made while the injected script ran).
    const reply = loadedOnDemandFeatures() ? undefined : ((await browser.runtime.sendMessage({ type: 'content:load-on-demand' })) as OnDemandReply | undefined);
    const features = loadedOnDemandFeatures();
    if (features) return features;
    throw new Error(reply && !reply.ok ? reply.error : 'no answer from the background');
  })().finally(() => {
    loading = null;
  });
  return loading;
}

