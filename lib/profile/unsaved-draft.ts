import type { Profile } from './schema';
import { allUnsavedDraftKeys, getProfile, profileIdOfUnsavedDraftKey, ProfileDbError, readProtection, runProfileDb, unsavedDraftKey, writeProfileTransaction, type PhotoInfo, type ProfileDb, type StoredProfile } from './db';
import { openBytes, openJson, sealBytes, sealJson, type SealedBytes } from './crypto';
import { readSessionKey } from './session-key';

/**
 * The options editor's unsaved edits, kept so that they outlive the page (probe 14a R1): Chromium
 * closes extension pages at once when the extension is updated or reloaded, with no beforeunload.
 * The next options page opened offers them back (恢复 / 丢弃).
 *
 * Only what he changed is kept (breaker 31b B3): per field, the value it had when he started and
 * his value. 恢复 puts them onto the profile as stored then, so a later save elsewhere to other
 * fields stays; a field changed both by him and elsewhere since is named in the offer. In a record
 * table (学历, 工作经历 …) a cell edit is kept per cell with its record as it was, which finds the
 * record again after another page added, removed or moved rows (fix32a) only on strong evidence
 * (placeIn; otherwise the record counts as gone, never another record); adding, removing or
 * moving rows here keeps the table whole.
 *
 * Kept where the profiles are: in the profile database (lib/profile/db.ts), one `meta` entry per
 * profile and options page under unsavedDraftKey(id, page), no database upgrade; a page writes and
 * drops only its own (B10). 恢复 / 丢弃 drop the offered entries of pages no longer open, never
 * those of a page still open (its Web Lock, holdDraftPage, says so): that page's unsaved edits
 * stay kept for a crash or update of it. Not in browser.storage.local, which content scripts can read: the
 * extension origin's IndexedDB is out of their reach.
 * Under passphrase protection the changes are sealed with the unlocked key exactly like a stored
 * record (lib/profile/sealed-records.ts; AES-GCM bound to `draft:<id>`), so an update, which also
 * ends the session key, leaves only ciphertext that opens after 解锁 with the same passphrase;
 * while locked nothing is kept. deleteProfile drops a profile's entries in its own transaction;
 * turning protection on, off, changing the passphrase and erasing drop all of them in theirs
 * (lib/profile/protection.ts), 锁定 right after; open pages then keep theirs again, sealed for the
 * new protection (keepUnsavedDraftsAgain). A new or removed photo is kept in the same entry, its
 * bytes in an entry of their own beside it (photoKeyOf; sealed apart, bound to
 * `draft:<id>:photo`; a photo is < 500 KB), written only when the photo changed since this page
 * last wrote it, not again at each pause in typing (breaker b7d item 6).
 *
 * Best-effort throughout: a failed write (full disk, quota, database blocked) or read is ignored,
 * never shown, and never touches the stored profiles (the entry is written in its own transaction),
 * except that a photo the disk has no room for is reported (the edits are kept without it). A page's writes and removals run one after
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
  /** A cell (`education[1].school`): the record as it was, which finds it again (placeIn). */
  record?: Record<string, unknown>;
}

/** A photo he picked (or removed) and has not saved. */
export interface DraftPhoto {
  /** The new photo; null = removed. */
  photo: Blob | null;
  info: PhotoInfo | null;
  /**
   * The stored photo he started from (photoPrint; null = none was stored): a stored photo that
   * differs when it is offered was saved elsewhere since (breaker b7d finding 4). Absent when
   * keeping: the photo stored then.
   */
  from?: PhotoPrint | null;
}

/** What tells a photo from another without keeping its bytes twice. */
export interface PhotoPrint {
  size: number;
  type: string;
  /** SHA-256 of the bytes, hex. */
  sha256: string;
}

/** The print of a photo (null for none). */
export async function photoPrint(photo: Blob | null | undefined): Promise<PhotoPrint | null> {
  if (!photo) return null;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await photo.arrayBuffer()));
  return { size: photo.size, type: photo.type, sha256: Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('') };
}

/** Changed-elsewhere mark of the kept photo in UnsavedDraft.changedElsewhere (not a profile path). */
export const KEPT_PHOTO_PATH = '#photo';

