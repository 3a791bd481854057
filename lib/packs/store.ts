/**
 * Installed field-map packs, in `browser.storage.local` (key `fieldmap-packs`), one per site;
 * kept apart from the user's own teach-mode mappings (lib/fields/taught-store.ts).
 */
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import type { StepHints } from '../portal/recognize-step';
import { packSchema, type FieldMapPack, type PackContents } from './schema';
import { validatePack } from './validate';

const packsItem = storage.defineItem<unknown>('local:fieldmap-packs', { fallback: [] });

/** The installed packs; entries that no longer validate are left out of the answer. */
export async function listPacks(): Promise<FieldMapPack[]> {
  const raw = await packsItem.getValue();
  const list = z.array(z.unknown()).safeParse(raw);
  if (!list.success) return [];
  return list.data.flatMap((entry) => {
    const checked = validatePack(entry);
    return checked.ok ? [checked.pack] : [];
  });
}

/**
 * Installs a validated pack, replacing the pack of the same site.
 * @returns the installed packs.
 */
export async function installPack(pack: FieldMapPack): Promise<FieldMapPack[]> {
  const next = [...(await listPacks()).filter((p) => p.site !== pack.site), packSchema.parse(pack)];
  await packsItem.setValue(next);
  return next;
}

/** Removes the pack of `site`. @returns the installed packs. */
export async function removePack(site: string): Promise<FieldMapPack[]> {
  const next = (await listPacks()).filter((p) => p.site !== site.toLowerCase());
  await packsItem.setValue(next);
  return next;
}

/**
 * What the installed pack of a host contributes to recognition. For the lead's content
 * script: `const { taught, hints, synonyms } = await readActivePacks(location.hostname)`, then
 * `inputs.hints = hints`, `inputs.taught = [...ownTaught, ...taught]`, and `synonyms` to
 * `recognizeFields(…, { synonyms })`.
 * @param host page host (any case).
 * @returns empty lists / `{}` when no pack is installed for the host.
 */
export async function readActivePacks(host: string): Promise<PackContents> {
  const pack = (await listPacks()).find((p) => p.site === host.toLowerCase());
  return { taught: pack?.mappings ?? [], hints: (pack?.hints ?? {}) as StepHints, synonyms: pack?.synonyms ?? [] };
}

/**
 * The text of a pack file to share.
 * @param pack a pack (e.g. the installed one, or one built from teach-mode mappings with
 *   `buildPack`). @returns pretty-printed JSON.
 * @throws Error with the reasons when the pack would not pass import (so a shared file
 *   always imports elsewhere).
 */
export function packFileText(pack: FieldMapPack): string {
  const checked = validatePack(pack);
  if (!checked.ok) throw new Error(checked.errors.join('；'));
  return `${JSON.stringify(checked.pack, null, 2)}\n`;
}

/**
 * A pack for one site from its parts (teach-mode mappings of that site, synonyms, hints).
 * @param site host name; mappings of other hosts are left out.
 */
export function buildPack(site: string, parts: { mappings?: FieldMapPack['mappings']; synonyms?: FieldMapPack['synonyms']; hints?: FieldMapPack['hints'] }): FieldMapPack {
  const host = site.toLowerCase();
  return packSchema.parse({
    format: 'zc-fieldmap',
    version: 1,
    site: host,
    mappings: (parts.mappings ?? []).filter((m) => m.host === host),
    ...(parts.synonyms?.length ? { synonyms: parts.synonyms } : {}),
    ...(parts.hints && Object.keys(parts.hints).length ? { hints: parts.hints } : {}),
  });
}
