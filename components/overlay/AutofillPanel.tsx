import type { AutofillState } from './model';
import type { AutofillDetailProps } from './AutofillDetail';
import { OnDemandView } from './OnDemandView';
import { t } from '@/lib/i18n/t';
import type { ShownText } from './presenter';

/**
 * Autofill in three stages (spec/test-contract.md): the `zc-autofill` button plans a fill and
 * shows a preview, `zc-autofill-apply` writes it, and a report follows. This part, in the
 * content script, shows which profile is used and the button; the preview, the "writing"
 * status and the report (./AutofillDetail.tsx) come with on-demand.js, which planning loads.
 */
export function AutofillPanel({
  state,
  profileLabel,
  profileProblem,
  onStart,
  shownText,
  ...detail
}: Omit<AutofillDetailProps, 'state'> & {
  state: AutofillState;
  profileLabel: string | null;
  /** Why no profile could be read (shown in the panel's notice), or null. */
  profileProblem: string | null;
  onStart(): void;
  shownText: ShownText;
}) {
  return (
    <div>
      {/* Without a profile the reason is in the panel's notice (none set up, locked, unreadable). */}
      {profileLabel && (
        <p class="zc-muted">
          {t('fill_using_profile', shownText(profileLabel))}
        </p>
      )}
      {!profileLabel && !profileProblem && <p class="zc-muted">{t('fill_no_profile')}</p>}

      {state.phase === 'idle' && (
        <button type="button" class="zc-btn zc-primary" data-testid="zc-autofill" onClick={onStart}>
          {t('fill_start')}
        </button>
      )}
      {state.phase !== 'idle' && <OnDemandView view={{ name: 'autofill', props: { ...detail, state } }} shownText={shownText} />}
    </div>
  );
}
