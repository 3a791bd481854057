import { t, tCount, type MessageKey } from '@/lib/i18n/t';
import type { PhotoCheck } from './photo-hooks';
import { PHOTO_RULE_ORDER, photoRuleState, photoRuleText, type PhotoRuleState } from './photo-describe';

const STATE_BADGE: Record<PhotoRuleState, { class: string; text: MessageKey }> = {
  ok: { class: 'ok', text: 'options_photo_state_ok' },
  error: { class: 'error', text: 'options_photo_state_error' },
  warning: { class: 'warn', text: 'options_photo_state_warning' },
  unknown: { class: 'muted', text: 'options_photo_state_unknown' },
};

/** The one-line verdict above the rules. */
function summary(errors: number, warnings: number): string {
  if (errors > 0) return warnings > 0 ? t('options_photo_errors_warnings', errors, warnings) : t('options_photo_errors', errors);
  return warnings > 0 ? tCount('options_photo_warnings', warnings) : t('options_photo_all_ok');
}

/**
 * The photo checker's result next to the photo: one row per portal rule (seed step 3(2)) with
 * its state, and under it each finding (`photo-finding`, `data-check-id`, `data-severity`; the
 * findings come from lib/photo/rules and are Chinese in both languages).
 */
export function PhotoFindings({ check }: { check: PhotoCheck }) {
  const errors = check.findings.filter((f) => f.severity === 'error').length;
  const warnings = check.findings.length - errors;
  const overall = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok';
  return (
    <div class={`photo-check ${overall}`} data-testid="photo-findings" data-state={overall}>
      <p class="photo-check-summary" role="status">
        {summary(errors, warnings)}
      </p>
      <ul class="photo-rules">
        {PHOTO_RULE_ORDER.map((checkId) => {
          const state = photoRuleState(checkId, check.findings, check.info);
          return (
            <li key={checkId} data-testid="photo-rule" data-check-id={checkId} data-state={state}>
              <span class={`badge ${STATE_BADGE[state].class}`}>{t(STATE_BADGE[state].text)}</span>
              <span class="photo-rule-text">{photoRuleText(checkId)}</span>
              {check.findings
                .filter((f) => f.checkId === checkId)
                .map((f) => (
                  <p key={f.message} class={`photo-finding ${f.severity}`} data-testid="photo-finding" data-check-id={f.checkId} data-severity={f.severity}>
                    {f.message}
                  </p>
                ))}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
