// Breaker 31q F2: 存入档案 previewed against one profile must not be saved into another that the
// options page made active meanwhile (a helpdesk moving to the next applicant, or the previewed
// profile deleted).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteProfile, getProfile, saveProfile, setActiveProfile } from '../../../lib/profile/db';
import { handleProfileMessage, PROFILE_MESSAGES, type ProfileMessage } from '../../../lib/profile/messages';
import { emptyProfile } from '../../../lib/profile/schema';
import { previewCapture, saveCapture } from '../../../lib/content/capture';
import { t } from '../../../lib/i18n/t';
import type { PageFieldValue } from '../../../lib/fields/match';
import { resetProfileStore } from '../profile/db-helpers';

beforeEach(resetProfileStore);
afterEach(() => vi.restoreAllMocks());

const MOBILE = '13900000000';
const values = [{ path: 'basic.mobile', value: MOBILE }];

/** Two applicants' profiles, the first active. */
async function twoApplicants() {
  const a = await saveProfile({ profile: emptyProfile('甲 · 2024') }, { activate: true });
  const b = await saveProfile({ profile: emptyProfile('乙 · 2024') });
  return { a, b };
}

describe('存入档案 after the active profile changed', () => {
  it('the background refuses a save whose preview was made against another profile, and the now active one is untouched', async () => {
    const { a, b } = await twoApplicants();
    const preview = await handleProfileMessage({ type: PROFILE_MESSAGES.applyCaptured, values, dryRun: true });
    await setActiveProfile(b.id);
    const msg = { type: PROFILE_MESSAGES.applyCaptured, values, profileId: a.id } as ProfileMessage;
    const saved = await handleProfileMessage(msg);
    expect(saved).toMatchObject({ saved: false, error: { kind: 'changed' } });
    expect((await getProfile(b.id))?.profile.basic.mobile).toBe('');
    expect((await getProfile(a.id))?.profile.basic.mobile).toBe('');
    // What the overlay sends back as profileId: the preview names the profile it compared with.
    expect(preview.profileId).toBe(a.id);
  });

  it('the overlay says so when the previewed profile was deleted, and nothing goes into the one that took its place', async () => {
    const { a, b } = await twoApplicants();
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((m: unknown) => handleProfileMessage(m as ProfileMessage) as never);
    const field: PageFieldValue = { key: 'basic.mobile' as PageFieldValue['key'], control: 0, value: MOBILE, label: '手机号码' };
    const { previewed, state } = await previewCapture([field], 'basic-info', null);
    expect(state).toMatchObject({ phase: 'preview', changes: [{ path: 'basic.mobile', after: MOBILE }] });
    await deleteProfile(a.id);
    expect(await saveCapture(previewed)).toBe(t('capture_profile_switched'));
    expect((await getProfile(b.id))?.profile.basic.mobile).toBe('');
  });

  it('a save for the profile still active goes through', async () => {
    const { a } = await twoApplicants();
    const saved = await handleProfileMessage({ type: PROFILE_MESSAGES.applyCaptured, values, profileId: a.id } as ProfileMessage);
    expect(saved).toMatchObject({ saved: true, profileId: a.id });
    expect((await getProfile(a.id))?.profile.basic.mobile).toBe(MOBILE);
  });
});
