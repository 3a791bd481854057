import { useState } from 'preact/hooks';
import { t, tCount } from '@/lib/i18n/t';
import { localDay } from '@/lib/i18n/local-day';
import {
  changePassphrase,
  disableProtection,
  enableProtection,
  lockProfiles,
  MIN_PASSPHRASE_LENGTH,
  type ProtectionStatus,
} from '../../lib/profile/protection';
import { newPassphraseProblem, PassphraseInput } from './PassphraseInput';
import { usePassphraseWait, WaitNotice, waitCauseOf, type PassphraseWaitState } from './passphrase-wait';
import { errorText } from '../../lib/error-text';

interface PassphrasePanelProps {
  /** Protection as last read; the panel is shown only while unlocked or off. */
  status: ProtectionStatus;
  /** Profiles stored now (for the confirmation message). */
  profileCount: number;
  /** The editor holds unsaved changes: locking would drop them, so 锁定 waits. */
  dirty: boolean;
  /** Called after protection changed, with the confirmation to show (or null after 锁定). */
  onChanged: (message: string | null) => void;
}

type Mode = 'idle' | 'enable' | 'change' | 'disable';

/**
 * 密码保护: turn passphrase protection on (after the plain warning that a forgotten passphrase
 * loses the profiles, and a confirmation), lock, change the passphrase, turn it off. Changing
 * and turning off ask the current passphrase: while the wait after wrong ones lasts
 * (lib/profile/passphrase-backoff.ts) their button is disabled and the seconds count down (WaitNotice).
 */
