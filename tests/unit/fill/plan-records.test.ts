import { describe, expect, it } from 'vitest';
import { planFill } from '../../../lib/fill/plan';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import type { FieldMatch } from '../../../lib/fields/match';
import type { FieldKey } from '../../../lib/fields/keys';
import { profileSchema } from '../../../lib/profile/schema';
import sample from '../../fixtures/sample-profile.json';
import { buildCtx, grid, type CtxSpec } from '../checks/ctx';
import { UNSEEN_PAGES } from '../../e2e/unseen-pages';

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

describe('which record a record form gets, and its 记录序号 (spec/portal.md: 1, 2, 3… with no gaps)', () => {
  const records = profileSchema.parse({
    label: 't',
    education: [
      { seq: 1, startDate: '2016-09-01', endDate: '2020-06-30', school: '华南理工大学', educationLevel: '大学本科' },
      { seq: 2, startDate: '2013-09-01', endDate: '2016-06-30', school: '广东环境保护工程职业学院', educationLevel: '大学专科' },
      { seq: 3, startDate: '2010-09-01', endDate: '2013-06-30', school: '华南理工大学', educationLevel: '中专' },
    ],
    annualReviews: [
      { year: 2023, result: '合格' },
      { year: 2024, result: '优秀' },
    ],
  });
  const form = (values: Partial<Record<'seq' | 'school', string>> = {}) => [
    { key: 'education.seq' as FieldKey, value: values.seq ?? '' },
    { key: 'education.school' as FieldKey, value: values.school ?? '' },
  ];
  const planOn = (spec: CtxSpec, opts: Parameters<typeof planFill>[4] = {}) => {
    const ctx = buildCtx(spec);
    const keys = (spec.fields ?? []).map((f) => f.key);
    const plan = planFill(ctx.snapshot, matched(keys), records, spec.step!, opts);
    return { index: plan.recordIndex, seq: plan.items.find((i) => i.key?.endsWith('.seq'))?.value, items: plan.items };
  };

  it('a list without a 记录序号 column: the records it names are saved, the next takes the next number', () => {
    const listed = grid(['学校名称', '起止时间', '学历', '操作'], [{ cells: ['华南理工大学', '2016.09-2020.06', '大学本科'], actions: ['修改', '删除'] }]);
    expect(planOn({ step: 'education', fields: form(), grids: [listed] })).toMatchObject({ index: 1, seq: '2' });
  });

  it('tells two records of the same school apart by the start month the list shows', () => {
    // The 中专 record at the same school is listed, not the 本科 one.
    const listed = grid(['学校', '入学年月', '毕业年月'], [['华南理工大学', '2010年9月', '2013年6月']]);
    expect(planOn({ step: 'education', fields: form(), grids: [listed] })).toMatchObject({ index: 0, seq: '2' });
    // A list showing no dates cannot tell them apart: both count as listed.
    const undated = grid(['学校', '专业'], [['华南理工大学', '环境工程']]);
    expect(planOn({ step: 'education', fields: form(), grids: [undated] })).toMatchObject({ index: 1, seq: '2' });
  });

  it('a certificate number in the row is not read as a date', () => {
    const listed = grid(['学校', '证书编号'], [['广东环境保护工程职业学院', '105611202005002468']]);
    expect(planOn({ step: 'education', fields: form(), grids: [listed] })).toMatchObject({ index: 0, seq: '2' });
  });

  it('a hand-picked record takes the next free number, not its own', () => {
    const listed = grid(['记录序号', '学校'], [['1', '华南理工大学']]);
    expect(planOn({ step: 'education', fields: form(), grids: [listed] }, { recordIndex: 2 })).toMatchObject({ index: 2, seq: '2' });
    const item = planOn({ step: 'education', fields: form(), grids: [listed] }, { recordIndex: 2 }).items.find((i) => i.key === 'education.seq');
    expect(item?.source).toBe('档案 · 学历 第 3 条 · 记录序号（档案中为 3，按页面已保存的记录顺延为 2）');
    // A gap left by a deleted record is filled first.
    const gap = grid(['序号', '学校'], [['1', 'x'], ['3', 'y']]);
    expect(planOn({ step: 'education', fields: form(), grids: [gap] }, { recordIndex: 2 }).seq).toBe('2');
  });

  it('a saved record opened again (修改) gets the profile row of its number and keeps it', () => {
    const listed = grid(['记录序号', '学校'], [['1', '华南理工大学'], ['2', '广东环境保护工程职业学院']]);
    expect(planOn({ step: 'education', fields: form({ seq: '1', school: '华南理工大学' }), grids: [listed] })).toMatchObject({ index: 0, seq: '1' });
    // The same number in an otherwise blank form is a new form's default, not an edit.
    expect(planOn({ step: 'education', fields: form({ seq: '1' }), grids: [listed] })).toMatchObject({ index: 2, seq: '3' });
    // Remembered saves (the form replaced the list) count as taken too.
    expect(planOn({ step: 'education', fields: form({ seq: '2', school: '某校' }) }, { savedSequences: new Set([1, 2]) })).toMatchObject({ index: 1, seq: '2' });
  });

  it('an edit page of its own (no list, nothing remembered) keeps the record it shows and its number; a new form is not one', () => {
    const editing = [...form({ seq: '2', school: '广东环境保护工程职业学院' }), { key: 'education.startDate' as FieldKey, value: '2013-09-01' }];
    expect(planOn({ step: 'education', fields: editing })).toMatchObject({ index: 1, seq: '2' });
    // A number the portal proposes, with nothing typed, or texts naming no record: a new form, the first record.
    expect(planOn({ step: 'education', fields: form({ seq: '2' }) })).toMatchObject({ index: 0, seq: '1' });
    expect(planOn({ step: 'education', fields: form({ seq: '2', school: '某某学院' }) })).toMatchObject({ index: 0, seq: '1' });
  });

  it('an edit page of its own whose texts name two records of one school: the one of the shown number; a number of another record is offered over, not kept (breaker 14a item 4)', () => {
    // Records 1 and 3 are both at 华南理工大学, and the form shows no date to tell them apart.
    expect(planOn({ step: 'education', fields: form({ seq: '3', school: '华南理工大学' }) })).toMatchObject({ index: 2, seq: '3' });
    expect(planOn({ step: 'education', fields: form({ seq: '1', school: '华南理工大学' }) })).toMatchObject({ index: 0, seq: '1' });
    // 2 is 广东环境保护工程职业学院's number, neither named record's: no record is chosen (filling
    // record 1's dates could be record 3's page), the user picks (breaker 15a item 3).
    const neither = planOn({ step: 'education', fields: form({ seq: '2', school: '华南理工大学' }) });
    expect(neither.index).toBeNull();
    expect(neither.items[0]!.reason).toBe('页面所填内容与档案中第 1、3 条学历记录同样相符，无法确定是哪一条：请自己选择要填写的记录。');
    // The texts naming one record, the number another's: that record's own number is offered over it as a conflict.
    const disagreeing = planOn({ step: 'education', fields: form({ seq: '1', school: '广东环境保护工程职业学院' }) });
    expect(disagreeing).toMatchObject({ index: 1, seq: '2' });
    expect(disagreeing.items[0]).toMatchObject({ action: 'fill', outcome: 'conflict', current: '1' });
  });

  it('an edit page of its own: the other texts (专业) tell apart two records of one school before the shown number; annual reviews keep their number (breaker 15a item 3)', () => {
    const two = profileSchema.parse({
      label: 't',
      education: [
        { seq: 1, school: '华南理工大学', major: '环境工程', startDate: '2016-09-01', educationLevel: '大学本科' },
        { seq: 2, school: '华南理工大学', major: '环境科学', startDate: '2020-09-01', educationLevel: '硕士研究生' },
      ],
      annualReviews: [{ year: 2021, result: '合格' }, { year: 2022, result: '合格' }, { year: 2023, result: '优秀' }],
    });
    const major = { key: 'education.major' as FieldKey, value: '环境工程' };
    const start = { key: 'education.startDate' as FieldKey, value: '' };
    const on = (fields: CtxSpec['fields'], step: CtxSpec['step'] = 'education') => {
      const ctx = buildCtx({ step, fields });
      return planFill(ctx.snapshot, matched((fields ?? []).map((f) => f.key)), two, step!, {});
    };
    // The portal numbers 本科 2: its page gets 本科's 入学时间, its major kept; 2 (硕士's in the profile) offered back as 1.
    const plan = on([...form({ seq: '2', school: '华南理工大学' }), major, start]);
    expect(plan.recordIndex).toBe(0);
    expect(plan.items.find((i) => i.key === 'education.startDate')).toMatchObject({ action: 'fill', value: '2016-09-01' });
    expect(plan.items.find((i) => i.key === 'education.major')).toMatchObject({ action: 'skip' });
    // Annual reviews have no 记录序号 of their own: 1 shown beside 2023 is kept.
    const review = on([{ key: 'annualReviews.seq' as FieldKey, value: '1' }, { key: 'annualReviews.year' as FieldKey, value: '2023' }], 'annual-review');
    expect(review.recordIndex).toBe(2);
    expect(review.items.find((i) => i.key === 'annualReviews.seq')).toMatchObject({ action: 'skip', value: '1' });
  });

  it('a paged list (one page of several): the next number follows 共 N 条, else the record and its 记录序号 are the user\'s (probe round 9 item 4)', () => {
    const page2 = { ...grid(['记录序号', '学校'], [['3', '华南理工大学']]), paged: true as const };
    // Page 2 shows record 3 only: neither record 1 again nor 记录序号 1.
    const unknown = planOn({ step: 'education', fields: form(), grids: [page2] });
    expect(unknown.index).toBeNull();
    expect(unknown.items.find((i) => i.key === 'education.seq')).toMatchObject({ action: 'needs-user', reason: '已保存的记录分页显示，仅凭本页无法确定下一条记录及其记录序号：请翻到列表最后一页查看，再自己选择要填写的记录、填写记录序号。' });
    // A hand-picked record is filled, its number left to the user; so too after the memory saw such a page.
    const picked = planOn({ step: 'education', fields: form(), grids: [page2] }, { recordIndex: 2 });
    expect(picked.index).toBe(2);
    expect(picked.items.find((i) => i.key === 'education.seq')?.action).toBe('needs-user');
    expect(planOn({ step: 'education', fields: form() }, { savedSequences: null }).index).toBeNull();
    // 共 2 条: records 1 and 2 are saved, the next is the third with 记录序号 3.
    const page1 = { ...grid(['记录序号', '学校'], [['1', '华南理工大学']]), paged: true as const, total: 2 };
    expect(planOn({ step: 'education', fields: form(), grids: [page1] })).toMatchObject({ index: 2, seq: '3' });
  });

  it('only the list of saved records counts: not a notice or an attachments table with a 序号 column (record-step probe)', () => {
    const notice = grid(['序号', '注意事项'], [['1', '学历须从高到低填写'], ['2', '须上传学信网报告']]);
    expect(planOn({ step: 'education', fields: form(), grids: [notice] })).toMatchObject({ index: 0, seq: '1' });
    const attachments = grid(['序号', '附件名称', '操作'], [{ cells: ['1', '华南理工大学毕业证书', ''], actions: ['查看'] }, ['2', '学位证书', ''], ['3', '身份证', '']]);
    const listed = grid(['记录序号', '学校', '起止时间'], [['1', '华南理工大学', '2016.09-2020.06']]);
    expect(planOn({ step: 'education', fields: form(), grids: [attachments, listed] })).toMatchObject({ index: 1, seq: '2' });
    expect(planOn({ step: 'education', fields: form(), grids: [attachments] })).toMatchObject({ index: 0, seq: '1' });
  });

  it('a record the list shows but the profile lacks still takes its number; 暂无记录 does not', () => {
    const other = grid(['学校名称', '起止时间', '操作'], [['中山大学', '2010.09-2013.06', '']]);
    expect(planOn({ step: 'education', fields: form(), grids: [other] })).toMatchObject({ index: 0, seq: '2' });
    const empty = grid(['学校名称', '起止时间', '操作'], [['暂无记录']]);
    expect(planOn({ step: 'education', fields: form(), grids: [empty] })).toMatchObject({ index: 0, seq: '1' });
  });

  it('a listed number belongs to the record its row names, not to the profile row of that number', () => {
    const listed = grid(['记录序号', '学校', '起止时间'], [['1', '广东环境保护工程职业学院', '2013.09-2016.06']]);
    expect(planOn({ step: 'education', fields: form(), grids: [listed] })).toMatchObject({ index: 0, seq: '2' });
    // A list showing only the end date.
    const ended = grid(['毕业学校', '毕业时间', '学历'], [['华南理工大学', '2020-06-30', '大学本科']]);
    expect(planOn({ step: 'education', fields: form(), grids: [ended] })).toMatchObject({ index: 1, seq: '2' });
  });

  it('修改: the form’s own record, by what it shows, keeps its number; a default number beside a radio is not an edit', () => {
    const listed = grid(['记录序号', '学校'], [['1', '广东环境保护工程职业学院'], ['2', '华南理工大学']]);
    const editing = [...form({ seq: '1', school: '广东环境保护工程职业学院' }), { key: 'education.startDate' as FieldKey, value: '2013-09-01' }];
    expect(planOn({ step: 'education', fields: editing, grids: [listed] })).toMatchObject({ index: 1, seq: '1' });
    const one = grid(['记录序号', '学校'], [['1', '华南理工大学']]);
    const blank = [...form({ seq: '1' }), { key: 'education.studyMode' as FieldKey, value: '1', control: { kind: 'radio' as const, choiceText: '是' } }];
    expect(planOn({ step: 'education', fields: blank, grids: [one] })).toMatchObject({ index: 1, seq: '2' });
  });

  it('a list edited in the grid (GridView edit / footer insert row): the next record into its boxes, by their column headers (probe 9 item 1)', () => {
    document.body.innerHTML = `<table><tr><th>记录序号</th><th>毕业院校</th><th>学历</th><th>操作</th></tr>
      <tr><td>1</td><td>华南理工大学</td><td>大学本科</td><td><a>删除</a></td></tr>
      <tr><td><input id="gv_txtSeq"></td><td><input id="gv_txtSchool"></td><td><select id="gv_ddlLevel"><option value="">请选择</option><option>大学本科</option><option>大学专科</option></select></td><td><input type="submit" value="添加"></td></tr></table>`;
    const snapshot = collectSnapshot(document);
    const plan = planFill(snapshot, recognizeFields(snapshot, 'education'), records, 'education');
    expect(plan.items.map((i) => [i.key, i.value])).toEqual([['education.seq', '2'], ['education.school', '广东环境保护工程职业学院'], ['education.educationLevel', '大学专科']]);
  });

  it('年度考核: a listed year is saved', () => {
    const listed = grid(['考核年度', '考核结果'], [['2023年', '合格']]);
    const fields = [
      { key: 'annualReviews.year' as FieldKey, value: '' },
      { key: 'annualReviews.seq' as FieldKey, value: '' },
    ];
    expect(planOn({ step: 'annual-review', fields, grids: [listed] })).toMatchObject({ index: 1, seq: '2' });
    // The later year saved first: the earlier one is next, as number 2.
    const later = grid(['序号', '考核年度', '考核结果'], [['1', '2024', '优秀']]);
    expect(planOn({ step: 'annual-review', fields, grids: [later] })).toMatchObject({ index: 0, seq: '2' });
    const worded = grid(['考核年度', '考核结果'], [['2023年度考核', '合格']]);
    expect(planOn({ step: 'annual-review', fields, grids: [worded] })).toMatchObject({ index: 1, seq: '2' });
  });
});

