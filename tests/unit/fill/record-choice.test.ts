import { describe, expect, it } from 'vitest';
import { planFill } from '../../../lib/fill/plan';
import type { FieldMatch } from '../../../lib/fields/match';
import type { FieldKey } from '../../../lib/fields/keys';
import type { StepId } from '../../../lib/portal/step-ids';
import { profileSchema } from '../../../lib/profile/schema';
import sample from '../../fixtures/sample-profile.json';
import { buildCtx, grid, type CtxSpec } from '../checks/ctx';

const profile = profileSchema.parse(sample.profile);
const matched = (keys: FieldKey[]): FieldMatch[] => keys.map((key, control) => ({ control, key, score: 1, evidence: [], ambiguous: [], taught: false }));
const planOn = (step: StepId, fields: NonNullable<CtxSpec['fields']>, grids: CtxSpec['grids'] = []) => {
  const ctx = buildCtx({ step, fields, grids });
  const plan = planFill(ctx.snapshot, matched(fields.map((f) => f.key)), profile, step);
  return { index: plan.recordIndex, seq: plan.items.find((i) => i.key?.endsWith('.seq'))?.value, items: plan.items };
};

describe('a listed row that shows another record does not mark the profile row of its 记录序号 saved (probe 12b item 2)', () => {
  const paperForm = [
    { key: 'publications.seq' as FieldKey, value: '' },
    { key: 'publications.title' as FieldKey, value: '' },
  ];
  const projectForm = [
    { key: 'achievements.seq' as FieldKey, value: '' },
    { key: 'achievements.title' as FieldKey, value: '' },
  ];

  it('another whole title, or other dates, under 1: the profile’s record 1 is next, as 2', () => {
    const otherPaper = grid(['记录序号', '类别', '题目', '发表时间'], [['1', '期刊论文', '某水库富营养化评价', '2022-05']]);
    expect(planOn('publications', paperForm, [otherPaper])).toMatchObject({ index: 0, seq: '2' });
    const otherProject = grid(['记录序号', '起始时间', '终止时间', '项目名称', '本人角色'], [['1', '2020-08-01', '2020-12-31', '某污水厂在线监测比对项目', '参与人']]);
    expect(planOn('achievements', projectForm, [otherProject])).toMatchObject({ index: 0, seq: '2' });
    // Record 1's name cut short, with another date than the profile's: still another record.
    const otherDates = grid(['记录序号', '起始时间', '项目名称'], [['1', '2019-01-01', '白云区流溪河…']]);
    expect(planOn('achievements', projectForm, [otherDates])).toMatchObject({ index: 0, seq: '2' });
    // Another year under 1 on 年度考核.
    const otherYear = grid(['记录序号', '考核年度', '考核结果'], [['1', '2020', '合格']]);
    expect(planOn('annual-review', [{ key: 'annualReviews.seq' as FieldKey, value: '' }, { key: 'annualReviews.year' as FieldKey, value: '' }], [otherYear])).toMatchObject({ index: 0, seq: '2' });
  });

  it('a name cell cut off or missing still takes the profile row of its number as saved', () => {
    const cut = grid(['记录序号', '项目名称', '本人角色'], [['1', '白云区流溪河…', '主要完成人']]);
    expect(planOn('achievements', projectForm, [cut])).toMatchObject({ index: 1, seq: '2' });
    const nameless = grid(['记录序号', '本人角色', '备注'], [['1', '主要完成人', '已审核']]);
    expect(planOn('achievements', projectForm, [nameless])).toMatchObject({ index: 1, seq: '2' });
  });
});
