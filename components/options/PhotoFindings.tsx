import type { PhotoCheck } from './photo-hooks';
import { PHOTO_RULE_ORDER, PHOTO_RULE_TEXT, photoRuleState, type PhotoRuleState } from './photo-describe';

const STATE_BADGE: Record<PhotoRuleState, { class: string; text: string }> = {
  ok: { class: 'ok', text: '合格' },
  error: { class: 'error', text: '不合格' },
  warning: { class: 'warn', text: '注意' },
  unknown: { class: 'muted', text: '无法判断' },
};

/**
 * The photo checker's result next to the photo: one row per portal rule (seed step 3(2)) with
 * its state, and under it each finding in Chinese (`photo-finding`, `data-check-id`,
 * `data-severity`).
 */
export function PhotoFindings({ check }: { check: PhotoCheck }) {
  const errors = check.findings.filter((f) => f.severity === 'error').length;
  const warnings = check.findings.length - errors;
  const overall = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok';
  return (
    <div class={`photo-check ${overall}`} data-testid="photo-findings" data-state={overall}>
      <p class="photo-check-summary" role="status">
        {overall === 'ok'
          ? '照片符合门户的全部要求。'
          : overall === 'error'
            ? `照片有 ${errors} 项不符合门户要求${warnings > 0 ? `，另有 ${warnings} 项提醒` : ''}，门户可能拒收。`
            : `照片基本符合要求，有 ${warnings} 项提醒。`}
      </p>
      <ul class="photo-rules">
        {PHOTO_RULE_ORDER.map((checkId) => {
          const state = photoRuleState(checkId, check.findings, check.info);
          return (
            <li key={checkId} data-testid="photo-rule" data-check-id={checkId} data-state={state}>
              <span class={`badge ${STATE_BADGE[state].class}`}>{STATE_BADGE[state].text}</span>
              <span class="photo-rule-text">{PHOTO_RULE_TEXT[checkId]}</span>
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
