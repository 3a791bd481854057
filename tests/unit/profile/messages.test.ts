import { beforeEach, describe, expect, it } from 'vitest';
import { getActiveProfile } from '../../../lib/profile/db';
import { importProfileText } from '../../../lib/profile/import-export';
import { handleProfileMessage, isProfileMessage, PROFILE_MESSAGES } from '../../../lib/profile/messages';
import { SAMPLE_TEXT, sampleDoc } from './fixtures';
import { estimateEligibility } from '../../../lib/eligibility';
import { writeSettings } from '../../../lib/settings';
import { resetProfileStore } from './db-helpers';

beforeEach(resetProfileStore);

describe('profile messages (background side)', () => {
  it('answers get-active with null before any profile, then with the profile, never its photo', async () => {
    expect(await handleProfileMessage({ type: PROFILE_MESSAGES.getActive })).toEqual({ profile: null });
    const imported = await importProfileText(SAMPLE_TEXT);
    if (!imported.ok) throw new Error('sample refused');
    const r = await handleProfileMessage({ type: PROFILE_MESSAGES.getActive });
    expect(r.id).toBe(imported.value.id);
    expect(r.label).toBe('张小明 · 2020 初级');
    expect(r.profile?.basic.name).toBe('张小明');
    // The photo stays in the extension: the content script has no use for it in a page.
    expect(JSON.stringify(r)).not.toContain(sampleDoc().profile.photo.dataUrl.slice(30, 80));
  });

  it('sends the eligibility estimate with the profile, at the counting date setting', async () => {
    await importProfileText(SAMPLE_TEXT);
    const profile = (await getActiveProfile())!.profile;
    await writeSettings({ countingDate: '2019-07-01' });
    const early = await handleProfileMessage({ type: PROFILE_MESSAGES.getActive });
    expect(early.eligibility).toEqual(estimateEligibility(profile, '2019-07-01'));
    await writeSettings({ countingDate: '2030-07-01' });
    const late = await handleProfileMessage({ type: PROFILE_MESSAGES.getActive });
    expect(late.eligibility).toEqual(estimateEligibility(profile, '2030-07-01'));
    // The setting matters: more years of work by the later date.
    expect(late.eligibility?.basis.years).toBeGreaterThan(early.eligibility?.basis.years ?? Infinity);
  });

  it('applies captured values to the active profile, or only previews them on dryRun', async () => {
    await importProfileText(SAMPLE_TEXT);
    const values = [{ path: 'basic.mobile', value: '13900000000' }];
    const preview = await handleProfileMessage({ type: PROFILE_MESSAGES.applyCaptured, values, dryRun: true });
    expect(preview).toMatchObject({ saved: false, diff: [{ path: 'basic.mobile', after: '13900000000' }] });
    expect((await getActiveProfile())?.profile.basic.mobile).toBe('13800000000');
    const applied = await handleProfileMessage({ type: PROFILE_MESSAGES.applyCaptured, values });
    expect(applied.saved).toBe(true);
    expect((await getActiveProfile())?.profile.basic.mobile).toBe('13900000000');
  });

  it('reports a missing active profile as an error, not a rejection', async () => {
    const r = await handleProfileMessage({ type: PROFILE_MESSAGES.applyCaptured, values: [] });
    expect(r.error?.kind).toBe('not-found');
  });

  it('recognises only well-formed profile messages', () => {
    expect(isProfileMessage({ type: 'profile:get-active' })).toBe(true);
    expect(isProfileMessage({ type: 'profile:apply-captured', values: [{ path: 'a', value: 'b' }] })).toBe(true);
    expect(isProfileMessage({ type: 'profile:apply-captured', values: [{ path: 1 }] })).toBe(false);
    expect(isProfileMessage({ type: 'other' })).toBe(false);
    expect(isProfileMessage(null)).toBe(false);
  });
});
