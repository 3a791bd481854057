// Breaker 32p item 3: wrong passphrases cost no wait, so a script could try them in the options
// page as fast as PBKDF2 allows. After two free tries each wrong one now owes a growing wait,
// said as 请 N 秒后再试; while it lasts no passphrase is tried (the right one neither); the right
// one opens after it; nothing stored is changed by any of it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { openProfileDb, ProfileDbError, saveProfile } from '../../../lib/profile/db';
import { backoffSeconds } from '../../../lib/profile/passphrase-backoff';
import { changePassphrase, disableProtection, enableProtection, getProtectionStatus, lockProfiles, unlockProfiles } from '../../../lib/profile/protection';
import { emptyProfile } from '../../../lib/profile/schema';
import { optionsPageRoot } from '../options/page-root';
import { refusal } from '../profile/db-helpers';

vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));

const { root, byTestId } = optionsPageRoot();
const PASS = '我的申报密码 2024';
const WRONG = '我的申报密码 2025';

afterEach(() => {
  vi.useRealTimers();
});

/** The stored profiles and protection record, as stored. */
async function storedNow(): Promise<string> {
  const db = await openProfileDb();
  return JSON.stringify([await db.getAll('profiles'), await db.getAll('protection')]);
}

describe('the wait after wrong passphrases', () => {
  it('is none for two tries, then 5 s doubling up to 5 minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 9, 10, 30].map(backoffSeconds)).toEqual([0, 0, 0, 5, 10, 20, 40, 300, 300, 300]);
  });

  it('refuses every passphrase while it lasts, opens with the right one after it, and changes nothing stored', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-05T10:00:00Z'));
    await saveProfile({ profile: emptyProfile('张小明') });
    await enableProtection(PASS);
    await lockProfiles();
    const before = await storedNow();

    for (let i = 0; i < 2; i++) {
      const e = await refusal(unlockProfiles(WRONG));
      expect(e !== 'resolved' && [e.kind, e.userMessage]).toEqual(['wrong-passphrase', '密码不正确。']);
    }
    const third = await refusal(unlockProfiles(WRONG));
    expect(third !== 'resolved' && third.userMessage).toBe('密码不正确（已连续输错 3 次）。请 5 秒后再试。');

    vi.setSystemTime(new Date('2026-12-05T10:00:02Z'));
    const early = await refusal(unlockProfiles(PASS));
    expect(early !== 'resolved' && [early.kind, early.userMessage]).toEqual(['retry-later', '密码已连续输错 3 次，请 3 秒后再试。']);
    // Every use of the passphrase waits alike: turning protection off, changing it.
    expect(((await refusal(disableProtection(PASS))) as ProfileDbError).kind).toBe('retry-later');
    expect(((await refusal(changePassphrase(PASS, 'a new passphrase'))) as ProfileDbError).kind).toBe('retry-later');
    expect(await storedNow()).toBe(before);
    expect(await getProtectionStatus()).toMatchObject({ enabled: true, unlocked: false });

    vi.setSystemTime(new Date('2026-12-05T10:00:05Z'));
    const fourth = await refusal(unlockProfiles(WRONG));
    expect(fourth !== 'resolved' && fourth.userMessage).toContain('请 10 秒后再试');
    vi.setSystemTime(new Date('2026-12-05T10:00:15Z'));
    expect(await refusal(unlockProfiles(PASS))).toBe('resolved');
    expect(await getProtectionStatus()).toMatchObject({ enabled: true, unlocked: true });
    expect(await storedNow()).toBe(before);

    // The right passphrase ended the run: the next wrong one is a first one again.
    await lockProfiles();
    const afresh = await refusal(unlockProfiles(WRONG));
    expect(afresh !== 'resolved' && afresh.userMessage).toBe('密码不正确。');
  });

  it('is said on the unlock panel', async () => {
    await saveProfile({ profile: emptyProfile('张小明') });
    await enableProtection(PASS);
    await lockProfiles();
    await act(() => render(<OptionsApp />, root()));
    await vi.waitFor(() => expect(byTestId('unlock-panel')).not.toBeNull());
    for (let i = 0; i < 3; i++) {
      const input = byTestId('unlock-passphrase') as HTMLInputElement;
      await act(() => {
        input.value = WRONG;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await act(() => (byTestId('unlock-submit') as HTMLButtonElement).click());
      await vi.waitFor(() => expect(byTestId('unlock-error')).not.toBeNull(), { timeout: 5000 });
      if (i < 2) await vi.waitFor(() => expect((byTestId('unlock-submit') as HTMLButtonElement).textContent).not.toContain('…'));
    }
    await vi.waitFor(() => expect(byTestId('unlock-error')?.textContent).toMatch(/请 \d+ 秒后再试/), { timeout: 5000 });
  });
});
