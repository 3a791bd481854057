import {
  deriveKeyBytes,
  importAesKey,
  keyMatchesCheck,
  makeKeyCheck,
  newKeyDerivation,
} from './crypto';
import {
  PROTECTION_KEY,
  ProfileDbError,
  allUnsavedDraftKeys,
  readProtection,
  revealRecord,
  runProfileDb,
  writeProfileTransaction,
  type ProfileDb,
  type ProtectionRecord,
} from './db';
import { sealRecord, type ProfileRecord } from './sealed-records';
import { clearSessionKey, readSessionKey, writeSessionKey } from './session-key';
import { t } from '../i18n/t';
import { writeStoreMarker } from './store-marker';
import { announceProfilesChanged } from './change-signal';
import { dropAllUnsavedDrafts, keepUnsavedDraftsAgain } from './unsaved-draft';
import { clearWrongPassphrases, noteWrongPassphrase, passphraseWait } from './passphrase-backoff';

/**
 * Optional passphrase protection of the stored profiles (issue 9): turn on, unlock, lock, change
 * the passphrase, turn off — and, for a forgotten passphrase, erase. Turning on, off and changing
 * rewrite every profile in ONE IndexedDB transaction, so the store is never half sealed: all
 * sealing and opening happens first, outside the transaction, and the transaction refuses to
 * write ('changed') if any profile or the protection changed since it was read.
 *
 * There is no recovery: the key exists only as the passphrase (and, while unlocked, in
 * browser.storage.session). A forgotten passphrase means the profiles are gone.
 */

/** Shortest passphrase accepted (characters). */
export const MIN_PASSPHRASE_LENGTH = 8;

export type ProtectionStatus =
  | { enabled: false }
  | {
      enabled: true;
      /** This browser session holds the key (unlocked in the options page since the browser started). */
      unlocked: boolean;
      /** ISO 8601: protection turned on or passphrase last changed. */
      since: string;
      /** PBKDF2 iterations of the stored key derivation. */
      iterations: number;
    };

/**
 * Whether protection is on and whether this browser session is unlocked.
 * @throws ProfileDbError 'blocked' | 'unavailable'
 */
export function getProtectionStatus(): Promise<ProtectionStatus> {
  return runProfileDb(async (db) => {
    const protection = await readProtection(db);
    if (!protection) return { enabled: false };
    return {
      enabled: true,
      unlocked: (await readSessionKey(protection.keyId)) !== null,
      since: protection.since,
      iterations: protection.derivation.iterations,
    };
  });
}

function checkNewPassphrase(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
    throw new ProfileDbError('invalid', t('passphrase_too_short', MIN_PASSPHRASE_LENGTH));
  }
}

/**
 * Derives the key of a protection from a typed passphrase, after the wait wrong passphrases
 * before it call for (passphrase-backoff.ts): while it lasts, no passphrase is tried, the right
 * one neither. A wrong one lengthens the wait, the right one ends it; nothing stored is changed.
 * @throws ProfileDbError 'retry-later' (message: passphrase_wait_earlier) | 'wrong-passphrase' (message
 *   passphrase_wait_wrong, naming the wait the next try must keep, when there is one)
 */
async function keyFromPassphrase(passphrase: string, protection: ProtectionRecord): Promise<{ bytes: Uint8Array; key: CryptoKey }> {
  const wait = await passphraseWait();
  if (wait.seconds > 0) {
    throw new ProfileDbError('retry-later', t('passphrase_wait_earlier', wait.failures, wait.seconds));
  }
  const bytes = await deriveKeyBytes(passphrase, protection.derivation);
  const key = await importAesKey(bytes);
  if (!(await keyMatchesCheck(key, protection.check))) {
    const wrong = await noteWrongPassphrase();
    throw new ProfileDbError('wrong-passphrase', wrong.seconds > 0 ? t('passphrase_wait_wrong', wrong.failures, wrong.seconds) : undefined);
  }
  await clearWrongPassphrases();
  return { bytes, key };
}

