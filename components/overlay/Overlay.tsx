import type { OverlayActions, OverlayModel } from './model';
import { FindingList } from './FindingList';
import { shownTextFor } from './presenter';
import { OnDemandView } from './OnDemandView';
import type { OnDemandViewSpec } from '../on-demand/views';
import { panel } from './panel';
import { hasFillSection, localStep } from '@/lib/i18n/steps';
import { t, tCount } from '@/lib/i18n/t';

/**
 * The in-page overlay: current step, then 填写 (autofill), 检查 (the findings), 指引 (what the
 * step needs) and 更多 (capture, teach mode), stacked in one scrolling body — no tabs, so every
 * automation-contract hook is visible without a click first. Rendered inside the content script's shadow root; every text
 * is a Preact text node (never HTML), so page text that looks like markup stays text.
 * The header's 演示 starts the guided tour of the step (components/tour/Tour.tsx, rendered by
 * on-demand.js like the other parts that appear on request: ./OnDemandView.tsx); the
 * presenter settings (model.presenter) enlarge the text, raise the contrast and mask personal
 * numbers in everything shown. The start buttons of autofill, capture and teach mode are drawn
 * here, not by components of their own: a component per button cost the content script about
 * 170 bytes gzip of its budget (issue 9; the e2e build of 2026-12-05).
 */
export function Overlay({ model, actions }: { model: OverlayModel; actions: OverlayActions }) {
  const { step } = model;
  const text = localStep(step);
  const { presenter } = model;
  const shownText = shownTextFor(presenter.maskPersonal);
  const errorFindings = model.findings.filter((f) => f.severity === 'error');
  const errors = errorFindings.length;
  // An untouched step's errors are all boxes not filled yet (the photo too; 认定专业's own check,
  // runChecks marks it): the headline says so rather than "14 个错误" (ux26 item 4). The checks
  // and their severities stay as they are; the 检查 section's title counts them so too.
  const unfilled = errors > 0 && errorFindings.every((f) => f.unfilled || f.checkId === 'required-field' || f.checkId === 'photo-missing');
  const warnings = model.findings.filter((f) => f.severity === 'warning').length;
  const stepLabel = step.order ? t('overlay_step_of', step.order, 11) : step.id === 'unknown' ? '' : t('overlay_before_steps');
  const canFill = hasFillSection(step.id);
  const panelClasses = `zc-panel zc-${model.corner}${model.collapsed ? ' zc-collapsed' : ''}${presenter.largeText ? ' zc-large' : ''}${presenter.highContrast ? ' zc-contrast' : ''}`;
  /** The part on-demand.js draws in its place (./OnDemandView.tsx), from the model and actions: one element per view. */
  const onDemand = (name: OnDemandViewSpec['name']) => <OnDemandView view={{ name, model, actions }} shownText={shownText} />;

  return (
    <>
    {panel(
      panelClasses,
      t('app_name'),
      step.id,
      stepLabel || t('app_name'),
      text.title,
      <>
        {(errors > 0 || warnings > 0) && (
          <button
            type="button"
            class={`zc-count ${errors ? 'zc-count-error' : 'zc-count-warning'}`}
            onClick={() => actions.showSection('checks')}
            title={t('overlay_show_checks')}
          >
            {errors ? tCount(unfilled ? 'overlay_count_unfilled' : 'overlay_count_errors', errors) : tCount('overlay_count_warnings', warnings)}
          </button>
        )}
        <button
          type="button"
          class="zc-icon-btn"
          data-testid="zc-tour-start"
          aria-label={t('overlay_tour_label')}
          title={t('overlay_tour_label')}
          onClick={actions.startTour}
        >
          {t('overlay_tour')}
        </button>
        <button
          type="button"
          class="zc-icon-btn"
          aria-expanded={!model.collapsed}
          aria-label={model.collapsed ? t('overlay_expand_label') : t('overlay_collapse_label')}
          onClick={actions.toggleCollapsed}
        >
          {model.collapsed ? t('overlay_expand') : t('overlay_collapse')}
        </button>
      </>,
      <>
        <div class="zc-body" hidden={model.collapsed}>
          {model.notice && (
            <p class="zc-notice" role="status">
              {model.notice}
            </p>
          )}
          {canFill && (
            <section class="zc-sec" id="zc-sec-fill" aria-labelledby="zc-sec-fill-title">
              <h2 class="zc-h2" id="zc-sec-fill-title">
                {t('overlay_section_fill')}
              </h2>
              {/* The profile used and the 填写 button; the preview, the writing status and the report (./AutofillDetail.tsx) come with on-demand.js, which planning loads. */}
              <div>
                {/* Without a profile the reason is in the panel's notice (none set up, locked, unreadable). Before the background's answer the line is kept empty: the profile's label then takes its place without moving the button. */}
                {(model.profileLabel || !model.notice) && (
                  <p class="zc-muted">{model.profileLabel ? t('fill_using_profile', shownText(model.profileLabel)) : model.profileLabel === null ? t('fill_no_profile') : '\u00a0'}</p>
                )}
                {model.autofill.phase === 'idle' ? (
                  <button type="button" class="zc-btn zc-primary" data-testid="zc-autofill" onClick={actions.startAutofill}>
                    {t('fill_start')}
                  </button>
                ) : (
                  onDemand('autofill')
                )}
              </div>
            </section>
          )}

          <section class="zc-sec" id="zc-sec-checks" aria-labelledby="zc-sec-checks-title">
            <h2 class="zc-h2" id="zc-sec-checks-title">
              {errors + warnings > 0 ? t(unfilled ? 'overlay_section_checks_unfilled' : 'overlay_section_checks_count', errors, warnings) : t('overlay_section_checks')}
            </h2>
            <FindingList findings={model.findings} onJump={actions.jumpTo} onRecheck={actions.recheck} shownText={shownText} />
          </section>

          <details class="zc-sec" id="zc-sec-guide" open>
            <summary class="zc-h2">{t('overlay_section_guide')}</summary>
            <ul class="zc-guide">
              {text.needs.map((need) => (
                <li key={need}>{need}</li>
              ))}
              {model.advice.map((text) => (
                <li key={text} class="zc-advice">
                  {text}
                </li>
              ))}
            </ul>
            <p class="zc-hint">
              {t('overlay_export_structure_hint')}{' '}
              <button type="button" class="zc-link-btn" data-testid="zc-export-structure" onClick={actions.exportStructure}>
                {t('overlay_export_structure')}
              </button>
            </p>
          </details>

          {canFill && (
            <details class="zc-sec zc-tools" id="zc-sec-more" onToggle={actions.openMore}>
              <summary class="zc-muted">{t('overlay_section_more')}</summary>
              {/* The start buttons of capture and teach mode and what follows them (./CapturePreview.tsx, ./TeachChooser.tsx) come with on-demand.js, which opening 更多 loads: nothing shows them before. */}
              {model.more && onDemand('more')}
            </details>
          )}
        </div>

        {model.preSubmit && onDemand('presubmit')}
      </>,
      t('app_name'),
    )}
    {model.tour && onDemand('tour')}
    </>
  );
}
