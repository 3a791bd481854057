import { annualReviewDisqualifying } from './annual-review-disqualifying';
import { attachmentMissing } from './attachment-missing';
import { awardsEmpty } from './awards-empty';
import { committeeLevelMismatch } from './committee-level-mismatch';
import { appliesTo } from './common';
import { creditCodeChecksum } from './credit-code-checksum';
import { educationOrder } from './education-order';
import { emailFormat } from './email-format';
import { idBirthdateMismatch } from './id-birthdate-mismatch';
import { idGenderMismatch } from './id-gender-mismatch';
import { idNumberChecksum } from './id-number-checksum';
import { mobileFormat } from './mobile-format';
import { onJobProofMissing } from './on-job-proof-missing';
import { photoMissing } from './photo-missing';
import { postcodeFormat } from './postcode-format';
import { qualificationLevelMismatch } from './qualification-level-mismatch';
import { qualificationType } from './qualification-type';
import { recordPeriodOrder } from './record-period-order';
import { recordSequence } from './record-sequence';
import { requiredField } from './required-field';
import { reviewGroupNotEmpty } from './review-group-not-empty';
import { socialInsuranceReason } from './social-insurance-reason';
import { specialtyMissing } from './specialty-missing';
import { summaryEmpty } from './summary-empty';
import { textOverLimit } from './text-over-limit';
import type { Check, CheckContext, Finding, Severity } from './types';

/**
 * The four photo-* checks (photo-format, photo-size, photo-dimensions, photo-color-depth: their
 * registry order, ./registry.ts) as the content script runs them, in one: the chosen photo's
 * findings as made where the file was read (lib/photo/rules.ts evaluatePhoto, in on-demand.js),
 * rule by rule in that same order, errors first, each carrying its own check id. After
 * runCheckList's stable sort by severity they stand as the four checks' would; one check instead
 * of four is 81 bytes gzip less in the content script (issue 9). Its id is the first rule's:
 * nothing reads it (runChecks, whose `only` reads ids, runs the four: ./registry.ts CHECKS).
 */
export const photoRules: Check = { id: 'photo-format', run: (ctx) => ctx.photo?.findings ?? [] };

/**
 * The checks the content script runs on every evaluation: every check but LATE_CHECKS
 * (./late-checks.ts), which on-demand.js brings on the one step they apply to. Each check is one
 * module (lib/checks/<check-id>.ts), but the photo-* checks, run here as one (photoRules); the
 * whole registry, in this order with those four in photoRules' place, then the late ones, is
 * CHECKS (./registry.ts).
 */
export const PAGE_CHECKS: readonly Check[] = [
  idNumberChecksum,
  idBirthdateMismatch,
  idGenderMismatch,
  mobileFormat,
  postcodeFormat,
  emailFormat,
  creditCodeChecksum,
  requiredField,
  photoMissing,
  photoRules,
  qualificationLevelMismatch,
  committeeLevelMismatch,
  qualificationType,
  specialtyMissing,
  reviewGroupNotEmpty,
  recordSequence,
  educationOrder,
  recordPeriodOrder,
  socialInsuranceReason,
  awardsEmpty,
  summaryEmpty,
  textOverLimit,
  attachmentMissing,
  onJobProofMissing,
  annualReviewDisqualifying,
];

/** The severities in the order findings are listed (errors first). */
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * Runs the checks of `checks` that apply on the context's step.
 * @param checks the checks to run, in registry order (PAGE_CHECKS, then the late ones that are at hand;
 *   runChecks' `only` chooses among them before).
 * @param ctx what the page shows plus profile, photo, history and settings (lib/checks/types.ts)
 * @returns findings sorted errors → warnings → info, registry order within a severity; a
 *   required-field error is left out where another check has an error on the same control, whose
 *   error is then marked `unfilled` (lib/checks/types.ts). Never
 *   throws: a check that throws contributes nothing and is reported with console.warn, so a
 *   bug in one check never breaks the page.
 */
export function runCheckList(checks: readonly Check[], ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const check of checks) {
    if (!appliesTo(check, ctx)) continue;
    try {
      findings.push(...check.run(ctx));
    } catch (error) {
      console.warn(`[zc] check ${check.id} failed`, error);
    }
  }
  // An empty required box a check of its own covers (奖惩 → “无。”, 小结) gets that check's
  // error alone: two errors on one box said the same thing twice (probe 16). Every required-field
  // finding names its control (its box, its radio group's first), so none is undefined here.
  const required = (f: Finding) => f.checkId === requiredField.id;
  const empty = new Set(findings.filter(required).map((f) => f.control));
  const covered = new Set<number | undefined>();
  for (const f of findings) {
    if (required(f) || f.severity !== 'error') continue;
    covered.add(f.control);
    // That error says the box is not filled yet, as required-field would have (the headline's 必填未填).
    if (empty.has(f.control)) f.unfilled = true;
  }
  // Grouped by severity in SEVERITIES' order, registry order kept within each.
  const kept = findings.filter((f) => !required(f) || !covered.has(f.control));
  return SEVERITIES.flatMap((severity) => kept.filter((f) => f.severity === severity));
}
