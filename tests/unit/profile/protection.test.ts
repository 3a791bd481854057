import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  deleteProfile,
  getActiveProfile,
  getProfile,
  listProfiles,
  openProfileDb,
  restoreProfile,
  saveProfile,
  type StoredProfile,
} from '../../../lib/profile/db';
import { importProfileText, exportProfileText } from '../../../lib/profile/import-export';
import { handleProfileMessage, PROFILE_MESSAGES } from '../../../lib/profile/messages';
import {
  changePassphrase,
  disableProtection,
  enableProtection,
  eraseProtectedProfiles,
  getProtectionStatus,
  lockProfiles,
  unlockProfiles,
} from '../../../lib/profile/protection';
import { emptyProfile } from '../../../lib/profile/schema';
import { SAMPLE_TEXT } from './fixtures';
import { resetProfileStore } from './db-helpers';

beforeEach(resetProfileStore);
afterEach(() => vi.restoreAllMocks());

const PASS = '我的申报密码 2024';
const NAME = '张小明';
const ID_NUMBER = '440106199203151236';

async function importSample(): Promise<StoredProfile> {
  const r = await importProfileText(SAMPLE_TEXT);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}

/** Three profiles (one with a photo), the sample active. */
async function threeProfiles(): Promise<StoredProfile[]> {
  const sample = await importSample();
  const b = await saveProfile({ profile: { ...emptyProfile('李四 · 2023 中级'), basic: { ...emptyProfile('x').basic, name: '李四' } } });
  const c = await saveProfile({ profile: emptyProfile('空白') });
  return [sample, b, c];
}

/** Every stored value of the database, byte fields decoded as UTF-8 text. */
async function rawDump(): Promise<string> {
  const db = await openProfileDb();
  const parts: string[] = [];
  const visit = async (value: unknown): Promise<void> => {
    if (value instanceof Blob) parts.push(await value.text());
    else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) parts.push(new TextDecoder().decode(value as ArrayBuffer));
    else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) await visit(v);
    else parts.push(String(value));
  };
  for (const store of ['profiles', 'meta', 'protection'] as const) await visit(await db.getAll(store));
  return parts.join('\n');
}

/** The raw records as stored, for all-or-nothing comparisons. */
async function rawRecords(): Promise<unknown[]> {
  return (await openProfileDb()).getAll('profiles');
}

/** Makes the n-th IDBObjectStore.put from now throw synchronously (as a DataCloneError would). */
function failNthPut(n: number) {
  const original = IDBObjectStore.prototype.put;
  let calls = 0;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    calls += 1;
    if (calls === n) throw new DOMException('simulated failure', 'DataCloneError');
    return original.apply(this, args);
  });
}

describe('passphrase protection', () => {
  it('seals every profile at rest, keeps working while unlocked, and is locked after 锁定', async () => {
    const before = await threeProfiles();
    expect(await rawDump()).toContain(NAME);
    await enableProtection(PASS);

    const dump = await rawDump();
    for (const secret of [NAME, ID_NUMBER, '李四', '张小明 · 2020 初级', 'photo.jpg', '空白']) expect(dump).not.toContain(secret);
    expect(await getProtectionStatus()).toMatchObject({ enabled: true, unlocked: true, iterations: 600_000 });

    const listed = await listProfiles();
    expect(listed.map((p) => p.profile.label)).toEqual(before.map((p) => p.profile.label));
    expect(listed[0]!.photo?.type).toBe('image/jpeg');
    expect(listed[0]!.photo?.size).toBe(before[0]!.photo?.size);
    expect(listed[0]!.fileExtras).toEqual(before[0]!.fileExtras);
    expect(listed.map(({ photo, ...rest }) => rest)).toEqual(before.map(({ photo, ...rest }) => rest));

    await lockProfiles();
    expect(await getProtectionStatus()).toMatchObject({ enabled: true, unlocked: false });
    await expect(listProfiles()).rejects.toMatchObject({ kind: 'locked' });
    await expect(saveProfile({ profile: emptyProfile('新') })).rejects.toMatchObject({ kind: 'locked' });
    await expect(deleteProfile(before[1]!.id)).rejects.toMatchObject({ kind: 'locked' });
    expect(await rawRecords()).toHaveLength(3);
  });

  it('answers profile:get-active with a locked error while locked, and with the profile after unlock', async () => {
    const [sample] = await threeProfiles();
    await enableProtection(PASS);
    await lockProfiles();
    expect(await handleProfileMessage({ type: PROFILE_MESSAGES.getActive })).toEqual({
      profile: null,
      error: { kind: 'locked', message: '档案已加密，请在扩展的选项页输入密码解锁后再使用自动填写。' },
    });
    const captured = await handleProfileMessage({ type: PROFILE_MESSAGES.applyCaptured, values: [{ path: 'basic.mobile', value: '13900000000' }] });
    expect(captured.error?.kind).toBe('locked');

    await expect(unlockProfiles('wrong passphrase')).rejects.toMatchObject({ kind: 'wrong-passphrase', userMessage: '密码不正确。' });
    expect(await getProtectionStatus()).toMatchObject({ unlocked: false });
    await unlockProfiles(PASS);
    const r = await handleProfileMessage({ type: PROFILE_MESSAGES.getActive });
    expect(r.id).toBe(sample!.id);
    expect(r.profile?.basic.name).toBe(NAME);
    // The photo was sealed too, and opens with the passphrase (pages never get it).
    expect((await getActiveProfile())?.photo?.type).toBe('image/jpeg');
    expect(r).not.toHaveProperty('photoDataUrl');
  });

  it('seals what is saved while protected, and exports it in clear', async () => {
    await enableProtection(PASS);
    const sample = await importSample();
    expect(await rawDump()).not.toContain(NAME);
    const copy = await saveProfile({ id: sample.id, profile: { ...sample.profile, awards: '先进个人' } });
    expect(copy.photo?.size).toBe(sample.photo?.size);
    expect(JSON.parse(await exportProfileText(sample.id)).profile.basic.name).toBe(NAME);
    const { deleted, wasActive } = await deleteProfile(sample.id);
    expect(deleted.profile.awards).toBe('先进个人');
    await restoreProfile(deleted, wasActive);
    expect(await rawDump()).not.toContain('先进个人');
    expect((await getActiveProfile())?.profile.awards).toBe('先进个人');
  });

  it('turns off with the passphrase only, and gives back every profile exactly', async () => {
    const before = await threeProfiles();
    await enableProtection(PASS);
    await expect(disableProtection('not the passphrase')).rejects.toMatchObject({ kind: 'wrong-passphrase' });
    expect(await getProtectionStatus()).toMatchObject({ enabled: true });
    await disableProtection(PASS);
    expect(await getProtectionStatus()).toEqual({ enabled: false });
    expect(await rawDump()).toContain(NAME);
    const after = await listProfiles();
    expect(after.map(({ photo, ...rest }) => rest)).toEqual(before.map(({ photo, ...rest }) => rest));
    expect(after[0]!.photo?.size).toBe(before[0]!.photo?.size);
  });

  it('changes the passphrase: the old one stops working, the new one unlocks', async () => {
    await threeProfiles();
    await enableProtection(PASS);
    await expect(changePassphrase('wrong', 'another passphrase')).rejects.toMatchObject({ kind: 'wrong-passphrase' });
    await expect(changePassphrase(PASS, 'short')).rejects.toMatchObject({ kind: 'invalid' });
    await changePassphrase(PASS, 'another passphrase');
    expect(await getProtectionStatus()).toMatchObject({ enabled: true, unlocked: true });
    expect((await listProfiles()).map((p) => p.profile.basic.name)).toEqual([NAME, '李四', '']);
    await lockProfiles();
    await expect(unlockProfiles(PASS)).rejects.toMatchObject({ kind: 'wrong-passphrase' });
    await unlockProfiles('another passphrase');
    expect((await getProfile((await listProfiles())[0]!.id))?.profile.basic.idNumber).toBe(ID_NUMBER);
  });

  it('refuses a passphrase shorter than 8 characters', async () => {
    await expect(enableProtection('1234567')).rejects.toMatchObject({ kind: 'invalid' });
    expect(await getProtectionStatus()).toEqual({ enabled: false });
  });

  it('erases everything for a forgotten passphrase, leaving an empty store in clear', async () => {
    await threeProfiles();
    await enableProtection(PASS);
    await lockProfiles();
    await eraseProtectedProfiles();
    expect(await getProtectionStatus()).toEqual({ enabled: false });
    expect(await listProfiles()).toEqual([]);
    expect(await getActiveProfile()).toBeNull();
  });
});

