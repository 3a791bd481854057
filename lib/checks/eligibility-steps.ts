import type { StepId } from '../portal/step-ids';

/**
 * The steps the eligibility check applies to (./eligibility.ts): where 认定资格名称 is chosen
 * (选择申报资格系列) and shown again (基本信息). Apart from the check, which is a late one
 * (./late-checks.ts, in on-demand.js), because the content script reads them too: on these steps,
 * once the background's estimate is here, it loads on-demand.js for the check
 * (lib/content/controller.tsx present).
 */
export const ELIGIBILITY_STEPS: readonly StepId[] = ['select-series', 'basic-info'];
