import { render } from 'preact';
import { Overlay } from '../../../components/overlay/Overlay';
import { initialOverlayModel, type OverlayActions, type OverlayModel, type PresenterSettings } from '../../../components/overlay/model';
import type { Finding } from '../../../lib/checks/types';
import { stepById } from '../../../lib/portal/steps';

/** Every action a no-op: only what the panel shows is looked at. */
const noActions = new Proxy({}, { get: () => () => undefined }) as OverlayActions;

/**
 * The panel as it first appears on 基本信息 with these findings (the controller's initial model),
 * changed by `changes`, rendered into a detached element.
 * @returns the element holding the rendered panel
 */
export function renderOverlay(findings: Finding[], changes: Partial<OverlayModel> = {}, presenter: Partial<PresenterSettings> = {}): HTMLElement {
  const model = initialOverlayModel(stepById('basic-info'), findings, false, { largeText: false, highContrast: false, maskPersonal: false, ...presenter });
  const root = document.createElement('div');
  render(<Overlay model={{ ...model, ...changes }} actions={noActions} />, root);
  return root;
}
