import type { CaptureState } from './model';
import { t } from '@/lib/i18n/t';
import { OnDemandView } from './OnDemandView';
import type { ShownText } from './presenter';

/**
 * "把本页内容存入档案": reads what this page shows back into the active profile — how a repeat
 * applicant builds a profile from last year's filled pages without typing. Only the start button
 * is here: the diff shown first and the result (./CapturePreview.tsx) come with on-demand.js,
 * which pressing it loads; nothing is saved until the user confirms.
 */
export function CapturePanel({
  state,
  onStart,
  onApply,
  onClose,
  shownText,
}: {
  state: CaptureState;
  onStart(): void;
  onApply(): void;
  onClose(): void;
  shownText: ShownText;
}) {
  if (state.phase !== 'idle') return <OnDemandView view={{ name: 'capture', props: { state, onStart, onApply, onClose } }} shownText={shownText} />;
  return (
    <div>
      <button type="button" class="zc-link-btn" data-testid="zc-capture" onClick={onStart}>
        {t('capture_start')}
      </button>
    </div>
  );
}
