import type { PreSubmitState } from './model';
import { FindingText } from './FindingList';
import { useShownText } from './presenter-hook';
import { t, tCount } from '@/lib/i18n/t';

/**
 * Shown when the user presses the portal's 保存 / 保存并下一步 / 送审 while the page has errors.
 * The user either goes back to fix them or continues anyway; we never trap him. For 送审 we do
 * not press the button for him (spec/test-contract.md §Never): "继续" only lets his next click
 * through. Rendered by on-demand.js (components/on-demand/views.tsx): the portal's button is held
 * at once, the dialog follows once on-demand.js is loaded (lib/content/controller.tsx).
 */
export interface PreSubmitDialogProps {
  state: PreSubmitState;
  onContinue(): void;
  onCancel(): void;
  onJump(control: number): void;
}

export function PreSubmitDialog({ state, onContinue, onCancel, onJump }: PreSubmitDialogProps) {
  const shownText = useShownText();
  // 定位 is 返回修改 at that field: the dialog closes, so the field is not left under it (a long
  // list covers the page's right-hand column).
  const goBackTo = (control: number) => {
    onCancel();
    onJump(control);
  };
  const continueText = state.kind === 'submit' ? t('presubmit_continue_submit', state.buttonText) : t('presubmit_continue_save', state.buttonText);
  // A modal dialog: Esc goes back (返回修改), Tab stays among its buttons and 定位 links.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onCancel();
    if (event.key !== 'Tab') return;
    const buttons = Array.from((event.currentTarget as HTMLElement).querySelectorAll('button'));
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (event.shiftKey ? at <= 0 : at === buttons.length - 1) {
      event.preventDefault();
      buttons.at(event.shiftKey ? -1 : 0)?.focus();
    }
  };
  return (
    <div class="zc-dialog" role="alertdialog" aria-modal="true" aria-labelledby="zc-presubmit-title" data-testid="zc-presubmit" onKeyDown={onKeyDown}>
      <h2 id="zc-presubmit-title" class="zc-h2">
        {tCount('presubmit_title', state.errors.length, state.buttonText)}
      </h2>
      <ul class="zc-findings">
        {state.errors.map((f, i) => (
          <li key={`${f.checkId}-${i}`} class={`zc-finding zc-${f.severity}`} data-testid="zc-presubmit-finding" data-check-id={f.checkId}>
            <FindingText finding={f} onJump={goBackTo} shownText={shownText} />
          </li>
        ))}
      </ul>
      <p class="zc-hint">{t('presubmit_hint')}</p>
      <div class="zc-actions">
        <button type="button" class="zc-btn zc-primary" data-testid="zc-presubmit-cancel" onClick={onCancel} ref={focusOnMount}>
          {t('presubmit_cancel')}
        </button>
        <button type="button" class="zc-btn" data-testid="zc-presubmit-continue" onClick={onContinue}>
          {continueText}
        </button>
      </div>
    </div>
  );
}

/**
 * Takes the focus from the portal's button into the dialog when it opens (the `autofocus`
 * attribute does nothing in a shadow root added after load). One function, so Preact calls it
 * on mount only, not again on every redraw of the panel. Without scrolling: the button is at the
 * bottom of a dialog that scrolls in a small window, and its heading must show first.
 */
function focusOnMount(button: HTMLButtonElement | null): void {
  button?.focus({ preventScroll: true });
}
