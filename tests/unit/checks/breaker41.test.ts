/**
 * Breaker 41 in happy-dom: the pre-submit checks on markup the practice portal does not have
 * (tests/e2e/breaker41-pages.ts), read the way the content script reads a frame, then checked.
 * The same pages in Chromium: tests/e2e/checks-markup.test.ts (breaker 41).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { evaluatePage } from '../../../lib/content/evaluate';
import { NO_HINTS } from '../../../lib/portal/recognize-step';
import { B41_BODIES } from '../../e2e/breaker41-pages';

/** The step and the findings (check:severity) of a page body, with its boxes' values replaced (id → value). */
function checksOn(body: string, values: Record<string, string> = {}): { step: string; findings: string[] } {
  document.body.innerHTML = `<form>${body}</form>`;
  for (const [id, value] of Object.entries(values)) (document.getElementById(id) as HTMLInputElement | HTMLSelectElement).value = value;
  const snapshot = collectSnapshot(document, window);
  const evaluation = evaluatePage(snapshot, { profile: null, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS });
  return { step: evaluation.recognition.step, findings: evaluation.findings.map((f) => `${f.checkId}:${f.severity}`) };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('breaker 41: the checks on markup the practice portal does not have', () => {
  it('item 1: a 证件号码 under 证件名称 [护照] is no 公民身份号码 (no id-number-checksum); under 居民身份证 it is checked', () => {
    const page = B41_BODIES['id-type-named'];
    expect(checksOn(page)).toEqual({ step: 'basic-info', findings: [] });
    expect(checksOn(page, { ddlZJMC: '1' }).findings).toContain('id-number-checksum:error');
    // 有效证件类型 is a 证件类型 as well.
    expect(checksOn(page.replace('证件名称', '有效证件类型')).findings).toEqual([]);
  });

  it('item 2: 出生日期 written by a script as JSON (1998-05-12T00:00:00) agrees with the ID number; another day does not', () => {
    const page = B41_BODIES['birth-json'];
    expect(checksOn(page)).toEqual({ step: 'basic-info', findings: [] });
    expect(checksOn(page, { txtCSRQ: '1998-05-13T00:00:00' }).findings).toEqual(['id-birthdate-mismatch:error']);
  });

  it('item 3: a list of saved records under a header over two rows: 本科 numbered before 硕士 is listed (education-order), and the second header row is no record (no record-sequence)', () => {
    expect(checksOn(B41_BODIES['education-two-row-header'])).toEqual({ step: 'education', findings: ['education-order:error'] });
    expect(checksOn(B41_BODIES['qualification-two-row-header'])).toEqual({ step: 'qualification-history', findings: [] });
    // The column headed 教育程度 (breaker 41's left item 4): the same list, the same finding.
    expect(checksOn(B41_BODIES['education-two-row-header'].replace('>学历<', '>教育程度<'))).toEqual({ step: 'education', findings: ['education-order:error'] });
  });

  it('item 4: 性别 as layui radios under <label class="layui-form-label">*性别</label>: the group is labelled 性别 and required (required-field when none is chosen)', () => {
    const required = (ticked?: string) => {
      document.body.innerHTML = `<form>${B41_BODIES['layui-gender']}</form>`;
      if (ticked) (document.getElementById(ticked) as HTMLInputElement).checked = true;
      const evaluation = evaluatePage(collectSnapshot(document, window), { profile: null, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS });
      return evaluation.findings.filter((f) => f.checkId === 'required-field').map((f) => f.field);
    };
    expect(required()).toEqual(['性别']);
    expect(required('xb1')).toEqual([]);
  });

  it('item 5: boxes layui verifies as required (lay-verify="required"), no star drawn: required-field on the empty ones only', () => {
    document.body.innerHTML = `<form>${B41_BODIES['layui-verify']}</form>`;
    const evaluation = evaluatePage(collectSnapshot(document, window), { profile: null, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS });
    expect(evaluation.findings.map((f) => `${f.checkId}:${f.field}`)).toEqual(['required-field:工作单位', 'required-field:民族']);
  });

  it('item 6: 奖惩 and 小结 written in editors drawn in the page (<div contenteditable> before a hidden box): each box reads its editor (无 → the 无。 warning), labelled from before it', () => {
    const findings = (awards?: string) => {
      document.body.innerHTML = `<form>${B41_BODIES['div-editors']}</form>`;
      if (awards) document.getElementById('edJCQK')!.innerHTML = awards;
      const evaluation = evaluatePage(collectSnapshot(document, window), { profile: null, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS });
      return evaluation.findings.map((f) => `${f.checkId}:${f.severity}:${f.field}`);
    };
    // 无 without its full stop, read from the editor (the box's own value is empty until submit).
    expect(findings()).toEqual(['awards-empty:warning:awards']);
    expect(findings('<p>无。</p>')).toEqual([]);
    expect(findings('<p><br></p>')).toEqual(['awards-empty:error:awards']);
  });

  it('item 7: a list writing its 记录序号 with a full stop (1. 2.) runs 1, 2 (no record-sequence); 1. 3. does not', () => {
    const page = B41_BODIES['qualification-numbered-stops'];
    expect(checksOn(page)).toEqual({ step: 'qualification-history', findings: [] });
    expect(checksOn(page.replace('>2.<', '>3.<')).findings).toEqual(['record-sequence:error']);
  });
});