/** The photo as kept: its bytes travel apart (sealed under protection). */
interface KeptPhoto {
  /** MIME type; null = the photo was removed. */
  type: string | null;
  info: PhotoInfo | null;
  /** DraftPhoto.from; absent in entries kept before it was (then nothing is known). */
  from?: PhotoPrint | null;
  /**
   * SHA-256 (hex) of the bytes in the photo entry beside (photoKeyOf), which must match; absent in
   * entries kept before those existed (bytes in the entry itself).
   */
  sha256?: string;
  /** ISO 8601: when he picked (or removed) it on that page; absent in older entries (then the entry's keptAt). */
  pickedAt?: string;
}

/** What an entry keeps, sealed as one JSON under protection (entries before fix32a held only the array). */
interface KeptContent {
  changes: DraftChange[];
  /**
   * ISO 8601 per change path: when that page last changed the value, which decides the newest
   * value of a field kept by two pages, not the entry's keptAt, which each pause in typing on that
   * page renews (breaker b8c item 4). Absent in older entries (then the entry's keptAt).
   */
  at?: Record<string, string>;
  photo?: KeptPhoto;
}

/** An entry as stored in the `meta` store. */
export interface UnsavedDraftEntry {
  /** ISO 8601: when the edits were kept. */
  keptAt: string;
  /** ProtectionRecord.keyId the changes are sealed for; null = kept in clear (protection off). */
  keyId: string | null;
  /** The changes in clear (keyId null). */
  changes?: DraftChange[] | KeptContent;
  /** The sealed changes JSON (keyId set). */
  sealed?: SealedBytes;
  /** The kept photo's bytes in clear (keyId null); only in entries kept before KeptPhotoEntry. */
  photoBytes?: ArrayBuffer;
  /** The kept photo's bytes sealed (keyId set); only in entries kept before KeptPhotoEntry. */
  sealedPhoto?: SealedBytes;
}

/**
 * A kept photo's bytes, in the `meta` entry photoKeyOf(its entry's key): photoBytes in clear
 * (keyId null) or sealedPhoto. Its SHA-256 is in the (sealed) entry only, not here in clear.
 */
export type KeptPhotoEntry = Pick<UnsavedDraftEntry, 'keyId' | 'photoBytes' | 'sealedPhoto'>;

/**
 * The `meta` key of the photo bytes beside an entry: inside allUnsavedDraftKeys(profileId), so
 * whatever drops a profile's or all entries drops these too.
 */
const photoKeyOf = (key: string) => `${key}#photo`;
const isPhotoKey = (key: string) => key.endsWith('#photo');

/** Unsaved edits kept by earlier pages, as offered. */
export interface UnsavedDraft {
  /** ISO 8601: when they were kept (the newest entry). */
  keptAt: string;
  /** The changes the stored profile does not hold yet: per field, the value changed last (KeptContent.at). */
  changes: DraftChange[];
  /**
   * Paths of the changes whose field was also changed elsewhere since he started (or whose record
   * is gone), and KEPT_PHOTO_PATH when the stored photo is no longer the one he started from.
   */
  changedElsewhere: string[];
  /** The newest kept photo the stored profile does not hold; absent when none. */
  photo?: DraftPhoto;
  /**
   * Other values older entries kept for the offered fields (and photo), newest first: only the
   * newest is offered, and these are named so that none goes without a word (breaker b7d
   * finding 6).
   */
  older: OlderKept[];
  /** The `meta` keys they were read from, dropped once he answers (恢复 / 丢弃). */
  keys: string[];
}

/** A value an older entry kept for an offered field, other than the offered one and the stored one. */
export interface OlderKept {
  /** The offered change's path (UnsavedDraft.changes), or KEPT_PHOTO_PATH for another photo. */
  path: string;
  /** That entry's value (absent for a photo). */
  now?: unknown;
  /** ISO 8601: when that page changed it (or picked the photo); in entries without that time, when the entry was kept. */
  keptAt: string;
}

const sealContext = (profileId: string) => `draft:${profileId}`;
const photoContext = (profileId: string) => `draft:${profileId}:photo`;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A DraftChange path's parts: top-level key, row index of a table cell, key inside the object or row. */
export function parsePath(path: string): { key: string; index?: number; sub?: string } {
  const cell = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(path);
  if (cell) return { key: cell[1]!, index: Number(cell[2]), sub: cell[3]! };
  const [key, sub] = path.split('.') as [string, string?];
  return { key, sub };
}

