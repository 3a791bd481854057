import { describe, expect, it } from 'vitest';
import { planFill } from '../../../lib/fill/plan';
import type { FieldMatch } from '../../../lib/fields/match';
import type { FieldKey } from '../../../lib/fields/keys';
import { profileSchema } from '../../../lib/profile/schema';
import sample from '../../fixtures/sample-profile.json';
import { buildCtx } from '../checks/ctx';

const profile = profileSchema.parse(sample.profile);
const matched = (keys: FieldKey[]): FieldMatch[] => keys.map((key, control) => ({ control, key, score: 1, evidence: [], ambiguous: [], taught: false }));

describe('planFill on record forms', () => {
  it('fills the first profile row whose 记录序号 is not known saved', () => {
    const ctx = buildCtx({ step: 'education', fields: [{ key: 'education.seq', value: '' }, { key: 'education.school', value: '' }] });
    const plan = (saved?: Set<number>) => planFill(ctx.snapshot, matched(['education.seq', 'education.school']), profile, 'education', saved ? { savedSequences: saved } : {});
    expect(plan().recordIndex).toBe(0);
    expect(plan(new Set([1])).items.map((i) => i.value)).toEqual(['2', '广东环境保护工程职业学院']);
    expect(plan(new Set([1, 2])).recordIndex).toBeNull();
  });

  it('leaves an optional calendar 终止时间 empty for an ongoing job, asks when it is required', () => {
    const endDate = (required: boolean) =>
      buildCtx({ step: 'work-experience', fields: [{ key: 'workHistory.endDate', value: '', control: { kind: 'date', calendar: true, readOnly: true, required } }] });
    const item = (required: boolean) => planFill(endDate(required).snapshot, matched(['workHistory.endDate']), profile, 'work-experience').items[0];
    expect(item(false)).toMatchObject({ action: 'skip', value: '至今' });
    expect(item(true)?.action).toBe('needs-user');
  });
});
