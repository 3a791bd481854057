import { z } from 'zod';

/**
 * The zod schema of the aside headings table (lib/page/aside-headings.ts ASIDE_HEADINGS): Chinese
 * words only, as normalizeText leaves a title (no spaces, no colon), so each is matched literally
 * in the RegExp built from them; each once. Kept out of the table module so the content script
 * carries no zod; tests/unit/page/aside.test.ts parses the table with it.
 */
export const asideHeadingSchema = z.string().regex(/^[\u4e00-\u9fff]{2,8}$/, 'two to eight Chinese characters');

export const asideHeadingTableSchema = z
  .array(asideHeadingSchema)
  .min(1)
  .refine((words) => new Set(words).size === words.length, 'each title once');

/** A title of the aside headings table, as written. */
export type AsideHeading = z.input<typeof asideHeadingSchema>;
