/**
 * Step ids: the eleven steps of spec/portal.md in order, plus the pages around them. These
 * strings are part of the automation contract (spec/test-contract.md): never rename one.
 */
export const APPLICATION_STEP_IDS = [
  'fetch-history',
  'basic-info',
  'qualification-history',
  'education',
  'work-experience',
  'awards-summary',
  'achievements',
  'publications',
  'annual-review',
  'certificates',
  'submit',
] as const;

export type ApplicationStepId = (typeof APPLICATION_STEP_IDS)[number];
export type StepId = ApplicationStepId | 'login' | 'select-series' | 'unknown';

export const ALL_STEP_IDS: readonly StepId[] = ['login', 'select-series', ...APPLICATION_STEP_IDS, 'unknown'];

/** True for one of the eleven application steps. */
export function isApplicationStep(id: string): id is ApplicationStepId {
  return (APPLICATION_STEP_IDS as readonly string[]).includes(id);
}