describe('one box for a whole period (起止年月, unseen-markup probe)', () => {
  const jobs = profileSchema.parse({
    label: 't',
    workHistory: [
      { seq: 1, startDate: '2020-07-01', endDate: null, employer: '广州绿源环境监测技术有限公司' },
      { seq: 2, startDate: '2018-03-01', endDate: '2020-06-30', employer: '广州某环保科技有限公司' },
    ],
  });
  const form = (box: string) => `<div><b>主要专业技术工作经历</b></div><table>
    <tr><td>记录序号：</td><td><input id="txtJLXH"></td></tr><tr><td>起止年月：</td><td>${box}</td></tr>
    <tr><td>工作单位：</td><td><input id="txtGZDW"></td></tr></table><input type="submit" value="保存">`;
  const periodRow = (box: string, recordIndex: number) => {
    document.body.innerHTML = form(box);
    const snapshot = collectSnapshot(document);
    const plan = planFill(snapshot, recognizeFields(snapshot, 'work-experience'), jobs, 'work-experience', { recordIndex });
    return plan.items.find((i) => snapshot.controls[i.control]!.id === 'txtQZ')!;
  };

  it('writes both dates in the example’s format and separator, 至今 for the job still held', () => {
    expect(periodRow('<input id="txtQZ">（如：2015.07-2018.06，至今填写“至今”）', 0)).toMatchObject({ action: 'fill', label: '起止年月', value: '2020.07-至今' });
    expect(periodRow('<input id="txtQZ">（如：2015.07-2018.06）', 1).value).toBe('2018.03-2020.06');
    expect(periodRow('<input id="txtQZ">（如：2015年07月至2018年06月）', 1).value).toBe('2018年03月至2020年06月');
  });

  it('a compact example (格式：201509-201906) is followed; without any example the dates are dotted year-months, never 2016-09-01-2020-06-30 (probe 17 item 1)', () => {
    expect(periodRow('<input id="txtQZ">（格式：201509-201906）', 1).value).toBe('201803-202006');
    expect(periodRow('<input id="txtQZ">', 1).value).toBe('2018.03-2020.06');
    expect(periodRow('<input id="txtQZ">', 0)).toMatchObject({ action: 'fill', value: '2020.07-至今' });
    // One box: 至今 is written for the job still held even where the example shows no 至今.
    expect(periodRow('<input id="txtQZ">（如：2015.07-2018.06）', 0)).toMatchObject({ action: 'fill', value: '2020.07-至今' });
    expect(periodRow('<input id="txtQZ" value="2018.03-2020.06">', 1).outcome).toBe('same');
    // A postcode-like number is no date example: the default stays.
    expect(periodRow('<input id="txtQZ">（如：510000）', 1).value).toBe('2018.03-2020.06');
  });

  it('the same period already written is 已一致; another one needs the 覆盖 tick', () => {
    expect(periodRow('<input id="txtQZ" value="2020.07-至今">（如：2015.07-2018.06）', 0).outcome).toBe('same');
    expect(periodRow('<input id="txtQZ" value="2010.01-2011.01">（如：2015.07-2018.06）', 0)).toMatchObject({ outcome: 'conflict', overwrite: true });
  });

  it('终止时间 of the job still held: left empty in a box whose page says how to write its date, 至今 where the page asks for the word (probe 11a item 1)', () => {
    const endBox = (cell: string, star = '') => {
      document.body.innerHTML = `<div><b>主要专业技术工作经历</b></div><table>
        <tr><td>起始时间：</td><td><input id="txtQS"></td></tr><tr><td>${star}终止时间：</td><td>${cell}</td></tr>
        <tr><td>工作单位：</td><td><input id="txtGZDW"></td></tr></table><input type="submit" value="保存">`;
      const snapshot = collectSnapshot(document);
      const plan = planFill(snapshot, recognizeFields(snapshot, 'work-experience'), jobs, 'work-experience', { recordIndex: 0 });
      return plan.items.find((i) => snapshot.controls[i.control]!.id === 'txtZZ')!;
    };
    expect(endBox('<input id="txtZZ">（如：2020-07-01）')).toMatchObject({ action: 'skip', value: '至今' });
    expect(endBox('<input id="txtZZ">(yyyy/MM，至今不填)')).toMatchObject({ action: 'skip', value: '至今' });
    for (const hint of ['（格式：2020-07，在职至今的无需填写）', '（格式：2020-07，至今请勿填写）', '（格式：2020-07，至今的不要填）', '（格式：2020-07，如至今请填写当前年月）']) {
      expect(endBox(`<input id="txtZZ">${hint}`).action, hint).toBe('skip');
    }
    expect(endBox('<input id="txtZZ" maxlength="7">').action).toBe('skip');
    expect(endBox('<input id="txtZZ">（如：2020-07-01）', '<font color="red">*</font>').action).toBe('needs-user');
    expect(endBox('<input id="txtZZ">（如：2020.07，至今填写“至今”）')).toMatchObject({ action: 'fill', value: '至今' });
    expect(endBox('<input id="txtZZ">')).toMatchObject({ action: 'fill', value: '至今' });
  });

  it('two boxes joined by a dash ([起]-[止]): the start into the first, the end into the second, never both into the first', () => {
    const ids = (row: ReturnType<typeof periodRow>) => row.parts?.map((p) => [document.body.querySelectorAll('input')[p.control]!.id, p.text]);
    const ended = periodRow('<input id="txtQZ">-<input id="txtZZ">', 1);
    expect(ended).toMatchObject({ action: 'fill', value: '2018-03-01-2020-06-30' });
    expect(ids(ended)).toEqual([['txtQZ', '2018-03-01'], ['txtZZ', '2020-06-30']]);
    expect(ids(periodRow('<input id="txtQZ">—<input id="txtZZ">', 0))).toEqual([['txtQZ', '2020-07-01'], ['txtZZ', '至今']]);
    expect(periodRow('<input id="txtQZ" value="2018-03-01">-<input id="txtZZ" value="2020-06-30">', 1).outcome).toBe('same');
  });
});