/** The value at a DraftChange path (undefined when absent). */
export function valueAt(profile: Profile, path: string): unknown {
  const { key, index, sub } = parsePath(path);
  const top = (profile as Record<string, unknown>)[key];
  const holder = index === undefined ? top : Array.isArray(top) ? top[index] : undefined;
  return sub === undefined ? holder : isRecord(holder) ? holder[sub] : undefined;
}

/** The profile with `value` at a DraftChange path (a new object; the argument is not changed; a missing row stays missing). */
export function withValueAt(profile: Profile, path: string, value: unknown): Profile {
  const { key, index, sub } = parsePath(path);
  const top = (profile as Record<string, unknown>)[key];
  const set = (holder: unknown) => (sub === undefined ? value : { ...(isRecord(holder) ? holder : {}), [sub]: value });
  if (index === undefined) return { ...profile, [key]: set(top) } as Profile;
  const rows = Array.isArray(top) ? top : [];
  return { ...profile, [key]: rows.map((row, i) => (i === index ? set(row) : row)) } as Profile;
}

/** The cells (other than 记录序号, renumbered by any move) in which two records differ. */
const differingCells = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => k !== 'seq' && !same(a[k], b[k]));

/**
 * Where a change lands in a version of the profile. A table cell finds its record again only on
 * strong evidence, never by likeness (breaker b7d finding 2: two papers alike but for 题目 and
 * 发表时间 are two papers): the row equal to the record as it was (nearest its old place, 记录序号
 * aside), else the row at its old place if it differs from the record in this very cell only
 * (changed there elsewhere too: a conflict the offer names).
 * @returns the path in `profile` (other changes: their own), or null when the record is gone
 *   (removed elsewhere, or edited elsewhere in another cell, which cannot be told from a removal)
 */
export function placeIn(profile: Profile, change: DraftChange): string | null {
  const { key, index, sub } = parsePath(change.path);
  if (index === undefined || !change.record) return change.path;
  const record = change.record;
  const rows = (profile as Record<string, unknown>)[key];
  if (!Array.isArray(rows)) return null;
  const found = rows
    .map((row, i) => ({ i, same: isRecord(row) && differingCells(row, record).length === 0 }))
    .filter((r) => r.same)
    .sort((a, b) => Math.abs(a.i - index) - Math.abs(b.i - index))[0]?.i;
  const there = rows[index];
  const at = found ?? (isRecord(there) && differingCells(there, record).every((k) => k === sub) ? index : undefined);
  return at === undefined ? null : `${key}[${at}].${sub}`;
}

/**
 * Whether rows were moved (or replaced) in a table of the same length: a row now at another
 * row's old place (记录序号 aside), or a row most of whose cells changed. Such a table is kept
 * whole: kept cell by cell, 恢复 would write one record's cells over another's (breaker b7d
 * finding 3).
 */
function rowsMoved(rows: Record<string, unknown>[], before: Record<string, unknown>[]): boolean {
  return rows.some((row, i) => {
    const changed = differingCells(row, before[i]!);
    if (changed.length === 0) return false;
    const cells = new Set([...Object.keys(row), ...Object.keys(before[i]!)].filter((k) => k !== 'seq')).size;
    return changed.length * 2 > cells || before.some((old, j) => j !== i && differingCells(row, old).length === 0);
  });
}

/**
 * The fields changed in `draft` against `base`: top-level values compared whole, except form
 * objects (basic, application), compared field by field, and record tables whose rows were only
 * edited (as many rows as in `base`, none moved: rowsMoved), compared cell by cell, each cell carrying its record as in
 * `base` (placeIn).
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
    } else if (Array.isArray(value) && Array.isArray(before) && value.length === before.length && [...value, ...before].every(isRecord) && !rowsMoved(value, before)) {
      value.forEach((row: Record<string, unknown>, i) => {
        for (const sub of differingCells(row, before[i] as Record<string, unknown>)) paths.add(`${key}[${i}].${sub}`);
      });
    } else paths.add(key);
  }
  return [...paths].map((path) => {
    const { key, index } = parsePath(path);
    const change: DraftChange = { path, was: startedFrom.has(path) ? startedFrom.get(path) : valueAt(base, path), now: valueAt(draft, path) };
    if (index !== undefined) change.record = ((base as Record<string, unknown>)[key] as Record<string, unknown>[])[index];
    return change;
  });
}

const queue = new Map<string, Promise<unknown>>();
/** Runs database work after the earlier work of the same `meta` key, swallowing its failure (best-effort: undefined). */
function inTurn<T>(key: string, work: (db: ProfileDb) => Promise<T>): Promise<T | undefined> {
  const next = (queue.get(key) ?? Promise.resolve()).then(() => runProfileDb(work)).then((result) => result, () => undefined);
  queue.set(key, next);
  return next;
}

