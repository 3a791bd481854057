import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { collectSnapshot } from '../../lib/page/collect';
import { recognizeStep } from '../../lib/portal/recognize-step';
import { pageFieldValues, recognizeFields } from '../../lib/fields/recognize';
import { planFill } from '../../lib/fill/plan';
import { runChecks } from '../../lib/checks/registry';
import { estimateEligibility } from '../../lib/eligibility';
import { fieldDictionary } from '../../lib/fields/dictionary';
import { parseProfileFile, parseBackupFile } from '../../lib/profile/format-v1';
import { profileArb } from './profile/arbitraries';
import { APPLICATION_STEP_IDS } from '../../lib/portal/step-ids';

// Random pages built from what portal pages are made of — tables, labels, every kind of control,
// the dictionary's own label words, decorations, broken nesting — so the generator reaches the
// recogniser's interesting paths instead of only random tag soup.
const words = [...fieldDictionary().flatMap((s) => [s.title]), '*', '：', '　', '&nbsp;', '<b>', '</td>', '记录序号', '附件', '保存并下一步', '送审', '同意'];
const text = fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 }), fc.constantFrom('<script>alert(1)</script>', '"><img src=x>', '\u0000', '𠮷'));
const attr = fc.oneof(
  fc.constant(''),
  fc.tuple(fc.constantFrom('id', 'name', 'class', 'title', 'placeholder', 'for', 'aria-labelledby', 'maxlength', 'colspan', 'rowspan', 'readonly', 'disabled', 'style', 'onclick'), fc.string({ maxLength: 12 })).map(([k, v]) => ` ${k}="${v.replace(/"/g, '')}"`),
);
const leaf = fc.oneof(
  text,
  fc.tuple(fc.constantFrom('text', 'radio', 'checkbox', 'file', 'hidden', 'button', 'submit', 'date', 'image', 'tel', 'bogus'), attr, text).map(
    ([type, a, v]) => `<input type="${type}"${a} value="${v.replace(/"/g, '')}">`,
  ),
  fc.tuple(attr, fc.array(text, { maxLength: 4 })).map(([a, opts]) => `<select${a}><option value="">--请选择--</option>${opts.map((o, i) => `<option value="${i}">${o}</option>`).join('')}</select>`),
  fc.tuple(attr, text).map(([a, t]) => `<textarea${a}>${t}</textarea>`),
  fc.tuple(attr, text).map(([a, t]) => `<label${a}>${t}</label>`),
);
const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(fc.constantFrom('div', 'table', 'tbody', 'tr', 'td', 'th', 'form', 'span', 'p', 'h3', 'fieldset', 'legend', 'caption', 'font', 'dl', 'dd'), attr, fc.array(tie('node'), { maxLength: 4 })).map(
      ([tag, a, kids]) => `<${tag}${a}>${kids.join('')}</${tag}>`,
    ),
  ),
})).node;

describe('robustness on pages nobody has seen', () => {
  it('collection, recognition, fill planning and checks never throw on random DOM trees and profiles', () => {
    // The registry contains a throwing check (console.warn) so the page never breaks; here no
    // check may throw at all.
    const warn = vi.spyOn(console, 'warn');
    fc.assert(
      fc.property(tree, profileArb, fc.constantFrom(...APPLICATION_STEP_IDS), (html, profile, assumedStep) => {
        document.body.innerHTML = html;
        const snapshot = collectSnapshot(document, window);
        const recognised = recognizeStep(snapshot);
        for (const step of [recognised.step, assumedStep]) {
          const matches = recognizeFields(snapshot, step);
          const fields = pageFieldValues(snapshot, matches);
          planFill(snapshot, matches, profile, step);
          runChecks({ step, snapshot, fields, matches, profile, photo: null, history: {}, eligibility: profile ? estimateEligibility(profile, '2026-11-30') : null });
        }
      }),
      { numRuns: 300 },
    );
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('profile and backup import never throw on random bytes and report refusal instead', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const textOf = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
        const profile = parseProfileFile(textOf);
        const backup = parseBackupFile(textOf);
        expect(profile.ok).toBe(false);
        expect(backup.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('import never throws on random JSON shaped like a profile file', () => {
    const jsonish = fc.jsonValue().map((v) => JSON.stringify({ format: 'zc-profile', version: 1, profile: v }));
    fc.assert(
      fc.property(jsonish, (textOf) => {
        const r = parseProfileFile(textOf);
        if (!r.ok) expect(r.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
