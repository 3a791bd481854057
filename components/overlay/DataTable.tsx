import type { ComponentChildren } from 'preact';

/**
 * A table of the overlay's previews and reports (autofill, capture): a header row of column
 * names, then `children` as its rows. Column names are plain text.
 * @param columns the column names, in order.
 * @param extraClass another class besides `zc-table` (e.g. `zc-report`).
 */
export function DataTable({ columns, extraClass, children }: { columns: readonly string[]; extraClass?: string; children: ComponentChildren }) {
  return (
    <table class={extraClass ? `zc-table ${extraClass}` : 'zc-table'}>
      <thead>
        <tr>
          {columns.map((name) => (
            <th key={name} scope="col">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
