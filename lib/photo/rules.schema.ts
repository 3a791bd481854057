import { z } from 'zod';

/**
 * The zod schema of the 个人照片 rule table (lib/photo/rule-table.ts PHOTO_RULES; its source,
 * PHOTO_RULES_SOURCE, is checked with the checks' catalogue), kept out of the rules module so the
 * content script carries no zod (issue 9); tests/unit/tables.test.ts parses the table with it and
 * fails on a bad value.
 */
export const photoRuleTableSchema = z.object({
  /** Largest accepted file size in bytes (inclusive). */
  maxBytes: z.number().int().positive(),
  /** Minimum width / height in pixels (portrait). */
  minWidth: z.number().int().positive(),
  minHeight: z.number().int().positive(),
  /** Colour components and bits per component of "24位RGB真彩色". */
  components: z.literal(3),
  precision: z.literal(8),
});
export type PhotoRuleTable = z.infer<typeof photoRuleTableSchema>;
