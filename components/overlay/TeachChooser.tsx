import { useState } from 'preact/hooks';
import type { TeachState } from './model';
import type { FieldKey } from '@/lib/fields/keys';
import { t } from '@/lib/i18n/t';
import { ConfirmActions } from './ConfirmActions';

/** The teach chooser's inputs. */
export interface TeachChooserProps {
  state: Extract<TeachState, { phase: 'choose' }>;
  onChoose(key: FieldKey): void;
  onCancel(): void;
}

/**
 * Teach mode's second half (./TeachPanel.tsx): the field the user clicked, a list of what it can
 * be (`zc-teach-key`), a warning when a recognised field would be re-taught, and
 * `zc-teach-save`. Bundled into on-demand.js, which starting teach mode loads.
 */
export function TeachChooser({ state, onChoose, onCancel }: TeachChooserProps) {
  const [picked, setPicked] = useState<string>('');
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
      <ConfirmActions
        testId="zc-teach-save"
        label={t('teach_save')}
        disabled={!value}
        onConfirm={() => {
          onChoose(value as FieldKey);
          setPicked('');
        }}
        onCancel={onCancel}
      />
    </div>
  );
}
