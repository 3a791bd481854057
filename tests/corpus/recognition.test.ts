/**
 * Recognition corpus (issue 5 "Proof"): eight differently built page variants per step type,
 * every field annotated with its expected key. Asserts precision = 1.0 and recall ≥ 0.98 over
 * the whole corpus and prints the numbers.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG } from './catalog';
import { buildPages } from './layouts';
import { HANDMADE } from './handmade';
import { emptyTally, evaluateDocument, rates } from './evaluate';
import type { StepId } from '../../lib/portal/step-ids';
import { sectionOfStep } from '../../lib/fields/sections';

const pages = (Object.entries(CATALOG) as [StepId, { title: string; fields: Parameters<typeof buildPages>[2] }][]).flatMap(([step, { title, fields }]) =>
  buildPages(step, title, fields, sectionOfStep(step) !== null).map((p) => ({ ...p, step })),
);
const all = [...pages, ...HANDMADE];

describe('recognition corpus', () => {
  it('has at least 8 variants per step type', () => {
    const perStep = new Map<string, number>();
    for (const p of all) perStep.set(p.step, (perStep.get(p.step) ?? 0) + 1);
    for (const step of Object.keys(CATALOG)) expect(perStep.get(step)).toBeGreaterThanOrEqual(8);
  });

  it('recognises with precision 1.0 and recall ≥ 0.98', () => {
    const tally = emptyTally();
    for (const p of all) p.docs.forEach((html, i) => evaluateDocument(`${p.id}#${i}`, html, p.step, tally));
    const { precision, recall } = rates(tally);
    console.log(
      `corpus: ${all.length} pages, ${tally.controls} controls, ${tally.expected} with a key; ` +
        `TP ${tally.truePositives}, FP ${tally.falsePositives}, missed ${tally.misses}; ` +
        `precision ${(precision * 100).toFixed(2)}%, recall ${(recall * 100).toFixed(2)}%`,
    );
    for (const m of tally.mistakes) console.log(`  ${m.page} ${m.control}: expected ${m.expected} got ${m.got} ${m.ambiguous.length ? `ambiguous ${m.ambiguous.join(',')}` : ''} ${m.evidence.join('; ')}`);
    expect(tally.unannotated).toEqual([]);
    expect(tally.unresolved).toEqual([]);
    expect(precision).toBe(1);
    expect(recall).toBeGreaterThanOrEqual(0.98);
  });
});
