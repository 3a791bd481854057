/**
 * An empty required field that a check of its own covers gets that check's message alone: an
 * empty 工作期间奖惩情况 marked * said both “请填写…” (required-field) and “填写‘无。’”
 * (awards-empty) on one box (probe 16, minor). A required field no other check speaks of keeps
 * required-field's message, and a warning of another check does not take its place.
 */
import { describe, expect, it } from 'vitest';
import { buildCtx } from './ctx';
import { runChecks } from '../../../lib/checks/registry';

const star = { required: true, labels: [{ source: 'cell-left' as const, raw: '*工作期间奖惩情况', text: '工作期间奖惩情况', required: true }] };

describe('one error per empty required field', () => {
  it('an empty required 奖惩 box: awards-empty speaks, required-field does not', () => {
    const findings = runChecks(buildCtx({ step: 'awards-summary', fields: [{ key: 'awards', value: '', control: { ...star, kind: 'textarea', tag: 'textarea' } }] }));
    expect(findings.filter((f) => f.control === 0).map((f) => f.checkId)).toEqual(['awards-empty']);
    // It stands for required-field's: the box is not filled yet (the panel's headline, ux26 item 4).
    expect(findings[0]?.unfilled).toBe(true);
  });
  it('an empty required 个人专业技术工作小结: summary-empty alone', () => {
    const findings = runChecks(
      buildCtx({ step: 'awards-summary', fields: [{ key: 'workSummary', value: '', control: { required: true, kind: 'textarea', tag: 'textarea', labels: [{ source: 'cell-left', raw: '*个人专业技术工作小结', text: '个人专业技术工作小结', required: true }] } }] }),
    );
    expect(findings.filter((f) => f.control === 0).map((f) => f.checkId)).toEqual(['summary-empty']);
  });
  it('a required box no other check covers keeps required-field', () => {
    const findings = runChecks(buildCtx({ step: 'awards-summary', controls: [{ required: true, labels: [{ source: 'cell-left', raw: '*备注', text: '备注', required: true }] }] }));
    expect(findings.map((f) => f.checkId)).toEqual(['required-field']);
  });
  it('a warning of another check (无 instead of 无。) does not hide required-field (it is not empty then anyway)', () => {
    const findings = runChecks(buildCtx({ step: 'awards-summary', fields: [{ key: 'awards', value: '无', control: { ...star, kind: 'textarea', tag: 'textarea' } }] }));
    expect(findings.map((f) => [f.checkId, f.severity, f.unfilled])).toEqual([['awards-empty', 'warning', undefined]]);
  });
});
