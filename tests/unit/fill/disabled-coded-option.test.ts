/**
 * The report's word for a list that disabled the profile's option since the preview
 * (lib/fill/writers/select.ts unwrittenSelect) finds the option as the plan does (findOption):
 * a disabled 01-汉族 or 汉族(HA) is 页面有该选项，但不允许选择 too. Failed on the code before it
 * (页面没有该选项).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { unwrittenSelect } from '../../../lib/fill/writers/select';
import { t } from '../../../lib/i18n/t';
import { sel } from './page-markup';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a list that disabled the option is said so when the option carries a code (unwrittenSelect by the plan’s rules: it said 页面没有该选项)', () => {
  it('汉族 planned, 01-汉族 or 汉族(HA) disabled: 页面有该选项，但不允许选择; 蒙古族 missing: 页面没有该选项', () => {
    for (const wording of ['01-汉族', '汉族(HA)']) {
      document.body.innerHTML = sel('mz', [['01', wording, ' disabled'], ['02', '蒙古族']]);
      const list = document.getElementById('mz') as HTMLSelectElement;
      expect(unwrittenSelect(list, '汉族')).toEqual({ result: 'failed', detail: t('fill_reason_option_disabled', wording) });
    }
    document.body.innerHTML = sel('mz', [['01', '01-汉族', ' disabled'], ['03', '03-回族']]);
    expect(unwrittenSelect(document.getElementById('mz') as HTMLSelectElement, '蒙古族')).toEqual({ result: 'failed', detail: t('fill_reason_no_option', '蒙古族') });
  });
});
