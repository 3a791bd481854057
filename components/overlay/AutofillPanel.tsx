import type { AutofillState } from './model';
import type { FillItem } from '@/lib/fill/plan';
import { t, type MessageKey } from '@/lib/i18n/t';
import { useShownText } from './presenter';

const RESULT_TEXT = { filled: 'fill_result_filled', skipped: 'fill_result_skipped', failed: 'fill_result_failed', 'needs-user': 'fill_needs_user' } as const satisfies Record<string, MessageKey>;
const ACTION_TEXT = { fill: 'fill_action_fill', skip: 'fill_action_skip', 'needs-user': 'fill_needs_user' } as const satisfies Record<string, MessageKey>;

function willWrite(item: FillItem, overwrite: ReadonlySet<number>): boolean {
  return item.action === 'fill' && (!item.overwrite || overwrite.has(item.control));
}

/**
 * Autofill in three stages (spec/test-contract.md): the `zc-autofill` button plans a fill and
 * shows a preview (field, value, source); `zc-autofill-apply` writes it; `zc-autofill-report`
 * then lists every field with `data-result`. A field that already holds a value is only
 * overwritten when the user ticks it in the preview.
 */
export function AutofillPanel({
  state,
  profileLabel,
  profileProblem,
  onStart,
  onChooseRecord,
  onToggleOverwrite,
  onApply,
  onClose,
  onJump,
}: {
  state: AutofillState;
  profileLabel: string | null;
  /** Why no profile could be read (shown in the panel's notice), or null. */
  profileProblem: string | null;
  onStart(): void;
  onChooseRecord(index: number): void;
  onToggleOverwrite(control: number): void;
  onApply(): void;
  onClose(): void;
  onJump(control: number): void;
}) {
  const shownText = useShownText();
  return (
    <div class="zc-autofill-box">
      {/* Without a profile the reason is in the panel's notice (none set up, locked, unreadable). */}
      {profileLabel && <p class="zc-muted">{t('fill_using_profile', shownText(profileLabel))}</p>}
      {!profileLabel && !profileProblem && <p class="zc-muted">{t('fill_no_profile')}</p>}

      {state.phase === 'idle' && (
        <button type="button" class="zc-btn zc-primary" data-testid="zc-autofill" onClick={onStart}>
          {t('fill_start')}
        </button>
      )}

      {state.phase === 'preview' && (
        <div data-testid="zc-autofill-preview">
          {state.plan.recordSection && state.plan.recordCount > 0 && (
            <label class="zc-record-pick">
              {t('fill_record_before')}
              <select
                value={String(state.plan.recordIndex ?? 0)}
                onChange={(e) => onChooseRecord(Number((e.currentTarget as HTMLSelectElement).value))}
              >
                {Array.from({ length: state.plan.recordCount }, (_, i) => (
                  <option key={i} value={String(i)}>
                    {i + 1}
                  </option>
                ))}
              </select>
              {t('fill_record_after', state.plan.recordCount)}
            </label>
          )}
          {state.plan.items.length === 0 ? (
            <p class="zc-muted">{t('fill_nothing')}</p>
          ) : (
            <table class="zc-table">
              <thead>
                <tr>
                  <th scope="col">{t('fill_col_field')}</th>
                  <th scope="col">{t('fill_col_value')}</th>
                  <th scope="col">{t('fill_col_source')}</th>
                  <th scope="col">{t('fill_col_action')}</th>
                </tr>
              </thead>
              <tbody>
                {state.plan.items.map((item) => (
                  <tr key={item.control} data-testid="zc-autofill-preview-item" data-key={item.key ?? ''} data-action={item.action}>
                    <td>{item.label}</td>
                    <td class="zc-value">{shownText(item.value)}</td>
                    <td class="zc-muted">{item.source}</td>
                    <td>
                      {item.action === 'fill' && item.overwrite ? (
                        <label class="zc-check">
                          <input
                            type="checkbox"
                            checked={state.overwrite.has(item.control)}
                            onChange={() => onToggleOverwrite(item.control)}
                          />
                          {t('fill_overwrite')}
                        </label>
                      ) : (
                        <span>{t(ACTION_TEXT[item.action])}</span>
                      )}
                      {item.reason && <div class="zc-muted">{shownText(item.reason)}</div>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p class="zc-hint">{t('fill_never_saves')}</p>
          <div class="zc-actions">
            <button
              type="button"
              class="zc-btn zc-primary"
              data-testid="zc-autofill-apply"
              onClick={onApply}
            >
              {t('fill_apply', state.plan.items.filter((i) => willWrite(i, state.overwrite)).length)}
            </button>
            <button type="button" class="zc-btn" onClick={onClose}>
              {t('common_cancel')}
            </button>
          </div>
        </div>
      )}

      {state.phase === 'applying' && <p role="status">{t('fill_applying')}</p>}

      {state.phase === 'report' && (
        <div data-testid="zc-autofill-report">
          <p class="zc-muted" role="status">
            {t(
              'fill_report_summary',
              state.report.items.filter((i) => i.result === 'filled').length,
              state.report.items.filter((i) => i.result === 'needs-user').length,
              state.report.items.filter((i) => i.result === 'failed').length,
            )}
          </p>
          <ul class="zc-report">
            {state.report.items.map((item) => (
              <li key={item.control} data-testid="zc-autofill-item" data-result={item.result} data-key={item.key ?? ''} class={`zc-result-${item.result}`}>
                <span class="zc-result">{t(RESULT_TEXT[item.result])}</span>
                <span>{item.label}</span>
                {item.detail && <span class="zc-muted">{t('common_parenthesised', shownText(item.detail))}</span>}
                {item.result !== 'filled' && (
                  <button type="button" class="zc-link-btn" onClick={() => onJump(item.control)}>
                    {t('common_locate')}
                  </button>
                )}
              </li>
            ))}
          </ul>
          <p class="zc-hint">{t('fill_check_then_save')}</p>
          <button type="button" class="zc-btn" onClick={onClose}>
            {t('fill_done')}
          </button>
        </div>
      )}
    </div>
  );
}