const PAGE_LOCK_PREFIX = 'zc-options-page:';
const pageIdOfKey = (key: string) => key.slice(key.lastIndexOf('/') + 1);

/**
 * Marks an options page as open for as long as it is (a Web Lock, which the browser releases when
 * the page closes, crashes or is closed by an update), so that other pages never drop its entries.
 * Without the Web Locks API nothing is marked (every page counts as closed, as before fix32a).
 * @param pageId the page's id (newDraftPageId)
 * @returns releases the mark (the page's editor goes away)
 */
export function holdDraftPage(pageId: string): () => void {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  void navigator.locks?.request(PAGE_LOCK_PREFIX + pageId, () => held).catch(() => undefined);
  return release;
}

/** The ids of the options pages open now (holdDraftPage); empty when that cannot be told. */
async function openPageIds(): Promise<Set<string>> {
  const state = await navigator.locks?.query().catch(() => undefined);
  return new Set((state?.held ?? []).flatMap((lock) => (lock.name?.startsWith(PAGE_LOCK_PREFIX) ? [lock.name.slice(PAGE_LOCK_PREFIX.length)] : [])));
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

/** What keepUnsavedDraft did: kept, kept without the photo (no room for it), or nothing (best-effort). */
export type KeepResult = 'kept' | 'photo-not-kept' | undefined;

/**
 * Keeps a page's unsaved changes of a profile (replacing that page's earlier ones). Never throws;
 * nothing is kept while the profiles are locked, when the protection changed meanwhile, or when
 * the profile is no longer stored (deleted in another tab). A keep that sealed with a key 锁定
 * ended meanwhile (in another tab) removes what it wrote (breaker 31b B8: lockProfiles ends the
 * key before it drops the entries, so either its drop or this check comes after the write).
 * @param profileId the stored profile's id
 * @param pageId the options page's id (newDraftPageId)
 * @param changes draftChanges of the editor's draft
 * @param photo the photo picked or removed and not saved; absent when unchanged
 * @returns 'photo-not-kept' when the disk (quota) had no room for the photo: the changes were kept
 *   without it; undefined when nothing was kept
 */
export function keepUnsavedDraft(profileId: string, pageId: string, changes: DraftChange[], photo?: DraftPhoto): Promise<KeepResult> {
  const key = unsavedDraftKey(profileId, pageId);
  const photoKey = photoKeyOf(key);
  const prev = keptHere.get(key);
  const time = new Date().toISOString();
  // A value (or photo) as this page kept it last keeps the time it was changed (picked) then.
  const at = Object.fromEntries(
    changes.map((c) => {
      const before = prev?.changes.find((p) => p.path === c.path);
      return [c.path, (before && same(before.now, c.now) && prev!.at[c.path]) || time];
    }),
  );
  const pickedAt = (photo && prev?.photo?.photo === photo.photo && prev.pickedAt) || time;
  const mine: KeptHere = { profileId, pageId, changes, photo, at, pickedAt };
  keptHere.set(key, mine);
  return inTurn(key, async (db): Promise<KeepResult> => {
    const access = await currentKey(db);
    if (!access) return undefined;
    const from = photo && (photo.from !== undefined ? photo.from : await photoPrint((await getProfile(profileId))?.photo));
    // Kept again later with the photo he started from, not the one stored then.
    if (photo && keptHere.get(key) === mine) mine.photo = { ...photo, from };
    const blob = photo?.photo ?? null;
    // The bytes are sealed and written only when they are not already beside the entry, for
    // this protection (a protection change drops them, and keyId differs).
    const last = photoWritten.get(key);
    const unchanged = blob !== null && last?.blob === blob && last.keyId === access.keyId && (await db.getKey('meta', photoKey)) !== undefined;
    const sha256 = blob && (unchanged ? last!.sha256 : (await photoPrint(blob))!.sha256);
    const content: KeptContent = { changes, at, ...(photo && { photo: { type: blob?.type ?? null, info: photo.info, from, ...(sha256 && { sha256 }), pickedAt } }) };
    // Sealed before the transaction: a WebCrypto promise would let it commit early.
    const bytes: KeptPhotoEntry | undefined =
      blob && !unchanged
        ? access.key
          ? { keyId: access.keyId, sealedPhoto: await sealBytes(access.key, await blob.arrayBuffer(), photoContext(profileId)) }
          : { keyId: null, photoBytes: await blob.arrayBuffer() }
        : undefined;
    const seal = async (kept: KeptContent): Promise<UnsavedDraftEntry> => {
      const entry: UnsavedDraftEntry = { keptAt: new Date().toISOString(), keyId: access.keyId };
      if (access.key) entry.sealed = await sealJson(access.key, kept, sealContext(profileId));
      else entry.changes = kept;
      return entry;
    };
    /** Writes the entry, and the photo bytes beside it: new ones, the ones there (`keepBytes`), or none. */
    const write = async (entry: UnsavedDraftEntry, photoBytes: KeptPhotoEntry | undefined, keepBytes: boolean) =>
      writeProfileTransaction(db, access.keyId, async (tx) => {
        if (!(await tx.objectStore('profiles').getKey(profileId))) return;
        const meta = tx.objectStore('meta');
        await meta.put(entry, key);
        if (photoBytes) await meta.put(photoBytes, photoKey);
        else if (!keepBytes) await meta.delete(photoKey);
      });
    let result: KeepResult = 'kept';
    try {
      await write(await seal(content), bytes, unchanged);
      if (blob && sha256) photoWritten.set(key, { blob, keyId: access.keyId, sha256 });
      else photoWritten.delete(key);
    } catch (e) {
      // No room for the photo: the typed edits at least are kept (each write is all or nothing,
      // the earlier entry stays when this one fails), and he is told the photo was not.
      if (!bytes || !isQuota(e)) throw e;
      photoWritten.delete(key);
      await write(await seal({ changes, at }), undefined, false).catch((again: unknown) => {
        if (!isQuota(again)) throw again;
      });
      result = 'photo-not-kept';
    }
    if (access.keyId && !(await readSessionKey(access.keyId))) {
      photoWritten.delete(key);
      await dropEntry(db, key);
    }
    return result;
  });
}

/** The photo whose bytes this page last wrote beside its entry, per entry key (keepUnsavedDraft). */
const photoWritten = new Map<string, { blob: Blob; keyId: string | null; sha256: string }>();

/** What this page last asked to keep, per `meta` key: kept again after a protection change (keepUnsavedDraftsAgain). */
interface KeptHere {
  profileId: string;
  pageId: string;
  changes: DraftChange[];
  photo?: DraftPhoto;
  /** KeptContent.at and KeptPhoto.pickedAt as kept. */
  at: Record<string, string>;
  pickedAt: string;
}
const keptHere = new Map<string, KeptHere>();

/**
 * Keeps this page's unsaved edits again, as last asked (keepUnsavedDraft), sealed for the
 * protection now in force: turning protection on or off and changing the passphrase drop every
 * kept entry, and an open page would otherwise keep its edits again only at its next keystroke,
 * losing them to an update in between (breaker b7d finding 5). Never throws; nothing while locked.
 */
export async function keepUnsavedDraftsAgain(): Promise<void> {
  await Promise.all([...keptHere.values()].map(({ profileId, pageId, changes, photo }) => keepUnsavedDraft(profileId, pageId, changes, photo)));
}

const isQuota = (e: unknown) => (e instanceof ProfileDbError ? e.kind === 'quota' : (e as { name?: unknown } | null)?.name === 'QuotaExceededError');

/** The photo an entry keeps, opened; undefined when none (or it cannot be opened). */
async function keptPhoto(profileId: string, entry: UnsavedDraftEntry, beside: KeptPhotoEntry | undefined, content: KeptContent, key: CryptoKey | null): Promise<DraftPhoto | undefined> {
  if (!content.photo) return undefined;
  const { type, info, from, sha256 } = content.photo;
  const start = from === undefined ? {} : { from };
  if (type === null) return { photo: null, info: null, ...start };
  const source = sha256 === undefined ? entry : beside;
  const bytes = key && source?.sealedPhoto ? await openBytes(key, source.sealedPhoto, photoContext(profileId)) : source?.photoBytes;
  const photo = bytes && new Blob([bytes], { type });
  // Bytes beside must be the ones this entry was kept with (written in the same transaction).
  return photo && (sha256 === undefined || (await photoPrint(photo))?.sha256 === sha256) ? { photo, info, ...start } : undefined;
}

/** Whether two photos (null: none) are the same bytes and type. */
async function samePhoto(x: Blob | null, y: Blob | null): Promise<boolean> {
  if (!x || !y) return x === y;
  if (x.size !== y.size || x.type !== y.type) return false;
  const [a, b] = await Promise.all([x.arrayBuffer(), y.arrayBuffer()]);
  return new Uint8Array(a).every((byte, i) => byte === new Uint8Array(b)[i]);
}

/**
 * The unsaved edits earlier pages kept of a profile that it does not hold yet, field by field the
 * value changed last on any page (KeptContent.at) among those it does not hold; table cells
 * placed in the stored table (placeIn).
 * @param stored the profile as stored now
 * @returns them, or null when none are kept (or all are held), the profiles are locked, or they
 *   cannot be opened (sealed for another protection, damaged); never throws
 */
export async function readUnsavedDraft(stored: StoredProfile): Promise<UnsavedDraft | null> {
  const profileId = stored.id;
  try {
    await Promise.all(queue.values()); // after a removal or write this page asked for before
    return await runProfileDb(async (db) => {
      const meta = db.transaction('meta').store;
      const [allKeys, entries] = await Promise.all([meta.getAllKeys(allUnsavedDraftKeys(profileId)), meta.getAll(allUnsavedDraftKeys(profileId))]);
      const byKey = new Map(allKeys.map((k, i) => [k, entries[i]]));
      const keys = allKeys.filter((k) => !isPhotoKey(k));
      const access = await currentKey(db);
      if (!access) return null;
      const placed = (c: DraftChange) => placeIn(stored.profile, c);
      const held = (c: DraftChange) => {
        const path = placed(c);
        return path !== null && same(valueAt(stored.profile, path), c.now);
      };
      /** A time kept in an entry, or the entry's keptAt where it kept none (earlier versions). */
      const timeOr = (time: unknown, keptAt: string) => (typeof time === 'string' ? time : keptAt);
      const kept: { keptAt: string; changes: { change: DraftChange; at: string }[]; photo?: DraftPhoto; pickedAt: string }[] = [];
      for (const k of keys) {
        const entry = byKey.get(k) as UnsavedDraftEntry | string | undefined;
        if (typeof entry !== 'object' || entry.keyId !== access.keyId) continue;
        const opened = access.key && entry.sealed ? await openJson(access.key, entry.sealed, sealContext(profileId)).catch(() => null) : entry.changes;
        const content = (Array.isArray(opened) ? { changes: opened } : opened) as KeptContent | null | undefined;
        if (!content || !Array.isArray(content.changes)) continue;
        const beside = byKey.get(photoKeyOf(k));
        const photo = await keptPhoto(profileId, entry, typeof beside === 'object' ? beside : undefined, content, access.key).catch(() => undefined);
        const photoNew = photo && !(await samePhoto(stored.photo ?? null, photo.photo));
        // Edits the stored profile already holds (saved since) are not offered, and go.
        if (content.changes.every(held) && !photoNew) void dropOfferedDrafts([k]);
        else
          kept.push({
            keptAt: entry.keptAt,
            changes: content.changes.map((change) => ({ change, at: timeOr(content.at?.[change.path], entry.keptAt) })),
            ...(photoNew && { photo }),
            pickedAt: timeOr(content.photo?.pickedAt, entry.keptAt),
          });
      }
      kept.sort((a, b) => b.keptAt.localeCompare(a.keptAt));
      const byPath = new Map<string, DraftChange>();
      const older: OlderKept[] = [];
      // Per field, the value changed last is the newest, whichever page kept last (breaker b8c
      // item 4); a tie goes to the entry kept last (the sort is stable).
      const typed = kept.flatMap((k) => k.changes).sort((a, b) => b.at.localeCompare(a.at));
      for (const { change, at } of typed) {
        // A value the stored profile holds is neither offered nor named: the newest other value
        // is offered instead (with the changed-elsewhere mark), as when that entry held nothing
        // else and went (breaker b8c item 3: it was dropped at 恢复 / 丢弃 without a word).
        if (held(change)) continue;
        const path = placed(change) ?? change.path;
        const newest = byPath.get(path);
        if (!newest) byPath.set(path, { ...change, path });
        // Another value of the same field, kept by an older page: named, not dropped silently.
        else if (![newest, ...older.filter((o) => o.path === path)].some((o) => same(o.now, change.now))) older.push({ path, now: change.now, keptAt: at });
      }
      const changes = [...byPath.values()];
      const [newestPhoto, ...olderPhotos] = kept.filter((k) => k.photo).sort((a, b) => b.pickedAt.localeCompare(a.pickedAt));
      const photo = newestPhoto?.photo;
      // Another photo an older page kept is named once, however many pages kept it, as values are
      // (breaker b8c item 5); told apart by their print.
      const prints = [await photoPrint(photo?.photo)];
      for (const k of olderPhotos) {
        const print = await photoPrint(k.photo!.photo);
        if (prints.some((p) => same(p, print))) continue;
        prints.push(print);
        older.push({ path: KEPT_PHOTO_PATH, keptAt: k.pickedAt });
      }
      if (changes.length === 0 && !photo) return null;
      const photoElsewhere = photo?.from !== undefined && !same(photo.from, await photoPrint(stored.photo));
      return {
        keptAt: kept[0]!.keptAt,
        changes,
        changedElsewhere: [
          ...changes.filter((c) => placed(c) === null || !same(valueAt(stored.profile, c.path), c.was)).map((c) => c.path),
          ...(photoElsewhere ? [KEPT_PHOTO_PATH] : []),
        ],
        ...(photo && { photo }),
        older: older.filter((o) => o.path === KEPT_PHOTO_PATH || (changes.some((c) => c.path === o.path) && !same(valueAt(stored.profile, o.path), o.now))),
        keys,
      };
    });
  } catch {
    return null;
  }
}

/** Drops a page's kept edits of a profile (保存, 放弃修改, 载入最新, typed back). Never throws. */
export function dropUnsavedDraft(profileId: string, pageId: string): Promise<void> {
  const key = unsavedDraftKey(profileId, pageId);
  keptHere.delete(key);
  photoWritten.delete(key);
  return inTurn(key, (db) => dropEntry(db, key));
}

/** Drops an entry and the photo bytes beside it, in one transaction. */
async function dropEntry(db: ProfileDb, key: string): Promise<void> {
  const meta = db.transaction('meta', 'readwrite').store;
  await Promise.all([meta.delete(key), meta.delete(photoKeyOf(key)), meta.transaction.done]);
}

/**
 * Drops the entries an offer was read from (恢复 / 丢弃 answered it), except those of pages still
 * open (holdDraftPage), this one included: they are theirs to drop. Never throws.
 */
export async function dropOfferedDrafts(keys: readonly string[]): Promise<void> {
  const open = await openPageIds();
  await Promise.all(keys.filter((key) => !open.has(pageIdOfKey(key))).map((key) => inTurn(key, (db) => dropEntry(db, key))));
}

/** Drops every kept draft (锁定: nothing of the locked data stays behind). Never throws. */
export function dropAllUnsavedDrafts(): Promise<void> {
  keptHere.clear();
  photoWritten.clear();
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
      const kept = entries.flatMap((entry, i) => (typeof entry === 'object' && !isPhotoKey(keys[i]!) ? [{ key: keys[i]!, keptAt: (entry as UnsavedDraftEntry).keptAt }] : []));
      const last = kept.sort((a, b) => a.keptAt.localeCompare(b.keptAt)).at(-1);
      return last && profileIdOfUnsavedDraftKey(last.key);
    });
  } catch {
    return undefined;
  }
}
