import { beforeEach, describe, expect, it } from 'vitest';
import { installLocale } from '../i18n-fake';
import { renderOverlay } from './render-overlay';

const ID = '440106199001011236';
const PHONE = '13812345678';

function panelText(maskPersonal: boolean): string {
  const finding = { checkId: 'id-number-checksum', severity: 'error', field: 'basic.idNumber', control: 0, message: `公民身份号码 ${ID} 校验位不对` } as const;
  return renderOverlay([finding], { profileLabel: `张三 ${PHONE}` }, { maskPersonal }).textContent ?? '';
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