export function PassphrasePanel({ status, profileCount, dirty, onChanged }: PassphrasePanelProps) {
  const [mode, setMode] = useState<Mode>('idle');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const wait = usePassphraseWait();
  const waiting = wait.seconds > 0;
  /** What began the wait: a wrong current passphrase here, or wrong ones before (the unlock form, another page). */
  const [waitCause, setWaitCause] = useState<'wrong' | 'earlier'>('earlier');
  const waitText = (seconds: number) => (waitCause === 'wrong' ? t('passphrase_wait_wrong', wait.failures, seconds) : t('passphrase_wait_earlier', wait.failures, seconds));

  const open = (m: Mode) => {
    setMode(m);
    setCurrent('');
    setNext('');
    setRepeat('');
    setUnderstood(false);
    setError(null);
    // A wait that ended is not said again; one begun on another page is.
    void wait.refresh();
  };

  /** Runs a protection change; the form stays open with the error when it fails (nothing changed). */
  async function submit(work: () => Promise<void>, message: string) {
    setWorking(true);
    setError(null);
    try {
      await work();
      open('idle');
      onChanged(message);
    } catch (e) {
      // A wait is said by its countdown (FormFooter), not by the error that began it.
      const cause = waitCauseOf(e);
      if (cause) setWaitCause(cause);
      const waitsNow = cause !== null && (await wait.refresh()) > 0;
      setError(waitsNow ? null : errorText(e));
    } finally {
      setWorking(false);
    }
  }

  const newProblem = next === '' && repeat === '' ? null : newPassphraseProblem(next, repeat);
  const newReady = next !== '' && newProblem === null;
  const minHint = t('passphrase_min_length', MIN_PASSPHRASE_LENGTH);

  return (
    <section class="panel passphrase" aria-labelledby="passphrase-heading" data-testid="passphrase-panel">
      <h2 id="passphrase-heading">{t('passphrase_title')}</h2>
      <p class="hint" data-testid="passphrase-status" data-state={status.enabled ? 'on' : 'off'}>
        {status.enabled ? t('passphrase_on_status', localDay(status.since)) : t('passphrase_off_status')}
      </p>

      {mode === 'idle' && !status.enabled && (
        <button type="button" class="secondary full" data-testid="passphrase-start-enable" onClick={() => open('enable')}>
          {t('passphrase_start_enable')}
        </button>
      )}
      {mode === 'idle' && status.enabled && (
        <div class="button-row">
          <button
            type="button"
            class="primary small"
            data-testid="passphrase-lock"
            disabled={dirty}
            title={dirty ? t('passphrase_lock_dirty') : undefined}
            onClick={() => void lockProfiles().then(() => onChanged(null), (e: unknown) => setError(errorText(e)))}
          >
            {t('passphrase_lock')}
          </button>
          <button type="button" class="link" data-testid="passphrase-change-start" onClick={() => open('change')}>
            {t('passphrase_change_start')}
          </button>
          <button type="button" class="link danger" data-testid="passphrase-disable-start" onClick={() => open('disable')}>
            {t('passphrase_disable_start')}
          </button>
        </div>
      )}

      {mode === 'enable' && (
        <form
          class="passphrase-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (newReady && understood) void submit(() => enableProtection(next), tCount('passphrase_enabled_message', profileCount));
          }}
        >
          <div class="passphrase-warning" role="alert" data-testid="passphrase-warning">
            <strong>{t('passphrase_warning')}</strong>
            <p>{t('passphrase_backup_hint')}</p>
          </div>
          <PassphraseInput label={t('passphrase_new')} hint={minHint} value={next} testId="passphrase-new" autocomplete="new-password" onInput={setNext} autofocus />
          <PassphraseInput label={t('passphrase_repeat')} value={repeat} testId="passphrase-repeat" autocomplete="new-password" onInput={setRepeat} />
          <label class="check">
            <input type="checkbox" data-testid="passphrase-confirm" checked={understood} onChange={(e) => setUnderstood(e.currentTarget.checked)} />
            {t('passphrase_confirm_checkbox')}
          </label>
          <FormFooter problem={newProblem ?? error} working={working} submitLabel={t('passphrase_enable')} submitTestId="passphrase-enable" canSubmit={newReady && understood} onCancel={() => open('idle')} />
        </form>
      )}

      {mode === 'change' && (
        <form
          class="passphrase-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (newReady && current !== '' && !waiting) void submit(() => changePassphrase(current, next), t('passphrase_changed_message'));
          }}
        >
          <PassphraseInput label={t('passphrase_current')} value={current} testId="passphrase-current" autocomplete="current-password" onInput={setCurrent} autofocus />
          <PassphraseInput label={t('passphrase_new')} hint={minHint} value={next} testId="passphrase-new" autocomplete="new-password" onInput={setNext} />
          <PassphraseInput label={t('passphrase_repeat')} value={repeat} testId="passphrase-repeat" autocomplete="new-password" onInput={setRepeat} />
          <p class="hint">{t('passphrase_warning')}</p>
          <FormFooter problem={newProblem ?? error} working={working} submitLabel={t('passphrase_change')} submitTestId="passphrase-change" canSubmit={newReady && current !== ''} wait={wait} waitText={waitText} onCancel={() => open('idle')} />
        </form>
      )}

      {mode === 'disable' && (
        <form
          class="passphrase-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (current !== '' && !waiting) void submit(() => disableProtection(current), t('passphrase_disabled_message'));
          }}
        >
          <p class="hint">{t('passphrase_disable_note')}</p>
          <PassphraseInput label={t('passphrase_current')} value={current} testId="passphrase-current" autocomplete="current-password" onInput={setCurrent} autofocus />
          <FormFooter problem={error} working={working} submitLabel={t('passphrase_disable')} submitTestId="passphrase-disable" canSubmit={current !== ''} wait={wait} waitText={waitText} onCancel={() => open('idle')} />
        </form>
      )}

      {mode === 'idle' && error && (
        <p class="field-error" role="alert" data-testid="passphrase-error">
          {error}
        </p>
      )}
    </section>
  );
}

interface FormFooterProps {
  problem: string | null;
  working: boolean;
  submitLabel: string;
  submitTestId: string;
  canSubmit: boolean;
  onCancel: () => void;
  /** For a form that asks the current passphrase: the wait after wrong ones, which disables its button. */
  wait?: PassphraseWaitState;
  /** The wait's message for a number of seconds. */
  waitText?: (seconds: number) => string;
}

/** The error line and the buttons of a 密码保护 form. */
function FormFooter({ problem, working, submitLabel, submitTestId, canSubmit, onCancel, wait, waitText }: FormFooterProps) {
  const waiting = !!wait && wait.seconds > 0;
  return (
    <>
      {wait && waitText && <WaitNotice wait={wait} testId="passphrase-wait" text={waitText} />}
      {problem && (
        <p class="field-error" role="alert" data-testid="passphrase-error">
          {problem}
        </p>
      )}
      {working && (
        <p class="hint" role="status">
          {t('passphrase_working')}
        </p>
      )}
      <div class="button-row">
        <button type="submit" class="primary small" data-testid={submitTestId} disabled={!canSubmit || working || waiting}>
          {submitLabel}
        </button>
        <button type="button" class="secondary small" disabled={working} onClick={onCancel}>
          {t('common_cancel')}
        </button>
      </div>
    </>
  );
}
