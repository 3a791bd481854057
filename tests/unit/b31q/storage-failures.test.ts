// Breaker 31q: stored-data safety when storage fails (a full disk, a deleted database, a record
// that does not re-seal). Each test states what the user must see and what must stay stored.
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  deleteProfile,
  getProfile,
  listProfiles,
  PROFILE_DB_NAME,
  ProfileDbError,
  saveProfile,
  saveProfiles,
  type StoredProfile,
} from '../../../lib/profile/db';
import { changePassphrase, enableProtection, eraseProtectedProfiles, getProtectionStatus, lockProfiles, unlockProfiles } from '../../../lib/profile/protection';
import { emptyProfile } from '../../../lib/profile/schema';
import { resetProfileStore } from '../profile/db-helpers';

beforeEach(resetProfileStore);
afterEach(() => vi.restoreAllMocks());

const PASS = '旧的申报密码 2024';
const NEXT = '新的申报密码 2025';

const named = (label: string) => ({ profile: emptyProfile(label) });

/** Makes the `n`-th and later IDBObjectStore.put calls throw QuotaExceededError (a full disk). */
function failPutsFrom(n: number): void {
  const put = IDBObjectStore.prototype.put;
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    calls += 1;
    if (calls >= n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  });
}

const labels = (list: readonly StoredProfile[]) => list.map((p) => p.profile.label);

describe('a full disk in the middle of a write', () => {
  it('an import of several profiles stores none of them, says 未保存, and the earlier profiles stay readable', async () => {
    await saveProfile(named('去年'), { activate: true });
    failPutsFrom(3);
    const err = await saveProfiles([named('甲'), named('乙'), named('丙')], 0).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProfileDbError);
    expect(err).toMatchObject({ kind: 'quota' });
    expect((err as ProfileDbError).userMessage).toContain('未保存');
    vi.restoreAllMocks();
    expect(labels(await listProfiles())).toEqual(['去年']);
  });

  it('a passphrase change stores nothing: the old passphrase still opens every profile', async () => {
    await saveProfile(named('甲'));
    await saveProfile(named('乙'));
    await enableProtection(PASS);
    failPutsFrom(2);
    await expect(changePassphrase(PASS, NEXT)).rejects.toMatchObject({ kind: 'quota' });
    vi.restoreAllMocks();
    await lockProfiles();
    await expect(unlockProfiles(NEXT)).rejects.toMatchObject({ kind: 'wrong-passphrase' });
    await unlockProfiles(PASS);
    expect(labels(await listProfiles())).toEqual(['甲', '乙']);
  });
});

describe('a passphrase change where one record does not re-seal', () => {
  it('changes nothing: the old passphrase opens every profile, the new one opens none', async () => {
    await saveProfile(named('甲'));
    await saveProfile(named('乙'));
    await saveProfile(named('丙'));
    await enableProtection(PASS);
    const encrypt = crypto.subtle.encrypt.bind(crypto.subtle);
    let calls = 0;
    vi.spyOn(crypto.subtle, 'encrypt').mockImplementation((...args: Parameters<SubtleCrypto['encrypt']>) => {
      calls += 1;
      // The key check and the first record seal; the second record fails.
      return calls === 3 ? Promise.reject(new DOMException('operation failed', 'OperationError')) : encrypt(...args);
    });
    await expect(changePassphrase(PASS, NEXT)).rejects.toBeInstanceOf(ProfileDbError);
    vi.restoreAllMocks();
    await lockProfiles();
    await expect(unlockProfiles(NEXT)).rejects.toMatchObject({ kind: 'wrong-passphrase' });
    await unlockProfiles(PASS);
    expect(labels(await listProfiles())).toEqual(['甲', '乙', '丙']);
  });
});

describe('a write that completed', () => {
  it('is reported saved even when the note kept outside IndexedDB cannot be written (storage.local full)', async () => {
    const first = await saveProfile(named('甲'), { activate: true });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    // The profile is on disk once its transaction completed: the save must not say 未保存.
    const saved = await saveProfile({ id: first.id, profile: emptyProfile('甲（改）'), basedOn: first.updatedAt });
    expect(saved.profile.label).toBe('甲（改）');
    expect((await getProfile(first.id))?.profile.label).toBe('甲（改）');
    // And the editor's next save, based on what the save returned, goes through.
    await expect(saveProfile({ id: first.id, profile: emptyProfile('甲（再改）'), basedOn: saved.updatedAt })).resolves.toBeTruthy();
  });

  it('a delete that completed is reported done (its undo record handed back) when the note cannot be written', async () => {
    const a = await saveProfile(named('甲'), { activate: true });
    await saveProfile(named('乙'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const { deleted } = await deleteProfile(a.id);
    expect(deleted.profile.label).toBe('甲');
    expect(labels(await listProfiles())).toEqual(['乙']);
  });

  it('an erase of locked profiles that completed is reported done when the note cannot be written', async () => {
    await saveProfile(named('甲'));
    await enableProtection(PASS);
    await lockProfiles();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(eraseProtectedProfiles()).resolves.toBeUndefined();
    vi.restoreAllMocks();
    expect(await listProfiles()).toEqual([]);
  });
});

describe('the database deleted while a page holds it open (site data cleared)', () => {
  it('the next save of an open profile says it is gone instead of re-creating it blank; a new profile saves cleanly', async () => {
    const a = await saveProfile(named('甲'), { activate: true });
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase(PROFILE_DB_NAME);
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('blocked: the page did not let go of its connection'));
    });
    await expect(saveProfile({ id: a.id, profile: emptyProfile('甲（改）'), basedOn: a.updatedAt })).rejects.toMatchObject({ kind: 'deleted-elsewhere' });
    expect(await listProfiles()).toEqual([]);
    await saveProfile(named('新'), { activate: true });
    expect(labels(await listProfiles())).toEqual(['新']);
  });
});

describe('a passphrase change that committed while the browser refuses to keep the key', () => {
  it('is reported done, not failed: the page is locked and the NEW passphrase opens the profiles', async () => {
    await saveProfile(named('甲'));
    await enableProtection(PASS);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('storage.session unavailable'));
    await expect(changePassphrase(PASS, NEXT)).resolves.toBeUndefined();
    vi.restoreAllMocks();
    expect(await getProtectionStatus()).toMatchObject({ enabled: true, unlocked: false });
    await expect(unlockProfiles(PASS)).rejects.toMatchObject({ kind: 'wrong-passphrase' });
    await unlockProfiles(NEXT);
    expect(labels(await listProfiles())).toEqual(['甲']);
  });

  it('turning protection on is reported done too, and the passphrase just set unlocks', async () => {
    await saveProfile(named('甲'));
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('storage.session unavailable'));
    await expect(enableProtection(PASS)).resolves.toBeUndefined();
    vi.restoreAllMocks();
    expect(await getProtectionStatus()).toMatchObject({ enabled: true, unlocked: false });
    await unlockProfiles(PASS);
    expect(labels(await listProfiles())).toEqual(['甲']);
  });
});
