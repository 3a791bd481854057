import type { CaptureState } from './model';
import { t } from '@/lib/i18n/t';
import { ShownTextContext } from './presenter';
import { OnDemandView } from './OnDemandView';

/**
 * "把本页内容存入档案": reads what this page shows back into the active profile — how a repeat
 * applicant builds a profile from last year's filled pages without typing. A diff is shown
 * first (./CapturePreview.tsx, from on-demand.js); nothing is saved until the user confirms.
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
  if (state.phase === 'preview') return <OnDemandView view={{ name: 'capture', props: { state, onApply, onClose } }} />;
  return (
    <div class="zc-capture">
      {state.phase === 'done' && (
        <p class="zc-ok" role="status" data-testid="zc-capture-done">
          <ShownTextContext.Consumer>{(shownText) => shownText(state.message)}</ShownTextContext.Consumer>
        </p>
      )}
      <button type="button" class="zc-link-btn" data-testid="zc-capture" onClick={onStart}>
        {t('capture_start')}
      </button>
    </div>
  );
}
