import type { GridSnapshot } from '../../../lib/page/snapshot';
import { normalizeText } from '../../../lib/page/normalize';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../lib/checks/registry';
import { resolveLevel, rowHasAttachment } from '../../../lib/checks/common';
import { ADVICE } from '../../../lib/checks/advice';
import { STEP_NEEDS } from '../../../lib/portal/step-needs';
import { OPTIONAL_STEPS } from '../../../lib/portal/steps';
import { APPLICATION_STEP_IDS, type StepId } from '../../../lib/portal/step-ids';
import type { ControlSnapshot } from '../../../lib/page/snapshot';
import { buildCtx, grid, labelled, profileWith, SAVED_AT } from './ctx';
import { CONSENT_LABELS, graduateProfile, NON_CONSENT_LABELS, SAMPLE_ID } from './fixtures';

const summary = (ctx: Parameters<typeof runChecks>[0], only?: Parameters<typeof runChecks>[1]) =>
  runChecks(ctx, only).map((f) => `${f.checkId}:${f.severity}`);

describe('identity checks', () => {
  it('asks for the half-width form of a full-width or lower-case-x ID', () => {
    const findings = runChecks(buildCtx({ fields: [{ key: 'basic.idNumber', value: '１１０１０５１９４９１２３１００２x' }] }), { only: ['id-number-checksum'] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', field: 'basic.idNumber', control: 0 });
    expect(findings[0]!.message).toContain('11010519491231002X');
  });

  it('says which check digit the first 17 call for', () => {
    const [f] = runChecks(buildCtx({ fields: [{ key: 'basic.idNumber', value: '440106199203151235' }] }), { only: ['id-number-checksum'] });
    expect(f!.message).toContain('应为 6');
  });

  it('reads birth dates typed in Chinese, with slashes, compact, or as a saved .NET DateTime', () => {
    const birth = (value: string) =>
      summary(buildCtx({ fields: [{ key: 'basic.idNumber', value: SAMPLE_ID }, { key: 'basic.birthDate', value }] }), { only: ['id-birthdate-mismatch'] });
    // With its weekday too, as My97's 'yyyy年MM月dd日 DD' writes it (fill 45).
    for (const same of ['1992年3月15日', '1992/3/15', '19920315', '１９９２-０３-１５', '1992/3/15 0:00:00', '1992-03-15 00:00:00', '1992-3-15 0:00', '1992年3月', '1992', '1992/3/15 星期日', '1992年03月15日 星期日']) {
      expect(birth(same), same).toEqual([]);
    }
    for (const other of ['1992/3/16 0:00:00', '1992-04', '3/15/1992', '1992/3/15 上午', '1992年03月16日 星期一']) expect(birth(other), other).toEqual(['id-birthdate-mismatch:error']);
    const [unreadable] = runChecks(buildCtx({ fields: [{ key: 'basic.idNumber', value: SAMPLE_ID }, { key: 'basic.birthDate', value: '3/15/1992' }] }), { only: ['id-birthdate-mismatch'] });
    expect(unreadable!.message).toContain('3/15/1992');
  });

  it('leaves gender alone when the ID cannot be read', () => {
    const ctx = buildCtx({ fields: [{ key: 'basic.idNumber', value: '4401' }, { key: 'basic.gender', value: '女' }] });
    expect(summary(ctx, { only: ['id-gender-mismatch', 'id-birthdate-mismatch'] })).toEqual([]);
  });
});

describe('level resolution', () => {
  it('field, then page text, then profile', () => {
    expect(resolveLevel(buildCtx({ fields: [{ key: 'application.level', value: '中级' }], headings: ['初级初次职称考核认定'] }))).toBe('中级');
    expect(resolveLevel(buildCtx({ notices: ['当前申报：初级初次职称考核认定'] }))).toBe('初级');
    expect(resolveLevel(buildCtx({ notices: ['申报初级职称选择技术员或助理工程师，申报中级职称选择工程师'], profile: profileWith({ application: { ...profileWith({}).application, level: '中级' } }) }))).toBe('中级');
    expect(resolveLevel(buildCtx({}))).toBeNull();
  });

  it('no level → no level-dependent finding', () => {
    const ctx = buildCtx({ fields: [{ key: 'application.qualificationName', value: '工程师' }, { key: 'application.committee', value: '广州市工程系列生态环境专业初级职称评审委员会' }] });
    expect(summary(ctx)).toEqual([]);
  });

  it('工程师 is not accepted for 初级 although it is inside 助理工程师', () => {
    const ctx = buildCtx({ headings: ['初级初次职称考核认定'], fields: [{ key: 'application.qualificationName', value: '工程师' }] });
    expect(summary(ctx)).toEqual(['qualification-level-mismatch:error']);
  });
});

describe('wordings a portal may show for the application', () => {
  const junior = ['初级初次职称考核认定'];
  const middle = ['中级初次职称考核认定'];
  it('认定资格名称 with its category written before it ("工程技术人员-助理工程师")', () => {
    const on = (headings: string[], value: string) => summary(buildCtx({ headings, fields: [{ key: 'application.qualificationName', value }] }), { only: ['qualification-level-mismatch'] });
    expect(on(junior, '工程技术人员-助理工程师')).toEqual([]);
    expect(on(junior, '工程技术人员－技术员')).toEqual([]);
    expect(on(middle, '工程技术人员-工程师')).toEqual([]);
    expect(on(junior, '工程技术人员-工程师')).toEqual(['qualification-level-mismatch:error']);
    expect(on(middle, '工程技术人员-助理工程师')).toEqual(['qualification-level-mismatch:error']);
  });
  it('申报评委会 serving both levels ("…初中级职称评审委员会") fits 初级 and 中级', () => {
    const on = (headings: string[], value: string) => summary(buildCtx({ headings, fields: [{ key: 'application.committee', value }] }), { only: ['committee-level-mismatch'] });
    const both = '广州市工程系列生态环境专业初中级职称评审委员会';
    expect(on(junior, both)).toEqual([]);
    expect(on(middle, both)).toEqual([]);
    expect(on(junior, '广州市工程系列生态环境专业初级职称评审委员会')).toEqual([]);
    expect(on(junior, '广州市工程系列生态环境专业中级职称评审委员会')).toEqual(['committee-level-mismatch:error']);
    expect(on(middle, '广州市工程系列生态环境专业初级职称评审委员会')).toEqual(['committee-level-mismatch:error']);
    expect(on(middle, '广州市工程系列电子专业初中级职称评审委员会')).toEqual(['committee-level-mismatch:error']);
  });
  it('申报评委会 serving both levels written 初、中级 / 中初级 / 中、初级 / 初/中级 fits 初级 and 中级 (probe 20 F1)', () => {
    const on = (headings: string[], value: string) => summary(buildCtx({ headings, fields: [{ key: 'application.committee', value }] }), { only: ['committee-level-mismatch'] });
    for (const word of ['初、中级', '中初级', '中、初级', '初/中级', '初，中级']) {
      const both = `广州市工程系列生态环境专业${word}职称评审委员会`;
      expect(on(junior, both), word).toEqual([]);
      expect(on(middle, both), word).toEqual([]);
    }
    expect(on(junior, '广州市工程系列生态环境专业中、高级职称评审委员会')).toEqual(['committee-level-mismatch:error']);
  });
  it('申报（评审）专业组 showing 无 (any option value), "/" or "－" is empty', () => {
    const select = (text: string, value: string): Partial<ControlSnapshot> => ({
      kind: 'select',
      tag: 'select',
      options: [
        { value, text, norm: text, disabled: false, selected: true, placeholder: false },
        { value: '1', text: '生态环境组', norm: '生态环境组', disabled: false, selected: false, placeholder: false },
      ],
    });
    const on = (value: string, control?: Partial<ControlSnapshot>) =>
      summary(buildCtx({ fields: [{ key: 'page.reviewGroup', value, ...(control ? { control } : {}) }] }), { only: ['review-group-not-empty'] });
    expect(on('无', select('无', '0'))).toEqual([]);
    expect(on('/', { readOnly: true })).toEqual([]);
    expect(on('－')).toEqual([]);
    expect(on('生态环境组', select('生态环境组', '1'))).toEqual(['review-group-not-empty:warning']);
    expect(on('无机化学组')).toEqual(['review-group-not-empty:warning']);
  });
});

describe('select prompts count as empty', () => {
  it('a required select on 请选择 is reported; the review group on 请选择 is not', () => {
    const options = [
      { value: '', text: '--请选择--', norm: '--请选择--', disabled: false, selected: true, placeholder: true },
      { value: '1', text: '大气组', norm: '大气组', disabled: false, selected: false, placeholder: false },
    ];
    const ctx = buildCtx({
      fields: [{ key: 'page.reviewGroup', value: '--请选择--', control: { kind: 'select', tag: 'select', options } }],
      controls: [labelled('申报评委会', { kind: 'select', tag: 'select', options, required: true })],
    });
    expect(summary(ctx)).toEqual(['required-field:error']);
  });
});

describe('text prompts count as empty (probe9 item 6)', () => {
  it('a required box showing only 请选择 / --请选择-- / 请输入… is reported, and starts no record', () => {
    for (const value of ['请选择', '--请选择--', '请输入…', '格式：2008.01-2010.12', '（如：2015.07）', '例：2020-07-01']) {
      expect(summary(buildCtx({ controls: [labelled('民族', { required: true, value })] }), { only: ['required-field'] }), value).toEqual(['required-field:error']);
      const form = [labelled('学校名称', { value }), labelled('所学专业', { required: true })];
      expect(summary(buildCtx({ step: 'education', controls: form }), { only: ['required-field'] }), value).toEqual([]);
    }
    // IE8 pages write their prompt into the box (probe 17 item 3).
    for (const value of ['在此输入个人专业技术工作小结（2000字以内）', '输入11位手机号码', 'yyyy-mm-dd', 'YYYY年MM月', '例如：abc@163.com', '（无奖惩情况请填写“无。”）', '（不少于800字）', '此处填写工作单位全称']) {
      expect(summary(buildCtx({ controls: [labelled('备注', { required: true, value })] }), { only: ['required-field'] }), value).toEqual(['required-field:error']);
    }
    // Words after 如： / 例如： are the applicant's, not a format (breaker 22a item 5); so are
    // answers that merely start with words a prompt uses, or sit in brackets without asking.
    for (const value of ['如：同上', '例如：本人于2020年获得高级职称', '示例：略', '输入法研究', '填写规范研究', '（略）', '无奖惩情况', 'abc@163.com']) {
      expect(summary(buildCtx({ controls: [labelled('备注', { required: true, value })] }), { only: ['required-field'] }), value).toEqual([]);
    }
  });
});

describe('a 查询 bar\'s boxes (probe9 item 3)', () => {
  it('are no fields the page asks for: required-field passes them over', () => {
    const ctx = buildCtx({ controls: [labelled('学校名称', { required: true, filter: true }), labelled('姓名', { required: true, value: '张三' })] });
    expect(summary(ctx, { only: ['required-field'] })).toEqual([]);
  });
});

describe('required fields on record steps', () => {
  const req = (label: string, value: string) => labelled(label, { required: true, value });
  it('stay silent while the record form is untouched (only the prefilled 记录序号)', () => {
    const ctx = buildCtx({ step: 'education', controls: [req('记录序号', '3'), req('学校名称', ''), req('所学专业', '')] });
    expect(summary(ctx, { only: ['required-field'] })).toEqual([]);
  });
  it('report once the user started a record', () => {
    const ctx = buildCtx({ step: 'education', controls: [req('学校名称', '某某大学'), req('所学专业', '')] });
    const findings = runChecks(ctx, { only: ['required-field'] });
    expect(findings.map((f) => f.field)).toEqual(['所学专业']);
  });
  it('check radio groups as a whole', () => {
    const radio = (choice: string, checked: boolean) => ({ kind: 'radio' as const, name: 'xb', groupLabel: '性别', choiceText: choice, required: true, checked });
    expect(summary(buildCtx({ controls: [radio('男', false), radio('女', false)] }))).toEqual(['required-field:error']);
    expect(summary(buildCtx({ controls: [radio('男', false), radio('女', true)] }))).toEqual([]);
  });
});

describe('grids of unknown shape', () => {
  it('emit nothing when the needed column is missing', () => {
    const g = grid(['项目名称', '操作'], [['监测项目', '修改'], ['评估项目', '修改']]);
    for (const step of ['achievements', 'education', 'annual-review', 'work-experience'] as const) {
      expect(summary(buildCtx({ step, grids: [g] }))).toEqual([]);
    }
    expect(rowHasAttachment(g, g.rows[0]!)).toBeNull();
  });

  it('read attachments from row actions when there is no column', () => {
    const g = grid(['记录序号', '项目名称'], [
      { cells: ['1', '监测项目'], actions: ['修改', '查看附件'] },
      { cells: ['2', '评估项目'], actions: ['修改'] },
    ]);
    const findings = runChecks(buildCtx({ step: 'achievements', grids: [g] }), { only: ['attachment-missing'] });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('第 2 条');
  });

  it("names each record step's evidence, and runs on no other step", () => {
    const missing = (step: StepId) =>
      runChecks(buildCtx({ step, grids: [grid(['记录序号', '附件'], [['3', '无']])] }), { only: ['attachment-missing'] }).map((f) => f.message);
    expect(missing('qualification-history')[0]).toMatch(/^第 3 条.*专业技术资格证书扫描件/);
    expect(missing('education')[0]).toMatch(/^第 3 条.*学籍验证报告/);
    expect(missing('achievements')[0]).toMatch(/^第 3 条.*项目佐证材料/);
    expect(missing('publications')[0]).toMatch(/^第 3 条.*论文刊物封面页/);
    expect(missing('annual-review')[0]).toMatch(/^第 3 条.*年度考核表/);
    expect(missing('work-experience')).toEqual([]);
  });

  it('count "0" and "未上传" as no attachment, a count or 已上传 as present', () => {
    const g = grid(['记录序号', '附件数'], [['1', '0'], ['2', '未上传'], ['3', '2'], ['4', '已上传']]);
    expect(g.rows.map((r) => rowHasAttachment(g, r))).toEqual([false, false, true, true]);
  });
});

describe('record sequence', () => {
  it('flags repeats and tells the next number for a new record', () => {
    const g = grid(['记录序号', '学历'], [['1', '大学本科'], ['1', '大学专科']]);
    expect(summary(buildCtx({ step: 'education', grids: [g] }), { only: ['record-sequence'] })).toEqual(['record-sequence:error']);
    const ok = grid(['记录序号', '学历'], [['1', '大学本科'], ['2', '大学专科']]);
    const ctx = buildCtx({ step: 'education', grids: [ok], fields: [{ key: 'education.seq', value: '4' }] });
    const [f] = runChecks(ctx, { only: ['record-sequence'] });
    expect(f).toMatchObject({ severity: 'warning' });
    expect(f!.message).toContain('应为 3');
    expect(summary(buildCtx({ step: 'education', grids: [ok], fields: [{ key: 'education.seq', value: '3' }] }))).toEqual([]);
  });

  it('on one page of a paged list checks that page\'s run, and the next number only against 共 N 条', () => {
    const page = (seqs: string[], total?: number) => ({ ...grid(['记录序号', '学历'], seqs.map((s) => [s, '大学本科'])), paged: true as const, total });
    const on = (g: ReturnType<typeof page>, seq = '') => runChecks(buildCtx({ step: 'education', grids: [g], fields: [{ key: 'education.seq', value: seq }] }), { only: ['record-sequence'] });
    expect(on(page(['11', '12']))).toEqual([]);
    expect(on(page(['11', '13']))[0]!.message).toContain('应按 11、12 连续编号');
    // Without the total the next number is unknown; with it, it follows the whole list.
    expect(on(page(['1', '2']), '3')).toEqual([]);
    expect(on(page(['1', '2'], 12), '15')[0]!.message).toContain('应为 13');
    expect(on(page(['1', '2'], 12), '13')).toEqual([]);
  });

  it("checks the record form's 记录序号 on every record step, and on no other step", () => {
    const seqKeys = {
      'qualification-history': 'qualificationHistory.seq',
      education: 'education.seq',
      'work-experience': 'workHistory.seq',
      achievements: 'achievements.seq',
      publications: 'publications.seq',
      'annual-review': 'annualReviews.seq',
    } as const;
    for (const [step, key] of Object.entries(seqKeys)) {
      const findings = runChecks(buildCtx({ step: step as keyof typeof seqKeys, fields: [{ key, value: '第一' }] }), { only: ['record-sequence'] });
      expect(findings.map((f) => `${step}:${f.severity}:${f.field}`)).toEqual([`${step}:error:${key}`]);
    }
    expect(runChecks(buildCtx({ step: 'basic-info', fields: [{ key: 'education.seq', value: '第一' }] }), { only: ['record-sequence'] })).toEqual([]);
  });
});

describe('education order', () => {
  it('orders by 记录序号, not display order', () => {
    const g = grid(['记录序号', '学历', '学习形式'], [['2', '大学本科', '全日制'], ['1', '硕士研究生', '全日制']]);
    expect(summary(buildCtx({ step: 'education', grids: [g] }), { only: ['education-order'] })).toEqual([]);
  });
  it('wants the full-time record first among equals', () => {
    const g = grid(['记录序号', '学历', '学习形式'], [['1', '大学本科', '非全日制'], ['2', '本科', '全日制']]);
    expect(summary(buildCtx({ step: 'education', grids: [g] }), { only: ['education-order'] })).toEqual(['education-order:warning']);
  });
});

describe('work, awards, reviews, submit', () => {
  it('未缴纳社保 in the saved list without a reason', () => {
    const g = grid(['记录序号', '工作单位', '是否缴纳社保', '未缴纳社保原因'], [['1', 'A', '是', ''], ['2', 'B', '否', '']]);
    expect(summary(buildCtx({ step: 'work-experience', grids: [g] }))).toEqual(['social-insurance-reason:error']);
  });
  it('"无" without the full stop is a warning', () => {
    expect(summary(buildCtx({ step: 'awards-summary', fields: [{ key: 'awards', value: '无' }] }))).toEqual(['awards-empty:warning']);
    expect(summary(buildCtx({ step: 'awards-summary', fields: [{ key: 'awards', value: '2018 年获单位先进个人。' }] }))).toEqual([]);
  });
  it('"无。" typed with the walkthrough\'s quotes round it is a warning too (probe 11b)', () => {
    for (const value of ['“无。”', '"无。"', '“无”']) {
      expect(summary(buildCtx({ step: 'awards-summary', fields: [{ key: 'awards', value }] })), value).toEqual(['awards-empty:warning']);
    }
    expect(summary(buildCtx({ step: 'awards-summary', fields: [{ key: 'awards', value: '获“先进个人”称号。' }] }))).toEqual([]);
  });
  it('only the latest review is an error', () => {
    const g = grid(['考核年度', '考核结果'], [['2018', '基本称职'], ['2019', '合格']]);
    expect(summary(buildCtx({ step: 'annual-review', grids: [g] }))).toEqual(['annual-review-disqualifying:warning']);
  });
  it('reads the consent asked as 是否同意 with 是 / 否 choices: 是 is agreed, 否 or nothing is not (probe 8 item 19)', () => {
    const consent = (value: string) => runChecks(buildCtx({ step: 'submit', fields: [{ key: 'page.consent', value }] }), { only: ['submit-consent'] }).map((f) => `${f.checkId}:${f.severity}`);
    expect(consent('是')).toEqual([]);
    expect(consent('同意')).toEqual([]);
    expect(consent('否')).toEqual(['submit-consent:error']);
    expect(consent('')).toEqual(['submit-consent:error']);
  });
  it('finds an unticked 同意 box without a recognised field', () => {
    const ctx = buildCtx({ step: 'submit', controls: [{ kind: 'checkbox', choiceText: '同意', checked: false }] });
    expect(summary(ctx)).toContain('submit-consent:error');
  });
  it('without a recognised field, counts an unticked 同意 box under the applicant\'s pledge, not under another party\'s question (breaker 14b item 1)', () => {
    const boxUnder = (label: string) => buildCtx({ step: 'submit', controls: [{ kind: 'radio', name: 'r', choiceText: '同意', labels: [{ source: 'cell-left', raw: label, text: label, required: false }] }] });
    for (const label of CONSENT_LABELS) expect(summary(boxUnder(label), { only: ['submit-consent'] }), label).toEqual(['submit-consent:error']);
    for (const label of NON_CONSENT_LABELS) expect(summary(boxUnder(label), { only: ['submit-consent'] }), label).toEqual([]);
  });
  it('reports required steps never saved as warnings', () => {
    const findings = runChecks(buildCtx({ step: 'submit', fields: [{ key: 'page.consent', value: 'true' }] }), { only: ['unfinished-steps'] });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(findings.map((f) => f.field)).toContain('basic-info');
    expect(findings.map((f) => f.field)).not.toContain('publications');
  });
  it('takes the page\'s own checklist (填报项目 | 状态) over its history: 已完成 is saved, 未完成 is not (probe 10b)', () => {
    const titles = ['获取历史数据', '基本信息', '专业技术资格历史情况', '学位（学历）教育情况', '主要专业技术工作经历', '工作期间奖惩情况/个人专业技术工作小结',
      '从事专业技术工作及取得的业绩成果情况', '论文、著作、译注、会议论文、专项技术分析报告、实例材料', '年度考核结果', '证书、证明材料'];
    const checklist = (status: (title: string) => string) => ({ headers: ['序号', '填报项目', '状态'], rows: titles.map((title, i) => ({ cells: [String(i + 1), normalizeText(title), status(title)], actions: [] })) });
    const unsaved = (grids: GridSnapshot[], history = {}) =>
      runChecks(buildCtx({ step: 'submit', grids, history }), { only: ['unfinished-steps'] }).map((f) => f.field);
    expect(unsaved([checklist(() => '已完成')])).toEqual([]);
    // The page says 未完成 where our history (another browser, before the extension) says saved, and the other way round.
    expect(unsaved([checklist((title) => (title === '年度考核结果' ? '未完成' : '已填写'))], { 'annual-review': { savedAt: SAVED_AT, errors: [] } })).toEqual(['annual-review']);
    // Without a checklist, the history decides, as before: every step before 完成并送审 but the
    // three that may be left empty (OPTIONAL_STEPS, beside the step table: the content script's rows do not carry it).
    expect(unsaved([])).toContain('basic-info');
    expect(OPTIONAL_STEPS).toEqual(['fetch-history', 'qualification-history', 'publications']);
    expect(unsaved([])).toEqual(APPLICATION_STEP_IDS.filter((id) => id !== 'submit' && !OPTIONAL_STEPS.includes(id)));
    // Two item/status pairs in a row are read pair by pair; a list of materials (材料名称 | 未提交) is no checklist (breaker 18a items 2–3).
    const savedAll = { 'basic-info': { savedAt: SAVED_AT, errors: [] }, education: { savedAt: SAVED_AT, errors: [] } };
    const pairs = { headers: ['填报项目', '状态', '填报项目', '状态'], rows: [{ cells: ['学位(学历)教育情况', '未完成', '基本信息', '已完成'], actions: [] }] };
    expect(unsaved([pairs], savedAll)).toContain('education');
    expect(unsaved([pairs], savedAll)).not.toContain('basic-info');
    const materials = { headers: ['材料名称', '状态'], rows: ['学历证书扫描件', '年度考核表', '工作经历证明'].map((name) => ({ cells: [name, '未提交'], actions: [] })) };
    const history = Object.fromEntries(['basic-info', 'education', 'work-experience', 'awards-summary', 'achievements', 'annual-review', 'certificates'].map((id) => [id, { savedAt: SAVED_AT, errors: [] }]));
    expect(unsaved([materials], history)).toEqual([]);
    // A 是否完成 column is a status; a review's 审核项目 | 审核情况 is the bureau's, not the steps' (breaker 19a item 4).
    expect(unsaved([{ headers: ['填报项目', '是否完成'], rows: [{ cells: ['年度考核结果', '未完成'], actions: [] }] }], history)).toEqual(['annual-review']);
    expect(unsaved([{ headers: ['审核项目', '审核情况'], rows: [{ cells: ['学位(学历)教育情况', '未完成'], actions: [] }] }], history)).toEqual([]);
    // 是 / 否 under 是否完成, a tick or a cross, 已填 / 完成 (probe 18 F3): the page says every step is done, or one is not.
    for (const [yes, no] of [['是', '否'], ['√', '×'], ['已填', '未填'], ['完成', '未完成']]) {
      expect(unsaved([checklist(() => yes!)]), yes).toEqual([]);
      expect(unsaved([checklist((title) => (title === '年度考核结果' ? no! : yes!))], history), no).toEqual(['annual-review']);
    }
    // Step 7 named 专业技术业绩/成果 (probe 18 F1).
    expect(unsaved([{ headers: ['填报项目', '填报状态'], rows: [{ cells: ['专业技术业绩/成果', '未填写'], actions: [] }] }], history)).toEqual(['achievements']);
  });
  it('names where a step\'s errors are, from their fields: the title of a profile key, a page label', () => {
    const errors = [
      { checkId: 'mobile-format' as const, field: 'basic.mobile' },
      { checkId: 'required-field' as const, field: '工作单位' },
      { checkId: 'required-field' as const, field: '工作单位' },
    ];
    const [finding] = runChecks(buildCtx({ step: 'submit', history: { 'basic-info': { savedAt: SAVED_AT, errors } } }), { only: ['unfinished-steps'] }).filter((f) => f.field === 'basic-info');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toBe('第 2 步“基本信息”还有 3 个问题没解决（手机号码、工作单位）。请回到该步修改并保存；照片的问题须重新选择照片并上传。');
  });
});

describe('advice', () => {
  it('covers the invisible requirements of the seed, with the steps\' needs it follows in the 指引 (each said once: advice41)', () => {
    const text = [...Object.values(STEP_NEEDS).flat(), ...ADVICE.map((a) => a.text)].join('');
    for (const phrase of ['蓝色底', '学信网', '签名', '盖公章', '彩笔', '合法性查询', '连续半年以上', '确定']) expect(text).toContain(phrase);
    expect(ADVICE.filter((a) => a.step === 'publications')).toHaveLength(5);
    for (const a of ADVICE) expect(APPLICATION_STEP_IDS).toContain(a.step);
  });
});

describe('eligibility', () => {
  it('joins its Chinese sentences without spaces, and asks whom to confirm with once (newcomer run: 技术员 already held)', () => {
    const titled = { ...graduateProfile(), qualificationHistory: [{ seq: 1, name: '技术员', series: '工程系列', specialty: '环境工程', obtainedDate: '2021-12-30', certificateNo: 'GZ2021-HJ-0457', approvedBy: '广州市人力资源和社会保障局' }] };
    const [finding] = runChecks(buildCtx({ profile: titled, fields: [{ key: 'application.qualificationName', value: '助理工程师' }] })).filter((f) => f.checkId === 'eligibility');
    expect(finding?.message).toMatch(/^按档案估算，可能不符合初次职称考核认定条件：.*已取得专业技术资格：技术员（2021-12-30）。.*请向评委会确认是否应改走职称评审。$/);
    expect(finding?.message).not.toMatch(/。 |请先向单位或评委会确认再申报/);
  });
});
