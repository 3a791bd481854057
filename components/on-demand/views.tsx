import { render } from 'preact';
import onDemandCss from './on-demand.css?inline';
import { AutofillDetail, type AutofillDetailProps } from '../overlay/AutofillDetail';
import { CapturePreview, type CapturePreviewProps } from '../overlay/CapturePreview';
import { TeachChooser, type TeachChooserProps } from '../overlay/TeachChooser';
import { PreSubmitDialog, type PreSubmitDialogProps } from '../overlay/PreSubmitDialog';
import { ShownTextContext } from '../overlay/presenter';
import { Tour, type TourProps } from '../tour/Tour';

/**
 * The overlay's parts that appear only after the user asked for a feature — autofill's preview
 * and report, the capture diff, teach mode's chooser, the guided tour, the pre-submit dialog — by name, with their
 * props. on-demand.js renders them with its own Preact into a container that the content
 * script's overlay keeps for them (components/overlay/OnDemandView.tsx), so the content script
 * every portal page loads does not carry them (issue 9: ≤ 50 KB gzip).
 */
export type OnDemandViewSpec =
  | { name: 'autofill'; props: AutofillDetailProps }
  | { name: 'capture'; props: CapturePreviewProps }
  | { name: 'teach'; props: TeachChooserProps }
  | { name: 'tour'; props: TourProps }
  | { name: 'presubmit'; props: PreSubmitDialogProps };

function viewOf(spec: OnDemandViewSpec) {
  switch (spec.name) {
    case 'autofill':
      return <AutofillDetail {...spec.props} />;
    case 'capture':
      return <CapturePreview {...spec.props} />;
    case 'teach':
      return <TeachChooser {...spec.props} />;
    case 'tour':
      return <Tour {...spec.props} />;
    case 'presubmit':
      return <PreSubmitDialog {...spec.props} />;
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
 * @param spec the view and its props, or null to unmount it.
 * @param shownText the overlay's display function for personal values (masked when the
 *   presenter setting asks for it, components/overlay/presenter.ts).
 */
export function renderOnDemandView(container: Element, spec: OnDemandViewSpec | null, shownText: (text: string) => string): void {
  if (spec) addStylesOnce(container);
  render(spec && <ShownTextContext.Provider value={shownText}>{viewOf(spec)}</ShownTextContext.Provider>, container);
}
