import type { CaptureState } from './model';
import { t, tCount } from '@/lib/i18n/t';
import { useShownText } from './presenter-hook';
import { DataTable } from './DataTable';
import { ConfirmActions } from './ConfirmActions';

function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return t('capture_empty');
  if (typeof value === 'boolean') return value ? t('common_yes') : t('common_no');
  return String(value);
}

/** The capture's inputs once the page was read. */
export interface CapturePreviewProps {
  state: Exclude<CaptureState, { phase: 'idle' }>;
  onStart(): void;
  onApply(): void;
  onClose(): void;
}

/**
 * "把本页内容存入档案" after the page was read (the overlay, ./Overlay.tsx, shows only its start button):
 * the diff — each profile item the page would change, before and after, and the page values
 * refused with the reason; nothing is saved until `zc-capture-apply` — and then what was saved,
 * with the start button again. Bundled into on-demand.js, which reading the page loads.
 */
export function CapturePreview({ state, onStart, onApply, onClose }: CapturePreviewProps) {
  const shownText = useShownText();
  if (state.phase === 'done') {
    return (
      <div>
        <p class="zc-ok" role="status" data-testid="zc-capture-done">
          {shownText(state.message)}
        </p>
        <button type="button" class="zc-link-btn" data-testid="zc-capture" onClick={onStart}>
          {t('capture_start')}
        </button>
      </div>
    );
  }
  return (
    <div data-testid="zc-capture-preview">
      {state.changes.length === 0 ? (
        <p class="zc-muted">{t('capture_no_changes')}</p>
      ) : (
        <DataTable columns={[t('capture_col_item'), t('capture_col_before'), t('capture_col_after')]}>
          {state.changes.map((c) => (
            <tr key={c.path} data-testid="zc-capture-change" data-path={c.path}>
              <td>{c.title}</td>
              <td class="zc-muted">{shownText(shown(c.before))}</td>
              <td class="zc-value">{shownText(shown(c.after))}</td>
            </tr>
          ))}
        </DataTable>
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
      <ConfirmActions
        testId="zc-capture-apply"
        label={tCount('capture_apply', state.changes.length)}
        disabled={state.changes.length === 0}
        onConfirm={onApply}
        onCancel={onClose}
      />
    </div>
  );
}
