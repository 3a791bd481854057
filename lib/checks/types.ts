import type { PageSnapshot } from '../page/snapshot';
import type { FieldMatch, PageFieldValue } from '../fields/match';
import type { FieldKey } from '../fields/keys';
import type { Profile } from '../profile/schema';
import type { ApplicationStepId, StepId } from '../portal/step-ids';
import type { EligibilityEstimate } from '../eligibility';
import type { StepFacts } from '../progress/model';

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
  'record-period-order',
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
  'text-over-limit',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  checkId: CheckId;
  severity: Severity;
  /**
   * Says what is wrong and how to fix it, in the UI language: the checks' sentences are in
   * public/_locales (`check_<check id>_…`, read with lib/i18n/t.ts), which also keeps them out of
   * the content script's budget (issue 9); the photo and eligibility findings' own sentences are
   * worded where they are made (lib/photo/rules.ts, lib/eligibility.ts). Rendered as text, never HTML.
   */
  message: string;
  /** The profile key or the page label the finding concerns (contract `data-field`). */
  field?: string;
  /** Index into PageSnapshot.controls of the control to mark / jump to. */
  control?: number;
  /**
   * Set by runCheckList (lib/checks/page-checks.ts) on another check's error that stands for
   * required-field's on an empty required box (奖惩 → “无。”, 认定专业): the box is simply not filled
   * yet, which the panel's headline counts as such. Not part of the automation contract.
   */
  unfilled?: true;
}

/**
 * A chosen photo as the photo-* checks see it: the 个人照片 rules (lib/photo/rules.ts) applied
 * where the file was read (evaluatePhoto / inspectPhoto), so the checks only pass the findings on.
 */
export interface PhotoFacts {
  /** Which page control the file came from, when on a page. */
  control?: number;
  /** Every photo rule's findings, errors first; empty when the photo meets them all. */
  findings: Finding[];
}

/**
 * What the content script recorded about an earlier step (for step 11's final checklist): the
 * step's facts as progress keeps them (lib/progress/model.ts StepFacts) — when it was saved, and
 * the findings with severity error at its last evaluation (their checks and fields, no messages).
 */
export type StepRecord = Pick<StepFacts, 'savedAt' | 'errors'>;

/** Everything a check may read. All plain data: checks are pure. */
export interface CheckContext {
  step: StepId;
  snapshot: PageSnapshot;
  /** Recognised fields with the values the user entered, possibly several per key. */
  fields: PageFieldValue[];
  /**
   * Recognition's answer for every control (lib/fields/recognize.ts recognizeFields), ties
   * included: a check may read a control recognition left between keys (record-period-order: a
   * period in one 起止时间 box, two records' dates on one form).
   */
  matches: FieldMatch[];
  /** The active profile; none when null or absent (the content script's inputs before the background answers). */
  profile?: Profile | null;
  /** Photo chosen on this page (or in the options page), once inspected; none when null or absent. */
  photo?: PhotoFacts | null;
  /**
   * Earlier steps as recorded by the content script, for the step-11 checklist; null while the
   * background has not answered yet, or absent (nothing is known of them, not "none saved").
   */
  history?: Partial<Record<ApplicationStepId, StepRecord>> | null;
  /**
   * The profile's eligibility estimate (lib/eligibility.ts estimateEligibility) at the counting
   * date setting, computed where the profile is read (the background, lib/profile/messages.ts);
   * null (or absent) without a profile.
   */
  eligibility?: EligibilityEstimate | null;
}

export interface Check {
  id: CheckId;
  /**
   * Steps it runs on; absent = wherever its fields appear (most checks: written only where a
   * check is limited, so the content script does not carry the same words 20 times; issue 9).
   */
  steps?: readonly StepId[];
  /**
   * The severity of what it reports (a check may downgrade single findings); absent = 'error',
   * the severity of most checks (findingOf, lib/checks/common.ts, fills it in).
   */
  severity?: Severity;
  run(ctx: CheckContext): Finding[];
}

/**
 * A check's name and the source of its rule, written next to the check (`<check>About`) and
 * collected in lib/checks/catalogue.ts. A separate object so that the content script, which
 * needs only the check, does not carry these texts (issue 9: ≤ 50 KB gzip).
 */
export interface CheckAbout {
  id: CheckId;
  /** Short Chinese name of the rule ("公民身份号码校验位"), for lists and documentation. */
  title: string;
  /** Where the rule comes from: the seed step, the notice, the standard. */
  source: string;
}

/** Convenience: first recognised value for a key, or undefined. */
export function fieldValue(ctx: CheckContext, key: FieldKey): PageFieldValue | undefined {
  return ctx.fields.find((f) => f.key === key);
}
