import type { OverlayActions, OverlayModel } from './model';
import { FindingList } from './FindingList';
import { AutofillPanel } from './AutofillPanel';
import { PreSubmitDialog } from './PreSubmitDialog';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * The in-page overlay: current step, what it needs, the findings, autofill. Rendered inside
 * the content script's shadow root; every text is a Preact text node (never HTML), so page
 * text that looks like markup stays text.
 */
export function Overlay({ model, actions }: { model: OverlayModel; actions: OverlayActions }) {
  const { step } = model;
  const errors = model.findings.filter((f) => f.severity === 'error').length;
  const warnings = model.findings.filter((f) => f.severity === 'warning').length;
  const findings = [...model.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const stepLabel = step.order ? `第 ${step.order} 步 / 共 11 步` : step.id === 'unknown' ? '' : '申报前';

  return (
    <section
      class={`zc-panel zc-${model.corner} ${model.collapsed ? 'zc-collapsed' : ''}`}
      aria-label="职称申报助手"
      role="complementary"
    >
      <header class="zc-head">
        <div data-testid="zc-step" data-step-id={step.id} class="zc-step">
          {stepLabel && <span class="zc-step-no">{stepLabel}</span>}
          <strong class="zc-step-title">{step.title}</strong>
        </div>
        {(errors > 0 || warnings > 0) && (
          <span class={`zc-count ${errors ? 'zc-count-error' : 'zc-count-warning'}`} title="发现的问题">
            {errors ? `${errors} 个错误` : `${warnings} 个提醒`}
          </span>
        )}
        <button
          type="button"
          class="zc-icon-btn"
          aria-expanded={!model.collapsed}
          aria-label={model.collapsed ? '展开助手' : '收起助手'}
          onClick={actions.toggleCollapsed}
        >
          {model.collapsed ? '展开' : '收起'}
        </button>
      </header>

      <div class="zc-body" hidden={model.collapsed}>
        {model.notice && (
          <p class="zc-notice" role="status">
            {model.notice}
          </p>
        )}

        {step.id !== 'unknown' && (
          <details class="zc-guide" open>
            <summary>这一步要做什么</summary>
            <ul>
              {step.needs.map((need) => (
                <li key={need}>{need}</li>
              ))}
              {model.advice.map((text) => (
                <li key={text} class="zc-advice">
                  {text}
                </li>
              ))}
            </ul>
          </details>
        )}

        <FindingList findings={findings} onJump={actions.jumpTo} onRecheck={actions.recheck} />

        {step.id !== 'unknown' && step.id !== 'login' && (
          <AutofillPanel
            state={model.autofill}
            profileLabel={model.profileLabel}
            onStart={actions.startAutofill}
            onChooseRecord={actions.chooseRecord}
            onToggleOverwrite={actions.toggleOverwrite}
            onApply={actions.applyAutofill}
            onClose={actions.closeAutofill}
            onJump={actions.jumpTo}
          />
        )}
      </div>

      {model.preSubmit && (
        <PreSubmitDialog state={model.preSubmit} onContinue={actions.preSubmitContinue} onCancel={actions.preSubmitCancel} onJump={actions.jumpTo} />
      )}
    </section>
  );
}
