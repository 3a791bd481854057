import { beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { Overlay } from '../../../components/overlay/Overlay';
import type { OverlayActions, OverlayModel } from '../../../components/overlay/model';
import { stepById } from '../../../lib/portal/steps';
import { installLocale } from '../i18n-fake';

const ID = '440106199001011236';
const PHONE = '13812345678';

function model(maskPersonal: boolean): OverlayModel {
  return {
    step: stepById('basic-info'),
    advice: [],
    findings: [{ checkId: 'id-number-checksum', severity: 'error', field: 'basic.idNumber', control: 0, message: `公民身份号码 ${ID} 校验位不对` }],
    profileLabel: `张三 ${PHONE}`,
    notice: null,
    autofill: { phase: 'idle' },
    teach: { phase: 'idle' },
    capture: { phase: 'idle' },
    preSubmit: null,
    collapsed: false,
    corner: 'bottom-right',
    tour: null,
    presenter: { largeText: false, highContrast: false, maskPersonal },
  };
}

/** Every action a no-op: only what the panel shows is looked at. */
const actions = new Proxy({}, { get: () => () => undefined }) as OverlayActions;

function panelText(maskPersonal: boolean): string {
  const root = document.createElement('div');
  render(<Overlay model={model(maskPersonal)} actions={actions} />, root);
  return root.textContent ?? '';
}

// The panel hands its display function (components/overlay/presenter.ts) to the findings and the
// autofill part by prop: presenter mode (issue 7) masks what they show, and only then.
describe('Overlay in presenter mode', () => {
  beforeEach(() => installLocale());

  it('masks the ID number in a finding and the phone number in the profile label', () => {
    const text = panelText(true);
    expect(text).toContain('4401**********1236');
    expect(text).toContain('138****5678');
    expect(text).not.toContain(ID);
    expect(text).not.toContain(PHONE);
  });

  it('shows them as they are otherwise', () => {
    const text = panelText(false);
    expect(text).toContain(ID);
    expect(text).toContain(PHONE);
  });
});
