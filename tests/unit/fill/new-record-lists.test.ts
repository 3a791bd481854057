/**
 * A list with no 请选择 shows its first option before anyone chooses, and an IE-era page marks
 * that option selected="selected" just as it marks a saved one. On a record step the fill tells
 * the two apart by the record form around the list: a new, empty record (every box of the record
 * empty, every list with a prompt on its prompt, and a box a saved record always fills — its
 * 记录序号, or one marked required — among them) shows no one's choice, so the profile's option is
 * written without 覆盖. A form showing anything of a saved record keeps its list behind 覆盖 (breaker
 * 7c: 编辑 of a saved 2025 record rewritten to 2021), as do lists outside record forms (基本信息's
 * 性别, 民族). A list left behind 覆盖 for want of evidence holds back none of the record's other
 * fields (lists8).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill, type FillItem } from '../../../lib/fill/plan';
import { applyFill } from '../../../lib/fill/apply';
import { profileSchema } from '../../../lib/profile/schema';
import type { StepId } from '../../../lib/portal/step-ids';
import sample from '../../fixtures/sample-profile.json';

const profile = profileSchema.parse(sample.profile);

function plan(html: string, step: StepId, p = profile, chosen?: [id: string, value: string]) {
  document.body.innerHTML = html;
  // A lower option chosen by script: happy-dom 21 misplaces a selected="selected" below the second.
  if (chosen) (document.getElementById(chosen[0]) as HTMLSelectElement).value = chosen[1];
  const snapshot = collectSnapshot(document, window);
  return { snapshot, plan: planFill(snapshot, recognizeFields(snapshot, step), p, step) };
}
const row = (items: FillItem[], key: string) => items.find((i) => i.key === key);
const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
const tr = (label: string, field: string) => `<tr><td>${label}</td><td>${field}</td></tr>`;
/** Options without a prompt; `marked` gets selected="selected" (only the first is ever marked here: happy-dom 21 misplaces a lower one). */
const options = (texts: readonly string[], marked = '') => texts.map((t) => `<option value="${t}"${t === marked ? ' selected="selected"' : ''}>${t}</option>`).join('');
const YEARS = ['2025', '2024', '2023', '2022', '2021', '2020'];
const RESULTS = ['优秀', '合格', '基本称职', '不称职'];
const prompted = (id: string, texts: readonly string[]) => `<select id="${id}"><option value="">--请选择--</option>${options(texts)}</select>`;

/** 年度考核's record form as the practice portal draws it, its year list without 请选择. */
const reviewForm = (o: { seq?: string; mark?: string; result?: string; seqBox?: boolean; required?: boolean; note?: string } = {}) => {
  const star = o.required === false ? '' : '*';
  return `<table>${o.seqBox === false ? '' : tr(`${star}记录序号：`, `<input id="xh" value="${o.seq ?? ''}">`)}
  ${tr(`${star}考核年度：`, `<select id="nd">${options(YEARS, o.mark ?? '')}</select>`)}
  ${tr(`${star}考核结果：`, o.result === undefined ? prompted('jg', RESULTS) : `<select id="jg">${options(RESULTS, o.result)}</select>`)}
  ${o.note === undefined ? '' : tr('备注：', `<input id="bz" value="${o.note}">`)}</table>`;
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a new 年度考核 record (新增: every box empty, 记录序号 too)', () => {
  it.each(['', '2025'])('考核年度 [2025, 2024, …] showing 2025 (marked %j): the profile’s 2021 chosen without 覆盖, 考核结果 and 记录序号 filled too', async (mark) => {
    const { snapshot, plan: p } = plan(reviewForm({ mark }), 'annual-review');
    expect(p.recordIndex).toBe(0);
    expect(row(p.items, 'annualReviews.year')).toMatchObject({ action: 'fill', outcome: 'will-fill', value: '2021', current: '2025', overwrite: false });
    expect(row(p.items, 'annualReviews.result')).toMatchObject({ action: 'fill', outcome: 'will-fill', value: '合格' });
    const report = await applyFill(document, snapshot, p, { overwrite: new Set() });
    expect(report.items.map((i) => i.result)).toEqual(['filled', 'filled', 'filled']);
    expect([value('xh'), value('nd'), value('jg')]).toEqual(['1', '2021', '合格']);
  });

  it('考核结果 without 请选择 showing its first 优秀: 合格 chosen without 覆盖', async () => {
    const { snapshot, plan: p } = plan(reviewForm({ mark: '2025', result: '优秀' }), 'annual-review');
    expect(row(p.items, 'annualReviews.result')).toMatchObject({ action: 'fill', outcome: 'will-fill', value: '合格', current: '优秀', overwrite: false });
    await applyFill(document, snapshot, p, { overwrite: new Set() });
    expect([value('nd'), value('jg')]).toEqual(['2021', '合格']);
  });

  it.each([
    ['no 记录序号 box', { seqBox: false, mark: '2025' }],
    ['a 记录序号 the portal proposes (3)', { seq: '3', mark: '2025' }],
  ] as const)('%s, the required 考核结果 still on 请选择: new as well', (_name, o) => {
    const { plan: p } = plan(reviewForm(o), 'annual-review');
    expect(row(p.items, 'annualReviews.year')).toMatchObject({ outcome: 'will-fill', overwrite: false });
  });
});

