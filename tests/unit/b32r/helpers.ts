/**
 * Breaker 32r's unit harness: a page's markup and a profile (the sample with some sections
 * replaced) read as the content script reads them, its findings and fill plan as lines of text.
 */
import { planFill } from '../../../lib/fill/plan';
import { collectSnapshot } from '../../../lib/page/collect';
import { evaluatePage } from '../../../lib/content/evaluate';
import { NO_HINTS } from '../../../lib/portal/recognize-step';
import { profileSchema } from '../../../lib/profile/schema';
import sample from '../../fixtures/sample-profile.json';

/**
 * @param html the page's body. @param over profile sections to replace in the sample.
 * @returns the step recognised, the findings (check, control id, severity, message) and the plan's
 *   items (control id, key, action, value, what the page shows now, reason), controls named by id (else name).
 */
export function readPage(html: string, over: Record<string, unknown> = {}) {
  const profile = profileSchema.parse({ ...sample.profile, ...over });
  document.body.innerHTML = html;
  const snapshot = collectSnapshot(document);
  const evaluation = evaluatePage(snapshot, { profile, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS });
  const id = (control: number | undefined) => (control === undefined ? '' : snapshot.controls[control]!.id || snapshot.controls[control]!.name);
  const plan = planFill(snapshot, evaluation.matches, profile, evaluation.recognition.step);
  return {
    step: evaluation.recognition.step,
    findings: evaluation.findings.map((f) => ({ check: f.checkId, control: id(f.control ?? undefined), severity: f.severity, message: f.message })),
    items: plan.items.map((i) => ({ control: id(i.control), key: i.key, action: i.action, value: i.value, current: i.current ?? '', reason: i.reason ?? '' })),
  };
}

export const crumb = (step: string) => `<div class="crumb">当前位置：首页 &gt; 职称申报 &gt; ${step}</div>`;
export const row = (label: string, cell: string) => `<tr><td>${label}</td><td>${cell}</td></tr>`;
