/**
 * Table geometry for label inference: which cell sits left of / above which, with colspan and
 * rowspan resolved, for one table's own rows (nested tables excluded). Government WebForms pages
 * lay forms out in tables whose label cells span rows and columns, so "the previous cell" and
 * "the header above" must be read from a resolved grid, not from sibling order.
 */

import { all } from './query';

export interface CellPlace {
  /** Row index in the table's own rows. */
  row: number;
  /** First grid column the cell covers. */
  col: number;
  colSpan: number;
}

export interface TableGrid {
  /** The table's own <tr> elements in order (thead, tbody, tfoot, direct rows). */
  rows: HTMLTableRowElement[];
  /** grid[row][col] = the cell covering that slot (undefined where the markup leaves a hole). */
  slots: (HTMLTableCellElement | undefined)[][];
  places: Map<HTMLTableCellElement, CellPlace>;
}

/**
 * The table's own rows, not those of nested tables (happy-dom's `table.rows` includes nested
 * rows, so rows are found as the table's children or its sections' (tbody, thead, tfoot: the only
 * children of a table that hold rows). A list drawn without a table (<div> or <li> rows in a
 * <div class="list">: lib/page/page-text.ts collectGrids) has its children as rows.
 * @param table any <table>, or such a list. @returns its <tr> elements (its children) in document order.
 */
export function ownRows(table: HTMLTableElement): HTMLTableRowElement[] {
  return all<HTMLTableRowElement>(table, table.tagName === 'TABLE' ? ':scope>tr,:scope>*>tr' : ':scope>*');
}

/** The <td>/<th> children of a row; every child of a row drawn without a table's cells (a <div> of a list drawn in <div>s: ownRows). */
export function ownCells(row: HTMLTableRowElement): HTMLTableCellElement[] {
  return Array.from(row.children).filter((c) => /^T[DH]$/.test(c.tagName) || row.tagName !== 'TR') as HTMLTableCellElement[];
}

/**
 * Resolve a table into a slot grid (the HTML table model, simplified: rowspan=0 treated as 1).
 * @param table the table. @returns its rows, slot grid and each cell's place.
 */
export function buildTableGrid(table: HTMLTableElement): TableGrid {
  const rows = ownRows(table);
  const slots: (HTMLTableCellElement | undefined)[][] = rows.map(() => []);
  const places = new Map<HTMLTableCellElement, CellPlace>();
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of ownCells(row)) {
      const line = slots[r]!;
      while (line[col] !== undefined) col++;
      // The DOM's own reading of the attributes: junk or 0 is a colspan of 1, and HTML caps colspan
      // at 1000 and rowspan at 65534; a rowspan of 0 (to the end of its section) is taken as 1.
      const cs = cell.colSpan;
      const rs = cell.rowSpan || 1;
      places.set(cell, { row: r, col, colSpan: cs });
      for (let dr = 0; dr < rs && r + dr < rows.length; dr++) {
        const target = slots[r + dr]!;
        for (let dc = 0; dc < cs; dc++) target[col + dc] = cell;
      }
      col += cs;
    }
  });
  return { rows, slots, places };
}
