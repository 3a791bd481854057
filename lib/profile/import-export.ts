import type { Profile } from './schema';
import {
  BACKUP_FILE_MAX_BYTES,
  PROFILE_FILE_MAX_BYTES,
  fileSizeProblem,
  parseBackupFile,
  parseProfileFile,
  serializeBackupFile,
  serializeProfileFile,
} from './format-v1';
import { blobToDataUrl } from './photo-data';
import { getActiveProfileId, getProfile, listProfiles, ProfileDbError, saveProfile, saveProfiles, type StoredProfile } from './db';

/**
 * Files ↔ stored profiles: import a zc-profile file or a backup into IndexedDB, export them back.
 * A refused file changes nothing; a stored profile exports to a file that imports to the same data.
 */

export type ImportResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/**
 * The profile as it appears in a file: the stored profile with its photo back as `photo.dataUrl`.
 * @param stored a stored record
 * @returns a Profile (photo included when there is one)
 */
export async function profileWithPhoto(stored: StoredProfile): Promise<Profile> {
  if (!stored.photo) return stored.profile;
  const info = stored.photoInfo ?? { fileName: 'photo.jpg' };
  return { ...stored.profile, photo: { ...info, dataUrl: await blobToDataUrl(stored.photo) } };
}

/** Turns a validation refusal from the database layer into the same error list a file refusal gives. */
function refusal(e: unknown): ImportResult<never> {
  if (e instanceof ProfileDbError && e.kind === 'invalid') return { ok: false, errors: [e.userMessage] };
  throw e;
}

/**
 * Imports a zc-profile file's text; a valid file becomes a new profile and the active one.
 * @param text the file's text
 * @returns the stored record, or every problem (`education[1].endDate: …`) with nothing stored
 * @throws ProfileDbError 'quota' | 'blocked' | 'unavailable' when storage fails
 */
export async function importProfileText(text: string): Promise<ImportResult<StoredProfile>> {
  const parsed = parseProfileFile(text);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, value: await saveProfile({ profile: parsed.profile, fileExtras: parsed.unknownTopLevel }, { activate: true }) };
  } catch (e) {
    return refusal(e);
  }
}

/**
 * Imports a zc-profile file chosen by the user; an oversized file is refused before it is read.
 * @param file the chosen File
 * @returns as importProfileText
 */
export async function importProfileFromFile(file: Blob): Promise<ImportResult<StoredProfile>> {
  const tooBig = fileSizeProblem(file.size, PROFILE_FILE_MAX_BYTES);
  if (tooBig) return { ok: false, errors: [tooBig] };
  return importProfileText(await file.text());
}

/**
 * Exports one stored profile as a zc-profile v1 file.
 * @param id the profile's id
 * @returns the file text
 * @throws ProfileDbError 'not-found'
 */
export async function exportProfileText(id: string): Promise<string> {
  const stored = await getProfile(id);
  if (!stored) throw new ProfileDbError('not-found');
  return serializeProfileFile(await profileWithPhoto(stored), stored.fileExtras);
}

/**
 * Exports every stored profile as one backup file (format in lib/profile/format-v1.ts).
 * @returns the file text and how many profiles it holds
 */
export async function exportBackupText(): Promise<{ text: string; count: number }> {
  const [all, activeId] = await Promise.all([listProfiles(), getActiveProfileId()]);
  const entries = await Promise.all(
    all.map(async (s) => ({
      profile: await profileWithPhoto(s),
      unknownTopLevel: s.fileExtras,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
    })),
  );
  const activeIndex = all.findIndex((s) => s.id === activeId);
  return { text: serializeBackupFile(entries, activeIndex < 0 ? null : activeIndex), count: all.length };
}

/**
 * Imports a backup: every profile in it is added as a new profile (existing ones are never
 * overwritten), all in one transaction; the backup's active profile becomes active.
 * @param file the chosen backup File
 * @returns the stored records, or every problem with nothing stored
 */
export async function importBackupFromFile(file: Blob): Promise<ImportResult<StoredProfile[]>> {
  const tooBig = fileSizeProblem(file.size, BACKUP_FILE_MAX_BYTES);
  if (tooBig) return { ok: false, errors: [tooBig] };
  const parsed = parseBackupFile(await file.text());
  if (!parsed.ok) return parsed;
  try {
    const drafts = parsed.entries.map((e) => ({ profile: e.profile, fileExtras: e.unknownTopLevel }));
    return { ok: true, value: await saveProfiles(drafts, parsed.activeIndex) };
  } catch (e) {
    return refusal(e);
  }
}

/**
 * A safe download name for a profile file.
 * @param label the profile's label
 * @returns e.g. `张小明 · 2020 中级.zc-profile.json` with characters that file systems refuse replaced by `_`
 */
export function profileFileName(label: string): string {
  return `${label.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim() || '档案'}.zc-profile.json`;
}