describe('all or nothing: a failure mid-way changes nothing', () => {
  it('enable: sealing fails on the third encryption', async () => {
    await threeProfiles();
    const raw = await rawRecords();
    const original = crypto.subtle.encrypt.bind(crypto.subtle);
    let calls = 0;
    vi.spyOn(crypto.subtle, 'encrypt').mockImplementation(async (...args: Parameters<SubtleCrypto['encrypt']>) => {
      calls += 1;
      if (calls === 3) throw new DOMException('simulated failure', 'OperationError');
      return original(...args);
    });
    await expect(enableProtection(PASS)).rejects.toBeDefined();
    expect(calls).toBeGreaterThanOrEqual(3); // records are sealed in parallel
    expect(await rawRecords()).toEqual(raw);
    expect(await getProtectionStatus()).toEqual({ enabled: false });
  });

  it('enable: the second write inside the transaction fails', async () => {
    await threeProfiles();
    const raw = await rawRecords();
    const put = failNthPut(2);
    await expect(enableProtection(PASS)).rejects.toBeDefined();
    expect(put).toHaveBeenCalledTimes(2);
    put.mockRestore();
    expect(await rawRecords()).toEqual(raw);
    expect(await getProtectionStatus()).toEqual({ enabled: false });
    expect(await rawDump()).toContain(NAME);
  });

  it('disable and change: the third write fails, the store stays sealed under the old passphrase', async () => {
    await threeProfiles();
    await enableProtection(PASS);
    const sealed = await rawRecords();
    let put = failNthPut(3);
    await expect(disableProtection(PASS)).rejects.toBeDefined();
    put.mockRestore();
    expect(await rawRecords()).toEqual(sealed);
    put = failNthPut(3);
    await expect(changePassphrase(PASS, 'another passphrase')).rejects.toBeDefined();
    put.mockRestore();
    expect(await rawRecords()).toEqual(sealed);
    await lockProfiles();
    await unlockProfiles(PASS);
    expect((await listProfiles()).map((p) => p.profile.basic.name)).toEqual([NAME, '李四', '']);
  });

  it('enable: a profile saved by another page while keys are derived makes it refuse, not lose the edit', async () => {
    const [sample] = await threeProfiles();
    const original = crypto.subtle.deriveBits.bind(crypto.subtle);
    vi.spyOn(crypto.subtle, 'deriveBits').mockImplementationOnce(async (...args: Parameters<SubtleCrypto['deriveBits']>) => {
      await saveProfile({ id: sample!.id, profile: { ...sample!.profile, awards: '别的页面刚保存' } });
      return original(...args);
    });
    await expect(enableProtection(PASS)).rejects.toMatchObject({ kind: 'changed' });
    expect(await getProtectionStatus()).toEqual({ enabled: false });
    expect((await getProfile(sample!.id))?.profile.awards).toBe('别的页面刚保存');
  });
});
