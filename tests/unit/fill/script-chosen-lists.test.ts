/**
 * A list without 请选择 whose value a page's script chose (jQuery `.val('2025')`, `select.value =
 * …`), so that no option carries the `selected` attribute, showing its first option: on a saved
 * record's 修改 form it shows the record's value, which autofill replaces only with 覆盖; on a form
 * showing nothing at all it is filled as before (lib/fill/plan.ts blankForm; breaker 8a item 3).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { applyFill } from '../../../lib/fill/apply';
import type { StepId } from '../../../lib/portal/step-ids';
import { profileSchema } from '../../../lib/profile/schema';
import sample from '../../fixtures/sample-profile.json';

const profile = profileSchema.parse(sample.profile);
const row = (label: string, field: string) => `<tr><td>${label}</td><td>${field}</td></tr>`;
const YEARS = ['2025', '2024', '2023', '2022', '2021'];
/** 考核年度 bound to its years, newest first, no 请选择, no option marked selected. */
const yearList = `<select id="nd">${YEARS.map((y) => `<option value="${y}">${y}</option>`).join('')}</select>`;
const resultList = (prompt: boolean) =>
  `<select id="jg">${prompt ? '<option value="">请选择</option>' : ''}<option value="1">优秀</option><option value="2">合格</option><option value="3">不合格</option></select>`;
const reviewForm = (prompt = true) =>
  `<table>${row('*考核年度：', yearList)}${row('*考核结果：', resultList(prompt))}${row('备注：', '<input id="bz">')}</table><input type="submit" value="保存">`;
const listing = (...records: [year: string, result: string][]) =>
  `<div class="ptitle">年度考核结果</div><table class="grid"><tr><th>考核年度</th><th>考核结果</th><th>操作</th></tr>${records
    .map(([y, r]) => `<tr><td>${y}</td><td>${r}</td><td><a href="#">修改</a></td></tr>`)
    .join('')}</table>`;

/** The page's script choosing values, as jQuery's `.val()` does: the `value` property only. */
const choose = (values: Record<string, string>) => {
  for (const [id, value] of Object.entries(values)) (document.getElementById(id) as HTMLInputElement).value = value;
};
const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
const planOn = (step: StepId) => {
  const snapshot = collectSnapshot(document, window);
  return { snapshot, plan: planFill(snapshot, recognizeFields(snapshot, step), profile, step) };
};
const item = (plan: ReturnType<typeof planOn>['plan'], key: string) => plan.items.find((i) => i.key === key);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('修改 of a saved 年度考核 record whose year the page’s script chose (breaker 8a item 3)', () => {
  it('2025 优秀 loaded by script: the year is a value — 覆盖 offered unticked, the result held back; 应用 leaves both', async () => {
    document.body.innerHTML = listing(['2025', '优秀']) + reviewForm();
    choose({ nd: '2025', jg: '1', bz: '年度先进' });
    const { snapshot, plan } = planOn('annual-review');
    expect(item(plan, 'annualReviews.year')).toMatchObject({ value: '2021', current: '2025', action: 'fill', outcome: 'conflict', overwrite: true });
    expect(item(plan, 'annualReviews.result')).toMatchObject({ action: 'needs-user', overwrite: false });
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(report.items.find((i) => i.key === 'annualReviews.year')).toMatchObject({ result: 'skipped', outcome: 'conflict' });
    expect([value('nd'), value('jg'), value('bz')]).toEqual(['2025', '1', '年度先进']);
  });

  it('覆盖 ticked on the year: 2021 is written, the rest of the saved record still left to the user', async () => {
    document.body.innerHTML = listing(['2025', '优秀']) + reviewForm();
    choose({ nd: '2025', jg: '1' });
    const { snapshot, plan } = planOn('annual-review');
    const year = item(plan, 'annualReviews.year')!;
    await applyFill(document, snapshot, plan, { overwrite: new Set([year.control]) });
    expect([value('nd'), value('jg')]).toEqual(['2021', '1']);
  });

  it('备注 alone typed, the year list showing 2025 by default: 覆盖 too', () => {
    document.body.innerHTML = listing() + reviewForm();
    choose({ bz: '已存档' });
    expect(item(planOn('annual-review').plan, 'annualReviews.year')).toMatchObject({ outcome: 'conflict', overwrite: true });
  });

  it('a form of lists only (2025 and 优秀 both first options, by script): the year the page lists as saved is a value', async () => {
    document.body.innerHTML = listing(['2025', '优秀']) + reviewForm(false).replace(/<tr><td>备注：.*?<\/tr>/, '');
    choose({ nd: '2025', jg: '1' });
    const { snapshot, plan } = planOn('annual-review');
    expect(item(plan, 'annualReviews.year')).toMatchObject({ outcome: 'conflict', overwrite: true });
    expect(item(plan, 'annualReviews.result')).toMatchObject({ action: 'needs-user' });
    await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect([value('nd'), value('jg')]).toEqual(['2025', '1']);
  });

  it('a new, empty form (hidden inputs and a box showing its prompt aside): the year is written without 覆盖, as before', async () => {
    const blank = listing(['2021', '合格']) + reviewForm().replace('<input id="bz">', '<input id="bz" value="请输入备注">') + '<input type="hidden" name="__VIEWSTATE" value="/wEPDwUK">';
    document.body.innerHTML = blank;
    const { snapshot, plan } = planOn('annual-review');
    expect(plan.recordIndex).toBe(1);
    expect(item(plan, 'annualReviews.year')).toMatchObject({ value: '2022', action: 'fill', outcome: 'will-fill', overwrite: false });
    await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(value('nd')).toBe('2022');
  });
});

describe('lists without 请选择 on other forms', () => {
  const politics = `<select id="zzmm"><option>群众</option><option>中共党员</option><option>共青团员</option></select>`;

  it('基本信息 saved before (姓名 shown), 政治面貌 on its first option by script: 覆盖; alone on an empty page: filled', () => {
    document.body.innerHTML = `<div class="ptitle">基本信息</div><table>${row('姓名：', '<input id="xm">')}${row('政治面貌：', politics)}</table>`;
    choose({ xm: '李明远', zzmm: '群众' });
    expect(item(planOn('basic-info').plan, 'basic.politicalStatus')).toMatchObject({ outcome: 'conflict', overwrite: true });
    choose({ xm: '' });
    expect(item(planOn('basic-info').plan, 'basic.politicalStatus')).toMatchObject({ outcome: 'will-fill', overwrite: false });
  });

  it('a date in lists without a prompt (参加工作时间 [2025…] 年 [01…] 月) beside a 姓名 shown: 覆盖; on an empty page: filled', () => {
    const list = (id: string, values: string[]) => `<select id="${id}">${values.map((v) => `<option value="${v}">${v}</option>`).join('')}</select>`;
    const years = Array.from({ length: 26 }, (_, i) => String(2025 - i));
    const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
    document.body.innerHTML = `<div class="ptitle">基本信息</div><table>${row('姓名：', '<input id="xm">')}${row('参加工作时间：', `${list('gzn', years)}年${list('gzy', months)}月`)}</table>`;
    choose({ xm: '李明远' });
    expect(item(planOn('basic-info').plan, 'basic.workStartDate')).toMatchObject({ outcome: 'conflict', overwrite: true });
    choose({ xm: '' });
    expect(item(planOn('basic-info').plan, 'basic.workStartDate')).toMatchObject({ outcome: 'will-fill', overwrite: false });
  });
});