describe('a 查询 bar above the record list (probe9 item 3)', () => {
  it('plans nothing into the bar\'s boxes; the record form under the list gets the next record', () => {
    const R = (l: string, c: string) => `<tr><td>${l}</td><td>${c}</td></tr>`;
    document.body.innerHTML = `<h2>学位（学历）教育情况</h2>
      <table><tr><td>学校名称：</td><td><input id="qxx"></td><td>学历：</td><td><select id="qxl"><option value="">全部</option><option>大学本科</option><option>大学专科</option></select></td><td><input type="button" value="查询"></td></tr></table>
      <input type="button" value="添加">
      <table><tr><th>记录序号</th><th>毕业院校</th><th>学历</th></tr><tr><td>1</td><td>华南理工大学</td><td>大学本科</td></tr></table>
      <table>${R('毕业院校', '<input id="yx">')}${R('学历', '<select id="xl"><option value="">请选择</option><option>大学本科</option><option>大学专科</option></select>')}</table>
      <input type="submit" value="保存">`;
    const snapshot = collectSnapshot(document);
    const matches = recognizeFields(snapshot, 'education');
    const idOf = (i: number) => snapshot.controls[i]!.id;
    expect(matches.filter((m) => m.key).map((m) => idOf(m.control))).toEqual(['yx', 'xl']);
    const plan = planFill(snapshot, matches, profile, 'education');
    expect(plan.items.map((i) => [idOf(i.control), i.value])).toEqual([['yx', '广东环境保护工程职业学院'], ['xl', '大学专科']]);
  });
});

