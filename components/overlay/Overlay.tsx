import type { OverlayActions, OverlayModel, OverlayTab } from './model';
import { FindingList } from './FindingList';
import { AutofillPanel } from './AutofillPanel';
import { PreSubmitDialog } from './PreSubmitDialog';
import { TeachPanel } from './TeachPanel';
import { CapturePanel } from './CapturePanel';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * The in-page overlay: current step, and three tabs — 指引 (what the step needs), 检查 (the
 * findings) and 填写 (autofill). Rendered inside the content script's shadow root; every text
 * is a Preact text node (never HTML), so page text that looks like markup stays text.
 */
export function Overlay({ model, actions }: { model: OverlayModel; actions: OverlayActions }) {
  const { step } = model;
  const errors = model.findings.filter((f) => f.severity === 'error').length;
  const warnings = model.findings.filter((f) => f.severity === 'warning').length;
  const findings = [...model.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const stepLabel = step.order ? `第 ${step.order} 步 / 共 11 步` : step.id === 'unknown' ? '' : '申报前';
  const canFill = step.id !== 'unknown' && step.id !== 'login';
  const tabs: { id: OverlayTab; text: string }[] = [
    { id: 'guide', text: '指引' },
    { id: 'checks', text: errors + warnings > 0 ? `检查 · ${errors + warnings}` : '检查' },
    ...(canFill ? [{ id: 'fill' as const, text: '填写' }] : []),
  ];

  return (
    <section class={`zc-panel zc-${model.corner} ${model.collapsed ? 'zc-collapsed' : ''}`} aria-label="职称申报助手">
      <header class="zc-head">
        <div data-testid="zc-step" data-step-id={step.id} class="zc-step">
          <span class="zc-step-no">职称申报助手{stepLabel && ` · ${stepLabel}`}</span>
          <strong class="zc-step-title">{step.title}</strong>
        </div>
        {(errors > 0 || warnings > 0) && (
          <button
            type="button"
            class={`zc-count ${errors ? 'zc-count-error' : 'zc-count-warning'}`}
            onClick={() => actions.showTab('checks')}
            title="查看检查结果"
          >
            {errors ? `${errors} 个错误` : `${warnings} 个提醒`}
          </button>
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
        <div class="zc-tabs" role="tablist" aria-label="助手功能">
          {tabs.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`zc-tab-${t.id}`}
              aria-selected={model.tab === t.id}
              aria-controls={`zc-pane-${t.id}`}
              class={`zc-tab ${model.tab === t.id ? 'zc-tab-on' : ''}`}
              onClick={() => actions.showTab(t.id)}
            >
              {t.text}
            </button>
          ))}
        </div>

        <div class="zc-pane" role="tabpanel" id="zc-pane-guide" aria-labelledby="zc-tab-guide" hidden={model.tab !== 'guide'}>
          <ul class="zc-guide">
            {step.needs.map((need) => (
              <li key={need}>{need}</li>
            ))}
            {model.advice.map((text) => (
              <li key={text} class="zc-advice">
                {text}
              </li>
            ))}
          </ul>
        </div>

        <div class="zc-pane" role="tabpanel" id="zc-pane-checks" aria-labelledby="zc-tab-checks" hidden={model.tab !== 'checks'}>
          <FindingList findings={findings} onJump={actions.jumpTo} onRecheck={actions.recheck} />
        </div>

        {canFill && (
          <div class="zc-pane" role="tabpanel" id="zc-pane-fill" aria-labelledby="zc-tab-fill" hidden={model.tab !== 'fill'}>
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
            <div class="zc-tools">
              <CapturePanel state={model.capture} onStart={actions.startCapture} onApply={actions.applyCapture} onClose={actions.closeCapture} />
              <TeachPanel state={model.teach} onStart={actions.startTeach} onChoose={actions.teachAs} onCancel={actions.cancelTeach} />
            </div>
          </div>
        )}
      </div>

      {model.preSubmit && (
        <PreSubmitDialog state={model.preSubmit} onContinue={actions.preSubmitContinue} onCancel={actions.preSubmitCancel} onJump={actions.jumpTo} />
      )}
    </section>
  );
}
