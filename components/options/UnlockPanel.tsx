import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import { eraseProtectedProfiles, unlockProfiles } from '../../lib/profile/protection';
import { forgetGoneProfilesProgress } from '../../lib/progress/profile-progress';
import { PassphraseInput } from './PassphraseInput';
import { usePassphraseWait, WaitNotice, waitCauseOf } from './passphrase-wait';
import { errorText } from '../../lib/error-text';

interface UnlockPanelProps {
  /** Called after a successful unlock, or after the erase (with its confirmation). */
  onUnlocked: (message: string | null) => void;
}

/**
 * Shown instead of the profiles while they are encrypted and this browser session is locked:
 * asks for the passphrase. For a forgotten one, the only way on is to erase the encrypted
 * profiles (confirmed first) and restore from an exported file or backup.
 * While the wait after wrong passphrases lasts (lib/profile/passphrase-backoff.ts) 解锁 is
 * disabled, Enter in the box tries nothing either, and the message counts the seconds down
 * (WaitNotice); also when the page was opened or reloaded during the wait.
 */
export function UnlockPanel({ onUnlocked }: UnlockPanelProps) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const [eraseConfirmed, setEraseConfirmed] = useState(false);
  /** What began the wait: a wrong passphrase on this page, or wrong ones before it (or elsewhere). */
  const [waitCause, setWaitCause] = useState<'wrong' | 'earlier'>('earlier');
  const wait = usePassphraseWait();
  const waiting = wait.seconds > 0;

  async function run(work: () => Promise<void>, message: string | null) {
    setWorking(true);
    setError(null);
    try {
      await work();
      onUnlocked(message);
    } catch (e) {
      setPassphrase('');
      const cause = waitCauseOf(e);
      if (cause) {
        setWaitCause(cause);
        await wait.refresh();
      }
      setError(errorText(e));
    } finally {
      setWorking(false);
    }
  }

  /** The erase, and the erased profiles' progress with them (lib/progress/profile-progress.ts). */
  async function eraseAll() {
    await eraseProtectedProfiles();
    await forgetGoneProfilesProgress();
  }

  return (
    <section class="panel unlock" aria-labelledby="unlock-heading" data-testid="unlock-panel">
      <h2 id="unlock-heading">{t('passphrase_unlock_title')}</h2>
      <p>{t('passphrase_unlock_intro')}</p>
      <form
        class="passphrase-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (passphrase !== '' && !waiting) void run(() => unlockProfiles(passphrase), null);
        }}
      >
        <PassphraseInput label={t('passphrase_unlock_label')} value={passphrase} testId="unlock-passphrase" autocomplete="current-password" onInput={setPassphrase} autofocus />
        {/* The wait's own message replaces the error that began it (which named its first number). */}
        {error && !waiting && !wait.over && (
          <p class="field-error" role="alert" data-testid="unlock-error">
            {error}
          </p>
        )}
        <WaitNotice
          wait={wait}
          testId="unlock-error"
          text={(seconds) => (waitCause === 'wrong' ? t('passphrase_wait_wrong', wait.failures, seconds) : t('passphrase_wait_earlier', wait.failures, seconds))}
        />
        <div class="button-row">
          <button type="submit" class="primary" data-testid="unlock-submit" disabled={passphrase === '' || working || waiting}>
            {working ? t('passphrase_unlocking') : t('passphrase_unlock')}
          </button>
        </div>
      </form>
      <details class="forgot" data-testid="unlock-forgot">
        <summary>{t('passphrase_forgot')}</summary>
        <p>{t('passphrase_forgot_text')}</p>
        <label class="check">
          <input type="checkbox" data-testid="erase-confirm" checked={eraseConfirmed} onChange={(e) => setEraseConfirmed(e.currentTarget.checked)} />
          {t('passphrase_erase_confirm')}
        </label>
        <button
          type="button"
          class="secondary small danger"
          data-testid="erase-submit"
          disabled={!eraseConfirmed || working}
          onClick={() => void run(eraseAll, t('passphrase_erased_message'))}
        >
          {t('passphrase_erase')}
        </button>
      </details>
    </section>
  );
}
