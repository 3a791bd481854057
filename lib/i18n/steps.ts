import type { StepDefinition } from '../portal/steps';
import { adviceFor } from '../checks/advice';
import type { ApplicationStepId, StepId } from '../portal/step-ids';
import { t, type MessageKey } from './t';

/**
 * The step table (lib/portal/steps.ts) and the advice table (lib/checks/advice.ts) stay the
 * Chinese source: recognition and the tour match against it. What the UI shows comes from the
 * locale files under names derived from the tables — `step_<id>_title`, `step_<id>_short`,
 * `step_<id>_need_<n>`, `advice_<step>_<n>` (ids with `-` → `_`, n from 1) — so an English
 * browser shows English guidance. tests/unit/i18n.test.ts checks that every such name exists
 * and that the zh_CN texts equal the tables word for word.
 */

function idPart(id: StepId): string {
  return id.replace(/-/g, '_');
}

/** Message names of one step's texts (needs in table order). */
export function stepMessageKeys(step: StepDefinition): { title: MessageKey; short: MessageKey; needs: MessageKey[] } {
  const base = `step_${idPart(step.id)}`;
  return {
    title: `${base}_title` as MessageKey,
    short: `${base}_short` as MessageKey,
    needs: step.needs.map((_, i) => `${base}_need_${i + 1}` as MessageKey),
  };
}

/** Message names of a step's advice, in table order. */
export function adviceMessageKeys(step: ApplicationStepId): MessageKey[] {
  return adviceFor(step).map((_, i) => `advice_${idPart(step)}_${i + 1}` as MessageKey);
}

/**
 * A step's texts in the UI language.
 * @returns `title`, `short` and `needs` (same length and order as `step.needs`).
 */
export function localStep(step: StepDefinition): { title: string; short: string; needs: string[] } {
  const keys = stepMessageKeys(step);
  return { title: t(keys.title), short: t(keys.short), needs: keys.needs.map((k) => t(k)) };
}

/** A step's advice (lib/checks/advice.ts) in the UI language, in table order. */
export function localAdvice(step: ApplicationStepId): string[] {
  return adviceMessageKeys(step).map((k) => t(k));
}
