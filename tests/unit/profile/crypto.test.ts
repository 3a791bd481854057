import { describe, expect, it } from 'vitest';
import {
  base64ToBytes,
  bytesToBase64,
  deriveKeyBytes,
  importAesKey,
  IV_BYTES,
  KEY_BYTES,
  keyMatchesCheck,
  makeKeyCheck,
  newKeyDerivation,
  openBytes,
  openJson,
  PBKDF2_ITERATIONS,
  sealBytes,
  sealJson,
} from '../../../lib/profile/crypto';

// Few iterations where only the format is under test; the real count is checked once below.
const FAST = 1_000;

async function keyFor(passphrase: string, derivation = newKeyDerivation(FAST)) {
  return importAesKey(await deriveKeyBytes(passphrase, derivation));
}

describe('profile crypto', () => {
  it('derives a 256-bit key with ≥ 600,000 PBKDF2 iterations, the same for the same passphrase and salt', async () => {
    const derivation = newKeyDerivation();
    expect(derivation.iterations).toBe(PBKDF2_ITERATIONS);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(derivation.salt).toHaveLength(16);
    const started = performance.now();
    const a = await deriveKeyBytes('正确的密码 horse', derivation);
    const ms = performance.now() - started;
    expect(a).toHaveLength(KEY_BYTES);
    expect(await deriveKeyBytes('正确的密码 horse', derivation)).toEqual(a);
    expect(await deriveKeyBytes('正确的密码 horse', { ...derivation, salt: newKeyDerivation().salt })).not.toEqual(a);
    console.info(`PBKDF2-SHA-256 × ${PBKDF2_ITERATIONS} in Node: ${ms.toFixed(0)} ms`);
  });

  it('round-trips JSON with Chinese text and binary bytes', async () => {
    const key = await keyFor('passphrase-1');
    const value = { label: '张小明 · 2020 初级', basic: { idNumber: '44010619920315123X' }, n: [1, 2] };
    expect(await openJson(key, await sealJson(key, value, 'record:a:json'), 'record:a:json')).toEqual(value);
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0, 1, 2, 255]);
    expect(new Uint8Array(await openBytes(key, await sealBytes(key, bytes, 'record:a:photo'), 'record:a:photo'))).toEqual(bytes);
  });

  it('detects a wrong passphrase through the key check, without any profile', async () => {
    const derivation = newKeyDerivation(FAST);
    const right = await keyFor('passphrase-1', derivation);
    const check = await makeKeyCheck(right);
    expect(await keyMatchesCheck(right, check)).toBe(true);
    expect(await keyMatchesCheck(await keyFor('passphrase-2', derivation), check)).toBe(false);
    expect(await keyMatchesCheck(await keyFor('passphrase-1'), check)).toBe(false); // same passphrase, other salt
  });

  it('rejects tampered ciphertext, a tampered IV and a sealed value moved to another record', async () => {
    const key = await keyFor('passphrase-1');
    const sealed = await sealJson(key, { name: '张小明' }, 'record:a:json');
    const flipped = new Uint8Array(sealed.data.slice(0));
    flipped[3]! ^= 0x01;
    await expect(openJson(key, { ...sealed, data: flipped.buffer }, 'record:a:json')).rejects.toThrow();
    const iv = new Uint8Array(sealed.iv);
    iv[0]! ^= 0x80;
    await expect(openJson(key, { ...sealed, iv }, 'record:a:json')).rejects.toThrow();
    await expect(openJson(key, sealed, 'record:b:json')).rejects.toThrow();
    await expect(openJson(key, sealed, 'record:a:json')).resolves.toEqual({ name: '张小明' });
  });

  it('uses a fresh random 96-bit IV for every sealed value', async () => {
    const key = await keyFor('passphrase-1');
    const sealed = await Promise.all(Array.from({ length: 200 }, () => sealJson(key, 'same text', 'ctx')));
    expect(sealed.every((s) => s.iv.length === IV_BYTES)).toBe(true);
    expect(new Set(sealed.map((s) => bytesToBase64(s.iv))).size).toBe(200);
    expect(new Set(sealed.map((s) => bytesToBase64(new Uint8Array(s.data)))).size).toBe(200);
  });

  it('keeps no plain text in the ciphertext', async () => {
    const key = await keyFor('passphrase-1');
    const sealed = await sealJson(key, { name: '张小明张小明张小明' }, 'ctx');
    const asText = new TextDecoder('utf-8', { fatal: false }).decode(sealed.data);
    expect(asText).not.toContain('张小明');
  });

  it('base64 round-trips every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(base64ToBytes(bytesToBase64(all))).toEqual(all);
  });
});
