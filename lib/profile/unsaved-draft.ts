import type { Profile } from './schema';
import { allUnsavedDraftKeys, profileIdOfUnsavedDraftKey, readProtection, runProfileDb, unsavedDraftKey, writeProfileTransaction, type ProfileDb } from './db';
import { openJson, sealJson, type SealedBytes } from './crypto';
import { readSessionKey } from './session-key';

/**
 * The options editor's unsaved edits, kept so that they outlive the page (probe 14a R1): Chromium
 * closes extension pages at once when the extension is updated or reloaded, with no beforeunload.
 * The next options page opened offers them back (恢复 / 丢弃).
 *
 * Only what he changed is kept (breaker 31b B3): per field, the value it had when he started and
 * his value. 恢复 puts them onto the profile as stored then, so a later save elsewhere to other
 * fields stays; a field changed both by him and elsewhere since is named in the offer.
 *
 * Kept where the profiles are: in the profile database (lib/profile/db.ts), one `meta` entry per
 * profile and options page under unsavedDraftKey(id, page), no database upgrade; a page writes and
 * drops only its own (B10). Not in browser.storage.local, which content scripts can read: the
 * extension origin's IndexedDB is out of their reach.
 * Under passphrase protection the changes are sealed with the unlocked key exactly like a stored
 * record (lib/profile/sealed-records.ts; AES-GCM bound to `draft:<id>`), so an update, which also
 * ends the session key, leaves only ciphertext that opens after 解锁 with the same passphrase;
 * while locked nothing is kept. deleteProfile drops a profile's entries in its own transaction;
 * turning protection on, off, changing the passphrase and erasing drop all of them in theirs
 * (lib/profile/protection.ts), 锁定 right after. The photo is not kept (it is chosen again from
 * its file).
 *
 * Best-effort throughout: a failed write (full disk, quota, database blocked) or read is ignored,
 * never shown, and never touches the stored profiles. A page's writes and removals run one after
 * another, so a removal (after 保存) is never overtaken by a slower, earlier write.
 */

/**
 * One field he changed: `path` is a top-level key of the profile (`label`, `awards`, a table such
 * as `education`) or `<object>.<key>` inside a form section (`basic.mobile`).
 */
export interface DraftChange {
  path: string;
  /** Its value when he started editing (the stored version the edits were made from). */
  was: unknown;
  /** His value. */
  now: unknown;
}

/** An entry as stored in the `meta` store. */
export interface UnsavedDraftEntry {
  /** ISO 8601: when the edits were kept. */
  keptAt: string;
  /** ProtectionRecord.keyId the changes are sealed for; null = kept in clear (protection off). */
  keyId: string | null;
  /** The changes in clear (keyId null). */
  changes?: DraftChange[];
  /** The sealed changes JSON (keyId set). */
  sealed?: SealedBytes;
}

/** Unsaved edits kept by earlier pages, as offered. */
export interface UnsavedDraft {
  /** ISO 8601: when they were kept (the newest entry). */
  keptAt: string;
  /** The changes the stored profile does not hold yet, newest entry first per field. */
  changes: DraftChange[];
  /** Paths of the changes whose field was also changed elsewhere since he started. */
  changedElsewhere: string[];
  /** The `meta` keys they were read from, dropped once he answers (恢复 / 丢弃). */
  keys: string[];
}

const sealContext = (profileId: string) => `draft:${profileId}`;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a DraftChange path (undefined when absent). */
export function valueAt(profile: Profile, path: string): unknown {
  const [key, sub] = path.split('.') as [string, string?];
  const top = (profile as Record<string, unknown>)[key];
  return sub === undefined ? top : isRecord(top) ? top[sub] : undefined;
}

/** The profile with `value` at a DraftChange path (a new object; the argument is not changed). */
export function withValueAt(profile: Profile, path: string, value: unknown): Profile {
  const [key, sub] = path.split('.') as [string, string?];
  const top = (profile as Record<string, unknown>)[key];
  return { ...profile, [key]: sub === undefined ? value : { ...(isRecord(top) ? top : {}), [sub]: value } } as Profile;
}

/**
 * The fields changed in `draft` against `base`: top-level values compared whole, except form
 * objects (basic, application), compared field by field.
 * @param startedFrom values a field had when he started, where it was not `base`'s (edits restored
 *   from an earlier page, made from an older version: the conflict they carry stays, B6)
 */
export function draftChanges(base: Profile, draft: Profile, startedFrom: ReadonlyMap<string, unknown> = new Map()): DraftChange[] {
  const paths = new Set<string>();
  for (const [key, value] of Object.entries(draft)) {
    const before = (base as Record<string, unknown>)[key];
    if (same(value, before)) continue;
    if (isRecord(value) && isRecord(before)) {
      for (const sub of new Set([...Object.keys(value), ...Object.keys(before)])) if (!same(value[sub], before[sub])) paths.add(`${key}.${sub}`);
    } else paths.add(key);
  }
  return [...paths].map((path) => ({ path, was: startedFrom.has(path) ? startedFrom.get(path) : valueAt(base, path), now: valueAt(draft, path) }));
}

