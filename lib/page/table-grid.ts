/**
 * Table geometry for label inference: which cell sits left of / above which, with colspan and
 * rowspan resolved, for one table's own rows (nested tables excluded). Government WebForms pages
 * lay forms out in tables whose label cells span rows and columns, so "the previous cell" and
 * "the header above" must be read from a resolved grid, not from sibling order.
 */

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
 * rows, so rows are gathered from the section children directly).
 * @param table any <table>. @returns its <tr> elements in document order.
 */
export function ownRows(table: HTMLTableElement): HTMLTableRowElement[] {
  const rows: HTMLTableRowElement[] = [];
  for (const child of Array.from(table.children)) {
    const tag = child.tagName;
    if (tag === 'TR') rows.push(child as HTMLTableRowElement);
    else if (tag === 'TBODY' || tag === 'THEAD' || tag === 'TFOOT') {
      for (const r of Array.from(child.children)) if (r.tagName === 'TR') rows.push(r as HTMLTableRowElement);
    }
  }
  return rows;
}

/** The <td>/<th> children of a row. */
export function ownCells(row: HTMLTableRowElement): HTMLTableCellElement[] {
  const cells: HTMLTableCellElement[] = [];
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName === 'TD' || c.tagName === 'TH') cells.push(c as HTMLTableCellElement);
  }
  return cells;
}

function span(cell: HTMLTableCellElement, attr: 'colspan' | 'rowspan'): number {
  const n = Number.parseInt(cell.getAttribute(attr) ?? '1', 10);
  // HTML caps colspan at 1000 and rowspan at 65534; 0 or junk means 1 for our purposes.
  return Number.isFinite(n) && n > 0 ? Math.min(n, 1000) : 1;
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
      const cs = span(cell, 'colspan');
      const rs = span(cell, 'rowspan');
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
