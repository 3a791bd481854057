import { browser } from 'wxt/browser';
import { base64ToBytes, bytesToBase64, importAesKey, KEY_BYTES } from './crypto';
import { announceProfilesChanged } from './change-signal';

/**
 * The unlocked profile key, kept in `browser.storage.session`: held in memory by the browser,
 * gone when the browser closes, and readable only by the extension's own pages and service
 * worker — content scripts cannot read it unless the extension calls
 * `storage.session.setAccessLevel('TRUSTED_AND_UNTRUSTED_CONTEXTS')`, which it never does
 * (default TRUSTED_CONTEXTS: Chrome and MDN storage.session / setAccessLevel docs). The
 * background reads it to answer content scripts; the options page writes it on unlock.
 *
 * A CryptoKey cannot be put in storage, so the raw key bytes are kept (base64, as the area
 * stores JSON) with the id of the protection they belong to: after a passphrase change
 * elsewhere, an old key no longer matches and counts as locked.
 */

const SESSION_ENTRY = 'zc.profileKey';

interface SessionKeyEntry {
  /** ProtectionRecord.keyId the key belongs to. */
  keyId: string;
  /** KEY_BYTES bytes, base64. */
  key: string;
}

function isEntry(value: unknown): value is SessionKeyEntry {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as SessionKeyEntry).keyId === 'string' &&
    typeof (value as SessionKeyEntry).key === 'string'
  );
}

/**
 * Keeps an unlocked key for this browser session.
 * @param keyId the protection's keyId
 * @param keyBytes KEY_BYTES raw key bytes
 */
export async function writeSessionKey(keyId: string, keyBytes: Uint8Array): Promise<void> {
  await browser.storage.session.set({ [SESSION_ENTRY]: { keyId, key: bytesToBase64(keyBytes) } satisfies SessionKeyEntry });
  // Every change of protection (turn on, new passphrase, unlock) ends here: other pages follow.
  announceProfilesChanged();
}

/**
 * The unlocked key for a protection, if this session holds it.
 * @param keyId the current protection's keyId
 * @returns an AES-GCM CryptoKey, or null when locked (no key, or a key of another protection)
 */
export async function readSessionKey(keyId: string): Promise<CryptoKey | null> {
  const got = await browser.storage.session.get(SESSION_ENTRY);
  const entry: unknown = got[SESSION_ENTRY];
  if (!isEntry(entry) || entry.keyId !== keyId) return null;
  const bytes = base64ToBytes(entry.key);
  return bytes.length === KEY_BYTES ? importAesKey(bytes) : null;
}

/** Forgets the unlocked key (the 锁定 button; turning protection off). */
export async function clearSessionKey(): Promise<void> {
  await browser.storage.session.remove(SESSION_ENTRY);
  // 锁定, turning protection off, erasing: other open options pages hide what they show.
  announceProfilesChanged();
}
