import type { PageSnapshot } from '../page/snapshot';
import type { FieldMatch, PageFieldValue } from '../fields/match';
import type { FieldSynonym, TaughtMapping } from '../fields/taught.schema';
import type { Check, CheckContext, Finding, PhotoFacts, StepRecord } from '../checks/types';
import type { Profile } from '../profile/schema';
import type { ApplicationStepId } from '../portal/step-ids';
import type { EligibilityEstimate } from '../eligibility';
import { recognizeStep, type StepHints, type StepRecognition } from '../portal/recognize-step';
import { recognizeFields, pageFieldValues } from '../fields/recognize';
import { PAGE_CHECKS, runCheckList } from '../checks/page-checks';

export interface PageEvaluation {
  recognition: StepRecognition;
  matches: FieldMatch[];
  fields: PageFieldValue[];
  findings: Finding[];
}

export interface EvaluationInputs {
  /** Absent (as null) until the background answers, as are the history and the estimate. */
  profile?: Profile | null;
  /** Absent (as null) until a photo is chosen. */
  photo?: PhotoFacts | null;
  /** Earlier steps' records (CheckContext.history): absent or null until the background answers. */
  history?: Partial<Record<ApplicationStepId, StepRecord>> | null;
  /** The profile's eligibility estimate (with the profile, from the background), or null. */
  eligibility?: EligibilityEstimate | null;
  taught: TaughtMapping[];
  /** Extra label texts per key from field-map packs. */
  synonyms: FieldSynonym[];
  hints: StepHints;
  /**
   * The late checks (lib/checks/late-checks.ts) once on-demand.js has brought them, run after
   * PAGE_CHECKS as the registry orders them; none before (the content script does not carry them).
   */
  lateChecks?: readonly Check[];
}

/**
 * Everything the overlay derives from one snapshot: the step, the recognised fields with the
 * values the user entered, and the findings of every check at hand that applies. Pure: the same
 * snapshot and inputs always give the same answer, and it never throws on a strange page
 * (recognition and the check registry contain their own failures).
 *
 * @param snapshot one frame's PageSnapshot.
 * @param inputs profile, inspected photo, earlier steps' records, settings and user mappings.
 * @param recognition the step recognised from this snapshot with `inputs.hints`, when the
 *   caller has it already (start-up decides with it whether to show anything); else recognised here.
 */
export function evaluatePage(snapshot: PageSnapshot, inputs: EvaluationInputs, recognition: StepRecognition = recognizeStep(snapshot, inputs.hints)): PageEvaluation {
  const step = recognition.step;
  // recognizeFields keeps the mappings of this page's host and step.
  const matches = recognizeFields(snapshot, step, inputs);
  const fields = pageFieldValues(snapshot, matches);
  // The inputs as they are (profile, photo, history, eligibility; the rest no check reads), not copied field by field (issue 9);
  // the matches too, ties and all (record-period-order reads the ties).
  const context: CheckContext = { ...inputs, step, snapshot, fields, matches };
  return { recognition, matches, fields, findings: runCheckList([...PAGE_CHECKS, ...(inputs.lateChecks ?? [])], context) };
}
