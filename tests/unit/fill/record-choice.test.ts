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

  // Breaker 23a item 1: these were taken for another record, and record 1 was filled again as 2.
  it.each(['白云区流溪河⋯', '白云区流溪河。。。', '白云区流溪河…项目', '白云区流溪河...(详细)', '白云区流溪河……'])('a name cut as %s is record 1’s: saved', (cut) => {
    const g = grid(['记录序号', '项目名称', '本人角色'], [['1', cut, '主要完成人']]);
    expect(planOn('achievements', projectForm, [g])).toMatchObject({ index: 1, seq: '2' });
  });

  it('a date within a month of the record’s is its date; the record’s whole name is never another record by dates alone', () => {
    const educationForm = [
      { key: 'education.seq' as FieldKey, value: '' },
      { key: 'education.school' as FieldKey, value: '' },
    ];
    // The certificate's 2020-07-01 against the profile's 2020-06-30.
    const dayLater = grid(['记录序号', '毕业院校', '毕业时间', '专业'], [['1', '华南理工大学', '2020-07-01', '环境工程']]);
    expect(planOn('education', educationForm, [dayLater])).toMatchObject({ index: 1, seq: '2' });
    const yearsLater = grid(['记录序号', '毕业院校', '毕业时间'], [['1', '华南理工大学', '2023-06-30']]);
    expect(planOn('education', educationForm, [yearsLater])).toMatchObject({ index: 1, seq: '2' });
    // A cut name: a month off is still the record's; two years off is another record.
    const monthOff = grid(['记录序号', '起始时间', '项目名称'], [['1', '2021-04-01', '白云区流溪河⋯']]);
    expect(planOn('achievements', projectForm, [monthOff])).toMatchObject({ index: 1, seq: '2' });
    const yearsOff = grid(['记录序号', '起始时间', '项目名称'], [['1', '2019-03-01', '白云区流溪河⋯']]);
    expect(planOn('achievements', projectForm, [yearsOff])).toMatchObject({ index: 0, seq: '2' });
    // Another whole name after a cut's start is another record.
    const otherCut = grid(['记录序号', '项目名称'], [['1', '天河区…项目']]);
    expect(planOn('achievements', projectForm, [otherCut])).toMatchObject({ index: 0, seq: '2' });
  });
});

