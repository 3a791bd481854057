import { useState } from 'preact/hooks';
import type { TeachState } from './model';
import type { FieldKey } from '@/lib/fields/keys';
import { t } from '@/lib/i18n/t';

/**
 * Teach mode: when a field was not recognised, the user clicks 教助手认字段, then the field on
 * the page, then picks what it is. The mapping (ids and names only, never the value) is kept in
 * this browser per host and step and used from then on.
 */
export function TeachPanel({
  state,
  onStart,
  onChoose,
  onCancel,
}: {
  state: TeachState;
  onStart(): void;
  onChoose(key: FieldKey): void;
  onCancel(): void;
}) {
  const [picked, setPicked] = useState<string>('');
  if (state.phase === 'picking') {
    return (
      <div class="zc-teach" data-testid="zc-teach" data-phase="picking">
        <p class="zc-notice">{t('teach_pick')}</p>
        <button type="button" class="zc-btn" onClick={onCancel}>
          {t('common_cancel')}
        </button>
      </div>
    );
  }
  if (state.phase === 'choose') {
    const value = picked || state.current || '';
    const titleOf = (key: string | null) => state.keys.find((k) => k.key === key)?.title ?? key ?? '';
    // Re-teaching a field the helper already recognises moves that profile value here: say so.
    const changes = state.current !== null && value !== '' && value !== state.current;
    return (
      <div class="zc-teach" data-testid="zc-teach" data-phase="choose">
        <label class="zc-block">
          {t('teach_is', state.label || t('teach_this_field'))}
          <select
            data-testid="zc-teach-key"
            value={value}
            onChange={(e) => setPicked((e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">{t('teach_choose')}</option>
            {state.keys.map((k) => (
              <option key={k.key} value={k.key}>
                {k.title}
              </option>
            ))}
          </select>
        </label>
        {changes && (
          <p class="zc-notice" role="alert" data-testid="zc-teach-changes">
            {t('teach_changes_recognised', titleOf(state.current), titleOf(value))}
          </p>
        )}
        <div class="zc-actions">
          <button
            type="button"
            class="zc-btn zc-primary"
            data-testid="zc-teach-save"
            disabled={!value}
            onClick={() => {
              onChoose(value as FieldKey);
              setPicked('');
            }}
          >
            {t('teach_save')}
          </button>
          <button type="button" class="zc-btn" onClick={onCancel}>
            {t('common_cancel')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div class="zc-teach" data-testid="zc-teach" data-phase={state.phase}>
      {state.phase === 'saved' && (
        <p class="zc-ok" role="status">
          {t('teach_saved', state.label, state.title)}
        </p>
      )}
      <button type="button" class="zc-link-btn" data-testid="zc-teach-start" onClick={onStart}>
        {t('teach_start')}
      </button>
    </div>
  );
}
