import { beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../../lib/checks/types';
import { installLocale } from '../i18n-fake';
import { renderOverlay } from './render-overlay';

/** The panel's headline count (`.zc-count`) for these findings. */
function headline(findings: Finding[]): string | null {
  return renderOverlay(findings).querySelector('.zc-count')?.textContent ?? null;
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

  it('titles the 检查 section with the same wording as the headline', () => {
    const title = (findings: Finding[]) => renderOverlay(findings).querySelector('#zc-sec-checks-title')?.textContent;
    const warning: Finding = { checkId: 'specialty-missing', severity: 'warning', control: 3, message: '认定专业不在列表中' };
    expect(title([empty(0), empty(1), photo, warning])).toBe('检查 · 必填未填 3 · 提醒 1');
    expect(title([empty(0), { checkId: 'mobile-format', severity: 'error', control: 5, message: '手机号码应为 11 位' }])).toBe('检查 · 错误 2 · 提醒 0');
    expect(title([warning])).toBe('检查 · 错误 0 · 提醒 1');
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

describe('the panel’s classes (overlay.css and the tests read them)', () => {
  const classes = (changes: Parameters<typeof renderOverlay>[1], presenter: Parameters<typeof renderOverlay>[2] = {}) =>
    renderOverlay([], changes, presenter).querySelector('section')?.getAttribute('class');
  it('names its corner, then collapsed, large text and high contrast when on, one space apart', () => {
    expect(classes({})).toBe('zc-panel zc-bottom-right');
    expect(classes({ corner: 'top-left', collapsed: true }, { largeText: true, highContrast: true })).toBe('zc-panel zc-top-left zc-collapsed zc-large zc-contrast');
    expect(classes({ corner: 'top-right' }, { highContrast: true })).toBe('zc-panel zc-top-right zc-contrast');
  });
});
