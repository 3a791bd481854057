import { z } from 'zod';
import { cssSelector } from './css-selector.schema';

/**
 * The zod schema of the stand-in table (lib/fill/stand-ins.ts STAND_INS): per select library, CSS
 * selectors for the list it draws after a hidden <select>, the element showing the chosen option,
 * and, for a library answering clicks only, the box opening its entries and an entry with the
 * attribute naming its option's value; for one redrawn by an event, the event's type. Kept out of
 * the table module so on-demand.js carries no zod; tests/unit/tables.test.ts parses the table with it.
 */

export const standInRowSchema = z
  .strictObject({
    box: cssSelector,
    shown: cssSelector,
    open: cssSelector.optional(),
    entry: cssSelector.optional(),
    entryValue: z.string().regex(/^[\w-]+$/, 'an attribute name').optional(),
    updated: z.string().regex(/^[\w:.-]+$/, 'an event type').optional(),
  })
  .refine((r) => (r.open === undefined) === (r.entry === undefined) && (r.entry === undefined) === (r.entryValue === undefined), 'open, entry and entryValue go together');

export const standInTableSchema = z.array(standInRowSchema).min(1);

/** A row of the stand-in table, as written. */
export type StandInRow = z.input<typeof standInRowSchema>;