/** A new protection (fresh salt and keyId) for a passphrase. */
async function newProtection(passphrase: string): Promise<{ record: ProtectionRecord; bytes: Uint8Array; key: CryptoKey }> {
  const derivation = newKeyDerivation();
  const bytes = await deriveKeyBytes(passphrase, derivation);
  const key = await importAesKey(bytes);
  const record: ProtectionRecord = {
    keyId: crypto.randomUUID(),
    derivation,
    check: await makeKeyCheck(key),
    since: new Date().toISOString(),
  };
  return { record, bytes, key };
}

/** Every record and the protection, read in one transaction. */
interface StoreSnapshot {
  records: ProfileRecord[];
  protection: ProtectionRecord | null;
}

async function readSnapshot(db: ProfileDb): Promise<StoreSnapshot> {
  const tx = db.transaction(['profiles', 'protection'], 'readonly');
  const [records, protection] = await Promise.all([tx.objectStore('profiles').getAll(), tx.objectStore('protection').get(PROTECTION_KEY)]);
  await tx.done;
  return { records, protection: protection ?? null };
}

/** Which records exist at which version: equal strings = nobody wrote in between. */
function versionsOf(records: readonly ProfileRecord[]): string {
  return records
    .map((r) => `${r.id}@${r.updatedAt}`)
    .sort()
    .join('\n');
}

/**
 * Replaces every record and the protection in one transaction, only if the store is still as
 * the snapshot saw it. The editor's kept unsaved edits (lib/profile/unsaved-draft.ts) go in the
 * same transaction: kept in clear they must not stay beside sealed profiles, sealed they were
 * sealed for the protection that ends. The callers keep this page's again for the new one
 * (keepUnsavedDraftsAgain); other open pages do when they hear of the change.
 * @throws ProfileDbError 'changed'; storage errors (nothing written)
 */
async function rewriteAll(db: ProfileDb, before: StoreSnapshot, records: readonly ProfileRecord[], protection: ProtectionRecord | null): Promise<void> {
  await writeProfileTransaction(db, before.protection?.keyId ?? null, async (tx) => {
    if (versionsOf(await tx.objectStore('profiles').getAll()) !== versionsOf(before.records)) throw new ProfileDbError('changed');
    for (const record of records) await tx.objectStore('profiles').put(record);
    if (protection) await tx.objectStore('protection').put(protection, PROTECTION_KEY);
    else await tx.objectStore('protection').delete(PROTECTION_KEY);
    await tx.objectStore('meta').delete(allUnsavedDraftKeys());
  });
  await writeStoreMarker(records.length, protection !== null);
}

/**
 * Keeps the new key for this session once a protection change has COMMITTED. Best effort: when
 * browser.storage.session refuses it, the change is still made (the profiles are sealed with the
 * new passphrase) and must be reported so, not as a failure that leaves the user believing the
 * old passphrase still opens them (breaker 31q F3); this page is then locked, and the new
 * passphrase unlocks it. The other pages are told either way.
 * @param keyId the committed protection's keyId
 * @param bytes its raw key bytes
 */
async function keepCommittedKey(keyId: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeSessionKey(keyId, bytes);
  } catch (e) {
    console.warn('[zc] the new key was not kept for this session: unlock with the new passphrase', e);
    announceProfilesChanged();
  }
}

/** The snapshot's protection, which must exist. @throws ProfileDbError 'changed' when it is off */
function requireProtection(snapshot: StoreSnapshot): ProtectionRecord {
  if (!snapshot.protection) throw new ProfileDbError('changed');
  return snapshot.protection;
}

/**
 * Turns protection on: seals every stored profile with a key derived from the passphrase, all in
 * one transaction, and leaves this browser session unlocked (locked, should the browser refuse to
 * keep the key: keepCommittedKey). The new passphrase starts with no wrong tries: those this
 * session counted were against a protection that no longer exists (breaker 61 finding 1).
 * @param passphrase at least MIN_PASSPHRASE_LENGTH characters
 * @throws ProfileDbError 'invalid' (passphrase too short) | 'changed' (already on, or profiles
 *   changed meanwhile) | storage errors — in every case nothing was changed
 */
