/**
 * The pre-submit checks run on a hand-made page body in happy-dom, read the way the content script
 * reads a frame (lib/page/collect.ts collectSnapshot, then lib/content/evaluate.ts evaluatePage),
 * with no profile, photo or history. Shared by the unit tests of pages written for the browser
 * tests (checks57.test.ts, checks58.test.ts).
 */
import { collectSnapshot } from '../../../lib/page/collect';
import { evaluatePage } from '../../../lib/content/evaluate';
import { NO_HINTS } from '../../../lib/portal/recognize-step';

/**
 * @param body the page's body, put inside a `<form>`. @param values control id → value, set after
 * the body is drawn (happy-dom shows a list's first option, not one marked selected further down).
 * @returns the step recognised and the findings as `check:severity:field`.
 */
export function checksOn(body: string, values: Record<string, string> = {}): { step: string; findings: string[] } {
  document.body.innerHTML = `<form>${body}</form>`;
  for (const [id, value] of Object.entries(values)) (document.getElementById(id) as HTMLInputElement | HTMLSelectElement).value = value;
  const snapshot = collectSnapshot(document, window);
  const evaluation = evaluatePage(snapshot, { profile: null, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS });
  return { step: evaluation.recognition.step, findings: evaluation.findings.map((f) => `${f.checkId}:${f.severity}:${f.field ?? ''}`) };
}
