import type { Check } from './types';
import { eligibility } from './eligibility';
import { submitConsent } from './submit-consent';
import { unfinishedSteps } from './unfinished-steps';

/**
 * The checks whose inputs come late anyway, kept out of the content script every portal page
 * loads (issue 9: its 50,000-byte gzip budget) and brought by on-demand.js (entrypoints/on-demand.ts)
 * on the step they apply to: the 完成并送审 checklist (unfinished-steps) says nothing before the
 * background has answered with the earlier steps' history, so loading it beside that answer
 * delays none of its findings. 同意 unticked (submit-consent) is a finding of that step only too:
 * it comes with the checklist, shown without a press once on-demand.js is in, and a 送审 pressed
 * before that is held until it is (lib/content/controller.tsx checklistPending), so it is never
 * sent unchecked: 244 bytes gzip less in the content script. The eligibility estimate's warning
 * (eligibility) comes from the background with the profile, after the panel's first frame: on
 * its steps (./eligibility-steps.ts) on-demand.js is loaded for it once the estimate is here, and a
 * warning holds no press, so none waits for it: 115 bytes gzip less in the e2e build (bytes 67). The content
 * script loads them on those steps only and runs them with the others
 * (lib/content/controller.tsx), in this order after PAGE_CHECKS (./page-checks.ts): the
 * registry's order (./registry.ts CHECKS).
 */
export const LATE_CHECKS: readonly Check[] = [eligibility, submitConsent, unfinishedSteps];
