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
 * A finding's text as the options page shows it: lib/photo/rules ends a fixable finding with the
 * way to this very section (check_photo_fix_hint: 申报档案页 → 个人照片 → 一键修正照片), written for
 * the portal's page; here the applicant is already there, the 一键修正照片 button under these
 * findings (PhotoField shows both unless the file is damaged), so the sentence only sent him
 * looking for another page (newcomer66 F3).
 * @param message the finding's message. @returns it without that sentence.
 */
function shownHere(message: string): string {
  return message.replace(t('check_photo_fix_hint'), '').trimEnd();
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
                    {shownHere(f.message)}
                  </p>
                ))}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
