import type { PreSubmitState } from './model';

/**
 * Shown when the user presses the portal's 保存 / 保存并下一步 / 送审 while the page has errors.
 * The user either goes back to fix them or continues anyway; we never trap him. For 送审 we do
 * not press the button for him (spec/test-contract.md §Never): "继续" only lets his next click
 * through.
 */
export function PreSubmitDialog({
  state,
  onContinue,
  onCancel,
  onJump,
}: {
  state: PreSubmitState;
  onContinue(): void;
  onCancel(): void;
  onJump(control: number): void;
}) {
  const continueText = state.kind === 'submit' ? `我已知晓，稍后自己再点“${state.buttonText}”` : `仍然${state.buttonText}`;
  return (
    <div class="zc-dialog" role="alertdialog" aria-modal="true" aria-labelledby="zc-presubmit-title" data-testid="zc-presubmit">
      <h2 id="zc-presubmit-title" class="zc-h2">
        “{state.buttonText}”之前发现 {state.errors.length} 个问题
      </h2>
      <ul class="zc-findings">
        {state.errors.map((f, i) => (
          <li key={`${f.checkId}-${i}`} class={`zc-finding zc-${f.severity}`}>
            <span class="zc-msg">{f.message}</span>
            {f.control !== undefined && (
              <button type="button" class="zc-link-btn" onClick={() => onJump(f.control as number)}>
                定位
              </button>
            )}
          </li>
        ))}
      </ul>
      <p class="zc-hint">被退回往往就是因为这些小问题。建议先改正再继续。</p>
      <div class="zc-actions">
        <button type="button" class="zc-btn zc-primary" data-testid="zc-presubmit-cancel" onClick={onCancel} autoFocus>
          返回修改
        </button>
        <button type="button" class="zc-btn" data-testid="zc-presubmit-continue" onClick={onContinue}>
          {continueText}
        </button>
      </div>
    </div>
  );
}
