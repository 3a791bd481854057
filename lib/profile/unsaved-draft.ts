import type { Profile } from './schema';
import { allUnsavedDraftKeys, profileIdOfUnsavedDraftKey, readProtection, runProfileDb, unsavedDraftKey, writeProfileTransaction, type ProfileDb } from './db';
import { openJson, sealJson, type SealedBytes } from './crypto';
import { readSessionKey } from './session-key';

/**
 * The options editor's unsaved edits, kept so that they outlive the page (probe 14a R1): Chromium
 * closes extension pages at once when the extension is updated or reloaded, with no beforeunload.
 * The next options page opened offers them back (恢复 / 丢弃).
 *
 * Kept where the profiles are: in the profile database (lib/profile/db.ts), one `meta` entry per
 * profile under unsavedDraftKey(id), no database upgrade. Not in browser.storage.local, which
 * content scripts can read: the extension origin's IndexedDB is out of their reach.
 * Under passphrase protection the profile JSON is sealed with the unlocked key exactly like a
 * stored record (lib/profile/sealed-records.ts; AES-GCM bound to `draft:<id>`), so an update,
 * which also ends the session key, leaves only ciphertext that opens after 解锁 with the same
 * passphrase; while locked nothing is kept. deleteProfile drops a profile's entry in its own
 * transaction; turning protection on, off, changing the passphrase and erasing drop all of them
 * in theirs (lib/profile/protection.ts), 锁定 right after. The photo is not kept (it is chosen
 * again from its file).
 *
 * Best-effort throughout: a failed write (full disk, quota, database blocked) or read is ignored,
 * never shown, and never touches the stored profiles. Writes and removals run one after another,
 * so a removal (after 保存) is never overtaken by a slower, earlier write.
 */

/** An entry as stored in the `meta` store. */
export interface UnsavedDraftEntry {
  /** ISO 8601: when the edits were kept. */
  keptAt: string;
  /** `updatedAt` of the stored profile the edits were made from. */
  basedOn: string;
  /** ProtectionRecord.keyId the profile is sealed for; null = kept in clear (protection off). */
  keyId: string | null;
  /** The profile in clear (keyId null). */
  profile?: Profile;
  /** The sealed profile JSON (keyId set). */
  sealed?: SealedBytes;
}

/** Unsaved edits kept from an earlier page. */
export interface UnsavedDraft {
  /** ISO 8601: when they were kept. */
  keptAt: string;
  /** `updatedAt` of the stored profile they were made from: differs from the stored one when it was saved since. */
  basedOn: string;
  profile: Profile;
}

const sealContext = (profileId: string) => `draft:${profileId}`;

let queue: Promise<unknown> = Promise.resolve();
/** Runs database work after the earlier work, swallowing its failure (best-effort). */
function inTurn(work: (db: ProfileDb) => Promise<unknown>): Promise<void> {
  const next = queue.then(() => runProfileDb(work)).then(() => undefined, () => undefined);
  queue = next;
  return next;
}

/** The current protection's keyId and unlocked key; undefined when protected but locked. */
async function currentKey(db: ProfileDb): Promise<{ keyId: string | null; key: CryptoKey | null } | undefined> {
  const protection = await readProtection(db);
  if (!protection) return { keyId: null, key: null };
  const key = await readSessionKey(protection.keyId);
  return key ? { keyId: protection.keyId, key } : undefined;
}

/**
 * Keeps a profile's unsaved edits (replacing earlier ones). Never throws; nothing is kept while
 * the profiles are locked, when the protection changed meanwhile, or when the profile is no
 * longer stored (deleted in another tab).
 * @param profileId the stored profile's id
 * @param basedOn `updatedAt` of the stored version the edits were made from
 * @param profile the editor's draft
 */
export function keepUnsavedDraft(profileId: string, basedOn: string, profile: Profile): Promise<void> {
  return inTurn(async (db) => {
    const access = await currentKey(db);
    if (!access) return;
    const entry: UnsavedDraftEntry = { keptAt: new Date().toISOString(), basedOn, keyId: access.keyId };
    // Sealed before the transaction: a WebCrypto promise would let it commit early.
    if (access.key) entry.sealed = await sealJson(access.key, profile, sealContext(profileId));
    else entry.profile = profile;
    await writeProfileTransaction(db, access.keyId, async (tx) => {
      if (await tx.objectStore('profiles').getKey(profileId)) await tx.objectStore('meta').put(entry, unsavedDraftKey(profileId));
    });
  });
}

/**
 * The unsaved edits kept for a profile.
 * @param profileId the stored profile's id
 * @returns them, or null when none are kept, the profiles are locked, or they cannot be opened
 *   (sealed for another protection, damaged); never throws
 */
export async function readUnsavedDraft(profileId: string): Promise<UnsavedDraft | null> {
  try {
    await queue; // after a removal or write asked for before
    return await runProfileDb(async (db) => {
      const entry = await db.get('meta', unsavedDraftKey(profileId));
      const access = typeof entry === 'object' && (await currentKey(db));
      if (typeof entry !== 'object' || !access || entry.keyId !== access.keyId) return null;
      const profile = access.key && entry.sealed ? await openJson(access.key, entry.sealed, sealContext(profileId)) : entry.profile;
      if (typeof profile !== 'object' || profile === null) return null;
      return { keptAt: entry.keptAt, basedOn: entry.basedOn, profile: profile as Profile };
    });
  } catch {
    return null;
  }
}

/** Drops a profile's kept edits (保存, 放弃修改, 载入最新). Never throws. */
export function dropUnsavedDraft(profileId: string): Promise<void> {
  return inTurn((db) => db.delete('meta', unsavedDraftKey(profileId)));
}

/** Drops every kept draft (锁定: nothing of the locked data stays behind). Never throws. */
export function dropAllUnsavedDrafts(): Promise<void> {
  return inTurn((db) => db.delete('meta', allUnsavedDraftKeys()));
}

/**
 * The profile whose edits were kept last, for the options page to open first.
 * @returns its id, or undefined when none (or the database cannot be read)
 */
export async function lastUnsavedDraftProfileId(): Promise<string | undefined> {
  try {
    return await runProfileDb(async (db) => {
      const meta = db.transaction('meta').store;
      const [keys, entries] = await Promise.all([meta.getAllKeys(allUnsavedDraftKeys()), meta.getAll(allUnsavedDraftKeys())]);
      const kept = entries.flatMap((entry, i) => (typeof entry === 'object' ? [{ key: keys[i]!, keptAt: entry.keptAt }] : []));
      const last = kept.sort((a, b) => a.keptAt.localeCompare(b.keptAt)).at(-1);
      return last && profileIdOfUnsavedDraftKey(last.key);
    });
  } catch {
    return undefined;
  }
}
