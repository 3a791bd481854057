import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Profile } from './schema';
import { dataUrlToBlob } from './photo-data';
import { issueLines, validateProfile } from './issues';
import { readStoreMarker, writeStoreMarker } from './store-marker';
import type { KeyDerivation, SealedBytes } from './crypto';
import { isSealedRecord, openRecord, sealRecord, type ProfileRecord } from './sealed-records';
import { readSessionKey } from './session-key';
import { announceProfilesChanged } from './change-signal';
import type { KeptPhotoEntry, UnsavedDraftEntry } from './unsaved-draft';
import { t, tCount, type MessageKey } from '../i18n/t';
import { errorText } from '../error-text';

/**
 * Applicant profiles in IndexedDB (idb), in the extension's origin: the options page, popup and
 * background open it; content scripts ask the background (lib/profile/messages.ts), because a
 * content script's IndexedDB is the page's.
 *
 * Several profiles (one per year, or per person at a helpdesk), one active. The photo is a Blob
 * beside the profile, not a data URL inside it. Every write resolves only after its transaction
 * completes, so "已保存" is never shown for data that is not on disk.
 *
 * With passphrase protection on (lib/profile/protection.ts), records are sealed at rest
 * (lib/profile/sealed-records.ts): every read opens them with the session key and every write
 * seals them, so callers always see StoredProfile in clear; without the key they get 'locked'.
 * WebCrypto promises are not IndexedDB requests (a transaction awaiting one commits early), so
 * sealing and opening happen outside transactions, and each write transaction first checks the
 * protection it sealed for is still the current one.
 */

export const PROFILE_DB_NAME = 'zc-profiles';

/** What the photo object of a file held besides its bytes: fileName and any unknown keys. */
export type PhotoInfo = { fileName: string } & Record<string, unknown>;

export interface StoredProfile {
  id: string;
  /** The profile without `photo` (see `photo` / `photoInfo`). */
  profile: Profile;
  /** The photo as stored: image/jpeg or image/png. */
  photo: Blob | null;
  /** The photo's file name and unknown keys, kept for export; null when there is no photo. */
  photoInfo: PhotoInfo | null;
  /** Unknown top-level keys of the file it was imported from (written back on export). */
  fileExtras: Record<string, unknown>;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601. */
  updatedAt: string;
}

/** Passphrase protection as stored; no record = profiles are stored in clear. */
export interface ProtectionRecord {
  /** Random id, new on every enable and passphrase change (the session key names it). */
  keyId: string;
  /** Salt and iterations of the key derivation (not secret). */
  derivation: KeyDerivation;
  /** A known constant sealed with the key (lib/profile/crypto.ts makeKeyCheck). */
  check: SealedBytes;
  /** ISO 8601: when protection was turned on or the passphrase last changed. */
  since: string;
}

interface ProfileDbSchema extends DBSchema {
  profiles: { key: string; value: ProfileRecord; indexes: { createdAt: string } };
  /**
   * Key → value: the active profile's id under ACTIVE_KEY, and the options editor's unsaved
   * edits of a profile under unsavedDraftKey(id, page), their photo's bytes beside them
   * (lib/profile/unsaved-draft.ts). IndexedDB stores structured clones, so other kinds of value
   * need no upgrade.
   */
  meta: { key: string; value: string | UnsavedDraftEntry | KeptPhotoEntry };
  protection: { key: string; value: ProtectionRecord };
}

export type ProfileDb = IDBPDatabase<ProfileDbSchema>;
type UpgradeTx = IDBPTransaction<ProfileDbSchema, StoreNames<ProfileDbSchema>[], 'versionchange'>;
const WRITE_STORES = ['profiles', 'meta', 'protection'] as const;
/** A readwrite transaction over every store (see writeProfileTransaction). */
export type ProfileWriteTx = IDBPTransaction<ProfileDbSchema, typeof WRITE_STORES, 'readwrite'>;

