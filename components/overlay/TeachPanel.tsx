import type { TeachState } from './model';
import type { FieldKey } from '@/lib/fields/keys';
import { t } from '@/lib/i18n/t';
import { OnDemandView } from './OnDemandView';
import type { ShownText } from './presenter';

/**
 * Teach mode: when a field was not recognised, the user clicks 教助手认字段, then the field on
 * the page, then picks what it is. The mapping (ids and names only, never the value) is kept in
 * this browser per host and step and used from then on. Only the start button is here: what
 * follows (./TeachChooser.tsx) comes with on-demand.js, which pressing it loads.
 */
export function TeachPanel({
  state,
  onStart,
  onChoose,
  onCancel,
  shownText,
}: {
  state: TeachState;
  onStart(): void;
  onChoose(key: FieldKey | null): void;
  onCancel(): void;
  shownText: ShownText;
}) {
  if (state.phase !== 'idle') return <OnDemandView view={{ name: 'teach', props: { state, onStart, onChoose, onCancel } }} shownText={shownText} />;
  return (
    <div data-testid="zc-teach" data-phase="idle">
      <button type="button" class="zc-link-btn" data-testid="zc-teach-start" onClick={onStart}>
        {t('teach_start')}
      </button>
    </div>
  );
}
