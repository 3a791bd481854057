import type { PageSnapshot } from '../page/snapshot';
import type { PageFieldValue } from '../fields/match';
import type { FieldKey } from '../fields/keys';
import type { Profile } from '../profile/schema';
import type { ApplicationStepId, StepId } from '../portal/step-ids';

/** Stable check ids (spec/test-contract.md §Check ids). More may be added, never renamed. */
export const CHECK_IDS = [
  'id-number-checksum',
  'id-birthdate-mismatch',
  'id-gender-mismatch',
  'mobile-format',
  'postcode-format',
  'email-format',
  'credit-code-checksum',
  'required-field',
  'photo-format',
  'photo-size',
  'photo-dimensions',
  'photo-color-depth',
  'qualification-level-mismatch',
  'committee-level-mismatch',
  'qualification-type',
  'specialty-missing',
  'review-group-not-empty',
  'record-sequence',
  'education-order',
  'social-insurance-reason',
  'awards-empty',
  'summary-empty',
  'attachment-missing',
  'on-job-proof-missing',
  'annual-review-disqualifying',
  'eligibility',
  'submit-consent',
  'unfinished-steps',
  'photo-missing',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  checkId: CheckId;
  severity: Severity;
  /** Chinese, says what is wrong and how to fix it. Rendered as text, never HTML. */
  message: string;
  /** The profile key or the page label the finding concerns (contract `data-field`). */
  field?: string;
  /** Index into PageSnapshot.controls of the control to mark / jump to. */
  control?: number;
}

/** Facts a photo check needs: the result of lib/photo/inspect on the chosen file. */
export interface PhotoFacts {
  /** Bytes of the file. */
  size: number;
  /** Inspection result (lib/photo/inspect.ts). */
  info: import('../photo/inspect').JpegInfo | { kind: 'not-jpeg'; detected: string };
  /** Which control the file came from (page) or 'profile' (options page). */
  control?: number;
}

/** What the content script recorded about an earlier step (for step 11's final checklist). */
export interface StepRecord {
  visited: boolean;
  saved: boolean;
  /** Findings with severity error at the last evaluation. */
  errors: { checkId: CheckId; message: string }[];
}

export interface CheckSettings {
  /** The date years of work are counted to (`YYYY-MM-DD`); a setting because the notice's cut-off is unknown (spec/portal.md). */
  countingDate: string;
}

/** Everything a check may read. All plain data: checks are pure. */
export interface CheckContext {
  step: StepId;
  snapshot: PageSnapshot;
  /** Recognised fields with the values the user entered, possibly several per key. */
  fields: PageFieldValue[];
  profile: Profile | null;
  /** Photo chosen on this page (or in the options page), once inspected. */
  photo: PhotoFacts | null;
  /** Earlier steps as recorded by the content script, for the step-11 checklist. */
  history: Partial<Record<ApplicationStepId, StepRecord>>;
  settings: CheckSettings;
}

export interface Check {
  id: CheckId;
  /** Short Chinese name of the rule ("公民身份号码校验位"), for lists and settings. */
  title?: string;
  /** Steps it runs on; 'any' = wherever its fields appear. */
  steps: readonly StepId[] | 'any';
  /** The severity of what it reports (a check may downgrade single findings). */
  severity: Severity;
  /** Where the rule comes from: the seed step, the notice, the standard. */
  source: string;
  run(ctx: CheckContext): Finding[];
}

/** Convenience: first recognised value for a key, or undefined. */
export function fieldValue(ctx: CheckContext, key: FieldKey): PageFieldValue | undefined {
  return ctx.fields.find((f) => f.key === key);
}
