import { beforeEach, describe, expect, it } from 'vitest';
import {
  acknowledgeVanishedProfiles,
  checkForVanishedProfiles,
  closeProfileDb,
  deleteProfile,
  duplicateProfile,
  getActiveProfile,
  getProfile,
  listProfiles,
  PROFILE_DB_NAME,
  ProfileDbError,
  renameProfile,
  restoreProfile,
  saveProfile,
  setActiveProfile,
} from '../../../lib/profile/db';
import {
  exportBackupText,
  exportProfileText,
  importBackupFromFile,
  importProfileFromFile,
  importProfileText,
} from '../../../lib/profile/import-export';
import { emptyProfile } from '../../../lib/profile/schema';
import { PDF_DATA_URL, SAMPLE_TEXT, sampleDoc } from './fixtures';
import { resetProfileStore } from './db-helpers';

beforeEach(resetProfileStore);

async function importSample() {
  const r = await importProfileText(SAMPLE_TEXT);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}

describe('profile database', () => {
  it('imports a file as the active profile with the photo as a Blob, and exports it back losslessly', async () => {
    const stored = await importSample();
    expect(stored.photo?.type).toBe('image/jpeg');
    expect(stored.profile.photo).toBeUndefined();
    expect((await getActiveProfile())?.id).toBe(stored.id);
    const exported = JSON.parse(await exportProfileText(stored.id));
    const original = sampleDoc();
    delete exported.exportedAt;
    delete original.exportedAt;
    expect(exported).toEqual(original);
  });

  it('keeps several profiles, one active, in creation order', async () => {
    const a = await saveProfile({ profile: emptyProfile('2020 初级') });
    const b = await saveProfile({ profile: emptyProfile('2023 中级') }, { activate: true });
    expect((await listProfiles()).map((p) => p.profile.label)).toEqual(['2020 初级', '2023 中级']);
    expect((await getActiveProfile())?.id).toBe(b.id);
    await setActiveProfile(a.id);
    expect((await getActiveProfile())?.id).toBe(a.id);
    await expect(setActiveProfile('nope')).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('duplicates with photo and renames', async () => {
    const src = await importSample();
    const copy = await duplicateProfile(src.id, '张小明 · 2021 初级');
    expect(copy.id).not.toBe(src.id);
    expect(copy.profile.basic.name).toBe('张小明');
    expect(copy.photo?.size).toBe(src.photo?.size);
    expect(copy.fileExtras).toEqual(src.fileExtras);
    await renameProfile(copy.id, '改名');
    expect((await getProfile(copy.id))?.profile.label).toBe('改名');
    expect((await getProfile(src.id))?.profile.label).toBe('张小明 · 2020 初级');
    await expect(renameProfile(copy.id, '')).rejects.toMatchObject({ kind: 'invalid' });
  });

  it('deletes the active profile, activates the next, and undoes exactly', async () => {
    const a = await saveProfile({ profile: emptyProfile('甲') }, { activate: true });
    const b = await saveProfile({ profile: emptyProfile('乙') });
    const { deleted, wasActive } = await deleteProfile(a.id);
    expect(wasActive).toBe(true);
    expect((await getActiveProfile())?.id).toBe(b.id);
    await restoreProfile(deleted, wasActive);
    expect(await getProfile(a.id)).toEqual(a);
    expect((await getActiveProfile())?.id).toBe(a.id);
    await deleteProfile(a.id);
    await deleteProfile(b.id);
    expect(await getActiveProfile()).toBeNull();
  });

  it('refuses invalid data with every bad path and stores nothing', async () => {
    const bad = { ...emptyProfile('x'), basic: { ...emptyProfile('x').basic, birthDate: '1992-13-01' } };
    const err = await saveProfile({ profile: bad }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProfileDbError);
    expect((err as ProfileDbError).userMessage).toContain('basic.birthDate: 日期格式应为 YYYY-MM-DD');
    expect(await listProfiles()).toEqual([]);
  });

  it('replaces, keeps or removes the photo on save', async () => {
    const s = await importSample();
    const kept = await saveProfile({ id: s.id, profile: { ...s.profile, awards: '获奖' } });
    expect(kept.photo?.size).toBe(s.photo?.size);
    expect(kept.createdAt).toBe(s.createdAt);
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])], { type: 'image/png' });
    const replaced = await saveProfile({ id: s.id, profile: s.profile, photo: png, photoInfo: { fileName: 'new.png' } });
    expect(replaced.photoInfo).toEqual({ fileName: 'new.png' });
    const removed = await saveProfile({ id: s.id, profile: s.profile, photo: null });
    expect(removed.photo).toBeNull();
    expect(removed.photoInfo).toBeNull();
  });
});

