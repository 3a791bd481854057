import { z } from 'zod';
import { cssSelector } from './css-selector.schema';

/**
 * The zod schema of the panel-date table (lib/fill/panel-dates.ts PANEL_DATES): per date-picker
 * library, CSS selectors for its read-only box and for the box of its panel that takes a typed
 * date. Kept out of the table module so on-demand.js carries no zod; tests/unit/tables.test.ts
 * parses the table with it.
 */
export const panelDateRowSchema = z.strictObject({ box: cssSelector, input: cssSelector });

export const panelDateTableSchema = z.array(panelDateRowSchema).min(1);

/** A row of the panel-date table, as written. */
export type PanelDateRow = z.input<typeof panelDateRowSchema>;
