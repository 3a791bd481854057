import { afterAll, describe, expect, it, vi } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { recognizeStep } from '../../../lib/portal/recognize-step';
import { EXPLAINED } from '../../../lib/fields/explained';
import type { StepId } from '../../../lib/portal/step-ids';
import { sectionOfStep } from '../../../lib/fields/sections';
import { CATALOG } from '../../corpus/catalog';
import { buildPages } from '../../corpus/layouts';
import { HANDMADE } from '../../corpus/handmade';

/**
 * The content script's build leaves the recognisers' evidence out (lib/fields/explained.ts:
 * wxt.config.ts defines `__ZC_CONTENT_SCRIPT__` there). What it recognises must be the same — keys,
 * ties, step — with no score, evidence or taught flag on a field's match nor score, evidence or runner-up on the step; everywhere else the
 * evidence is written. Checked over the recognition corpus (every step, eight layouts each, and
 * the hand-made pages), with the modules loaded a second time as the content build has them.
 */
const pages = (Object.entries(CATALOG) as [StepId, { title: string; fields: Parameters<typeof buildPages>[2] }][])
  .flatMap(([step, { title, fields }]) => buildPages(step, title, fields, sectionOfStep(step) !== null).map((p) => ({ ...p, step })))
  .concat(HANDMADE);

/** The recognisers as the content script's build has them. */
async function contentBuildRecognisers() {
  vi.stubGlobal('__ZC_CONTENT_SCRIPT__', true);
  vi.resetModules();
  const [explained, fields, step] = await Promise.all([
    import('../../../lib/fields/explained'),
    import('../../../lib/fields/recognize'),
    import('../../../lib/portal/recognize-step'),
  ]);
  return { explained: explained.EXPLAINED, recognizeFields: fields.recognizeFields, recognizeStep: step.recognizeStep };
}

afterAll(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('recognition evidence (lib/fields/explained.ts)', () => {
  it('is written outside the content script', () => {
    expect(EXPLAINED).toBe(true);
    const doc = new DOMParser().parseFromString(pages[0]!.docs[0]!, 'text/html');
    const snapshot = collectSnapshot(doc);
    expect(recognizeFields(snapshot, pages[0]!.step).some((m) => m.evidence!.length > 0)).toBe(true);
    expect(recognizeStep(snapshot).evidence!.length).toBeGreaterThan(0);
  });

  it('is left out of the content script, which recognises every corpus page the same otherwise', async () => {
    const lean = await contentBuildRecognisers();
    expect(lean.explained).toBe(false);
    let withEvidence = 0;
    for (const page of pages) {
      for (const html of page.docs) {
        const snapshot = collectSnapshot(new DOMParser().parseFromString(html, 'text/html'));
        const full = recognizeFields(snapshot, page.step);
        const leanMatches = lean.recognizeFields(snapshot, page.step);
        withEvidence += full.filter((m) => m.evidence!.length > 0).length;
        // Keys and ties the same; how they were decided (score, evidence, taught) only outside it (lib/fields/match.ts).
        expect(leanMatches, page.id).toEqual(full.map(({ score: _s, evidence: _e, taught: _t, ...m }) => m));
        const fullStep = recognizeStep(snapshot);
        expect(lean.recognizeStep(snapshot), page.id).toEqual({ step: fullStep.step });
      }
    }
    // The comparison saw evidence to leave out.
    expect(withEvidence).toBeGreaterThan(100);
  });
});
