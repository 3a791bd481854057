import { z } from 'zod';
import { ALL_FIELD_KEYS, type FieldKey } from './keys';
import { ALL_STEP_IDS, type StepId } from '../portal/step-ids';

/**
 * The zod schemas of teach-mode data: one taught mapping, one label synonym, and the
 * `zc-fieldmap` v1 exchange file. Used where such data enters storage or arrives from a file
 * (background, options page: lib/fields/taught-store.ts, lib/fields/taught.ts, lib/packs);
 * the content script only imports the types, so it carries no zod (issue 9).
 */

const fieldKeySchema = z.enum(ALL_FIELD_KEYS as [FieldKey, ...FieldKey[]]);
const stepIdSchema = z.enum(ALL_STEP_IDS as [StepId, ...StepId[]]);

export const taughtMappingSchema = z.object({
  /** Lower-case host name, e.g. "gzrsj.rsj.gz.gov.cn". */
  host: z.string().min(1).transform((h) => h.toLowerCase()),
  step: stepIdSchema,
  /** CSS selector from the snapshot (fallback when id and name are empty). */
  selector: z.string().max(500),
  id: z.string().max(300),
  name: z.string().max(300),
  /**
   * The profile field the control is; null when the user said it is no profile field (a
   * 联系人姓名 taken for 姓名): recognition then leaves it unrecognised, so autofill, capture and
   * the field checks leave it alone (lib/fields/recognize.ts).
   */
  key: fieldKeySchema.nullable(),
});
export type TaughtMapping = z.infer<typeof taughtMappingSchema>;

/** An extra label text the user taught for a key ("申报人证件号" → basic.idNumber). */
export const fieldSynonymSchema = z.object({
  key: fieldKeySchema,
  /** Label text as shown; normalised before matching. */
  label: z.string().min(1).max(60),
});
export type FieldSynonym = z.infer<typeof fieldSynonymSchema>;

export const fieldMapFileSchema = z.object({
  format: z.literal('zc-fieldmap'),
  version: z.literal(1),
  /** The host the mappings were made on. */
  site: z.string().min(1),
  mappings: z.array(taughtMappingSchema),
  synonyms: z.array(fieldSynonymSchema).optional(),
});
export type FieldMapFile = z.infer<typeof fieldMapFileSchema>;
