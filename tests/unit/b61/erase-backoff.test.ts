// Breaker 61 finding 1: the wait after wrong passphrases (lib/profile/passphrase-backoff.ts) is
// kept in browser.storage.session for the browser session, and it outlived the protection it was
// earned against. An applicant who forgot his passphrase, guessed a few times, erased the
// encrypted profiles (忘记密码 → 清除), restored his backup and chose a new passphrase was refused
// his NEW, right passphrase (请 N 秒后再试) and owed up to five minutes after one slip of it: the
// guesses at the old passphrase counted against the new one. A new protection starts with no
// wrong tries; the wait against the protection in force is unchanged (tests/unit/b32p).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveProfile } from '../../../lib/profile/db';
import { enableProtection, eraseProtectedProfiles, getProtectionStatus, lockProfiles, unlockProfiles } from '../../../lib/profile/protection';
import { emptyProfile } from '../../../lib/profile/schema';
import { refusal, resetProfileStore } from '../profile/db-helpers';

const FORGOTTEN = '我的申报密码 2024';
const GUESS = '我的申报密码 2025';
const NEW = '新的申报密码 2026';

beforeEach(resetProfileStore);
afterEach(() => {
  vi.useRealTimers();
});

/** Protection on with a passphrase he then forgets; five wrong guesses (a 20 s wait owed), each tried once the wait before it ended. */
async function forgetAndGuess(): Promise<number> {
  vi.useFakeTimers({ toFake: ['Date'] });
  let now = Date.parse('2026-12-07T02:00:00Z');
  vi.setSystemTime(now);
  await saveProfile({ profile: emptyProfile('张小明') });
  await enableProtection(FORGOTTEN);
  await lockProfiles();
  for (const waitAfter of [0, 0, 5, 10, 20]) {
    const e = await refusal(unlockProfiles(GUESS));
    expect(e !== 'resolved' && e.kind).toBe('wrong-passphrase');
    now += waitAfter * 1000;
    if (waitAfter < 20) vi.setSystemTime(now);
  }
  return now;
}

describe('the wait after wrong passphrases, once the profiles they were tried on are erased', () => {
  it('does not hold back the new passphrase chosen after the erase', async () => {
    await forgetAndGuess();
    await eraseProtectedProfiles();
    await saveProfile({ profile: emptyProfile('张小明（从备份恢复）') });
    await enableProtection(NEW);
    await lockProfiles();
    expect(await refusal(unlockProfiles(NEW))).toBe('resolved');
    expect(await getProtectionStatus()).toMatchObject({ enabled: true, unlocked: true });
  });

  it('gives the new passphrase its own free tries: one slip of it costs no wait', async () => {
    const waitEnds = await forgetAndGuess();
    await eraseProtectedProfiles();
    await enableProtection(NEW);
    await lockProfiles();
    // Past the wait the guesses owed: only the count of them is left.
    vi.setSystemTime(waitEnds + 1000);
    const slip = await refusal(unlockProfiles(GUESS));
    expect(slip !== 'resolved' && [slip.kind, slip.userMessage]).toEqual(['wrong-passphrase', '密码不正确。']);
    expect(await refusal(unlockProfiles(NEW))).toBe('resolved');
  });
});
