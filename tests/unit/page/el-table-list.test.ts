import { describe, expect, it } from 'vitest';
import { collectGrids } from '../../../lib/page/page-text';

/**
 * B65-11: Element UI's el-table draws its header row and its records as two tables, each in a
 * wrapper box classed like a table (.el-table__header-wrapper, .el-table__body-wrapper), the
 * header ending in a gutter cell over the rows' scroll bar. The page reader reads them as one list.
 */
const elTable = (gutter: string) =>
  `<div class="el-table"><div class="hidden-columns"></div>` +
  `<div class="el-table__header-wrapper"><table class="el-table__header"><colgroup><col><col><col></colgroup><thead class="has-gutter"><tr><th><div class="cell">记录序号</div></th><th><div class="cell">起始时间</div></th><th><div class="cell">毕业院校</div></th>${gutter}</tr></thead></table></div>` +
  `<div class="el-table__body-wrapper"><table class="el-table__body"><colgroup><col><col><col></colgroup><tbody>` +
  `<tr class="el-table__row"><td><div class="cell">1</div></td><td><div class="cell">2016-09-01</div></td><td><div class="cell">华南理工大学</div></td></tr>` +
  `<tr class="el-table__row"><td><div class="cell">2</div></td><td><div class="cell">2013-09-01</div></td><td><div class="cell">广东环境保护工程职业学院</div></td></tr>` +
  `</tbody></table></div></div>`;

describe('an el-table’s header and rows tables read as one list (B65-11)', () => {
  it.each([
    ['a gutter cell hidden', '<th class="gutter" style="width: 0px; display: none;"></th>'],
    ['a gutter cell shown (rows scrolled)', '<th class="gutter" style="width: 17px;"></th>'],
    ['no gutter cell', ''],
  ])('%s: both saved records, under the header’s words', (_, gutter) => {
    document.body.innerHTML = elTable(gutter);
    const grids = collectGrids(document, () => false);
    expect(grids).toHaveLength(1);
    expect(grids[0]!.headers.slice(0, 3)).toEqual(['记录序号', '起始时间', '毕业院校']);
    expect(grids[0]!.rows.map((r) => r.cells)).toEqual([
      ['1', '2016-09-01', '华南理工大学'],
      ['2', '2013-09-01', '广东环境保护工程职业学院'],
    ]);
  });

  it('a header whose extra last cell has words heads no rows narrower than it', () => {
    document.body.innerHTML = elTable('<th>操作</th>');
    expect(collectGrids(document, () => false)).toEqual([]);
  });
});

/**
 * spa66 item 2: an el-table with no record draws its rows' table empty and 暂无数据 beside it, in
 * the body wrapper (.el-table__empty-block); layui draws 无数据 so (.layui-none). That list is read
 * as one shown empty, which the checks about an empty list need (record-sequence's 1 under it).
 */
describe('an el-table (or layui table) with no record reads as an empty list (spa66 item 2)', () => {
  const header = `<div class="el-table__header-wrapper"><table class="el-table__header"><thead><tr><th><div class="cell">记录序号</div></th><th><div class="cell">起始时间</div></th><th><div class="cell">毕业院校</div></th></tr></thead></table></div>`;
  it.each([
    ['el-table', `<div class="el-table">${header}<div class="el-table__body-wrapper"><table class="el-table__body"><colgroup><col><col><col></colgroup><tbody></tbody></table><div class="el-table__empty-block"><span class="el-table__empty-text">暂无数据</span></div></div></div>`],
    ['layui', `<div class="layui-table-box"><div class="layui-table-header"><table class="layui-table"><thead><tr><th>记录序号</th><th>起始时间</th><th>毕业院校</th></tr></thead></table></div><div class="layui-table-body"><table class="layui-table"><tbody></tbody></table><div class="layui-none">无数据</div></div></div>`],
  ])('%s: one list, its headers, no rows', (_, html) => {
    document.body.innerHTML = html;
    const grids = collectGrids(document, () => false);
    expect(grids.map((g) => [g.headers, g.rows])).toEqual([[['记录序号', '起始时间', '毕业院校'], []]]);
  });

  it('control: an empty rows’ table with no 暂无数据 beside it (the rows not loaded yet) is no list', () => {
    document.body.innerHTML = `<div class="el-table">${header}<div class="el-table__body-wrapper"><table class="el-table__body"><tbody></tbody></table></div></div>`;
    expect(collectGrids(document, () => false)).toEqual([]);
  });
});