export async function enableProtection(passphrase: string): Promise<void> {
  checkNewPassphrase(passphrase);
  return runProfileDb(async (db) => {
    const before = await readSnapshot(db);
    if (before.protection) throw new ProfileDbError('changed');
    const fresh = await newProtection(passphrase);
    const sealed = await Promise.all(before.records.map(async (r) => sealRecord(await revealRecord(r, null), fresh.key)));
    await rewriteAll(db, before, sealed, fresh.record);
    // Wrong tries left in this session were made against a protection that is gone (erased for a
    // forgotten passphrase, or the store cleared): they must not hold back the new passphrase.
    await clearWrongPassphrases();
    await keepCommittedKey(fresh.record.keyId, fresh.bytes);
  }).then(keepUnsavedDraftsAgain);
}

/**
 * Turns protection off: opens every profile and stores it in clear, one transaction; forgets the
 * session key.
 * @param passphrase the current passphrase
 * @throws ProfileDbError 'wrong-passphrase' | 'retry-later' | 'changed' | 'damaged' | storage errors — nothing changed
 */
export function disableProtection(passphrase: string): Promise<void> {
  return runProfileDb(async (db) => {
    const before = await readSnapshot(db);
    const { key } = await keyFromPassphrase(passphrase, requireProtection(before));
    const clear = await Promise.all(before.records.map((r) => revealRecord(r, key)));
    await rewriteAll(db, before, clear, null);
    await clearSessionKey();
  }).then(keepUnsavedDraftsAgain);
}

/**
 * Changes the passphrase: new salt and key, every profile re-sealed, one transaction; this
 * session stays unlocked with the new key (locked, should the browser refuse to keep it:
 * keepCommittedKey).
 * @param current the current passphrase
 * @param next the new passphrase, at least MIN_PASSPHRASE_LENGTH characters
 * @throws ProfileDbError 'invalid' | 'wrong-passphrase' | 'retry-later' | 'changed' | 'damaged' | storage errors — nothing changed
 */
export async function changePassphrase(current: string, next: string): Promise<void> {
  checkNewPassphrase(next);
  return runProfileDb(async (db) => {
    const before = await readSnapshot(db);
    const { key } = await keyFromPassphrase(current, requireProtection(before));
    const clear = await Promise.all(before.records.map((r) => revealRecord(r, key)));
    const fresh = await newProtection(next);
    const sealed = await Promise.all(clear.map((r) => sealRecord(r, fresh.key)));
    await rewriteAll(db, before, sealed, fresh.record);
    await keepCommittedKey(fresh.record.keyId, fresh.bytes);
  }).then(keepUnsavedDraftsAgain);
}

/**
 * Unlocks for this browser session: the key goes to browser.storage.session, where the
 * background finds it to answer content scripts. A wrong passphrase touches no profile.
 * @param passphrase the typed passphrase
 * @throws ProfileDbError 'wrong-passphrase' | 'retry-later' | 'changed' (protection is off) | storage errors
 */
export function unlockProfiles(passphrase: string): Promise<void> {
  return runProfileDb(async (db) => {
    const protection = await readProtection(db);
    if (!protection) throw new ProfileDbError('changed');
    const { bytes } = await keyFromPassphrase(passphrase, protection);
    await writeSessionKey(protection.keyId, bytes);
  });
}

/**
 * Locks: forgets the session key (the 锁定 button) and drops the edits kept for the next page
 * (lib/profile/unsaved-draft.ts): nothing of the locked data stays readable. Profiles stay sealed.
 */
export async function lockProfiles(): Promise<void> {
  // The key first: a keep sealed before then and written after the drop sees it gone (unsaved-draft.ts).
  await clearSessionKey();
  await dropAllUnsavedDrafts();
}

/**
 * For a forgotten passphrase: deletes every (sealed) profile, the kept unsaved edits (in `meta`)
 * and the protection, in one transaction, then forgets the wrong tries counted against it. The only way back to a usable store; the user confirms it first.
 * @throws ProfileDbError storage errors (nothing deleted)
 */
export function eraseProtectedProfiles(): Promise<void> {
  return runProfileDb(async (db) => {
    const protection = await readProtection(db);
    await writeProfileTransaction(db, protection?.keyId ?? null, async (tx) => {
      await tx.objectStore('profiles').clear();
      await tx.objectStore('meta').clear();
      await tx.objectStore('protection').clear();
    });
    await clearSessionKey();
    // The guesses at the forgotten passphrase end with it (breaker 61 finding 1).
    await clearWrongPassphrases();
    await writeStoreMarker(0, false);
  });
}
