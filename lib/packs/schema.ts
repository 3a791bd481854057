/**
 * Field-map packs: the `zc-fieldmap` v1 file of lib/fields/taught.ts (teach-mode mappings and
 * label synonyms for one site) extended with step-recognition hints (StepHints of
 * lib/portal/recognize-step.ts), so a helpdesk can fix the mapping of a changed portal once and
 * share one file (issue 8). A pack carries only keys, identifiers, selectors and patterns:
 * a string that looks like personal data refuses the whole pack.
 */
import { z } from 'zod';
import { fieldMapFileSchema } from '../fields/taught.schema';
import { ALL_STEP_IDS, type StepId } from '../portal/step-ids';
import type { StepHints } from '../portal/recognize-step';
import { t, type MessageKey } from '../i18n/t';

/** Longest pattern or selector a pack may carry (characters). */
const MAX_PATTERN = 200;

const patternList = z.array(z.string().min(1).max(MAX_PATTERN)).max(50);

/** Extra signals for one step (each a regular-expression source over normalised text). */
const stepSignalsHintSchema = z.strictObject({
  headings: patternList.optional(),
  labels: patternList.optional(),
  actions: patternList.optional(),
  negative: patternList.optional(),
});

export const stepHintsSchema = z.partialRecord(z.enum(ALL_STEP_IDS as [StepId, ...StepId[]]), stepSignalsHintSchema);

export const packSchema = fieldMapFileSchema.extend({
  /** Step-recognition hints for this site. */
  hints: stepHintsSchema.optional(),
});
export type FieldMapPack = z.infer<typeof packSchema>;

/** What a pack contributes to recognition on its site. */
export interface PackContents {
  taught: FieldMapPack['mappings'];
  hints: StepHints;
  synonyms: NonNullable<FieldMapPack['synonyms']>;
}

/** Personal-data shapes no pack string may contain (the same families the checks validate). */
const PERSONAL_SHAPES: { looks: MessageKey; re: RegExp }[] = [
  { looks: 'pack_looks_id_number', re: /\d{17}[\dXx]|\d{15}/ },
  { looks: 'pack_looks_mobile', re: /(?<!\d)1[3-9]\d{9}(?!\d)/ },
  { looks: 'pack_looks_phone', re: /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/ },
  { looks: 'pack_looks_email', re: /[\w.+-]+@[\w-]+\.[\w.-]+/ },
  { looks: 'pack_looks_credit_code', re: /[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}/ },
  { looks: 'pack_looks_date', re: /(19|20)\d{2}[-/.年](0?[1-9]|1[0-2])[-/.月](0?[1-9]|[12]\d|3[01])/ },
  { looks: 'pack_looks_digits', re: /\d{6,}/ },
];

/**
 * Why a pack string looks personal, or null.
 * @param text any string of a pack (host names are checked separately: IP addresses are fine).
 * @returns e.g. "像手机号码" ("looks like a mobile number"), in the UI's language.
 */
export function personalLooking(text: string): string | null {
  const hit = PERSONAL_SHAPES.find((s) => s.re.test(text));
  return hit ? t(hit.looks) : null;
}

/** Every string of a value with its path, e.g. ["mappings", 0, "selector"]. */
export function stringsWithPaths(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsWithPaths(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsWithPaths(v, [...path, k]));
  return [];
}
