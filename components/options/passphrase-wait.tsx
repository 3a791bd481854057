import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import { ProfileDbError } from '../../lib/profile/db';
import { passphraseWait } from '../../lib/profile/passphrase-backoff';

/** The wait after wrong passphrases, as a form shows it. */
export interface PassphraseWaitState {
  /** Whole seconds still to wait, counting down once a second; 0 when a passphrase may be tried. */
  seconds: number;
  /** Wrong passphrases in a row when the wait was last read. */
  failures: number;
  /** The seconds the wait had when it was read (what is announced once to a screen reader). */
  startSeconds: number;
  /** True from the end of a wait until the next read: the form says a passphrase may be tried again. */
  over: boolean;
  /**
   * Reads the wait again (lib/profile/passphrase-backoff passphraseWait): after a passphrase was
   * refused, or when another page may have changed it. Never throws.
   * @returns the seconds to wait as read (0: none)
   */
  refresh: () => Promise<number>;
}

/**
 * Follows the wait wrong passphrases call for (lib/profile/passphrase-backoff.ts), so a form can
 * keep its button disabled while it lasts and show the seconds left: read when the form opens
 * (a page reloaded during a wait still waits) and after every refusal (`refresh`), then counted
 * down from the clock once a second, to 0.
 * @returns the seconds left, the wrong tries, and `refresh`
 */
export function usePassphraseWait(): PassphraseWaitState {
  const [wait, setWait] = useState<{ until: number; failures: number; startSeconds: number } | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const refresh = useCallback(async () => {
    try {
      const read = await passphraseWait();
      const at = Date.now();
      setNow(at);
      setWait(read.seconds > 0 ? { until: at + read.seconds * 1000, failures: read.failures, startSeconds: read.seconds } : null);
      return read.seconds;
    } catch {
      setWait(null);
      return 0;
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const seconds = wait ? Math.max(0, Math.ceil((wait.until - now) / 1000)) : 0;
  useEffect(() => {
    if (seconds <= 0) return;
    // The next tick when the shown number changes, so the count never lags the clock.
    const delay = ((wait!.until - now) % 1000 || 1000) + 5;
    const timer = setTimeout(() => setNow(Date.now()), delay);
    return () => clearTimeout(timer);
  }, [wait, now, seconds]);
  return { seconds, failures: wait?.failures ?? 0, startSeconds: wait?.startSeconds ?? 0, over: wait !== null && seconds === 0, refresh };
}

interface WaitNoticeProps {
  wait: PassphraseWaitState;
  /** The message with a number of seconds put in (passphrase_wait_wrong or passphrase_wait_earlier). */
  text: (seconds: number) => string;
  /** Test id of the visible message. */
  testId: string;
}

/**
 * The wait after wrong passphrases as a form shows it: the message counting the seconds down
 * (seen, not announced each second), then 现在可以再次输入密码了; and a polite status a screen
 * reader hears only when the wait starts (its first number) and when it ends (`…-status`).
 * Renders the status even when there is nothing to say, so that its first message is announced.
 */
export function WaitNotice({ wait, text, testId }: WaitNoticeProps) {
  return (
    <>
      {wait.seconds > 0 ? (
        <p class="field-error" data-testid={testId} data-wait={wait.seconds}>
          {text(wait.seconds)}
        </p>
      ) : (
        wait.over && (
          <p class="hint" data-testid={`${testId}-over`}>
            {t('passphrase_wait_over')}
          </p>
        )
      )}
      <p class="visually-hidden" role="status" data-testid={`${testId}-status`}>
        {wait.seconds > 0 ? text(wait.startSeconds) : wait.over ? t('passphrase_wait_over') : ''}
      </p>
    </>
  );
}

/**
 * Whether a refused passphrase began or met a wait (ProfileDbError 'wrong-passphrase' or
 * 'retry-later'), so the form reads the wait again; and which wording says it.
 * @param e what the protection call threw
 * @returns 'wrong' for a wrong passphrase, 'earlier' for a try refused because of earlier ones, else null
 */
export function waitCauseOf(e: unknown): 'wrong' | 'earlier' | null {
  if (!(e instanceof ProfileDbError)) return null;
  return e.kind === 'wrong-passphrase' ? 'wrong' : e.kind === 'retry-later' ? 'earlier' : null;
}
