/**
 * Corpus harness: parse each page document, read and strip the `data-expect` annotations,
 * collect and recognise, and count true/false positives and misses per control.
 */
import { collectSnapshot, resolveControl } from '../../lib/page/collect';
import { recognizeFields } from '../../lib/fields/recognize';
import type { StepId } from '../../lib/portal/step-ids';
import type { FieldKey } from '../../lib/fields/keys';

export interface Mistake {
  page: string;
  control: string;
  expected: FieldKey | null;
  got: FieldKey | null;
  ambiguous: FieldKey[];
  evidence: string[];
}

export interface Tally {
  truePositives: number;
  falsePositives: number;
  misses: number;
  /** Controls with an expected key. */
  expected: number;
  controls: number;
  mistakes: Mistake[];
  /** Controls resolveControl did not find again. */
  unresolved: string[];
  /** Visible fields the corpus forgot to annotate. */
  unannotated: string[];
}

export function emptyTally(): Tally {
  return { truePositives: 0, falsePositives: 0, misses: 0, expected: 0, controls: 0, mistakes: [], unresolved: [], unannotated: [] };
}

/**
 * Evaluate one document of a corpus page.
 * @param pageId for messages. @param html the document. @param step the step it belongs to.
 */
export function evaluateDocument(pageId: string, html: string, step: StepId, tally: Tally): void {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const elements = Array.from(doc.querySelectorAll('input,select,textarea,button'));
  const expected = new Map<Element, FieldKey | null>();
  for (const el of elements) {
    const e = el.getAttribute('data-expect');
    if (e !== null) expected.set(el, e === 'none' ? null : (e as FieldKey));
    el.removeAttribute('data-expect');
  }
  const snapshot = collectSnapshot(doc);
  const matches = recognizeFields(snapshot, step);
  for (const m of matches) {
    const c = snapshot.controls[m.control]!;
    const el = elements[m.control]!;
    const where = `${c.tag}#${c.id || c.name || m.control}`;
    if (resolveControl(doc, c) !== el) tally.unresolved.push(`${pageId} ${where} (${c.selector})`);
    if (!c.visible) continue;
    if (!expected.has(el)) {
      tally.unannotated.push(`${pageId} ${where}`);
      continue;
    }
    const want = expected.get(el)!;
    tally.controls++;
    if (want) tally.expected++;
    if (m.key === want) {
      if (want) tally.truePositives++;
    } else {
      if (m.key) tally.falsePositives++;
      if (want) tally.misses++;
      tally.mistakes.push({ page: pageId, control: `${where} [${c.labels.map((l) => `${l.source}:${l.text}`).join(' | ')}]`, expected: want, got: m.key, ambiguous: m.ambiguous, evidence: m.evidence ?? [] });
    }
  }
}

/** precision = TP / (TP + FP); recall = TP / (TP + misses). 1 when the denominator is 0. */
export function rates(t: Tally): { precision: number; recall: number } {
  const p = t.truePositives + t.falsePositives;
  const r = t.truePositives + t.misses;
  return { precision: p === 0 ? 1 : t.truePositives / p, recall: r === 0 ? 1 : t.truePositives / r };
}