/**
 * Explicit upgrade steps: `UPGRADES[n]` turns a version-n database into version n+1. Steps are
 * never edited once released; a new layout appends a step (tests/unit/profile/db-migrations.test.ts
 * opens a database written by every earlier version).
 * - 0 → 1: `profiles` (keyPath id) and `meta` (active profile id).
 * - 1 → 2: `profiles.createdAt` index, so the list keeps a stable order without sorting in memory.
 * - 2 → 3: `protection` (the passphrase protection record under PROTECTION_KEY). Profiles keep
 *   their store; a record is in clear or sealed (sealed-records.ts). An older build cannot open
 *   a version-3 database, so it never misreads sealed records as profiles.
 */
const UPGRADES: ReadonlyArray<(db: ProfileDb, tx: UpgradeTx) => void> = [
  (db) => {
    db.createObjectStore('profiles', { keyPath: 'id' });
    db.createObjectStore('meta');
  },
  (_db, tx) => {
    tx.objectStore('profiles').createIndex('createdAt', 'createdAt');
  },
  (db) => {
    db.createObjectStore('protection');
  },
];

/** The database version this build writes. */
export const PROFILE_DB_VERSION = UPGRADES.length;

const ACTIVE_KEY = 'activeProfileId';
/** The id of the active profile in a `meta` value read under ACTIVE_KEY. */
const activeIdOf = (value: string | UnsavedDraftEntry | KeptPhotoEntry | undefined): string | null => (typeof value === 'string' ? value : null);

const UNSAVED_DRAFT_PREFIX = 'unsavedDraft:';
/**
 * The `meta` key of the unsaved edits one options page kept of a profile
 * (lib/profile/unsaved-draft.ts): one entry per page, so that pages never replace or drop each
 * other's (breaker 31b B10).
 */
export const unsavedDraftKey = (profileId: string, pageId: string): string => `${UNSAVED_DRAFT_PREFIX}${profileId}/${pageId}`;
/** The profile id in a key made by unsavedDraftKey. */
export const profileIdOfUnsavedDraftKey = (key: string): string => key.slice(UNSAVED_DRAFT_PREFIX.length).split('/')[0]!;
/**
 * Every `meta` key made by unsavedDraftKey, or those of one profile (ids are UUIDs: no `/`, below
 * U+FFFF after the prefix).
 */
export const allUnsavedDraftKeys = (profileId?: string): IDBKeyRange => {
  const prefix = profileId === undefined ? UNSAVED_DRAFT_PREFIX : `${UNSAVED_DRAFT_PREFIX}${profileId}/`;
  return IDBKeyRange.bound(prefix, `${prefix}\uffff`);
};
/** The key of the one record in the `protection` store. */
export const PROTECTION_KEY = 'current';

export type ProfileDbErrorKind =
  | 'blocked'
  | 'quota'
  | 'unavailable'
  | 'vanished'
  | 'not-found'
  | 'invalid'
  | 'locked'
  | 'wrong-passphrase'
  | 'retry-later'
  | 'changed'
  | 'edited-elsewhere'
  | 'deleted-elsewhere'
  | 'damaged';

/**
 * What each kind of failure tells the user by default (public/_locales, `storage_…`): message
 * names, worded when the error is made, in the language of the page that makes it (the options
 * page's, or the background's for a portal page: the browser's UI language either way).
 */
const DEFAULT_MESSAGES: Record<ProfileDbErrorKind, MessageKey> = {
  blocked: 'storage_blocked',
  quota: 'storage_quota',
  unavailable: 'storage_unavailable',
  vanished: 'storage_vanished',
  'not-found': 'storage_not_found',
  invalid: 'storage_invalid',
  locked: 'storage_locked',
  'wrong-passphrase': 'storage_wrong_passphrase',
  'retry-later': 'storage_retry_later',
  changed: 'storage_changed',
  damaged: 'storage_damaged',
  'edited-elsewhere': 'storage_edited_elsewhere',
  'deleted-elsewhere': 'storage_deleted_elsewhere',
};