describe('a new form whose naming box already shows a record gets that record, or holds the rest back (probe 12b item 1)', () => {
  const yearList = (chosen: string, prompt = true) => ({
    kind: 'select' as const,
    options: [...(prompt ? ['请选择'] : []), '2020', '2021', '2022', '2023', '2024', '2025'].map((text, i) => ({
      value: prompt && i === 0 ? '' : text,
      text,
      norm: text,
      disabled: false,
      selected: text === chosen,
      placeholder: prompt && i === 0,
    })),
  });
  const review = (year: string, seq = '', prompt = true) => [
    { key: 'annualReviews.seq' as FieldKey, value: seq },
    { key: 'annualReviews.year' as FieldKey, value: year, control: yearList(year, prompt) },
    { key: 'annualReviews.result' as FieldKey, value: '' },
  ];
  const item = (items: ReturnType<typeof planOn>['items'], key: string) => items.find((i) => i.key === key);

  it('考核年度 chosen in its list (2023): that year’s record and result, the next number', () => {
    const plan = planOn('annual-review', review('2023'));
    expect(plan).toMatchObject({ index: 2, seq: '1' });
    expect(item(plan.items, 'annualReviews.year')?.outcome).toBe('same');
    expect(item(plan.items, 'annualReviews.result')).toMatchObject({ action: 'fill', value: '优秀' });
    // A grid's edit row numbered 2 beside the listed 2021: 2023 still.
    const listed = grid(['记录序号', '考核年度', '考核结果'], [['1', '2021', '合格']]);
    expect(planOn('annual-review', review('2023', '2'), [listed])).toMatchObject({ index: 2, seq: '2' });
    // 修改 of the listed 2022 (its number shown): 2022, its number kept.
    const both = grid(['记录序号', '考核年度', '考核结果'], [['1', '2021', '合格'], ['2', '2022', '合格']]);
    expect(planOn('annual-review', review('2022', '2'), [both])).toMatchObject({ index: 1, seq: '2' });
    // Only the prompt chosen: the first record not listed.
    expect(planOn('annual-review', review('请选择'))).toMatchObject({ index: 0, seq: '1' });
  });

  it('a year no profile record has (the server’s default 2025): the year offered with 覆盖, the result held back', () => {
    const plan = planOn('annual-review', review('2025', '', false));
    expect(plan).toMatchObject({ index: 0, seq: '1' });
    expect(item(plan.items, 'annualReviews.year')).toMatchObject({ outcome: 'conflict', value: '2021', current: '2025' });
    expect(item(plan.items, 'annualReviews.result')).toMatchObject({
      action: 'needs-user',
      reason: '页面上的考核年度是“2025”，不是要填写的档案记录（2021）：为免把两条记录混在一起，此栏暂不填写。请先改正考核年度（可勾选它的“覆盖”后填写），再用档案填写本页。',
    });
  });

  it('a 修改 form or a prefilled 工作单位 naming the chosen record with a note after it: its fields filled (breaker 23a item 2)', () => {
    const listed = grid(['记录序号', '毕业院校', '专业'], [['1', '华南理工大学（全日制）', '环境工程']]);
    const edit = planOn('education', [
      { key: 'education.seq' as FieldKey, value: '1' },
      { key: 'education.school' as FieldKey, value: '华南理工大学（全日制）' },
      { key: 'education.major' as FieldKey, value: '' },
      { key: 'education.degree' as FieldKey, value: '' },
    ], [listed]);
    expect(edit.index).toBe(0);
    expect(edit.items.filter((i) => i.key === 'education.major' || i.key === 'education.degree').map((i) => i.action)).toEqual(['fill', 'fill']);
    const work = planOn('work-experience', [
      { key: 'workHistory.seq' as FieldKey, value: '' },
      { key: 'workHistory.startDate' as FieldKey, value: '' },
      { key: 'workHistory.employer' as FieldKey, value: '广州绿源环境监测技术有限公司（本部）' },
      { key: 'workHistory.post' as FieldKey, value: '' },
    ]);
    expect(work.index).toBe(0);
    expect(work.items.filter((i) => i.key === 'workHistory.startDate' || i.key === 'workHistory.post').map((i) => i.action)).toEqual(['fill', 'fill']);
  });

  it('a list with no 请选择 showing a profile year (2024, the server’s default): not a choice, the first unsaved year (breaker 23a item 6)', () => {
    const listed = grid(['记录序号', '考核年度', '考核结果'], [['1', '2021', '合格']]);
    const plan = planOn('annual-review', review('2024', '', false), [listed]);
    expect(plan).toMatchObject({ index: 1, seq: '2' });
    expect(item(plan.items, 'annualReviews.year')).toMatchObject({ outcome: 'conflict', value: '2022', current: '2024' });
    expect(item(plan.items, 'annualReviews.result')?.action).toBe('needs-user');
  });

  it('项目名称 typed as the profile’s second project: its dates and role; another title holds them back', () => {
    const form = (title: string) => [
      { key: 'achievements.seq' as FieldKey, value: '' },
      { key: 'achievements.startDate' as FieldKey, value: '' },
      { key: 'achievements.title' as FieldKey, value: title },
      { key: 'achievements.role' as FieldKey, value: '' },
    ];
    const second = planOn('achievements', form('番禺区工业园区大气特征污染物监测项目'));
    expect(second).toMatchObject({ index: 1, seq: '1' });
    expect(second.items.map((i) => [i.key, i.action, i.value])).toEqual([
      ['achievements.seq', 'fill', '1'],
      ['achievements.startDate', 'fill', '2023-04-01'],
      ['achievements.title', 'skip', '番禺区工业园区大气特征污染物监测项目'],
      ['achievements.role', 'fill', '参与人'],
    ]);
    const other = planOn('achievements', form('某污水厂在线监测比对项目'));
    expect(other.index).toBe(0);
    expect(other.items.map((i) => [i.key, i.action])).toEqual([
      ['achievements.seq', 'fill'],
      ['achievements.startDate', 'needs-user'],
      ['achievements.title', 'fill'],
      ['achievements.role', 'needs-user'],
    ]);
    // The box naming the record being filled, a note after the name: nothing held back (breaker 23a item 2).
    const noted = planOn('achievements', form('番禺区工业园区大气特征污染物监测项目（二期）'));
    expect(noted.index).toBe(1);
    expect(noted.items.find((i) => i.key === 'achievements.role')).toMatchObject({ action: 'fill', value: '参与人' });
    // A read-only 项目名称 the portal shows is not a record the user began: nothing held back.
    const shownByPortal = form('某污水厂在线监测比对项目').map((f) => (f.key === 'achievements.title' ? { ...f, control: { readOnly: true } } : f));
    expect(planOn('achievements', shownByPortal).items.find((i) => i.key === 'achievements.role')?.action).toBe('fill');
  });
});

