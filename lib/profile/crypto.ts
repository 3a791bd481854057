/**
 * Passphrase encryption of stored profiles (issue 9), as pure functions over WebCrypto
 * (`globalThis.crypto.subtle`: extension pages, the service worker, Node 20 in unit tests).
 *
 * - Key derivation: PBKDF2-HMAC-SHA-256, 600,000 iterations (OWASP Password Storage Cheat Sheet,
 *   2023 figure for PBKDF2-HMAC-SHA256), random 16-byte salt → 32 bytes = an AES-256 key.
 * - Encryption: AES-256-GCM with a fresh random 96-bit IV per sealed value (NIST SP 800-38D
 *   §8.2.2, random IV construction) and a 128-bit tag, so a changed byte or a wrong key is
 *   refused instead of decrypting to garbage. Additional data binds a ciphertext to what it is
 *   (record id and part), so sealed values cannot be swapped between records unnoticed.
 * - Key check: a known constant sealed with the key, stored beside the salt; a wrong passphrase
 *   fails to open it, without touching any profile.
 */

/** PBKDF2 iterations for new keys (see above). Stored with each key, so it can rise later. */
export const PBKDF2_ITERATIONS = 600_000;
/** Salt length in bytes. */
export const SALT_BYTES = 16;
/** AES-GCM IV length in bytes (96 bits). */
export const IV_BYTES = 12;
/** Raw key length in bytes (AES-256). */
export const KEY_BYTES = 32;

/** What the key check seals; opening it proves the key is right. */
const KEY_CHECK_TEXT = 'zc-profile key check v1';
const KEY_CHECK_CONTEXT = 'key-check';

/** A value encrypted with AES-GCM: ciphertext (tag appended, as WebCrypto returns it) and its IV. */
export interface SealedBytes {
  /** 12 random bytes. */
  iv: Uint8Array<ArrayBuffer>;
  /** Ciphertext followed by the 16-byte tag. */
  data: ArrayBuffer;
}

/** How a key was derived from the passphrase (stored, not secret). */
export interface KeyDerivation {
  name: 'PBKDF2-SHA-256';
  iterations: number;
  /** SALT_BYTES random bytes. */
  salt: Uint8Array<ArrayBuffer>;
}

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;
const encoder = new TextEncoder();

/**
 * Random bytes from the platform's CSPRNG.
 * @param length number of bytes
 */
export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

/**
 * A new derivation recipe: fresh random salt, PBKDF2_ITERATIONS.
 * @param iterations override for tests of the format only; production uses the default
 */
export function newKeyDerivation(iterations = PBKDF2_ITERATIONS): KeyDerivation {
  return { name: 'PBKDF2-SHA-256', iterations, salt: randomBytes(SALT_BYTES) };
}

/**
 * Derives the raw AES-256 key bytes from a passphrase (slow on purpose: about 0.3 s in Node 20
 * on this machine for 600,000 iterations).
 * @param passphrase the user's passphrase (any Unicode; encoded as UTF-8, not normalised)
 * @param derivation salt and iteration count
 * @returns KEY_BYTES bytes (to keep in browser.storage.session and import with importAesKey)
 */
export async function deriveKeyBytes(passphrase: string, derivation: KeyDerivation): Promise<Uint8Array<ArrayBuffer>> {
  const material = await subtle().importKey('raw', encoder.encode(passphrase), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle().deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: derivation.salt, iterations: derivation.iterations },
    material,
    KEY_BYTES * 8,
  );
  return new Uint8Array(bits);
}

/**
 * Turns raw key bytes into a non-extractable AES-GCM CryptoKey for encrypt/decrypt.
 * @param keyBytes KEY_BYTES bytes from deriveKeyBytes
 * @throws DOMException when the length is not a valid AES key length
 */
export function importAesKey(keyBytes: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return subtle().importKey('raw', keyBytes, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/**
 * Encrypts bytes under a fresh random IV.
 * @param key AES-GCM key
 * @param plain the bytes to seal
 * @param context what the bytes are (e.g. `record:<id>:json`); must be given again to open them
 */
export async function sealBytes(key: CryptoKey, plain: BufferSource, context: string): Promise<SealedBytes> {
  const iv = randomBytes(IV_BYTES);
  const data = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(context) }, key, plain);
  return { iv, data };
}

/**
 * Decrypts and authenticates sealed bytes.
 * @param key AES-GCM key
 * @param sealed from sealBytes
 * @param context the same context string given to sealBytes
 * @returns the plain bytes
 * @throws DOMException 'OperationError' when the key is wrong, the context differs or a byte changed
 */
export function openBytes(key: CryptoKey, sealed: SealedBytes, context: string): Promise<ArrayBuffer> {
  return subtle().decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: encoder.encode(context) }, key, sealed.data);
}

/**
 * Seals a JSON-serialisable value (UTF-8 JSON inside).
 * @throws TypeError when the value is not JSON-serialisable
 */
export function sealJson(key: CryptoKey, value: unknown, context: string): Promise<SealedBytes> {
  return sealBytes(key, encoder.encode(JSON.stringify(value)), context);
}

/**
 * Opens a value sealed with sealJson.
 * @returns the parsed value (the caller checks its shape)
 * @throws DOMException 'OperationError' as openBytes
 */
export async function openJson(key: CryptoKey, sealed: SealedBytes, context: string): Promise<unknown> {
  return JSON.parse(new TextDecoder().decode(await openBytes(key, sealed, context))) as unknown;
}

/**
 * The key check stored beside the salt: a known constant sealed with the key.
 * @param key the new key
 */
export function makeKeyCheck(key: CryptoKey): Promise<SealedBytes> {
  return sealBytes(key, encoder.encode(KEY_CHECK_TEXT), KEY_CHECK_CONTEXT);
}

/**
 * Tells whether a key is the one the key check was made with.
 * @param key a key derived from the passphrase the user typed
 * @param check from makeKeyCheck
 * @returns true for the right key; false for a wrong one (or a damaged check)
 */
export async function keyMatchesCheck(key: CryptoKey, check: SealedBytes): Promise<boolean> {
  try {
    return new TextDecoder().decode(await openBytes(key, check, KEY_CHECK_CONTEXT)) === KEY_CHECK_TEXT;
  } catch {
    return false;
  }
}

/**
 * Bytes → base64 (for browser.storage.session, which stores JSON only).
 * @param bytes any bytes
 */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/**
 * base64 → bytes.
 * @throws DOMException 'InvalidCharacterError' on text that is not base64
 */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