/** A storage failure with a kind the UI can act on and a message for the user in the UI's language. */
export class ProfileDbError extends Error {
  readonly kind: ProfileDbErrorKind;
  /** Text to show as is, in the UI's language (the kind's default message unless the thrower words its own). */
  readonly userMessage: string;
  constructor(kind: ProfileDbErrorKind, userMessage = t(DEFAULT_MESSAGES[kind]), options?: { cause?: unknown }) {
    super(userMessage, options);
    this.name = 'ProfileDbError';
    this.kind = kind;
    this.userMessage = userMessage;
  }
}

function toDbError(e: unknown): ProfileDbError {
  if (e instanceof ProfileDbError) return e;
  const name = e instanceof Error || e instanceof DOMException ? e.name : '';
  if (name === 'QuotaExceededError') return new ProfileDbError('quota', undefined, { cause: e });
  // The database was made by a newer copy of the helper (then an older one was installed):
  // not private mode, which the general message suggests.
  if (name === 'VersionError') return new ProfileDbError('unavailable', t('storage_newer_database'), { cause: e });
  return new ProfileDbError('unavailable', undefined, { cause: e });
}

let connection: Promise<ProfileDb> | null = null;

/**
 * Opens (and upgrades) the profile database, once per page; later calls share the connection.
 * If another page of the extension still holds an older version, the upgrade is blocked: this
 * rejects at once with kind 'blocked' instead of hanging; a later call tries again. When a newer
 * version wants to open elsewhere, this page's connection closes itself so it never blocks.
 * @returns the idb database
 * @throws ProfileDbError 'blocked' | 'unavailable'
 */
export function openProfileDb(): Promise<ProfileDb> {
  if (connection) return connection;
  const opening = new Promise<ProfileDb>((resolve, reject) => {
    let gaveUp = false;
    openDB<ProfileDbSchema>(PROFILE_DB_NAME, PROFILE_DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        for (let v = oldVersion; v < PROFILE_DB_VERSION; v++) UPGRADES[v]!(db, tx);
      },
      blocked() {
        gaveUp = true;
        reject(new ProfileDbError('blocked'));
      },
      blocking() {
        void closeProfileDb();
      },
      terminated() {
        connection = null;
      },
    }).then(
      (db) => {
        // Opened after we reported 'blocked': nobody waits for it, and keeping it open would block again.
        if (gaveUp) db.close();
        else resolve(db);
      },
      (e: unknown) => reject(toDbError(e)),
    );
  });
  connection = opening;
  opening.catch(() => {
    if (connection === opening) connection = null;
  });
  return opening;
}

/** Closes this page's connection (tests; and when a newer version needs the database). */
export async function closeProfileDb(): Promise<void> {
  const current = connection;
  connection = null;
  if (current) (await current.catch(() => null))?.close();
}

/**
 * Runs work on the open database, turning any failure into a ProfileDbError.
 * @param work reads and writes through the given database
 * @returns what work returns
 * @throws ProfileDbError (others become 'quota' or 'unavailable')
 */
export async function runProfileDb<T>(work: (db: ProfileDb) => Promise<T>): Promise<T> {
  try {
    return await work(await openProfileDb());
  } catch (e) {
    throw toDbError(e);
  }
}
const run = runProfileDb;

/** Aborts a transaction that may already have finished, and waits for it to settle. */
async function abandon(tx: { abort(): void; done: Promise<void> }): Promise<void> {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted: nothing to undo.
  }
  await tx.done.catch(() => undefined);
}

/**
 * Runs writes in one readwrite transaction over every store, all or nothing: if `work` throws
 * (even synchronously, where IndexedDB itself would still commit the earlier writes) the
 * transaction is aborted. It first checks that the protection the records were sealed for is
 * still the current one, so a page never writes clear records into a protected store or the
 * other way round.
 * @param db the open database
 * @param keyId the ProtectionRecord.keyId the writes were prepared for; null = in clear
 * @param work the writes (IndexedDB requests only: no other awaits)
 * @returns what work returns, after the transaction completed
 * @throws ProfileDbError 'changed' when the protection differs; what work throws
 */
