import { browser } from 'wxt/browser';
import type { Profile } from './schema';
import { readProtection, runProfileDb } from './db';
import { base64ToBytes, bytesToBase64, openJson, sealJson } from './crypto';
import { readSessionKey } from './session-key';

/**
 * The options editor's unsaved edits, kept so that they outlive the page (probe 14a R1): Chromium
 * closes extension pages at once when the extension is updated or reloaded, with no beforeunload.
 * The next options page opened offers them back (恢复 / 丢弃).
 *
 * Kept in `browser.storage.local` (the extension's own storage: not visible to web pages or
 * content-script pages, no database upgrade), one entry per profile, `zc.unsavedDraft.<id>`.
 * Under passphrase protection the profile JSON is sealed with the unlocked key exactly like a
 * stored record (lib/profile/sealed-records.ts; AES-GCM bound to `draft:<id>`), so an update,
 * which also ends the session key, leaves only ciphertext that opens after 解锁 with the same
 * passphrase; while locked nothing is kept. 锁定 and every change of protection drop all entries
 * (lib/profile/protection.ts). The photo is not kept (it is chosen again from its file).
 *
 * Best-effort throughout: a failed write (full disk, quota) or read is ignored, never shown, and
 * never touches the stored profiles. Writes and removals run one after another, so a removal
 * (after 保存) is never overtaken by a slower, earlier write.
 */

const ENTRY_PREFIX = 'zc.unsavedDraft.';

/** An entry as stored. */
interface DraftEntry {
  /** ISO 8601: when the edits were kept. */
  keptAt: string;
  /** `updatedAt` of the stored profile the edits were made from. */
  basedOn: string;
  /** ProtectionRecord.keyId the profile is sealed for; null = kept in clear (protection off). */
  keyId: string | null;
  /** The profile in clear (keyId null). */
  profile?: Profile;
  /** The sealed profile JSON, base64 (keyId set). */
  sealed?: { iv: string; data: string };
}

/** Unsaved edits kept from an earlier page. */
export interface UnsavedDraft {
  /** ISO 8601: when they were kept. */
  keptAt: string;
  /** `updatedAt` of the stored profile they were made from: differs from the stored one when it was saved since. */
  basedOn: string;
  profile: Profile;
}

const entryKey = (profileId: string) => `${ENTRY_PREFIX}${profileId}`;
const sealContext = (profileId: string) => `draft:${profileId}`;

let queue: Promise<unknown> = Promise.resolve();
/** Runs storage work after the earlier work, swallowing its failure (best-effort). */
function inTurn(work: () => Promise<void>): Promise<void> {
  const next = queue.then(work).catch(() => undefined);
  queue = next;
  return next;
}

/** The current protection's keyId and unlocked key; undefined when protected but locked. */
async function currentKey(): Promise<{ keyId: string | null; key: CryptoKey | null } | undefined> {
  const protection = await runProfileDb(readProtection);
  if (!protection) return { keyId: null, key: null };
  const key = await readSessionKey(protection.keyId);
  return key ? { keyId: protection.keyId, key } : undefined;
}

/**
 * Keeps a profile's unsaved edits (replacing earlier ones). Never throws; nothing is kept while
 * the profiles are locked.
 * @param profileId the stored profile's id
 * @param basedOn `updatedAt` of the stored version the edits were made from
 * @param profile the editor's draft
 */
export function keepUnsavedDraft(profileId: string, basedOn: string, profile: Profile): Promise<void> {
  return inTurn(async () => {
    const access = await currentKey();
    if (!access) return;
    const entry: DraftEntry = { keptAt: new Date().toISOString(), basedOn, keyId: access.keyId };
    if (access.key) {
      const sealed = await sealJson(access.key, profile, sealContext(profileId));
      entry.sealed = { iv: bytesToBase64(sealed.iv), data: bytesToBase64(new Uint8Array(sealed.data)) };
    } else entry.profile = profile;
    await browser.storage.local.set({ [entryKey(profileId)]: entry });
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
    const entry = (await browser.storage.local.get(entryKey(profileId)))[entryKey(profileId)] as DraftEntry | undefined;
    const access = entry && (await currentKey());
    if (!entry || !access || entry.keyId !== access.keyId) return null;
    const profile = access.key && entry.sealed
      ? await openJson(access.key, { iv: base64ToBytes(entry.sealed.iv), data: base64ToBytes(entry.sealed.data).buffer }, sealContext(profileId))
      : entry.profile;
    if (typeof profile !== 'object' || profile === null) return null;
    return { keptAt: entry.keptAt, basedOn: entry.basedOn, profile: profile as Profile };
  } catch {
    return null;
  }
}

/** Drops a profile's kept edits (保存, 放弃修改, 删除, 载入最新). Never throws. */
export function dropUnsavedDraft(profileId: string): Promise<void> {
  return inTurn(() => browser.storage.local.remove(entryKey(profileId)));
}

/** Every stored entry, by storage key. */
async function allEntries(): Promise<[string, DraftEntry][]> {
  const everything = await browser.storage.local.get(null);
  return Object.entries(everything).filter((e): e is [string, DraftEntry] => e[0].startsWith(ENTRY_PREFIX));
}

/** Drops every kept draft (锁定, and any change of protection: they were kept for the old one). Never throws. */
export function dropAllUnsavedDrafts(): Promise<void> {
  return inTurn(async () => browser.storage.local.remove((await allEntries()).map(([key]) => key)));
}

/**
 * The profile whose edits were kept last, for the options page to open first.
 * @returns its id, or undefined when none (or the storage cannot be read)
 */
export async function lastUnsavedDraftProfileId(): Promise<string | undefined> {
  const entries = await allEntries().catch(() => []);
  const last = entries.sort((a, b) => a[1].keptAt.localeCompare(b[1].keptAt)).at(-1);
  return last?.[0].slice(ENTRY_PREFIX.length);
}
