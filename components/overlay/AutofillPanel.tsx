import type { AutofillState } from './model';
import type { FillItem } from '@/lib/fill/plan';

const RESULT_TEXT = { filled: '已填写', skipped: '未填写', failed: '失败', 'needs-user': '需您处理' } as const;
const ACTION_TEXT = { fill: '将填写', skip: '不填写', 'needs-user': '需您处理' } as const;

function willWrite(item: FillItem, overwrite: ReadonlySet<number>): boolean {
  return item.action === 'fill' && (!item.overwrite || overwrite.has(item.control));
}

/**
 * Autofill in three stages (spec/test-contract.md): the `zc-autofill` button plans a fill and
 * shows a preview (field, value, source); `zc-autofill-apply` writes it; `zc-autofill-report`
 * then lists every field with `data-result`. A field that already holds a value is only
 * overwritten when the user ticks it in the preview.
 */
export function AutofillPanel({
  state,
  profileLabel,
  onStart,
  onChooseRecord,
  onToggleOverwrite,
  onApply,
  onClose,
  onJump,
}: {
  state: AutofillState;
  profileLabel: string | null;
  onStart(): void;
  onChooseRecord(index: number): void;
  onToggleOverwrite(control: number): void;
  onApply(): void;
  onClose(): void;
  onJump(control: number): void;
}) {
  return (
    <div class="zc-autofill-box">
      <p class="zc-muted">{profileLabel ? `使用档案：${profileLabel}` : '尚未导入档案：请先在扩展的选项页导入或填写。'}</p>

      {state.phase === 'idle' && (
        <button type="button" class="zc-btn zc-primary" data-testid="zc-autofill" onClick={onStart}>
          用档案填写本页…
        </button>
      )}

      {state.phase === 'preview' && (
        <div data-testid="zc-autofill-preview">
          {state.plan.recordSection && state.plan.recordCount > 0 && (
            <label class="zc-record-pick">
              按档案中的第
              <select
                value={String(state.plan.recordIndex ?? 0)}
                onChange={(e) => onChooseRecord(Number((e.currentTarget as HTMLSelectElement).value))}
              >
                {Array.from({ length: state.plan.recordCount }, (_, i) => (
                  <option key={i} value={String(i)}>
                    {i + 1}
                  </option>
                ))}
              </select>
              条记录填写（共 {state.plan.recordCount} 条）
            </label>
          )}
          {state.plan.items.length === 0 ? (
            <p class="zc-muted">本页没有可以从档案填写的字段。</p>
          ) : (
            <table class="zc-table">
              <thead>
                <tr>
                  <th scope="col">字段</th>
                  <th scope="col">填入值</th>
                  <th scope="col">来源</th>
                  <th scope="col">处理</th>
                </tr>
              </thead>
              <tbody>
                {state.plan.items.map((item) => (
                  <tr key={item.control} data-testid="zc-autofill-preview-item" data-key={item.key ?? ''} data-action={item.action}>
                    <td>{item.label}</td>
                    <td class="zc-value">{item.value}</td>
                    <td class="zc-muted">{item.source}</td>
                    <td>
                      {item.action === 'fill' && item.overwrite ? (
                        <label class="zc-check">
                          <input
                            type="checkbox"
                            checked={state.overwrite.has(item.control)}
                            onChange={() => onToggleOverwrite(item.control)}
                          />
                          覆盖页面已有值
                        </label>
                      ) : (
                        <span>{ACTION_TEXT[item.action]}</span>
                      )}
                      {item.reason && <div class="zc-muted">{item.reason}</div>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p class="zc-hint">只会填写表格中的字段，不会替您点“保存”或“送审”。</p>
          <div class="zc-actions">
            <button
              type="button"
              class="zc-btn zc-primary"
              data-testid="zc-autofill-apply"
              onClick={onApply}
              disabled={!state.plan.items.some((i) => willWrite(i, state.overwrite))}
            >
              确认填写（{state.plan.items.filter((i) => willWrite(i, state.overwrite)).length} 项）
            </button>
            <button type="button" class="zc-btn" onClick={onClose}>
              取消
            </button>
          </div>
        </div>
      )}

      {state.phase === 'applying' && <p role="status">正在填写…</p>}

      {state.phase === 'report' && (
        <div>
          <ul data-testid="zc-autofill-report" class="zc-report">
            {state.report.items.map((item) => (
              <li key={item.control} data-testid="zc-autofill-item" data-result={item.result} data-key={item.key ?? ''} class={`zc-result-${item.result}`}>
                <span class="zc-result">{RESULT_TEXT[item.result]}</span>
                <span>{item.label}</span>
                {item.detail && <span class="zc-muted">（{item.detail}）</span>}
                {item.result !== 'filled' && (
                  <button type="button" class="zc-link-btn" onClick={() => onJump(item.control)}>
                    定位
                  </button>
                )}
              </li>
            ))}
          </ul>
          <p class="zc-hint">请逐项核对后，自己点击页面上的“保存”。</p>
          <button type="button" class="zc-btn" onClick={onClose}>
            完成
          </button>
        </div>
      )}
    </div>
  );
}
