import { beforeEach, describe, expect, it } from 'vitest';
import { installLocale } from '../i18n-fake';
import { deleteProfile, getProfile, listProfiles, ProfileDbError, saveProfile, type StoredProfile } from '../../../lib/profile/db';
import { importProfileText } from '../../../lib/profile/import-export';
import { handleProfileMessage, PROFILE_MESSAGES } from '../../../lib/profile/messages';
import { enableProtection, lockProfiles } from '../../../lib/profile/protection';
import { SAMPLE_TEXT } from './fixtures';
import { resetProfileStore } from './db-helpers';

beforeEach(async () => {
  await resetProfileStore();
  installLocale('zh_CN');
});

async function importSample(): Promise<StoredProfile> {
  const r = await importProfileText(SAMPLE_TEXT);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}

/** The kind of ProfileDbError a promise rejects with (fails the test when it resolves). */
async function refusal(saving: Promise<unknown>): Promise<string> {
  const e: unknown = await saving.then(() => null, (err: unknown) => err);
  if (!(e instanceof ProfileDbError)) throw new Error(`expected a ProfileDbError, got ${String(e)}`);
  return e.kind;
}

// probe 14a T2-T4: an options tab saves a draft made from an older copy of the record.
describe('saving a draft made from an older copy', () => {
  it('refuses it when another page saved the profile meanwhile, keeping that page\'s save', async () => {
    const opened = await importSample();
    await saveProfile({ id: opened.id, profile: { ...opened.profile, basic: { ...opened.profile.basic, mobile: '13711111111' } }, basedOn: opened.updatedAt });
    const stale = { ...opened.profile, basic: { ...opened.profile.basic, name: '王小红乙' } };
    expect(await refusal(saveProfile({ id: opened.id, profile: stale, basedOn: opened.updatedAt }))).toBe('edited-elsewhere');
    const stored = await getProfile(opened.id);
    expect(stored?.profile.basic.mobile).toBe('13711111111');
    expect(stored?.profile.basic.name).toBe(opened.profile.basic.name);
  });

  it('refuses it when the profile was deleted meanwhile, never re-creating it', async () => {
    const opened = await importSample();
    await deleteProfile(opened.id);
    expect(await refusal(saveProfile({ id: opened.id, profile: opened.profile, basedOn: opened.updatedAt }))).toBe('deleted-elsewhere');
    // Without basedOn too (a rename or capture racing a delete).
    expect(await refusal(saveProfile({ id: opened.id, profile: opened.profile }))).toBe('deleted-elsewhere');
    expect(await listProfiles()).toEqual([]);
  });

  it('saves a draft made from the stored version, and the next draft is based on the saved one', async () => {
    const opened = await importSample();
    const saved = await saveProfile({ id: opened.id, profile: { ...opened.profile, awards: '先进个人' }, basedOn: opened.updatedAt });
    const again = await saveProfile({ id: opened.id, profile: { ...saved.profile, awards: '优秀教师' }, basedOn: saved.updatedAt });
    expect((await getProfile(opened.id))?.profile.awards).toBe('优秀教师');
    expect(again.updatedAt > saved.updatedAt).toBe(true);
  });

  it('refuses the options tab\'s stale save after a capture (存入档案) on the portal, which stays stored', async () => {
    const opened = await importSample();
    const captured = await handleProfileMessage({ type: PROFILE_MESSAGES.applyCaptured, values: [{ path: 'basic.mobile', value: '13944444444' }] });
    expect(captured.saved).toBe(true);
    const stale = { ...opened.profile, basic: { ...opened.profile.basic, email: 'new@example.com' } };
    expect(await refusal(saveProfile({ id: opened.id, profile: stale, basedOn: opened.updatedAt }))).toBe('edited-elsewhere');
    expect((await getProfile(opened.id))?.profile.basic.mobile).toBe('13944444444');
  });
});

// probe 14a L1c: the locked message says what was refused.
describe('存入档案 while locked', () => {
  it('says the capture was not saved and to unlock first, not "…后再使用自动填写"', async () => {
    await importSample();
    await enableProtection('我的申报密码 2024');
    await lockProfiles();
    const r = await handleProfileMessage({ type: PROFILE_MESSAGES.applyCaptured, values: [{ path: 'basic.mobile', value: '13944444444' }] });
    expect(r.error?.kind).toBe('locked');
    expect(r.error?.message).toContain('存入档案');
    expect(r.error?.message).not.toContain('自动填写');
  });
});