describe('a longer name containing the record’s is another school or employer (breaker 24a items 1, 4)', () => {
  const actionOf = (items: { key?: string | null; action: string }[], key: string) => items.find((i) => i.key === key)?.action;

  it('a naming box showing 华南理工大学广州学院 or …有限公司佛山分公司 holds the record’s fields back; a bracketed note does not', () => {
    const school = (name: string) =>
      planOn('education', [
        { key: 'education.seq' as FieldKey, value: '' },
        { key: 'education.school' as FieldKey, value: name },
        { key: 'education.major' as FieldKey, value: '' },
      ]);
    expect(actionOf(school('华南理工大学广州学院').items, 'education.major')).toBe('needs-user');
    expect(actionOf(school('华南理工大学（全日制）').items, 'education.major')).toBe('fill');
    // A note in any brackets, cut off, or after a space is the record's; another institution in brackets is not (breaker 25a items 2, 6).
    for (const note of ['【全日制】', '[本部]', '〔全日制〕', '《本部》', '（原华南工学院（旧称））', '（全日', ' 全日制', '-本部']) {
      expect(actionOf(school(`华南理工大学${note}`).items, 'education.major'), note).toBe('fill');
    }
    expect(actionOf(school('华南理工大学（广州学院）').items, 'education.major')).toBe('needs-user');
    // The title with its specialty or series before it is the record's (breaker 25a item 3).
    const title = (name: string) => planOn('qualification-history', [{ key: 'qualificationHistory.seq' as FieldKey, value: '' }, { key: 'qualificationHistory.name' as FieldKey, value: name }, { key: 'qualificationHistory.certificateNo' as FieldKey, value: '' }]);
    expect(actionOf(title(`环境工程${profile.qualificationHistory[0]!.name}`).items, 'qualificationHistory.certificateNo')).toBe('fill');
    const employer = planOn('work-experience', [
      { key: 'workHistory.seq' as FieldKey, value: '' },
      { key: 'workHistory.employer' as FieldKey, value: `${profile.workHistory[0]!.employer}佛山分公司` },
      { key: 'workHistory.post' as FieldKey, value: '' },
    ]);
    expect(actionOf(employer.items, 'workHistory.post')).toBe('needs-user');
    // 总部, or the company form a renamed 设计院 took, are the employer's (breaker 25a item 4).
    const employerAs = (name: string) => planOn('work-experience', [{ key: 'workHistory.seq' as FieldKey, value: '' }, { key: 'workHistory.employer' as FieldKey, value: name }, { key: 'workHistory.post' as FieldKey, value: '' }]);
    expect(actionOf(employerAs(`${profile.workHistory[0]!.employer}【总部】`).items, 'workHistory.post')).toBe('fill');
  });

  it('a listed 华南理工大学广州学院 of other years under 1 does not mark the profile’s 华南理工大学 saved', () => {
    const listed = grid(['记录序号', '毕业院校', '入学时间', '毕业时间'], [['1', '华南理工大学广州学院', '2012-09-01', '2016-06-30']]);
    expect(planOn('education', [{ key: 'education.seq' as FieldKey, value: '' }, { key: 'education.school' as FieldKey, value: '' }], [listed])).toMatchObject({ index: 0, seq: '2' });
    // 【全日制】 after the name, other dates: the record saved, not filled twice (breaker 25a item 1).
    const noted = grid(['记录序号', '毕业院校', '入学时间', '毕业时间'], [['1', '华南理工大学【全日制】', '2012-09-01', '2016-06-30']]);
    expect(planOn('education', [{ key: 'education.seq' as FieldKey, value: '' }, { key: 'education.school' as FieldKey, value: '' }], [noted])).toMatchObject({ index: 1, seq: '2' });
  });

  it('a listed longer name with no dates is another record too (breaker 25a item 7)', () => {
    const schoolForm = [{ key: 'education.seq' as FieldKey, value: '' }, { key: 'education.school' as FieldKey, value: '' }];
    const undated = grid(['记录序号', '毕业院校', '专业'], [['1', '华南理工大学广州学院', '土木工程']]);
    expect(planOn('education', schoolForm, [undated])).toMatchObject({ index: 0, seq: '2' });
    const employerForm = [{ key: 'workHistory.seq' as FieldKey, value: '' }, { key: 'workHistory.employer' as FieldKey, value: '' }];
    const branch = grid(['工作单位', '职务'], [[`${profile.workHistory[0]!.employer}佛山分公司`, '技术员']]);
    expect(planOn('work-experience', employerForm, [branch])).toMatchObject({ index: 0, seq: '2' });
    // The record's name with a note, no dates: still the record, saved (breaker 25a items 1, 6).
    const noted = grid(['记录序号', '毕业院校', '专业'], [['1', '华南理工大学（全日制）', '环境工程']]);
    expect(planOn('education', schoolForm, [noted])).toMatchObject({ index: 1, seq: '2' });
  });
});

