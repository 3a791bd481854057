import { useEffect, useRef, useState } from 'preact/hooks';
import { APPLICATION_STEPS } from '@/lib/portal/steps';
import { explainNoContentScript } from '@/lib/hosts/explain';
import { readAddedHosts } from '@/lib/hosts/store';
import { applicationStatuses, isPreviousApplication, type ShownProgress, type StepStatus } from '@/lib/progress/model';
import { onProfilesChangedElsewhere } from '@/lib/profile/change-signal';
import type { BackgroundRequest, TabRequest } from '@/lib/messaging/messages';
import { localStepShort } from '@/lib/i18n/steps';
import { t, type MessageKey } from '@/lib/i18n/t';
import { localDay } from '@/lib/i18n/local-day';
import { PresenterSection } from '../settings/PresenterSection';

const STATUS_TEXT: Record<StepStatus, MessageKey> = {
  todo: 'popup_status_todo',
  'in-progress': 'popup_status_in_progress',
  done: 'popup_status_done',
  problem: 'popup_status_problem',
};

/**
 * The toolbar popup: progress through the eleven steps of the current application
 * (contract: `zc-progress` with eleven `zc-progress-step` items carrying `data-step-id` and
 * `data-status`), autofill (`zc-popup-autofill`) and the guided tour (`zc-popup-tour`) of the
 * page in the active tab, the presenter switches, and the way to the options page.
 * 重新开始 (`zc-popup-reset`) only asks first: an inline confirmation (`zc-popup-reset-confirm`,
 * `zc-popup-reset-cancel`) says what is cleared and that the profile is kept. Progress of an
 * earlier application (lib/progress/model isPreviousApplication: last year's, on the same portal)
 * is not shown as this one's: every step reads 未开始 under a note naming the day it stopped. The
 * step list is `aria-busy` until the background's answer arrives; the count of done steps and the
 * note that no application is known wait for it too (before it, neither is true of anyone).
 * Progress is the active profile's applicant's (lib/progress/store.ts): the popup names the profile
 * (`zc-progress-owner`, its label as text; 已锁定 while the profiles are locked), follows a switch
 * of the active profile made while it is open, and 重新开始 clears only that applicant's. With no
 * profile at all it names none.
 */
