import { render, type ComponentChildren } from 'preact';
import onDemandCss from './on-demand.css?inline';
import { AutofillDetail, type AutofillDetailProps } from '../overlay/AutofillDetail';
import { CapturePreview, type CapturePreviewProps } from '../overlay/CapturePreview';
import { TeachChooser, type TeachChooserProps } from '../overlay/TeachChooser';
import { PreSubmitDialog } from '../overlay/PreSubmitDialog';
import { ShownTextContext } from '../overlay/presenter';
import { Tour } from '../tour/Tour';
import type { OverlayActions, OverlayModel } from '../overlay/model';
import { t } from '@/lib/i18n/t';

/**
 * The overlay's parts that appear only after the user asked for a feature — autofill's preview
 * and report, the capture diff, teach mode's chooser, the guided tour, the pre-submit dialog — by
 * name. on-demand.js renders them with its own Preact into a container that the content
 * script's overlay keeps for them (components/overlay/OnDemandView.tsx), so the content script
 * every portal page loads does not carry them (issue 9: ≤ 50 KB gzip). Each view's props are
 * made here from the overlay's model and actions, not by the overlay: the content script then
 * carries no prop or action name of theirs either.
 */
export interface OnDemandViewSpec {
  /** Which view: each is drawn only while its part of the model is not idle (or null), as the overlay shows it. */
  name: 'autofill' | 'more' | 'capture' | 'teach' | 'tour' | 'presubmit';
  /** The overlay's model as the overlay draws it (components/overlay/Overlay.tsx). */
  model: OverlayModel;
  /** The overlay's actions. */
  actions: OverlayActions;
}

function viewOf({ name, model, actions }: OnDemandViewSpec): ComponentChildren {
  switch (name) {
    case 'autofill':
      return (
        <AutofillDetail
          state={model.autofill as AutofillDetailProps['state']}
          onChooseRecord={actions.chooseRecord}
          onToggleOverwrite={actions.toggleOverwrite}
          onApply={actions.applyAutofill}
          onStop={actions.stopAutofill}
          onClose={actions.closeAutofill}
          onJump={actions.jumpTo}
        />
      );
    case 'more':
      // 更多's parts: capture's and teach mode's start buttons, or what follows them.
      return (
        <>
          {(model.capture?.phase ?? 'idle') === 'idle' ? (
            <div>
              <button type="button" class="zc-link-btn" data-testid="zc-capture" onClick={actions.startCapture}>
                {t('capture_start')}
              </button>
            </div>
          ) : (
            viewOf({ name: 'capture', model, actions })
          )}
          {(model.teach?.phase ?? 'idle') === 'idle' ? (
            <div data-testid="zc-teach" data-phase="idle">
              <button type="button" class="zc-link-btn" data-testid="zc-teach-start" onClick={actions.startTeach}>
                {t('teach_start')}
              </button>
            </div>
          ) : (
            viewOf({ name: 'teach', model, actions })
          )}
        </>
      );
    case 'capture':
      return <CapturePreview state={model.capture as CapturePreviewProps['state']} onStart={actions.startCapture} onApply={actions.applyCapture} onClose={actions.closeCapture} />;
    case 'teach':
      return <TeachChooser state={model.teach as TeachChooserProps['state']} onStart={actions.startTeach} onChoose={actions.teachAs} onCancel={actions.cancelTeach} />;
    case 'tour':
      return <Tour {...model.tour!} highContrast={model.presenter.highContrast} largeText={model.presenter.largeText} onGo={actions.tourGo} onExit={actions.endTour} />;
    case 'presubmit':
      return <PreSubmitDialog state={model.preSubmit!} onContinue={actions.preSubmitContinue} onCancel={actions.preSubmitCancel} onJump={actions.jumpTo} />;
  }
}

const STYLE_MARK = 'data-zc-on-demand-style';

/** Adds the views' stylesheet (./on-demand.css) to the container's shadow root, once per root. */
function addStylesOnce(container: Element): void {
  const root = container.getRootNode();
  if (!(root instanceof ShadowRoot) || root.querySelector(`style[${STYLE_MARK}]`)) return;
  const style = container.ownerDocument.createElement('style');
  style.setAttribute(STYLE_MARK, '');
  style.textContent = onDemandCss;
  root.append(style);
}

/**
 * Renders a view into its container, or empties the container (`spec` null). Called again with
 * the same container on each overlay render: the view keeps its state (Preact diffs it).
 * @param container the element the overlay keeps for the view, inside its shadow root (which
 *   gets the views' stylesheet with the first view).
 * @param spec the view, with the overlay's model and actions its props are made of, or null to unmount it.
 * @param shownText the overlay's display function for personal values (masked when the
 *   presenter setting asks for it, components/overlay/presenter.ts).
 */
export function renderOnDemandView(container: Element, spec: OnDemandViewSpec | null, shownText: (text: string) => string): void {
  if (spec) addStylesOnce(container);
  render(spec && <ShownTextContext.Provider value={shownText}>{viewOf(spec)}</ShownTextContext.Provider>, container);
}