describe('a saved record loaded by 编辑 / 修改 (its boxes filled): its first-option year is kept unless 覆盖 is ticked', () => {
  it.each([
    ['记录序号 1 shown, 考核结果 without 请选择 on 优秀', { seq: '1', mark: '2025', result: '优秀' }],
    ['记录序号 1 and 考核结果 优秀 chosen in a list with 请选择', { seq: '1', mark: '2025' }],
    ['no 记录序号 box, 考核结果 优秀 chosen in a list with 请选择', { seqBox: false, mark: '2025' }],
    ['no 记录序号 box, 备注 typed', { seqBox: false, mark: '2025', result: '优秀', note: '已审核' }],
  ] as const)('%s', async (_name, o) => {
    // A list with 请选择 shows the saved 优秀.
    const { snapshot, plan: p } = plan(reviewForm(o), 'annual-review', profile, 'result' in o ? undefined : ['jg', '优秀']);
    expect(row(p.items, 'annualReviews.year')).toMatchObject({ outcome: 'conflict', overwrite: true, current: '2025' });
    await applyFill(document, snapshot, p, { overwrite: new Set() });
    expect(value('nd')).toBe('2025');
  });

  it('the preview made on a new form, then 编辑 loads the saved 2025 优秀 record (记录序号 1): nothing of 2021 written', async () => {
    const { snapshot, plan: p } = plan(reviewForm({ mark: '2025' }), 'annual-review');
    expect(row(p.items, 'annualReviews.year')?.outcome).toBe('will-fill');
    (document.getElementById('xh') as HTMLInputElement).value = '1';
    (document.getElementById('jg') as HTMLSelectElement).value = '优秀';
    const report = await applyFill(document, snapshot, p, { overwrite: new Set() });
    expect([value('xh'), value('nd'), value('jg')]).toEqual(['1', '2025', '优秀']);
    expect(report.items.every((i) => i.result !== 'filled')).toBe(true);
  });
});

describe('the form no longer new at 应用 though no other record was told loaded', () => {
  it('he chose 考核结果 himself after the preview: the year list is left as the page shows (he may mean 2025), his choice kept, 记录序号 written', async () => {
    const { snapshot, plan: p } = plan(reviewForm({ mark: '2025' }), 'annual-review');
    expect(row(p.items, 'annualReviews.year')?.outcome).toBe('will-fill');
    (document.getElementById('jg') as HTMLSelectElement).value = '优秀';
    const report = await applyFill(document, snapshot, p, { overwrite: new Set() });
    expect(report.items.map((i) => [i.key, i.result, i.outcome])).toEqual([
      ['annualReviews.seq', 'filled', 'filled'],
      ['annualReviews.year', 'skipped', 'conflict'],
      ['annualReviews.result', 'skipped', 'conflict'],
    ]);
    expect([value('xh'), value('nd'), value('jg')]).toEqual(['1', '2025', '优秀']);
  });
});

describe('no evidence the form is new: the list needs 覆盖, the record’s other fields are not held back by it', () => {
  it.each([
    ['no 记录序号 box, nothing marked required', { seqBox: false, required: false, mark: '2025' }],
    ['a 记录序号 the portal proposes (3), nothing marked required', { seq: '3', mark: '2025', required: false }],
  ] as const)('%s', async (_name, o) => {
    const { snapshot, plan: p } = plan(reviewForm(o), 'annual-review');
    expect(row(p.items, 'annualReviews.year')).toMatchObject({ outcome: 'conflict', overwrite: true, value: '2021', current: '2025' });
    expect(row(p.items, 'annualReviews.result')).toMatchObject({ action: 'fill', outcome: 'will-fill', value: '合格' });
    await applyFill(document, snapshot, p, { overwrite: new Set() });
    expect([value('nd'), value('jg')]).toEqual(['2025', '合格']);
  });
});

describe('lists outside record forms (基本信息) are unchanged', () => {
  const basic = (gender: string, ethnicity: string) =>
    `<table>${tr('*姓名：', '<input id="xm">')}${tr('*性别：', `<select id="xb">${options(['男', '女'], gender)}</select>`)}${tr('*民族：', `<select id="mz">${options(['汉族', '蒙古族', '回族', '壮族'], ethnicity)}</select>`)}</table>`;
  const other = profileSchema.parse({ ...sample.profile, basic: { ...sample.profile.basic, gender: '女', ethnicity: '壮族' } });

  it('性别 [男, 女] and 民族 [汉族, …] showing their first options, marked, the name empty: the profile’s 女 / 壮族 only with 覆盖', async () => {
    const { snapshot, plan: p } = plan(basic('男', '汉族'), 'basic-info', other);
    expect(row(p.items, 'basic.gender')).toMatchObject({ outcome: 'conflict', overwrite: true, current: '男' });
    expect(row(p.items, 'basic.ethnicity')).toMatchObject({ outcome: 'conflict', overwrite: true, current: '汉族' });
    expect(row(p.items, 'basic.name')).toMatchObject({ action: 'fill' });
    await applyFill(document, snapshot, p, { overwrite: new Set() });
    expect([value('xb'), value('mz')]).toEqual(['男', '汉族']);
  });

  it('showing the profile’s own first options: 已一致; unmarked (no one chose): filled as before', () => {
    const { plan: same } = plan(basic('男', '汉族'), 'basic-info');
    expect([row(same.items, 'basic.gender')?.outcome, row(same.items, 'basic.ethnicity')?.outcome]).toEqual(['same', 'same']);
    const { plan: unmarked } = plan(basic('', ''), 'basic-info', other);
    expect(row(unmarked.items, 'basic.gender')).toMatchObject({ outcome: 'will-fill', overwrite: false });
  });
});
