import { browser } from 'wxt/browser';

/**
 * A growing wait after wrong passphrases (breaker 32p item 3), so that a script trying
 * passphrases in the options page is slowed to a few guesses an hour, while an applicant who
 * mistypes once or twice never waits. The count of wrong tries in a row is kept in
 * browser.storage.session (the extension's pages only; gone when the browser closes, like the
 * unlocked key: session-key.ts), so every options tab shares it and reloading the page does not
 * reset it; a right passphrase clears it. The profiles and the protection record are never
 * touched. This slows guessing through the page only: the real defence against a copy of the
 * database is the PBKDF2 cost of each guess (crypto.ts).
 */

const FAILURES_KEY = 'zc.passphraseFailures';

/**
 * The schedule: wrong tries in a row that cost no wait, the wait after the next one (seconds),
 * doubled after each further one, and the longest wait.
 */
export const PASSPHRASE_BACKOFF = { freeTries: 2, firstWaitSeconds: 5, maxWaitSeconds: 300 } as const;

interface Failures {
  /** Wrong passphrases in a row. */
  count: number;
  /** Epoch milliseconds of the last one. */
  lastAt: number;
}

function isFailures(value: unknown): value is Failures {
  return typeof value === 'object' && value !== null && Number.isInteger((value as Failures).count) && typeof (value as Failures).lastAt === 'number';
}

/**
 * The wait owed after a number of wrong passphrases in a row.
 * @param failures wrong tries in a row (0 or more)
 * @returns seconds: 0 for the first PASSPHRASE_BACKOFF.freeTries, then 5, 10, 20, … up to 300
 */
export function backoffSeconds(failures: number): number {
  const { freeTries, firstWaitSeconds, maxWaitSeconds } = PASSPHRASE_BACKOFF;
  if (failures <= freeTries) return 0;
  return Math.min(maxWaitSeconds, firstWaitSeconds * 2 ** (failures - freeTries - 1));
}

async function readFailures(): Promise<Failures> {
  try {
    const value: unknown = (await browser.storage.session.get(FAILURES_KEY))[FAILURES_KEY];
    return isFailures(value) ? value : { count: 0, lastAt: 0 };
  } catch {
    // No session storage (an old browser): no back-off rather than no unlock.
    return { count: 0, lastAt: 0 };
  }
}

async function writeFailures(value: Failures | null): Promise<void> {
  try {
    if (value) await browser.storage.session.set({ [FAILURES_KEY]: value });
    else await browser.storage.session.remove(FAILURES_KEY);
  } catch (e) {
    console.warn('[zc] passphrase back-off not kept', e);
  }
}

/**
 * How long a passphrase must not be tried yet.
 * @param now epoch milliseconds (default: now)
 * @returns whole seconds still to wait (0 = may try now) and the wrong tries in a row so far
 */
export async function passphraseWait(now = Date.now()): Promise<{ seconds: number; failures: number }> {
  const { count, lastAt } = await readFailures();
  const remaining = lastAt + backoffSeconds(count) * 1000 - now;
  return { seconds: remaining > 0 ? Math.ceil(remaining / 1000) : 0, failures: count };
}

/**
 * Counts one more wrong passphrase.
 * @param now epoch milliseconds (default: now)
 * @returns the wrong tries in a row now, and the seconds to wait before the next try
 */
export async function noteWrongPassphrase(now = Date.now()): Promise<{ failures: number; seconds: number }> {
  const count = (await readFailures()).count + 1;
  await writeFailures({ count, lastAt: now });
  return { failures: count, seconds: backoffSeconds(count) };
}

/** Forgets the wrong tries: called when the right passphrase was given. */
export function clearWrongPassphrases(): Promise<void> {
  return writeFailures(null);
}
