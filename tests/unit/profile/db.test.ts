import { beforeEach, describe, expect, it } from 'vitest';
import { installLocale } from '../i18n-fake';
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
  it('imports the same file twice as two profiles the list tells apart', async () => {
    installLocale('zh_CN');
    const first = await importSample();
    const second = await importSample();
    expect(second.profile.label).toBe(`${first.profile.label}（2）`);
    expect((await listProfiles()).map((p) => p.profile.label)).toEqual([first.profile.label, `${first.profile.label}（2）`]);
  });

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
    expect((err as ProfileDbError).userMessage).toContain('basic.birthDate: 应为真实日期，写作 YYYY-MM-DD');
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

/** A valid-looking profile file saved as GBK: label 张小明, gender 男 (GBK D5C5 D0A1 C3F7, C4D0). */
function gbkProfileFile(): Blob {
  const ascii = (text: string) => [...new TextEncoder().encode(text)];
  const name = [0xd5, 0xc5, 0xd0, 0xa1, 0xc3, 0xf7];
  return new Blob([
    new Uint8Array([
      ...ascii('{"format":"zc-profile","version":1,"profile":{"label":"'), ...name,
      ...ascii('","basic":{"name":"'), ...name, ...ascii('","gender":"'), 0xc4, 0xd0, ...ascii('"}}}'),
    ]),
  ]);
}

describe('bad input leaves stored data untouched', () => {
  const cases: Array<[string, () => Blob]> = [
    ['malformed JSON', () => new Blob(['{"format":']) ],
    ['wrong format', () => new Blob([JSON.stringify({ ...sampleDoc(), format: 'other' })])],
    ['wrong types', () => { const d = sampleDoc(); d.profile.education = 'none'; return new Blob([JSON.stringify(d)]); }],
    ['a 30 MB file', () => new Blob([new Uint8Array(30 * 1024 * 1024)])],
    ['a photo that is not an image', () => { const d = sampleDoc(); d.profile.photo.dataUrl = PDF_DATA_URL; return new Blob([JSON.stringify(d)]); }],
    ['a GBK-encoded file', () => gbkProfileFile()],
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

describe('file encoding', () => {
  it('refuses a GBK profile or backup file with the encoding message alone, not field errors', async () => {
    const expected = [{ message: expect.stringMatching(/^文件不是 UTF-8 编码（可能是 GBK）.*请用本助手导出的文件，或.*另存为 UTF-8/) }];
    const profile = await importProfileFromFile(gbkProfileFile());
    expect(profile.ok ? [] : profile.errors).toEqual(expected);
    const backup = await importBackupFromFile(gbkProfileFile());
    expect(backup.ok ? [] : backup.errors).toEqual(expected);
    expect(await listProfiles()).toEqual([]);
  });

  it('imports a UTF-8 file that starts with a byte-order mark', async () => {
    const r = await importProfileFromFile(new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), SAMPLE_TEXT]));
    expect(r.ok && r.value.profile.basic.name).toBe('张小明');
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

  it('keeps each restored profile’s last change as the backup has it, unless it is unreadable or later than now (helpdesk 66 HD66-4)', async () => {
    await importSample();
    await saveProfile({ profile: emptyProfile('李四') }, { activate: true });
    const backup = JSON.parse((await exportBackupText()).text) as { profiles: { updatedAt?: string }[] };
    backup.profiles[0]!.updatedAt = '2025-12-07T08:00:00.000Z';
    backup.profiles[1]!.updatedAt = '2999-01-01T00:00:00.000Z';
    await resetProfileStore();
    const before = Date.now();
    const r = await importBackupFromFile(new Blob([JSON.stringify(backup)]));
    expect(r.ok).toBe(true);
    const [kept, future] = await listProfiles();
    expect(kept!.updatedAt).toBe('2025-12-07T08:00:00.000Z');
    // Stored as changed now (the store's stamps may run a millisecond or two ahead of the clock: lib/profile/db.ts nextTimestamp).
    expect(Date.parse(future!.updatedAt)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(future!.updatedAt)).toBeLessThan(Date.now() + 60_000);
  });

  it('refuses a backup with one bad entry and stores none of it', async () => {
    await importSample();
    const doc = JSON.parse((await exportBackupText()).text);
    doc.profiles.push({ format: 'zc-profile', version: 1, profile: { label: '' } });
    await resetProfileStore();
    const r = await importBackupFromFile(new Blob([JSON.stringify(doc)]));
    expect(r.ok ? [] : r.errors).toEqual([{ message: '备份中第 2 个档案 · 档案名称：档案名称不能为空', path: 'profiles[1].profile.label' }]);
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
