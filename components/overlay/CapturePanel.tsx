import type { CaptureState } from './model';
import { t } from '@/lib/i18n/t';
import { useShownText } from './presenter';

function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return t('capture_empty');
  if (typeof value === 'boolean') return value ? t('common_yes') : t('common_no');
  return String(value);
}

/**
 * "把本页内容存入档案": reads what this page shows back into the active profile — how a repeat
 * applicant builds a profile from last year's filled pages without typing. A diff is shown
 * first; nothing is saved until the user confirms.
 */
export function CapturePanel({
  state,
  onStart,
  onApply,
  onClose,
}: {
  state: CaptureState;
  onStart(): void;
  onApply(): void;
  onClose(): void;
}) {
  const shownText = useShownText();
  if (state.phase === 'preview') {
    return (
      <div class="zc-capture" data-testid="zc-capture-preview">
        {state.changes.length === 0 ? (
          <p class="zc-muted">{t('capture_no_changes')}</p>
        ) : (
          <table class="zc-table">
            <thead>
              <tr>
                <th scope="col">{t('capture_col_item')}</th>
                <th scope="col">{t('capture_col_before')}</th>
                <th scope="col">{t('capture_col_after')}</th>
              </tr>
            </thead>
            <tbody>
              {state.changes.map((c) => (
                <tr key={c.path} data-testid="zc-capture-change" data-path={c.path}>
                  <td>{c.title}</td>
                  <td class="zc-muted">{shownText(shown(c.before))}</td>
                  <td class="zc-value">{shownText(shown(c.after))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {state.rejected.length > 0 && (
          <ul class="zc-report">
            {state.rejected.map((r) => (
              <li key={r.path} class="zc-result-skipped">
                <span class="zc-result">{t('capture_rejected')}</span>
                <span>{t('common_label_value', r.title, shownText(r.reason))}</span>
              </li>
            ))}
          </ul>
        )}
        <div class="zc-actions">
          <button type="button" class="zc-btn zc-primary" data-testid="zc-capture-apply" disabled={state.changes.length === 0} onClick={onApply}>
            {t('capture_apply', state.changes.length)}
          </button>
          <button type="button" class="zc-btn" onClick={onClose}>
            {t('common_cancel')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div class="zc-capture">
      {state.phase === 'done' && (
        <p class="zc-ok" role="status" data-testid="zc-capture-done">
          {shownText(state.message)}
        </p>
      )}
      <button type="button" class="zc-link-btn" data-testid="zc-capture" onClick={onStart}>
        {t('capture_start')}
      </button>
    </div>
  );
}
