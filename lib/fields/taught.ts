/**
 * Teach mode: mappings the user made by pointing at a control we did not recognise and picking
 * its profile key, stored per host + step (storage is the content script's, in
 * browser.storage.local), and the `zc-fieldmap` v1 exchange file that carries them between
 * machines or from a helpdesk. A mapping identifies a control by id/name/selector only: the
 * file never contains personal values.
 */
import { z } from 'zod';
import { ALL_FIELD_KEYS, type FieldKey } from './keys';
import { ALL_STEP_IDS, type StepId } from '../portal/step-ids';
import type { ControlSnapshot } from '../page/snapshot';

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
  key: fieldKeySchema,
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

/**
 * Does a mapping designate this control? id first, then name, then the selector (only when the
 * mapping has neither id nor name, because selectors shift when a page changes).
 * @param m a mapping already filtered to the page's host and step. @param c the control.
 */
export function mappingMatches(m: TaughtMapping, c: ControlSnapshot): boolean {
  if (m.id) return m.id === c.id;
  if (m.name) return m.name === c.name;
  return m.selector !== '' && m.selector === c.selector;
}

/**
 * The mapping to store when the user teaches that control `c` means `key`.
 * @param host page host (any case). @param step the recognised step.
 * @returns a mapping carrying only identifiers, never the control's value.
 */
export function mappingFromControl(host: string, step: StepId, c: ControlSnapshot, key: FieldKey): TaughtMapping {
  return taughtMappingSchema.parse({ host, step, selector: c.selector, id: c.id, name: c.name, key });
}

/**
 * Add or replace a mapping: one mapping per (host, step, control identity).
 * @returns a new array; the input is not modified.
 */
export function upsertMapping(list: readonly TaughtMapping[], m: TaughtMapping): TaughtMapping[] {
  const same = (a: TaughtMapping) =>
    a.host === m.host && a.step === m.step && a.id === m.id && a.name === m.name && (a.id || a.name || a.selector === m.selector);
  return [...list.filter((a) => !same(a)), m];
}

/**
 * Mappings that apply to a page.
 * @param url the page URL (its host is compared case-insensitively). @param step the step.
 */
export function mappingsFor(list: readonly TaughtMapping[], url: string, step: StepId): TaughtMapping[] {
  const host = hostOf(url);
  return list.filter((m) => m.host === host && m.step === step);
}

/** Lower-case host of a URL, or "" when the URL cannot be parsed. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/**
 * Build an export file for one site.
 * @param site host name. @param mappings all stored mappings (others' hosts are left out).
 */
export function buildFieldMapFile(site: string, mappings: readonly TaughtMapping[], synonyms: readonly FieldSynonym[] = []): FieldMapFile {
  const host = site.toLowerCase();
  return fieldMapFileSchema.parse({
    format: 'zc-fieldmap',
    version: 1,
    site: host,
    mappings: mappings.filter((m) => m.host === host),
    ...(synonyms.length ? { synonyms } : {}),
  });
}

/**
 * Parse an imported `zc-fieldmap` file.
 * @param text the file's text (UTF-8 JSON).
 * @returns `{ ok: true, file }` or `{ ok: false, errors }` with one Chinese message per bad path
 *   (e.g. `mappings[0].key: 无效的字段`). Never throws.
 */
export function parseFieldMapFile(text: string): { ok: true; file: FieldMapFile } | { ok: false; errors: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['文件不是有效的 JSON'] };
  }
  const parsed = fieldMapFileSchema.safeParse(json);
  if (parsed.success) return { ok: true, file: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.code === 'invalid_value' ? '无效的取值' : i.message}`),
  };
}

function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '') || '(根)';
}
