import { describe, expect, it } from 'vitest';
import { editTable, newRecord } from '../../../lib/profile/records';
import { emptyProfile, profileSchema } from '../../../lib/profile/schema';

describe('table edits renumber 记录序号', () => {
  it('adds, moves and removes rows keeping seq 1, 2, 3…', () => {
    let p = emptyProfile('x');
    for (let i = 0; i < 3; i++) p = editTable(p, 'education', { kind: 'add' });
    p = { ...p, education: p.education.map((r, i) => ({ ...r, school: `校${i + 1}` })) };
    p = editTable(p, 'education', { kind: 'move', index: 2, by: -1 });
    expect(p.education.map((r) => [r.seq, r.school])).toEqual([[1, '校1'], [2, '校3'], [3, '校2']]);
    p = editTable(p, 'education', { kind: 'remove', index: 0 });
    expect(p.education.map((r) => [r.seq, r.school])).toEqual([[1, '校3'], [2, '校2']]);
    expect(editTable(p, 'education', { kind: 'move', index: 0, by: -1 })).toBe(p);
    expect(profileSchema.safeParse(p).success).toBe(true);
  });

  it('proposes the next year for annual reviews and leaves rows without seq alone', () => {
    let p = editTable(emptyProfile('x'), 'annualReviews', { kind: 'add' });
    p = { ...p, annualReviews: [{ year: 2019, result: '合格' }] };
    p = editTable(p, 'annualReviews', { kind: 'add' });
    expect(p.annualReviews.map((r) => r.year)).toEqual([2019, 2020]);
    expect(p.annualReviews[1]).not.toHaveProperty('seq');
    expect(newRecord('attachments', 1)).toEqual({ name: '证明材料', note: '' });
  });
});
