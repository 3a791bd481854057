/**
 * Lists of saved records drawn as two tables: a table library's header row in one `<table>` and
 * its rows in another below it (layui's table module, Element UI's el-table), so the page reader
 * (lib/page/page-text.ts collectGrids), which read a list from one table, saw none — and the
 * autofill planned the first record again, 记录序号 1, though the list showed it saved (breaker 40).
 * Read here for the fill's planning (on-demand.js); the content script's reader reads such a list as a
 * page of a longer one (checks57), and this reading takes its place (withSplitLists).
 */
import type { GridRow, GridSnapshot, PageSnapshot } from '../page/snapshot';
import { normalizeText } from '../page/normalize';
import type { SplitListRow } from './split-lists.schema';
import { all } from '../page/query';

/**
 * Per library: the list's container, its header table and rows table within it (the main ones:
 * not a fixed column's copy, which repeats the rows), the pager, and the class of a hidden
 * column's cells. Validated by its zod schema in tests/unit/tables.test.ts (./split-lists.schema.ts),
 * not at load: zod here would put 82 KB into on-demand.js, which nothing else there loads.
 */
export const SPLIT_LISTS: readonly SplitListRow[] = [
  { view: '.layui-table-view', header: ':scope > .layui-table-box > .layui-table-header table', body: ':scope > .layui-table-box > .layui-table-main table', pager: '.layui-table-page', hidden: 'layui-hide' },
  { view: '.el-table', header: ':scope > .el-table__header-wrapper table', body: ':scope > .el-table__body-wrapper table', pager: '.el-pagination', hidden: 'is-hidden' },
];

/** A pager's stated total: 共 12 条. */
const TOTAL = /共\s*(\d+)\s*条/;

/** A row's cells, a hidden column's left out. */
const cellsOf = (row: Element, hidden: string) => Array.from(row.children).filter((c) => /^T[HD]$/.test(c.tagName) && !c.classList.contains(hidden));

/**
 * The lists the page draws as a header table and a rows table (SPLIT_LISTS), as the page reader
 * gives a list: headers, each row's cell texts and its links' and buttons' words, a pager's total.
 * @param doc the frame's document. @returns the lists; none when the page draws none so.
 */
export function splitLists(doc: Document): GridSnapshot[] {
  const grids: GridSnapshot[] = [];
  for (const lib of SPLIT_LISTS) {
    for (const view of all(doc, lib.view)) {
      const header = view.querySelector(lib.header);
      const body = view.querySelector(lib.body);
      const head = header?.querySelector('tr');
      if (!head || !body) continue;
      const headers = cellsOf(head, lib.hidden).map((c) => normalizeText(c.textContent ?? ''));
      const rows: GridRow[] = all(body, 'tr').map((tr) => ({
        cells: cellsOf(tr, lib.hidden).map((c) => normalizeText(c.textContent ?? '')),
        actions: all(tr, 'a,button,input[type=button]').map((a) => normalizeText(a.textContent || (a as HTMLInputElement).value || '')).filter(Boolean),
      }));
      const pager = view.parentElement?.querySelector(lib.pager) ?? view.querySelector(lib.pager);
      const total = TOTAL.exec(normalizeText(pager?.textContent ?? ''))?.[1];
      grids.push({ headers, rows, ...(pager ? { paged: true as const } : {}), ...(total ? { total: Number(total) } : {}) });
    }
  }
  return grids;
}

/**
 * Whether the page reader's list `grid` is `list` read again: the reader gives a header-only table's
 * headers to the headerless table after it (lib/page/page-text.ts collectGrids, checks57), so it
 * reads a layui list too, but with its hidden columns and without its pager's total.
 */
const sameRows = (grid: GridSnapshot, list: GridSnapshot) =>
  grid.rows.length === list.rows.length && grid.rows.every((row, i) => list.rows[i]!.cells.every((cell) => row.cells.includes(cell)));

/**
 * The page's snapshot with the lists it draws as two tables (splitLists) among its lists, each in
 * place of the page reader's reading of it (sameRows): this one knows its library's hidden columns and pager.
 * @param doc the frame's document. @param snapshot its snapshot. @returns the snapshot, the same object when there are none.
 */
export function withSplitLists(doc: Document, snapshot: PageSnapshot): PageSnapshot {
  const more = splitLists(doc);
  return more.length === 0 ? snapshot : { ...snapshot, grids: [...snapshot.grids.filter((grid) => !more.some((list) => sameRows(grid, list))), ...more] };
}
