/**
 * Teach mode: mappings the user made by pointing at a control we did not recognise and picking
 * its profile key, stored per host + step in browser.storage.local (lib/fields/taught-store.ts, written by
 * the background), and the `zc-fieldmap` v1 exchange file that carries them between
 * machines or from a helpdesk. A mapping identifies a control by id/name/selector only: the
 * file never contains personal values.
 */
import { fieldMapFileSchema, type FieldMapFile, type FieldSynonym, type TaughtMapping } from './taught.schema';

export { taughtMappingSchema, fieldSynonymSchema, fieldMapFileSchema } from './taught.schema';
export type { TaughtMapping, FieldSynonym, FieldMapFile } from './taught.schema';
export { mappedControls, mappingFromControl, upsertMapping, mappingsFor, hostOf } from './mappings';

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
