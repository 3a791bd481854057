/**
 * A row the page hides is no record (lib/page/page-text.ts collectGrids): one its 删除 faded out
 * (jQuery's fadeOut leaves `display: none`, breaker 64b B64B-13), one hidden by the `hidden`
 * attribute, a template row the script clones. With every row hidden the list is an empty one
 * (rows []), as a list showing 暂无数据 is: the checks still see the list.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';

const head = '<tr><th>记录序号</th><th>考核年度</th><th>考核结果</th></tr>';
const row = (n: number, year: string, result: string, attrs = '') => `<tr${attrs}><td>${n}</td><td>${year}</td><td>${result}</td></tr>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('hidden rows of a saved list', () => {
  it.each([' style="display: none;"', ' hidden'])('a row drawn with%s is left out', (attrs) => {
    document.body.innerHTML = `<table>${head}${row(1, '2023', '称职')}${row(2, '2024', '不称职', attrs)}</table>`;
    expect(collectSnapshot(document).grids.map((g) => g.rows.map((r) => r.cells))).toEqual([[['1', '2023', '称职']]]);
  });

  it('a list whose only row is hidden (a template row, or the last record deleted) is an empty list', () => {
    document.body.innerHTML = `<table>${head}${row(1, '', '', ' style="display:none"')}</table>`;
    expect(collectSnapshot(document).grids.map((g) => [g.headers, g.rows])).toEqual([[['记录序号', '考核年度', '考核结果'], []]]);
  });

  it('(control) a row shown, styled otherwise, is a record', () => {
    document.body.innerHTML = `<table>${head}${row(1, '2023', '称职', ' style="display: table-row"')}</table>`;
    expect(collectSnapshot(document).grids[0]!.rows.map((r) => r.cells)).toEqual([['1', '2023', '称职']]);
  });
});