export function Popup() {
  const [shown, setShown] = useState<ShownProgress | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [shortcuts, setShortcuts] = useState<Record<string, string>>({});
  const [confirmingReset, setConfirmingReset] = useState(false);
  const cancelResetRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const load = () => void browser.runtime.sendMessage({ type: 'progress:shown' }).then((answer) => setShown(answer as ShownProgress));
    load();
    // Another applicant made active on the options page: his progress, not the one shown.
    const stop = onProfilesChangedElsewhere(load);
    void browser.commands.getAll().then((commands) => setShortcuts(Object.fromEntries(commands.map((c) => [c.name ?? '', c.shortcut ?? '']))));
    return stop;
  }, []);

  const progress = shown?.progress ?? null;
  const owner = shown?.owner ?? null;
  const app = progress?.current ? progress.applications[progress.current] : undefined;
  const previous = app && isPreviousApplication(app, Date.now()) ? app : undefined;
  const statuses = applicationStatuses(previous ? undefined : app);
  const done = statuses.filter((s) => s.status === 'done').length;

  /** Asks the overlay of the active tab to act (autofill, tour), then closes the popup. */
  async function sendToActiveTab(request: TabRequest) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    try {
      await browser.tabs.sendMessage(tab.id, request);
      window.close();
    } catch {
      setMessage(explainNoContentScript(tab.url, (await readAddedHosts()).map((h) => h.host)));
    }
  }

  const shortcut = (name: string) => shortcuts[name] || t('popup_shortcut_unset');

  // Focus follows the confirmation: onto 取消 (the safe choice) when it opens, back to 重新开始 when it is cancelled.
  useEffect(() => {
    if (confirmingReset) cancelResetRef.current?.focus();
  }, [confirmingReset]);

  function cancelReset() {
    setConfirmingReset(false);
    resetRef.current?.focus();
  }

  async function reset() {
    setConfirmingReset(false);
    if (!app) return;
    // The applicant shown, by id: another one made active meanwhile keeps his progress.
    const request: BackgroundRequest = owner ? { type: 'progress:reset', key: app.key, owner: owner.id } : { type: 'progress:reset', key: app.key };
    setShown((await browser.runtime.sendMessage(request)) as ShownProgress);
  }

  return (
    <main class="popup">
      <header class="popup-head">
        <h1>{t('app_name')}</h1>
        <p class="muted">{t('popup_subtitle')}</p>
      </header>
      <section aria-labelledby="progress-title">
        <div class="row">
          <h2 id="progress-title">{t('popup_progress')}</h2>
          <span class="muted" data-testid="zc-progress-summary">
            {progress && t('popup_progress_summary', done, statuses.length)}
          </span>
        </div>
        {owner && (
          <p class="muted" data-testid="zc-progress-owner" data-profile-id={owner.id}>
            {/* The label as a text node of its own, never through the message's substitutions. */}
            {owner.label === null ? (
              t('popup_progress_owner_locked')
            ) : (
              <>
                {t('popup_progress_owner')}
                <strong class="owner">{owner.label}</strong>
              </>
            )}
          </p>
        )}
        {progress && !app && <p class="muted">{t('popup_no_application')}</p>}
        {previous && (
          <p class="muted" data-testid="zc-progress-previous">
            {t('popup_previous_application', localDay(previous.updatedAt))}
          </p>
        )}
        {/* Busy until the background's answer: the statuses shown before it are no one's. */}
        <ol data-testid="zc-progress" class="steps" aria-busy={progress === null}>
          {APPLICATION_STEPS.map((step, i) => {
            const status = statuses[i]?.status ?? 'todo';
            return (
              <li key={step.id} data-testid="zc-progress-step" data-step-id={step.id} data-status={status} class={`step ${status}`}>
                <span class="num">{step.order}</span>
                <span class="name">{localStepShort(step)}</span>
                <span class="status">{t(STATUS_TEXT[status])}</span>
              </li>
            );
          })}
        </ol>
      </section>
      {message && (
        <p class="message" role="status">
          {message}
        </p>
      )}
      <div class="actions" role="group" aria-label={t('popup_actions_label')}>
        <button type="button" class="primary" data-testid="zc-popup-autofill" onClick={() => void sendToActiveTab({ type: 'overlay:autofill' })}>
          {t('popup_autofill')}
        </button>
        <button type="button" data-testid="zc-popup-tour" onClick={() => void sendToActiveTab({ type: 'overlay:tour' })}>
          {t('popup_tour')}
        </button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_options')}
        </button>
        {app && (
          <button
            type="button"
            class="quiet"
            ref={resetRef}
            data-testid="zc-popup-reset"
            aria-expanded={confirmingReset}
            aria-controls="reset-confirm"
            onClick={() => setConfirmingReset(true)}
          >
            {t('popup_reset')}
          </button>
        )}
      </div>
      {app && confirmingReset && (
        <div
          id="reset-confirm"
          class="confirm"
          role="group"
          aria-labelledby="reset-confirm-text"
          data-testid="zc-popup-reset-panel"
          onKeyDown={(e) => {
            if (e.key === 'Escape') cancelReset();
          }}
        >
          <p id="reset-confirm-text">{t('popup_reset_confirm_text')}</p>
          <div class="confirm-actions">
            <button type="button" class="danger" data-testid="zc-popup-reset-confirm" onClick={() => void reset()}>
              {t('popup_reset_confirm')}
            </button>
            <button type="button" ref={cancelResetRef} data-testid="zc-popup-reset-cancel" onClick={cancelReset}>
              {t('common_cancel')}
            </button>
          </div>
        </div>
      )}
      <p class="muted" data-testid="zc-popup-shortcuts">
        {t('popup_shortcuts', shortcut('autofill-page'), shortcut('toggle-overlay'))}
      </p>
      <PresenterSection compact />
    </main>
  );
}