describe('a listed longer name with the record’s own dates is the record saved: a faculty or department after the name (breaker 26a item 1)', () => {
  const schoolForm = [{ key: 'education.seq' as FieldKey, value: '' }, { key: 'education.school' as FieldKey, value: '' }];
  const employerForm = [{ key: 'workHistory.seq' as FieldKey, value: '' }, { key: 'workHistory.employer' as FieldKey, value: '' }];
  const schoolRow = (cell: string, start: string, end: string) => grid(['记录序号', '毕业院校', '入学时间', '毕业时间'], [['1', cell, start, end]]);

  it.each(['华南理工大学环境与能源学院', '华南理工大学继续教育学院', '华南理工大学 环境与能源学院', '华南理工大学广州学院'])('%s, 2016-09-01 to 2020-06-30 under 1: record 1 saved, record 2 next as 2', (cell) => {
    expect(planOn('education', schoolForm, [schoolRow(cell, '2016-09-01', '2020-06-30')])).toMatchObject({ index: 1, seq: '2' });
    // In the list's own date spelling (year-month, 年月).
    expect(planOn('education', schoolForm, [schoolRow(cell, '2016.09', '2020年6月')])).toMatchObject({ index: 1, seq: '2' });
  });

  it('the same longer name with another end date, or a start date only of two shown, is another record', () => {
    expect(planOn('education', schoolForm, [schoolRow('华南理工大学环境与能源学院', '2016-09-01', '2019-06-30')])).toMatchObject({ index: 0, seq: '2' });
    expect(planOn('education', schoolForm, [schoolRow('华南理工大学环境与能源学院', '2012-09-01', '2016-06-30')])).toMatchObject({ index: 0, seq: '2' });
  });

  it('an employer listed with its department (检测中心) and the record’s start beside 至今: the one work record is saved', () => {
    const listed = grid(['记录序号', '工作单位', '起始时间', '终止时间'], [['1', `${profile.workHistory[0]!.employer}检测中心`, profile.workHistory[0]!.startDate, '至今']]);
    expect(planOn('work-experience', employerForm, [listed]).index).toBeNull();
    const otherStart = grid(['记录序号', '工作单位', '起始时间', '终止时间'], [['1', `${profile.workHistory[0]!.employer}检测中心`, '2018-03-01', '至今']]);
    expect(planOn('work-experience', employerForm, [otherStart]).index).toBe(0);
  });

  it('a naming box showing the longer name holds the record’s fields back unless the form’s date boxes show the record’s dates', () => {
    const form = (start: string, end: string, school = '华南理工大学环境与能源学院') =>
      planOn('education', [
        { key: 'education.seq' as FieldKey, value: '' },
        { key: 'education.school' as FieldKey, value: school },
        { key: 'education.startDate' as FieldKey, value: start },
        { key: 'education.endDate' as FieldKey, value: end },
        { key: 'education.major' as FieldKey, value: '' },
      ]).items.find((i) => i.key === 'education.major')?.action;
    expect(form('', '')).toBe('needs-user');
    expect(form('2012-09-01', '2016-06-30')).toBe('needs-user');
    expect(form('2016-09-01', '2020-06-30')).toBe('fill');
    // The record's name with a note is its own whatever the date boxes show (a server's default date).
    expect(form('2026-12-01', '', '华南理工大学（全日制）')).toBe('fill');
  });
});