export async function writeProfileTransaction<T>(db: ProfileDb, keyId: string | null, work: (tx: ProfileWriteTx) => Promise<T>): Promise<T> {
  const tx = db.transaction(WRITE_STORES, 'readwrite');
  try {
    const current = await tx.objectStore('protection').get(PROTECTION_KEY);
    if ((current?.keyId ?? null) !== keyId) throw new ProfileDbError('changed');
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (e) {
    await abandon(tx);
    throw e;
  }
}

/**
 * The current protection record.
 * @returns the record, or null when profiles are stored in clear
 */
export async function readProtection(db: ProfileDb): Promise<ProtectionRecord | null> {
  return (await db.get('protection', PROTECTION_KEY)) ?? null;
}

/** How records are read and written now: in clear, or sealed with the unlocked key. */
type Access = { keyId: null; key: null } | { keyId: string; key: CryptoKey };

/** @throws ProfileDbError 'locked' when protection is on and this session holds no key for it */
async function currentAccess(db: ProfileDb): Promise<Access> {
  const protection = await readProtection(db);
  if (!protection) return { keyId: null, key: null };
  const key = await readSessionKey(protection.keyId);
  if (!key) throw new ProfileDbError('locked');
  return { keyId: protection.keyId, key };
}

/**
 * A stored record in clear.
 * @param record as read from the `profiles` store
 * @param key the unlocked key; null while protection is off
 * @returns the record, opened when sealed
 * @throws ProfileDbError 'damaged' when a sealed record does not open with the key (or there is none)
 */
export async function revealRecord(record: ProfileRecord, key: CryptoKey | null): Promise<StoredProfile> {
  if (!isSealedRecord(record)) return record;
  if (!key) throw new ProfileDbError('damaged');
  try {
    return await openRecord(record, key);
  } catch (e) {
    throw new ProfileDbError('damaged', undefined, { cause: e });
  }
}
const reveal = (record: ProfileRecord, access: Access) => revealRecord(record, access.key);

/** A record as it must be stored now. */
function seal(record: StoredProfile, access: Access): Promise<ProfileRecord> {
  return access.key ? sealRecord(record, access.key) : Promise.resolve(record);
}

function newId(): string {
  return crypto.randomUUID();
}

let lastStamp = 0;
/**
 * Now as ISO 8601, strictly later than the previous stamp of this page, so profiles saved in the
 * same millisecond (a backup restore) keep their order in the createdAt index.
 */
function nextTimestamp(): string {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return new Date(lastStamp).toISOString();
}

/**
 * All stored profiles, oldest first.
 * @throws ProfileDbError 'blocked' | 'unavailable' | 'locked' | 'damaged'
 */
export function listProfiles(): Promise<StoredProfile[]> {
  return run(async (db) => {
    const access = await currentAccess(db);
    const records = await db.getAllFromIndex('profiles', 'createdAt');
    return Promise.all(records.map((r) => reveal(r, access)));
  });
}

/**
 * One stored profile.
 * @param id the profile's id
 * @returns the profile, or null when no profile has that id
 * @throws ProfileDbError 'locked' | 'damaged' and as listProfiles
 */
export function getProfile(id: string): Promise<StoredProfile | null> {
  return run(async (db) => {
    const access = await currentAccess(db);
    const record = await db.get('profiles', id);
    return record ? reveal(record, access) : null;
  });
}

/**
 * The ids of the stored profiles, readable while locked (ids are random and in clear): for
 * forgetting the progress of profiles that are gone (lib/progress/store.ts forgetProgressExcept).
 * @throws ProfileDbError 'blocked' | 'unavailable'
 */
export function getProfileIds(): Promise<string[]> {
  return run((db) => db.getAllKeys('profiles'));
}

/** The id of the active profile, or null when none is chosen. */
export function getActiveProfileId(): Promise<string | null> {
  // Readable while locked: ids are random and in clear.
  return run(async (db) => activeIdOf(await db.get('meta', ACTIVE_KEY)));
}

/**
 * The profile autofill and the checks read.
 * @returns the active profile, or null when none is chosen (or it was deleted elsewhere)
 * @throws ProfileDbError 'locked' when it is sealed and this session holds no key | 'damaged'
 */
export function getActiveProfile(): Promise<StoredProfile | null> {
  return run(async (db) => {
    const tx = db.transaction(['meta', 'profiles'], 'readonly');
    const id = activeIdOf(await tx.objectStore('meta').get(ACTIVE_KEY));
    const stored = id ? await tx.objectStore('profiles').get(id) : undefined;
    await tx.done;
    return stored ? reveal(stored, await currentAccess(db)) : null;
  });
}

/** What a caller hands to saveProfile. */
export interface ProfileDraft {
  /** Existing id to overwrite; omitted = a new profile. */
  id?: string;
  /** The profile; a `photo.dataUrl` in it becomes the stored Blob (unless `photo` is given). */
  profile: Profile;
  /** New photo Blob; null removes the photo; undefined keeps the stored one (or takes profile.photo). */
  photo?: Blob | null;
  /** File name etc. of `photo` when `photo` is a new Blob. */
  photoInfo?: PhotoInfo | null;
  fileExtras?: Record<string, unknown>;
  /**
   * The `updatedAt` of the stored record the draft was made from (an editor's copy). The save is
   * refused when the record has changed or was deleted since, instead of overwriting the newer
   * data with a stale copy (probe 14a T2-T4). Omitted = no such check (import, rename).
   */
  basedOn?: string;
  /**
   * When a new profile's data was last changed (ISO 8601), for one restored from a backup: the
   * list's 修改于 then tells last year's data from this year's (helpdesk 66 HD66-4). Omitted (and
   * for an existing profile) = now.
   */
  changedAt?: string;
}

/** Validates a draft and builds the record to store (photo split off the profile). */
function buildRecord(draft: ProfileDraft, existing: StoredProfile | undefined, now: string): StoredProfile {
  const checked = validateProfile(draft.profile);
  if (!checked.ok) throw new ProfileDbError('invalid', t('storage_invalid_issues', issueLines(checked.issues).join(t('storage_issue_separator'))));
  const { photo: filePhoto, ...profile } = checked.value;
  let photo = existing?.photo ?? null;
  let photoInfo = existing?.photoInfo ?? null;
  if (draft.photo !== undefined) {
    photo = draft.photo;
    photoInfo = draft.photo ? (draft.photoInfo ?? { fileName: 'photo.jpg' }) : null;
  } else if (filePhoto) {
    const { dataUrl, ...info } = filePhoto;
    try {
      photo = dataUrlToBlob(dataUrl);
    } catch (e) {
      throw new ProfileDbError('invalid', `photo.dataUrl: ${errorText(e)}`);
    }
    photoInfo = info as PhotoInfo;
  }
  return {
    id: existing?.id ?? draft.id ?? newId(),
    profile: profile as Profile,
    photo,
    photoInfo,
    fileExtras: draft.fileExtras ?? existing?.fileExtras ?? {},
    createdAt: existing?.createdAt ?? now,
    updatedAt: (!existing && draft.changedAt) || now,
  };
}

/**
 * After a write transaction completed: notes the profile count (store-marker.ts) and tells the
 * other pages. Never rejects — the write is on disk, and a caller must not report it unsaved.
 * @param db the open database
 */
async function afterWrite(db: ProfileDb): Promise<void> {
  await markStore(db);
  announceProfilesChanged();
}

/**
 * Notes the profile count and whether protection is on (store-marker.ts), as IndexedDB holds
 * them now. Never rejects: a note not written only leaves the older one.
 * @param db the open database
 */
async function markStore(db: ProfileDb): Promise<void> {
  const now = await Promise.all([db.count('profiles'), readProtection(db)]).catch(() => null);
  if (now) await writeStoreMarker(now[0], now[1] !== null);
}

/**
 * Saves a profile (new or existing) and, if asked, makes it the active one — one transaction.
 * Resolves only after the transaction has completed.
 * @param draft the profile to store (validated against lib/profile/schema.ts)
 * @param options.activate make it the active profile
 * @returns the record as stored
 * A draft with an `id` never re-creates a record deleted meanwhile; with `basedOn` it is refused
 * when the record changed since (both checked inside the write transaction).
 * @throws ProfileDbError 'invalid' (with every bad path) | 'quota' | 'blocked' | 'unavailable' |
 *   'locked' | 'changed' (protection changed meanwhile in another page) | 'deleted-elsewhere' |
 *   'edited-elsewhere'
 */
export function saveProfile(draft: ProfileDraft, options: { activate?: boolean } = {}): Promise<StoredProfile> {
  return run(async (db) => {
    const access = await currentAccess(db);
    const existingRecord = draft.id ? await db.get('profiles', draft.id) : undefined;
    if (draft.id && !existingRecord) throw new ProfileDbError('deleted-elsewhere');
    const existing = existingRecord ? await reveal(existingRecord, access) : undefined;
    const record = buildRecord(draft, existing, nextTimestamp());
    const stored = await seal(record, access);
    await writeProfileTransaction(db, access.keyId, async (tx) => {
      const profiles = tx.objectStore('profiles');
      if (draft.id) {
        // Read again here: sealing awaited outside the transaction, where another page may have written.
        const current = await profiles.get(draft.id);
        if (!current) throw new ProfileDbError('deleted-elsewhere');
        if (current.updatedAt !== (draft.basedOn ?? existingRecord?.updatedAt)) throw new ProfileDbError('edited-elsewhere');
      }
      await profiles.put(stored);
      if (options.activate) await tx.objectStore('meta').put(record.id, ACTIVE_KEY);
    });
    await afterWrite(db);
    return record;
  });
}

/**
 * Saves several profiles in one transaction (backup restore): all are stored or none.
 * @param drafts profiles to add, each with a fresh id unless `id` is given
 * @param activeIndex index in `drafts` of the profile to make active, or null to keep the current one
 * @returns the stored records, in order
 * @throws ProfileDbError as saveProfile
 */
export function saveProfiles(drafts: readonly ProfileDraft[], activeIndex: number | null): Promise<StoredProfile[]> {
  return run(async (db) => {
    const access = await currentAccess(db);
    const records = drafts.map((d) => buildRecord(d, undefined, nextTimestamp()));
    const stored = await Promise.all(records.map((r) => seal(r, access)));
    await writeProfileTransaction(db, access.keyId, async (tx) => {
      for (const r of stored) await tx.objectStore('profiles').put(r);
      const active = activeIndex === null ? undefined : records[activeIndex];
      if (active) await tx.objectStore('meta').put(active.id, ACTIVE_KEY);
    });
    await afterWrite(db);
    return records;
  });
}

/**
 * Puts back a record exactly as it was (undo of a delete), keeping id and timestamps.
 * @param record a record returned by deleteProfile
 * @param activate make it the active profile again
 */
export function restoreProfile(record: StoredProfile, activate: boolean): Promise<void> {
  return run(async (db) => {
    const access = await currentAccess(db);
    const stored = await seal(record, access);
    await writeProfileTransaction(db, access.keyId, async (tx) => {
      await tx.objectStore('profiles').put(stored);
      if (activate) await tx.objectStore('meta').put(record.id, ACTIVE_KEY);
    });
    await afterWrite(db);
  });
}

/**
 * Chooses the profile autofill and the checks read.
 * @param id an existing profile's id
 * @throws ProfileDbError 'not-found' when no profile has that id
 */
export function setActiveProfile(id: string): Promise<void> {
  return run(async (db) => {
    const tx = db.transaction(['profiles', 'meta'], 'readwrite');
    if (!(await tx.objectStore('profiles').getKey(id))) {
      await abandon(tx);
      throw new ProfileDbError('not-found');
    }
    await tx.objectStore('meta').put(id, ACTIVE_KEY);
    await tx.done;
    announceProfilesChanged();
  });
}

/**
 * Deletes a profile and, in the same transaction, its kept unsaved edits (so a profile deleted
 * in another tab leaves none behind). If it was active, the oldest remaining profile becomes
 * active (or none).
 * @param id the profile's id
 * @returns the deleted record and whether it was active (for undo with restoreProfile)
 * @throws ProfileDbError 'not-found' | 'locked' | 'changed'
 */
export function deleteProfile(id: string): Promise<{ deleted: StoredProfile; wasActive: boolean }> {
  return run(async (db) => {
    // The key is needed to hand back the deleted record for undo, so a locked store deletes nothing.
    const access = await currentAccess(db);
    const result = await writeProfileTransaction(db, access.keyId, async (tx) => {
      const profiles = tx.objectStore('profiles');
      const deleted = await profiles.get(id);
      if (!deleted) throw new ProfileDbError('not-found');
      const wasActive = (await tx.objectStore('meta').get(ACTIVE_KEY)) === id;
      await profiles.delete(id);
      await tx.objectStore('meta').delete(allUnsavedDraftKeys(id));
      if (wasActive) {
        const next = await profiles.index('createdAt').openCursor();
        if (next) await tx.objectStore('meta').put(next.value.id, ACTIVE_KEY);
        else await tx.objectStore('meta').delete(ACTIVE_KEY);
      }
      return { deleted, wasActive };
    });
    await afterWrite(db);
    return { deleted: await reveal(result.deleted, access), wasActive: result.wasActive };
  });
}

/**
 * Copies a profile under a new label ("复制去年的申报"), photo included; the copy is not active.
 * @param id the profile to copy
 * @param newLabel the copy's label (non-empty)
 * @returns the new record
 * @throws ProfileDbError 'not-found' | 'invalid'
 */
export async function duplicateProfile(id: string, newLabel: string): Promise<StoredProfile> {
  const source = await getProfile(id);
  if (!source) throw new ProfileDbError('not-found');
  return saveProfile({
    profile: structuredClone({ ...source.profile, label: newLabel }),
    photo: source.photo,
    photoInfo: source.photoInfo,
    fileExtras: structuredClone(source.fileExtras),
  });
}

/**
 * Renames a profile.
 * @param id the profile's id
 * @param label the new label (non-empty)
 * @throws ProfileDbError 'not-found' | 'invalid'
 */
export async function renameProfile(id: string, label: string): Promise<StoredProfile> {
  const source = await getProfile(id);
  if (!source) throw new ProfileDbError('not-found');
  return saveProfile({ id, profile: { ...source.profile, label } });
}

/**
 * Notices stored data that vanished: the marker outside IndexedDB (store-marker.ts) says profiles
 * were saved, or passphrase protection was on, but the database holds no profile and no
 * protection — site data cleared, storage evicted. Cleared with the profiles, protection is off
 * from then on, and the user is told so too (breaker 32p item 4), not only that profiles are gone.
 * @returns a ProfileDbError of kind 'vanished' naming how many, when, and that protection is now
 *   off if it was on; null when all is well
 */
export async function checkForVanishedProfiles(): Promise<ProfileDbError | null> {
  const marker = await readStoreMarker();
  if (!marker || (marker.profileCount === 0 && !marker.protectionOn)) return null;
  const [count, protection] = await run((db) => Promise.all([db.count('profiles'), readProtection(db)]));
  if (count > 0 || (marker.protectionOn && protection)) return null;
  const when = marker.writtenAt.slice(0, 16).replace('T', ' ');
  if (!marker.protectionOn) return new ProfileDbError('vanished', tCount('storage_vanished_profiles', marker.profileCount, when));
  const gone = marker.profileCount > 0 ? tCount('storage_vanished_protected_profiles', marker.profileCount, when) : t('storage_vanished_protection', when);
  return new ProfileDbError('vanished', t('storage_vanished_protection_off', gone));
}

/**
 * Accepts the current (empty) state after the user saw the 'vanished' message, so it is not shown again.
 */
export async function acknowledgeVanishedProfiles(): Promise<void> {
  await run(markStore);
}

/**
 * Asks the browser to keep this extension's storage under pressure (navigator.storage.persist();
 * the manifest also holds `unlimitedStorage`).
 * @returns 'persisted' when granted (now or before), 'denied', or 'unsupported' when the API is missing
 */
export async function requestPersistentStorage(): Promise<'persisted' | 'denied' | 'unsupported'> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  if (await storage.persisted()) return 'persisted';
  return (await storage.persist()) ? 'persisted' : 'denied';
}