describe('bad input leaves stored data untouched', () => {
  const cases: Array<[string, () => Blob]> = [
    ['malformed JSON', () => new Blob(['{"format":']) ],
    ['wrong format', () => new Blob([JSON.stringify({ ...sampleDoc(), format: 'other' })])],
    ['wrong types', () => { const d = sampleDoc(); d.profile.education = 'none'; return new Blob([JSON.stringify(d)]); }],
    ['a 30 MB file', () => new Blob([new Uint8Array(30 * 1024 * 1024)])],
    ['a photo that is not an image', () => { const d = sampleDoc(); d.profile.photo.dataUrl = PDF_DATA_URL; return new Blob([JSON.stringify(d)]); }],
  ];
  it.each(cases)('%s', async (_name, makeFile) => {
    const before = await saveProfile({ profile: emptyProfile('已有档案') }, { activate: true });
    const r = await importProfileFromFile(makeFile());
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.length).toBeGreaterThan(0);
    expect(await listProfiles()).toEqual([before]);
    expect((await getActiveProfile())?.id).toBe(before.id);
  });
});

describe('backup', () => {
  it('exports all profiles and imports them as new profiles with the same active one', async () => {
    const a = await importSample();
    await saveProfile({ profile: emptyProfile('李四') }, { activate: true });
    const { text, count } = await exportBackupText();
    expect(count).toBe(2);
    await resetProfileStore();
    const r = await importBackupFromFile(new Blob([text]));
    expect(r.ok).toBe(true);
    const all = await listProfiles();
    expect(all.map((p) => p.profile.label)).toEqual(['张小明 · 2020 初级', '李四']);
    expect(all[0]!.photo?.size).toBe(a.photo?.size);
    expect(all[0]!.fileExtras).toEqual(a.fileExtras);
    expect((await getActiveProfile())?.profile.label).toBe('李四');
  });

  it('refuses a backup with one bad entry and stores none of it', async () => {
    await importSample();
    const doc = JSON.parse((await exportBackupText()).text);
    doc.profiles.push({ format: 'zc-profile', version: 1, profile: { label: '' } });
    await resetProfileStore();
    const r = await importBackupFromFile(new Blob([JSON.stringify(doc)]));
    expect(r.ok ? [] : r.errors).toEqual(['profiles[1].profile.label: 档案名称不能为空']);
    expect(await listProfiles()).toEqual([]);
  });
});

describe('vanished data', () => {
  it('is noticed through the marker outside IndexedDB, and acknowledged', async () => {
    expect(await checkForVanishedProfiles()).toBeNull();
    await importSample();
    expect(await checkForVanishedProfiles()).toBeNull();
    // Site data cleared: IndexedDB goes, browser.storage.local stays.
    await closeProfileDb();
    await new Promise((resolve) => { indexedDB.deleteDatabase(PROFILE_DB_NAME).onsuccess = resolve; });
    const vanished = await checkForVanishedProfiles();
    expect(vanished?.kind).toBe('vanished');
    expect(vanished?.userMessage).toContain('1 份档案');
    await acknowledgeVanishedProfiles();
    expect(await checkForVanishedProfiles()).toBeNull();
  });
});
