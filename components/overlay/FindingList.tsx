import type { Finding } from '@/lib/checks/types';
import { t } from '@/lib/i18n/t';
import type { ShownText } from './presenter';


/**
 * The findings of the page (contract: `zc-findings` holding one `zc-finding` per problem).
 * Each finding with a control offers 定位, which scrolls to the field and focuses it.
 */
export function FindingList({
  findings,
  onJump,
  onRecheck,
  shownText,
}: {
  findings: readonly Finding[];
  onJump(control: number): void;
  onRecheck(): void;
  shownText: ShownText;
}) {
  return (
    <div>
      <div class="zc-row">
        <span class="zc-muted">{t('checks_again_before_save')}</span>
        <button type="button" class="zc-link-btn" onClick={onRecheck}>
          {t('checks_recheck')}
        </button>
      </div>
      {findings.length === 0 && <p class="zc-ok">{t('checks_none')}</p>}
      <ul data-testid="zc-findings" class="zc-findings" aria-live="polite">
        {findings.map((f, i) => (
          <li
            key={`${f.checkId}-${f.control ?? 'p'}-${i}`}
            data-testid="zc-finding"
            data-check-id={f.checkId}
            data-severity={f.severity}
            data-field={f.field}
            class={`zc-finding zc-${f.severity}`}
          >
            {/* The name built from the severity ('severity_error', 'severity_warning', 'severity_info') rather than a table of them: a few bytes of the content script's budget (issue 9). */}
            <span class="zc-sev">{t(`severity_${f.severity}`)}</span>
            <FindingText finding={f} onJump={onJump} shownText={shownText} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A finding's message (masked in presenter mode) and, when it concerns a field, 定位. */
export function FindingText({ finding, onJump, shownText }: { finding: Finding; onJump(control: number): void; shownText: ShownText }) {
  const { control } = finding;
  return (
    <>
      <span class="zc-msg">{shownText(finding.message)}</span>
      {control !== undefined && (
        <button type="button" class="zc-link-btn" onClick={() => onJump(control)}>
          {t('common_locate')}
        </button>
      )}
    </>
  );
}
