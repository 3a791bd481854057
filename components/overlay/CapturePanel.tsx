import type { CaptureState } from './model';

function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return '（空）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value);
}

/**
 * "把本页内容存入档案": reads what this page shows back into the active profile — how a repeat
 * applicant builds a profile from last year's filled pages without typing. A diff is shown
 * first; nothing is saved until the user confirms.
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
  if (state.phase === 'preview') {
    return (
      <div class="zc-capture" data-testid="zc-capture-preview">
        {state.changes.length === 0 ? (
          <p class="zc-muted">本页内容与档案一致，没有需要存入的变化。</p>
        ) : (
          <table class="zc-table">
            <thead>
              <tr>
                <th scope="col">项目</th>
                <th scope="col">档案原值</th>
                <th scope="col">本页的值</th>
              </tr>
            </thead>
            <tbody>
              {state.changes.map((c) => (
                <tr key={c.path} data-testid="zc-capture-change" data-path={c.path}>
                  <td>{c.title}</td>
                  <td class="zc-muted">{shown(c.before)}</td>
                  <td class="zc-value">{shown(c.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {state.rejected.length > 0 && (
          <ul class="zc-report">
            {state.rejected.map((r) => (
              <li key={r.path} class="zc-result-skipped">
                <span class="zc-result">不存入</span>
                <span>
                  {r.title}：{r.reason}
                </span>
              </li>
            ))}
          </ul>
        )}
        <div class="zc-actions">
          <button type="button" class="zc-btn zc-primary" data-testid="zc-capture-apply" disabled={state.changes.length === 0} onClick={onApply}>
            存入档案（{state.changes.length} 项）
          </button>
          <button type="button" class="zc-btn" onClick={onClose}>
            取消
          </button>
        </div>
      </div>
    );
  }
  return (
    <div class="zc-capture">
      {state.phase === 'done' && (
        <p class="zc-ok" role="status" data-testid="zc-capture-done">
          {state.message}
        </p>
      )}
      <button type="button" class="zc-link-btn" data-testid="zc-capture" onClick={onStart}>
        把本页内容存入档案…
      </button>
    </div>
  );
}
