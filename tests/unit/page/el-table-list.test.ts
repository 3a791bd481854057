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
