import type { Finding } from '@/lib/checks/types';

const SEVERITY_TEXT = { error: '错误', warning: '提醒', info: '提示' } as const;

/**
 * The findings of the page (contract: `zc-findings` holding one `zc-finding` per problem).
 * Each finding with a control offers 定位, which scrolls to the field and focuses it.
 */
export function FindingList({
  findings,
  onJump,
  onRecheck,
}: {
  findings: readonly Finding[];
  onJump(control: number): void;
  onRecheck(): void;
}) {
  return (
    <div class="zc-findings-box">
      <div class="zc-row">
        <span class="zc-muted">保存或送审前会再检查一次。</span>
        <button type="button" class="zc-link-btn" onClick={onRecheck}>
          重新检查
        </button>
      </div>
      {findings.length === 0 && <p class="zc-ok">本页未发现问题。</p>}
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
            <span class="zc-sev">{SEVERITY_TEXT[f.severity]}</span>
            <span class="zc-msg">{f.message}</span>
            {f.control !== undefined && (
              <button type="button" class="zc-link-btn" onClick={() => onJump(f.control as number)}>
                定位
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
