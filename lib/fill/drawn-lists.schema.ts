import { z } from 'zod';
import { cssSelector } from './css-selector.schema';

/**
 * The zod schema of the drawn-list table (lib/fill/drawn-lists.ts DRAWN_LISTS): per UI library
 * drawing a list with no native <select>, CSS selectors for its box, the part of the box a person
 * presses to open it, and an option of its drop-down. Kept out of the table module so
 * on-demand.js carries no zod; tests/unit/tables.test.ts parses the table with it.
 */
export const drawnListRowSchema = z.strictObject({ box: cssSelector, open: cssSelector, option: cssSelector });

export const drawnListTableSchema = z.array(drawnListRowSchema).min(1);

/** A row of the drawn-list table, as written. */
export type DrawnListRow = z.input<typeof drawnListRowSchema>;