describe('the browser test\'s education list with a 查询 bar above it (tests/e2e/unseen-pages.ts, breaker 11 item 2)', () => {
  it('the bar\'s boxes are filters, the record form\'s boxes are keyed and planned', () => {
    const page = UNSEEN_PAGES.find((p) => p.name === 'education list with a 查询 bar above it and the record form below')!;
    const doc = new DOMParser().parseFromString(page.html, 'text/html');
    const snapshot = collectSnapshot(doc);
    const idOf = (i: number) => snapshot.controls[i]!.id;
    expect(snapshot.controls.filter((c) => c.filter && c.kind !== 'button').map((c) => c.id)).toEqual(['txtQuerySchool', 'ddlQueryXL']);
    const matches = recognizeFields(snapshot, 'education');
    expect(matches.filter((m) => m.key).map((m) => [idOf(m.control), m.key])).toEqual([['txtXH', 'education.seq'], ['txtYX', 'education.school'], ['ddlXL', 'education.educationLevel']]);
    expect(planFill(snapshot, matches, profile, 'education').items.map((i) => idOf(i.control))).toEqual(expect.arrayContaining(['txtYX', 'ddlXL']));
  });
});

describe('a record field repeated per row, each row naming its record (probe 12b D1)', () => {
  it('年度考核 pre-rendered per year: each row’s list gets the result of the year its row names; a year the profile lacks is the user’s', () => {
    const options = '<option value="">--请选择--</option><option>优秀</option><option>合格（称职）</option><option>基本合格</option><option>不合格</option>';
    const rows = [2021, 2022, 2023, 2024, 2025].map((year, i) => `<tr><td>${year}年度</td><td><select id="r${i}">${options}</select></td></tr>`).join('');
    document.body.innerHTML = `<h2>年度考核</h2><table><tr><th>年度</th><th>考核结果</th></tr>${rows}</table><input type="submit" value="保存">`;
    const snapshot = collectSnapshot(document);
    const plan = planFill(snapshot, recognizeFields(snapshot, 'annual-review'), profile, 'annual-review');
    expect(plan.items.map((i) => [i.key, i.action, i.value])).toEqual([
      ['annualReviews.result', 'fill', '合格（称职）'],
      ['annualReviews.result', 'fill', '合格（称职）'],
      ['annualReviews.result', 'fill', '优秀'],
      ['annualReviews.result', 'fill', '合格（称职）'],
      ['annualReviews.result', 'needs-user', ''],
    ]);
    expect(plan.items.map((i) => i.control)).toEqual([0, 1, 2, 3, 4]);
    expect(plan.items[4]!.reason).toContain('2025年度');
  });
});

