import { beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { Overlay } from '../../../components/overlay/Overlay';
import type { OverlayActions, OverlayModel } from '../../../components/overlay/model';
import type { Finding } from '../../../lib/checks/types';
import { stepById } from '../../../lib/portal/steps';
import { installLocale } from '../i18n-fake';

function model(findings: Finding[]): OverlayModel {
  return {
    step: stepById('basic-info'),
    advice: [],
    findings,
    profileLabel: null,
    notice: null,
    autofill: { phase: 'idle' },
    teach: { phase: 'idle' },
    capture: { phase: 'idle' },
    preSubmit: null,
    collapsed: false,
    corner: 'bottom-right',
    tour: null,
    presenter: { largeText: false, highContrast: false, maskPersonal: false },
  };
}

const actions = new Proxy({}, { get: () => () => undefined }) as OverlayActions;

/** The panel's headline count (`.zc-count`) for these findings. */
function headline(findings: Finding[]): string | null {
  const root = document.createElement('div');
  render(<Overlay model={model(findings)} actions={actions} />, root);
  return root.querySelector('.zc-count')?.textContent ?? null;
}

const empty = (control: number): Finding => ({ checkId: 'required-field', severity: 'error', control, message: `栏目 ${control} 是必填项` });
const photo: Finding = { checkId: 'photo-missing', severity: 'error', control: 20, message: '请上传个人照片' };

// ux26 item 4: an untouched step showed “14 个错误”, one per empty required box — frightening for
// a newcomer who has typed nothing yet. The headline says what they are; the findings stay errors.
describe('the panel’s headline count', () => {
  beforeEach(() => installLocale('zh_CN'));

  it('says “N 项必填未填” when every error is a box (or the photo) not filled yet', () => {
    expect(headline([...Array.from({ length: 13 }, (_, i) => empty(i)), photo])).toBe('14 项必填未填');
    expect(headline([empty(0)])).toBe('1 项必填未填');
    // 认定专业 left empty: its own check's error stands for required-field's (runChecks marks it).
    expect(headline([empty(0), { checkId: 'specialty-missing', severity: 'error', control: 9, message: '“认定专业”还没有填写', unfilled: true }])).toBe('2 项必填未填');
    // A warning beside them changes nothing: the headline counts errors.
    expect(headline([empty(0), { checkId: 'specialty-missing', severity: 'warning', control: 3, message: '认定专业不在列表中' }])).toBe('1 项必填未填');
  });

  it('counts errors as errors once one of them is of another kind', () => {
    expect(headline([empty(0), empty(1), { checkId: 'mobile-format', severity: 'error', control: 5, message: '手机号码应为 11 位' }])).toBe('3 个错误');
  });

  it('counts warnings when there is no error, and shows nothing without findings', () => {
    expect(headline([{ checkId: 'specialty-missing', severity: 'warning', control: 3, message: '认定专业不在列表中' }])).toBe('1 个提醒');
    expect(headline([])).toBeNull();
  });

  it('speaks English when the browser does', () => {
    installLocale('en');
    expect(headline([empty(0), empty(1)])).toBe('2 required fields empty');
  });
});
