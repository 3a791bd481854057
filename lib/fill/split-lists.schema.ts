import { z } from 'zod';
import { cssSelector } from './css-selector.schema';

/**
 * The zod schema of the split-list table (lib/fill/split-lists.ts SPLIT_LISTS): per table
 * library, CSS selectors for the list's container, its header table, its rows table and its pager,
 * each one the browser can parse, and the class name of a hidden column's cells. Kept out of the
 * table module so on-demand.js carries no zod; tests/unit/tables.test.ts parses the table with it.
 */

export const splitListRowSchema = z.strictObject({
  view: cssSelector,
  header: cssSelector,
  body: cssSelector,
  pager: cssSelector,
  hidden: z.string().regex(/^[\w-]+$/, 'a class name'),
});

export const splitListTableSchema = z.array(splitListRowSchema).min(1);

/** A row of the split-list table, as written. */
export type SplitListRow = z.input<typeof splitListRowSchema>;