describe('a grid of empty numbered rows (序号 1, 2, 3; probe 17 item 8)', () => {
  it('a row’s number names no record: its box is undecided, never “档案中没有对应的学历记录”', () => {
    const line = (i: number) => `<tr><td>${i}</td><td><input id="qs${i}"></td><td><input id="zz${i}"></td><td><input id="xx${i}"></td></tr>`;
    document.body.innerHTML = `<h2>学位（学历）教育情况</h2><table><tr><th>序号</th><th>起始时间</th><th>终止时间</th><th>毕业学校</th></tr>${[1, 2, 3].map(line).join('')}</table><input type="submit" value="保存">`;
    const snapshot = collectSnapshot(document);
    const items = planFill(snapshot, recognizeFields(snapshot, 'education'), profile, 'education').items;
    expect(items.filter((i) => i.action === 'fill')).toEqual([]);
    expect(items.map((i) => i.reason ?? '').filter((r) => r.includes('档案中没有对应'))).toEqual([]);
  });
});

describe('per-year rows worded otherwise, or with a cell between the year and the list (breaker 26a item 6)', () => {
  const options = '<option value="">--请选择--</option><option>优秀</option><option>合格</option><option>基本合格</option><option>不合格</option>';
  const planRows = (head: string, row: (year: number, i: number) => string) => {
    document.body.innerHTML = `<h2>年度考核</h2><table><tr>${head}</tr>${[2021, 2025].map(row).join('')}</table><input type="submit" value="保存">`;
    const snapshot = collectSnapshot(document);
    return planFill(snapshot, recognizeFields(snapshot, 'annual-review'), profile, 'annual-review').items.map((i) => [snapshot.controls[i.control]!.id, i.key, i.action, i.value, i.reason ?? '']);
  };
  const list = (i: number) => `<td><select id="r${i}">${options}</select></td>`;

  it.each(['年度考核结果', '年度考核等次', '年(度)', '年（度）'])('rows labelled “2021%s”: the year’s result; a year the profile lacks is said so', (tail) => {
    expect(planRows('<th>年度</th><th>考核结果</th>', (y, i) => `<tr><td>${y}${tail}</td>${list(i)}</tr>`)).toEqual([
      ['r0', 'annualReviews.result', 'fill', '合格', ''],
      ['r1', 'annualReviews.result', 'needs-user', '', expect.stringContaining('2025')],
    ]);
  });

  it('a 考核期间 cell within the year between the year and the list names that year; a cell naming no year leaves the list ambiguous, not “no record”', () => {
    for (const period of ['{y}.01-{y}.12', '{y}-01-01至{y}-12-31', '{y}年1月-{y}年12月']) {
      expect(planRows('<th>考核年度</th><th>考核期间</th><th>考核结果</th>', (y, i) => `<tr><td>${y}</td><td>${period.replaceAll('{y}', String(y))}</td>${list(i)}</tr>`).map((r) => r.slice(0, 4))).toEqual([
        ['r0', 'annualReviews.result', 'fill', '合格'],
        ['r1', 'annualReviews.result', 'needs-user', ''],
      ]);
    }
  });

  it('a 考核单位 cell between the year and the list: the row is named by its first cell, its 考核年度 (breaker 40)', () => {
    // The list's column says what it asks (考核结果), its row's first cell which record (2021): the
    // 考核单位 beside the list is the row's value of another column, no label of it. The 2021 row
    // gets 2021's result; the 2025 row names a year the profile lacks, said so. (Main left both
    // 无法确定, reading the unit's name as the rows' label.)
    const byUnit = planRows('<th>考核年度</th><th>考核单位</th><th>考核结果</th>', (y, i) => `<tr><td>${y}</td><td>广州绿源环境监测技术有限公司</td>${list(i)}</tr>`);
    expect(byUnit).toEqual([
      ['r0', 'annualReviews.result', 'fill', '合格', ''],
      ['r1', 'annualReviews.result', 'needs-user', '', expect.stringContaining('2025')],
    ]);
  });

  it('radios per row are one question per row: the row’s answer ticked, no false “页面没有该选项” for the other radio', () => {
    const radios = (y: number, i: number) =>
      `<tr><td>${y}年度</td><td><input type="radio" name="g${i}" id="a${i}" value="优秀"><label for="a${i}">优秀</label><input type="radio" name="g${i}" id="b${i}" value="合格"><label for="b${i}">合格</label></td></tr>`;
    expect(planRows('<th>年度</th><th>考核结果</th>', radios).map((r) => r.slice(0, 4))).toEqual([
      ['b0', 'annualReviews.result', 'fill', '合格'],
      ['a1', 'annualReviews.result', 'needs-user', ''],
    ]);
  });
});
