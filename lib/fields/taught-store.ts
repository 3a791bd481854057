import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { taughtMappingSchema, type TaughtMapping } from './taught.schema';
import { upsertMapping, withoutMapping } from './mappings';

/**
 * Teach-mode mappings the user made in this browser, in `browser.storage.local` (never in the
 * page's storage). Imported field-map packs are kept separately (lib/packs).
 */
const taughtItem = storage.defineItem<unknown>('local:taught-mappings', { fallback: [] });

/** All stored mappings; entries that no longer validate are dropped from the answer, not from storage. */
export async function readTaughtMappings(): Promise<TaughtMapping[]> {
  const raw = await taughtItem.getValue();
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => {
    const parsed = taughtMappingSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Adds or replaces one mapping (one per host, step and control identity). */
export async function saveTaughtMapping(mapping: TaughtMapping): Promise<TaughtMapping[]> {
  const next = upsertMapping(await readTaughtMappings(), mapping);
  await taughtItem.setValue(z.array(taughtMappingSchema).parse(next));
  return next;
}

/**
 * Forgets one taught field (the options page's 删除): pages read from then on recognise that
 * control as the dictionary does.
 * @param mapping the mapping to remove (matched by host, step and control identity).
 * @returns every stored mapping after the change.
 */
export async function removeTaughtMapping(mapping: TaughtMapping): Promise<TaughtMapping[]> {
  const next = withoutMapping(await readTaughtMappings(), mapping);
  await writeTaughtMappings(next);
  return next;
}

/** Replaces all mappings (used when a field-map file is imported or mappings are cleared). */
export async function writeTaughtMappings(mappings: readonly TaughtMapping[]): Promise<void> {
  await taughtItem.setValue(z.array(taughtMappingSchema).parse(mappings));
}
