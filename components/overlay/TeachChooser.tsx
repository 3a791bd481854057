import { useState } from 'preact/hooks';
import type { TeachState } from './model';
import type { FieldKey } from '@/lib/fields/keys';
import type { StepId } from '@/lib/portal/step-ids';
import { fieldDictionary } from '@/lib/fields/dictionary';
import { t } from '@/lib/i18n/t';
import { ConfirmActions } from './ConfirmActions';

/** Teach mode's inputs once it has started. */
export interface TeachChooserProps {
  state: Exclude<TeachState, { phase: 'idle' }>;
  onStart(): void;
  /** `key` null: the user said the field is no profile field. */
  onChoose(key: FieldKey | null): void;
  onCancel(): void;
}

/**
 * Teach mode once started (the overlay, ./Overlay.tsx, shows only its start button): "click the field" with
 * 取消 while picking; then the field the user clicked, a list of what it can be (`zc-teach-key`),
 * a warning when a recognised field would be re-taught, and `zc-teach-save`; then what was
 * saved, with the start button again. Bundled into on-demand.js, which starting teach mode loads.
 */
export function TeachChooser({ state, onStart, onChoose, onCancel }: TeachChooserProps) {
  if (state.phase === 'picking') {
    return (
      <div data-testid="zc-teach" data-phase="picking">
        <p class="zc-notice">{t('teach_pick')}</p>
        <button type="button" class="zc-btn" onClick={onCancel}>
          {t('common_cancel')}
        </button>
      </div>
    );
  }
  if (state.phase === 'saved') {
    return (
      <div data-testid="zc-teach" data-phase="saved">
        <p class="zc-ok" role="status">
          {state.title === null ? t('teach_saved_not_profile_field', state.label) : t('teach_saved', state.label, state.title)}
        </p>
        <button type="button" class="zc-link-btn" data-testid="zc-teach-start" onClick={onStart}>
          {t('teach_start')}
        </button>
      </div>
    );
  }
  return <FieldChooser state={state} onChoose={onChoose} onCancel={onCancel} />;
}

/** The chooser's value for "no profile field": a field taken for one it is not (联系人姓名 for 姓名). */
const NOT_PROFILE_FIELD = 'none';

/** The profile keys a user may teach on a step, with their Chinese titles, in dictionary order. */
function teachableKeys(step: StepId): { key: FieldKey; title: string }[] {
  return fieldDictionary()
    .filter((spec) => spec.steps.includes(step))
    .map((spec) => ({ key: spec.key, title: spec.title }));
}

/** The list of what the clicked field can be. */
function FieldChooser({ state, onChoose, onCancel }: Omit<TeachChooserProps, 'onStart' | 'state'> & { state: Extract<TeachState, { phase: 'choose' }> }) {
  const [picked, setPicked] = useState<string>('');
  const value = picked || state.current || '';
  const keys = teachableKeys(state.step);
  const titleOf = (key: string | null) =>
    key === NOT_PROFILE_FIELD ? t('teach_not_profile_field') : (keys.find((k) => k.key === key)?.title ?? key ?? '');
  // Re-teaching a field the helper already recognises moves that profile value here: say so.
  const changes = state.current !== null && value !== '' && value !== state.current;
  return (
    <div data-testid="zc-teach" data-phase="choose">
      <label class="zc-block">
        {t('teach_is', state.label || t('teach_this_field'))}
        <select
          data-testid="zc-teach-key"
          value={value}
          onChange={(e) => setPicked((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">{t('teach_choose')}</option>
          {keys.map((k) => (
            <option key={k.key} value={k.key}>
              {k.title}
            </option>
          ))}
          <option value={NOT_PROFILE_FIELD}>{t('teach_not_profile_field')}</option>
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
          onChoose(value === NOT_PROFILE_FIELD ? null : (value as FieldKey));
          setPicked('');
        }}
        onCancel={onCancel}
      />
    </div>
  );
}
