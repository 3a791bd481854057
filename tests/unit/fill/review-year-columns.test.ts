import { beforeEach, describe, expect, it } from 'vitest';
import { installLocale } from '../i18n-fake';
import { planPage, sel, title } from './page-markup';

/**
 * Breaker 40: 年度考核结果 as a grid of years in columns (2023年 | 2024年 | 2020年 over one 考核结果
 * row of lists), no 考核年度 field: each list is its column's year's. The sample profile has 2021
 * 合格, 2022 合格, 2023 优秀, 2024 合格; the first list got the first record's 合格 (2021's).
 */
function columns(years: number[]) {
  const html =
    title('年度考核结果') +
    '<table><tr><th></th>' + years.map((y) => `<th>${y}年</th>`).join('') + '</tr><tr><th>考核结果</th>' +
    years.map((y) => `<td>${sel(`s${y}`, [['1', '优秀'], ['2', '合格'], ['3', '基本合格']])}</td>`).join('') +
    '</tr></table><input type="submit" value="保存">';
  const { plan, snapshot } = planPage(html, 'annual-review');
  return plan.items.map((i) => [snapshot.controls[i.control]!.id, i.action, i.option ?? '', i.reason ?? '']);
}

describe('年度考核 with its years as columns (breaker 40)', () => {
  beforeEach(() => installLocale());

  it('a list under a year’s column gets that year’s result; under a year the profile lacks, it is the user’s', () => {
    expect(columns([2023, 2024]).slice(0, 1)).toEqual([['s2023', 'fill', '1', '']]);
    expect(columns([2020, 2021]).slice(0, 1)).toEqual([['s2020', 'needs-user', '', '此列是“2020年”，档案中没有对应的年度考核记录']]);
  });

  it('every column’s list is its year’s, not only the first (the later lists had no row label: the lists before them stopped it)', () => {
    expect(columns([2023, 2024, 2020])).toEqual([
      ['s2023', 'fill', '1', ''],
      ['s2024', 'fill', '2', ''],
      ['s2020', 'needs-user', '', '此列是“2020年”，档案中没有对应的年度考核记录'],
    ]);
  });
});