const queue = new Map<string, Promise<unknown>>();
/** Runs database work after the earlier work of the same `meta` key, swallowing its failure (best-effort). */
function inTurn(key: string, work: (db: ProfileDb) => Promise<unknown>): Promise<void> {
  const next = (queue.get(key) ?? Promise.resolve()).then(() => runProfileDb(work)).then(() => undefined, () => undefined);
  queue.set(key, next);
  return next;
}

/** The current protection's keyId and unlocked key; undefined when protected but locked. */
async function currentKey(db: ProfileDb): Promise<{ keyId: string | null; key: CryptoKey | null } | undefined> {
  const protection = await readProtection(db);
  if (!protection) return { keyId: null, key: null };
  const key = await readSessionKey(protection.keyId);
  return key ? { keyId: protection.keyId, key } : undefined;
}

/** A fresh id for one options page's entries. */
export const newDraftPageId = (): string => crypto.randomUUID();

/**
 * Keeps a page's unsaved changes of a profile (replacing that page's earlier ones). Never throws;
 * nothing is kept while the profiles are locked, when the protection changed meanwhile, or when
 * the profile is no longer stored (deleted in another tab). A keep that sealed with a key 锁定
 * ended meanwhile (in another tab) removes what it wrote (breaker 31b B8: lockProfiles ends the
 * key before it drops the entries, so either its drop or this check comes after the write).
 * @param profileId the stored profile's id
 * @param pageId the options page's id (newDraftPageId)
 * @param changes draftChanges of the editor's draft
 */
export function keepUnsavedDraft(profileId: string, pageId: string, changes: DraftChange[]): Promise<void> {
  const key = unsavedDraftKey(profileId, pageId);
  return inTurn(key, async (db) => {
    const access = await currentKey(db);
    if (!access) return;
    const entry: UnsavedDraftEntry = { keptAt: new Date().toISOString(), keyId: access.keyId };
    // Sealed before the transaction: a WebCrypto promise would let it commit early.
    if (access.key) entry.sealed = await sealJson(access.key, changes, sealContext(profileId));
    else entry.changes = changes;
    await writeProfileTransaction(db, access.keyId, async (tx) => {
      if (await tx.objectStore('profiles').getKey(profileId)) await tx.objectStore('meta').put(entry, key);
    });
    if (access.keyId && !(await readSessionKey(access.keyId))) await db.delete('meta', key);
  });
}

/**
 * The unsaved edits earlier pages kept of a profile that it does not hold yet, field by field the
 * newest page's.
 * @param stored the profile as stored now
 * @returns them, or null when none are kept (or all are held), the profiles are locked, or they
 *   cannot be opened (sealed for another protection, damaged); never throws
 */
export async function readUnsavedDraft(profileId: string, stored: Profile): Promise<UnsavedDraft | null> {
  try {
    await Promise.all(queue.values()); // after a removal or write this page asked for before
    return await runProfileDb(async (db) => {
      const meta = db.transaction('meta').store;
      const [keys, entries] = await Promise.all([meta.getAllKeys(allUnsavedDraftKeys(profileId)), meta.getAll(allUnsavedDraftKeys(profileId))]);
      const access = await currentKey(db);
      if (!access) return null;
      const kept: { keptAt: string; changes: DraftChange[] }[] = [];
      for (const [i, entry] of entries.entries()) {
        if (typeof entry !== 'object' || entry.keyId !== access.keyId) continue;
        const changes = access.key && entry.sealed ? await openJson(access.key, entry.sealed, sealContext(profileId)).catch(() => null) : entry.changes;
        if (!Array.isArray(changes)) continue;
        // Edits the stored profile already holds (saved since) are not offered, and go.
        if ((changes as DraftChange[]).every((c) => same(valueAt(stored, c.path), c.now))) void dropOfferedDrafts([keys[i] as string]);
        else kept.push({ keptAt: entry.keptAt, changes: changes as DraftChange[] });
      }
      kept.sort((a, b) => b.keptAt.localeCompare(a.keptAt));
      const byPath = new Map<string, DraftChange>();
      for (const { changes } of kept) for (const change of changes) if (!byPath.has(change.path)) byPath.set(change.path, change);
      const changes = [...byPath.values()].filter((c) => !same(valueAt(stored, c.path), c.now));
      if (changes.length === 0) return null;
      return {
        keptAt: kept[0]!.keptAt,
        changes,
        changedElsewhere: changes.filter((c) => !same(valueAt(stored, c.path), c.was)).map((c) => c.path),
        keys: keys as string[],
      };
    });
  } catch {
    return null;
  }
}

/** Drops a page's kept edits of a profile (保存, 放弃修改, 载入最新, typed back). Never throws. */
export function dropUnsavedDraft(profileId: string, pageId: string): Promise<void> {
  const key = unsavedDraftKey(profileId, pageId);
  return inTurn(key, (db) => db.delete('meta', key));
}

/** Drops the entries an offer was read from (恢复 / 丢弃 answered it). Never throws. */
export async function dropOfferedDrafts(keys: readonly string[]): Promise<void> {
  await Promise.all(keys.map((key) => inTurn(key, (db) => db.delete('meta', key))));
}

/** Drops every kept draft (锁定: nothing of the locked data stays behind). Never throws. */
export function dropAllUnsavedDrafts(): Promise<void> {
  return runProfileDb((db) => db.delete('meta', allUnsavedDraftKeys())).then(() => undefined, () => undefined);
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
