import type { Profile } from './schema';
import {
  BACKUP_FILE_MAX_BYTES,
  PROFILE_FILE_MAX_BYTES,
  decodeUtf8File,
  fileSizeProblem,
  type FileProblem,
  parseBackupFile,
  parseProfileFile,
  serializeBackupFile,
  serializeProfileFile,
  utf8Length,
  formatMegabytes,
} from './format-v1';
import { blobToDataUrl } from './photo-data';
import { uniqueLabel } from './labels';
import { getActiveProfileId, getProfile, listProfiles, ProfileDbError, saveProfile, saveProfiles, type StoredProfile } from './db';
import { safeFileName } from '@/components/options/download';
import { t, type MessageKey } from '../i18n/t';

/**
 * Files ↔ stored profiles: import a zc-profile file or a backup into IndexedDB, export them back.
 * A refused file changes nothing; a stored profile exports to a file that imports to the same data.
 */

export type ImportResult<T> = { ok: true; value: T } | { ok: false; errors: FileProblem[] };

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
  if (e instanceof ProfileDbError && e.kind === 'invalid') return { ok: false, errors: [{ message: e.userMessage }] };
  throw e;
}

/**
 * Imports a zc-profile file's text; a valid file becomes a new profile and the active one. Its
 * label is made unique among the stored ones (`…（2）`), so the same file imported twice — last
 * year's, once more — gives two entries the list tells apart.
 * @param text the file's text
 * @returns the stored record, or every problem (FileProblem, e.g. "学历 第 2 条 · 结束时间：…") with nothing stored
 * @throws ProfileDbError 'quota' | 'blocked' | 'unavailable' | 'locked' | 'damaged' when storage fails
 */
export async function importProfileText(text: string): Promise<ImportResult<StoredProfile>> {
  const parsed = parseProfileFile(text);
  if (!parsed.ok) return parsed;
  const label = uniqueLabel(parsed.profile.label, (await listProfiles()).map((stored) => stored.profile.label));
  try {
    return { ok: true, value: await saveProfile({ profile: { ...parsed.profile, label }, fileExtras: parsed.unknownTopLevel }, { activate: true }) };
  } catch (e) {
    return refusal(e);
  }
}

/**
 * Reads a chosen file as UTF-8 text; an oversized file is refused before it is read, and a file
 * that is not UTF-8 (a GBK file) is refused before it is parsed.
 */
async function readFileText(file: Blob, limitBytes: number): Promise<{ ok: true; text: string } | { ok: false; errors: FileProblem[] }> {
  const tooBig = fileSizeProblem(file.size, limitBytes);
  if (tooBig) return { ok: false, errors: [tooBig] };
  return decodeUtf8File(new Uint8Array(await file.arrayBuffer()));
}

/**
 * Imports a zc-profile file chosen by the user. Nothing is stored unless the whole file is valid.
 * @param file the chosen File
 * @returns as importProfileText; also refuses a file over PROFILE_FILE_MAX_BYTES or not UTF-8
 */
export async function importProfileFromFile(file: Blob): Promise<ImportResult<StoredProfile>> {
  const read = await readFileText(file, PROFILE_FILE_MAX_BYTES);
  if (!read.ok) return read;
  return importProfileText(read.text);
}

/**
 * An export's text, when its import would read it: a file over the limit its own import button
 * refuses (fileSizeProblem) is not written at all, so a file announced as exported always imports
 * again — a helpdesk's backup of ten applicants with their 4 MB photos as chosen (kept as they are
 * up to PHOTO_STORE_MAX_BYTES) came to 53 MB, over the 50 MB that 恢复备份 reads, and was refused
 * on the new computer it was made for (breaker 62 finding 1).
 * @param text the serialised file
 * @param limitBytes PROFILE_FILE_MAX_BYTES or BACKUP_FILE_MAX_BYTES, as its import checks
 * @param tooBig the message saying so and what to do (`$1` the file's size, `$2` the limit)
 * @returns `text`
 * @throws Error with that message, in the UI's language, when the file would be over the limit
 */
function importableExport(text: string, limitBytes: number, tooBig: MessageKey): string {
  const bytes = utf8Length(text);
  if (fileSizeProblem(bytes, limitBytes)) throw new Error(t(tooBig, formatMegabytes(bytes), formatMegabytes(limitBytes)));
  return text;
}

/**
 * Exports one stored profile as a zc-profile v1 file.
 * @param id the profile's id
 * @returns the file text
 * @throws ProfileDbError 'not-found'; Error when the file would be over PROFILE_FILE_MAX_BYTES (importableExport)
 */
export async function exportProfileText(id: string): Promise<string> {
  const stored = await getProfile(id);
  if (!stored) throw new ProfileDbError('not-found');
  return importableExport(serializeProfileFile(await profileWithPhoto(stored), stored.fileExtras), PROFILE_FILE_MAX_BYTES, 'options_export_too_big');
}

/**
 * Exports every stored profile as one backup file (format in lib/profile/format-v1.ts).
 * @returns the file text and how many profiles it holds
 * @throws Error when the file would be over BACKUP_FILE_MAX_BYTES (importableExport)
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
  const text = serializeBackupFile(entries, activeIndex < 0 ? null : activeIndex);
  return { text: importableExport(text, BACKUP_FILE_MAX_BYTES, 'options_backup_too_big'), count: all.length };
}

/**
 * Imports a backup: every profile in it is added as a new profile (existing ones are never
 * overwritten), all in one transaction; the backup's active profile becomes active. Labels are
 * made unique as importProfileText makes them (among the stored ones and those restored before
 * it), so a backup restored twice, or over the profiles it was made from, adds `…（2）` entries
 * the list tells apart (breaker 31p F3); into an empty store every label stays as backed up.
 * Each keeps the time it was last changed (`updatedAt`, shown as 修改于) when the backup has one
 * no later than now; else it reads as changed now (helpdesk 66 HD66-4).
 * @param file the chosen backup File (UTF-8, at most BACKUP_FILE_MAX_BYTES)
 * @returns the stored records, or every problem (FileProblem) with nothing stored
 * @throws ProfileDbError 'quota' | 'blocked' | 'unavailable' | 'locked' | 'damaged' when storage fails
 */
export async function importBackupFromFile(file: Blob): Promise<ImportResult<StoredProfile[]>> {
  const read = await readFileText(file, BACKUP_FILE_MAX_BYTES);
  if (!read.ok) return read;
  const parsed = parseBackupFile(read.text);
  if (!parsed.ok) return parsed;
  const taken = (await listProfiles()).map((stored) => stored.profile.label);
  try {
    const drafts = parsed.entries.map((e) => {
      const label = uniqueLabel(e.profile.label, taken);
      taken.push(label);
      // Its last change as the backup kept it, when that reads as a time no later than now.
      const changed = Date.parse(e.updatedAt ?? '');
      return { profile: { ...e.profile, label }, fileExtras: e.unknownTopLevel, changedAt: changed <= Date.now() ? new Date(changed).toISOString() : undefined };
    });
    return { ok: true, value: await saveProfiles(drafts, parsed.activeIndex) };
  } catch (e) {
    return refusal(e);
  }
}

/**
 * A safe download name for a profile file (components/options/download.ts safeFileName).
 * @param label the profile's label
 * @returns e.g. `张小明 · 2020 中级.zc-profile.json` with characters that file systems refuse
 *   replaced by `_`; a label with nothing left names the file in the UI's language
 *   (`档案.zc-profile.json`, `profile.zc-profile.json`).
 */
export function profileFileName(label: string): string {
  return `${safeFileName(label) || t('profile_file_name_unnamed')}.zc-profile.json`;
}
