/**
 * Breaker 32r item 3: 年度考核 asked as the page words it. A row of its own per year, its label
 * naming the year and the field (2021年度考核结果 [▼], 2022年考核等次 [▼]), gets that year's result
 * in the list's words (合格 on a 称职 scale is 称职) — on main no such row was recognised and
 * nothing was filled; a year the profile lacks is the user's. A grid of year rows and the one
 * record form (a list of years, a box for the year) are as before.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { installLocale } from '../i18n-fake';
import { crumb, readPage, row } from './helpers';

const list = (id: string, options: string[]) => `<select id="${id}"><option value="">请选择</option>${options.map((o) => `<option>${o}</option>`).join('')}</select>`;
const page = (rows: string) => `${crumb('年度考核结果')}<table>${rows}</table><input type="submit" value="保存">`;
const plan = (html: string) => readPage(html).items.map((i) => [i.control, i.key, i.action, i.value]);
// The sample profile: 2021 合格, 2022 合格, 2023 优秀, 2024 合格.

describe('年度考核 years as the form asks them (breaker 32r item 3)', () => {
  beforeEach(() => installLocale());

  it.each([
    ['2021年度考核结果', ['优秀', '称职', '基本称职', '不称职'], '称职'],
    ['2021年考核等次', ['优秀', '合格', '基本合格', '不合格'], '合格'],
    ['2021年度考核等级', ['优秀', '合格（称职）', '基本合格（基本称职）', '不合格（不称职）'], '合格（称职）'],
  ])('a row per year labelled %s: each year its own result, in the list’s words', (label, options, merit) => {
    const rows = [2020, 2021, 2022, 2023, 2024].map((y) => row(label.replace('2021', String(y)), list(`r${y}`, options))).join('');
    expect(plan(page(rows))).toEqual([
      ['r2020', 'annualReviews.result', 'needs-user', ''],
      ['r2021', 'annualReviews.result', 'fill', merit],
      ['r2022', 'annualReviews.result', 'fill', merit],
      ['r2023', 'annualReviews.result', 'fill', '优秀'],
      ['r2024', 'annualReviews.result', 'fill', merit],
    ]);
  });

  it('a grid with a row per year under 年度 | 考核结果 is as before', () => {
    const html = page(`<tr><th>年度</th><th>考核结果</th></tr>${[2022, 2023].map((y) => `<tr><td>${y}年度</td><td>${list(`r${y}`, ['优秀', '称职', '基本称职', '不称职'])}</td></tr>`).join('')}`);
    expect(plan(html)).toEqual([
      ['r2022', 'annualReviews.result', 'fill', '称职'],
      ['r2023', 'annualReviews.result', 'fill', '优秀'],
    ]);
  });

  it('the one record form: the first year, from a list of years or into a box, its result in the page’s words', () => {
    const form = (year: string) => page(`${row('记录序号', '<input id="xh">')}${row('考核年度', year)}${row('考核结果', list('jg', ['优秀', '称职', '基本称职', '不称职']))}`);
    expect(plan(form(list('nd', ['2024年度', '2023年度', '2022年度', '2021年度'])))).toEqual([
      ['xh', 'annualReviews.seq', 'fill', '1'],
      ['nd', 'annualReviews.year', 'fill', '2021年度'],
      ['jg', 'annualReviews.result', 'fill', '称职'],
    ]);
    expect(plan(form('<input id="nd">')).slice(1)).toEqual([
      ['nd', 'annualReviews.year', 'fill', '2021'],
      ['jg', 'annualReviews.result', 'fill', '称职'],
    ]);
  });
});
