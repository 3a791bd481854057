import type { FieldMapRequest, FieldMapsResponse, TeachResponse } from '../messaging/messages';
import { taughtMappingSchema } from '../fields/taught.schema';
import { readTaughtMappings, saveTaughtMapping } from '../fields/taught-store';
import { readActivePacks } from '../packs/store';
import { t } from '../i18n/t';
import { errorText } from '../error-text';

/**
 * Answers the content script's field-map requests in the background service worker, where the
 * zod schemas run: stored mappings and packs are validated when read (invalid entries left
 * out), and a newly taught mapping is validated before it is written.
 *
 * @param request `{ type: 'fieldmap:get', host }` → FieldMapsResponse (own mappings of every
 *   host, the pack contents of `host`); `{ type: 'fieldmap:teach', mapping }` → TeachResponse
 *   (`ok: false` with a Chinese reason when the mapping breaks taughtMappingSchema or storing it
 *   fails, e.g. a full storage).
 * @throws whatever browser.storage throws when reading (the caller's sendMessage rejects).
 */
export async function handleFieldMapRequest(request: FieldMapRequest): Promise<FieldMapsResponse | TeachResponse> {
  if (request.type === 'fieldmap:get') {
    const [own, pack] = await Promise.all([readTaughtMappings(), readActivePacks(request.host)]);
    return { own, pack };
  }
  const parsed = taughtMappingSchema.safeParse(request.mapping);
  if (!parsed.success) return { ok: false, error: t('fieldmap_teach_invalid', parsed.error.issues.map((i) => i.path.join('.')).join(t('options_list_separator'))) };
  try {
    return { ok: true, own: await saveTaughtMapping(parsed.data) };
  } catch (error) {
    // The browser's own text ("QUOTA_BYTES quota exceeded", a LevelDB error) only as the detail
    // of a sentence saying it was not saved and why (probe 14a Q3).
    return { ok: false, error: t('fieldmap_teach_storage_failed', errorText(error)) };
  }
}
