import type { StepDefinition } from '../portal/steps';
import type { ApplicationStepId, StepId } from '../portal/step-ids';
import { t, tList, type MessageKey } from './t';

/**
 * The Chinese sources of the step texts are tables: titles in lib/portal/step-titles.ts, guidance in
 * lib/portal/step-needs.ts, advice in lib/checks/advice.ts. What the UI shows comes from the
 * locale files under names derived from the step ids — `step_<id>_title`, `step_<id>_short`,
 * `step_<id>_need_<n>`, `advice_<step>_<n>` (ids with `-` → `_`, n from 1) — so an English
 * browser shows English guidance. Needs and advice are read as numbered lists (tList) up to the
 * first missing number, so this module, which the content script imports, carries neither
 * table (issue 9). tests/unit/i18n.test.ts checks that every such name exists and that the
 * zh_CN texts equal the tables word for word.
 */

function idPart(id: StepId): string {
  return id.replace(/-/g, '_');
}

/** The start of a step's message names: `step_<id>` (`step_basic_info`). */
const stepBase = (id: StepId) => `step_${idPart(id)}`;

/** Message names of a step's title and short title. */
export function stepMessageKeys(step: StepDefinition): { title: MessageKey; short: MessageKey } {
  const base = stepBase(step.id);
  return { title: `${base}_title` as MessageKey, short: `${base}_short` as MessageKey };
}

/**
 * The message of a step's own wording of a finding or text: `<prefix>_<id>`
 * (`check_attachment_missing` on `annual-review` → `check_attachment_missing_annual_review`).
 * tests/unit/i18n.test.ts checks that those of lib/checks/attachment-missing.ts exist.
 */
export function stepVariantKey(prefix: string, id: StepId): MessageKey {
  return `${prefix}_${idPart(id)}` as MessageKey;
}

/** Prefix of a step's numbered need messages (`step_basic_info_need` → `_1`, `_2`, … in STEP_NEEDS order). */
export function needsMessagePrefix(id: StepId): string {
  return `${stepBase(id)}_need`;
}

/** Prefix of a step's numbered advice messages (`advice_education` → `_1`, … in ADVICE order). */
export function adviceMessagePrefix(step: ApplicationStepId): string {
  return `advice_${idPart(step)}`;
}

/**
 * A step's texts in the UI language, as the overlay shows them.
 * @returns `title` and `needs` (the step's guidance sentences, same length and order as its
 *   STEP_NEEDS row in lib/portal/step-needs.ts).
 */
export function localStep(step: StepDefinition): { title: string; needs: string[] } {
  // Its names built here, not by stepMessageKeys and needsMessagePrefix: the content script carries neither (issue 9).
  const base = stepBase(step.id);
  return { title: t(`${base}_title` as MessageKey), needs: tList(`${base}_need`) };
}

/**
 * A step's short title in the UI language (the popup's progress list). Apart from localStep:
 * the content script, which reads localStep on every render, shows no short title (issue 9).
 */
export function localStepShort(step: StepDefinition): string {
  return t(stepMessageKeys(step).short);
}

/**
 * A step's advice (lib/checks/advice.ts ADVICE) in the UI language.
 * @returns the sentences in table order; `[]` for a step without advice.
 */
export function localAdvice(step: ApplicationStepId): string[] {
  return tList(adviceMessagePrefix(step));
}

/**
 * Whether the overlay offers its 填写 section (autofill) and its capture / teach tools on a
 * step's page: not on the login page (nothing of the profile to fill) and not on a page whose
 * step is unknown (no field or record table to fill by). The tour mentions 填写 only where it is shown.
 * Here, beside localStep, because the overlay and the tour both read a step's UI from this module
 * (in lib/portal/step-ids.ts the import moves that module in the content bundle: +67 B gzip).
 */
export function hasFillSection(id: StepId): boolean {
  return id !== 'unknown' && id !== 'login';
}
