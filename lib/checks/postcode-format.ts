import { validatePostcode } from '../identifiers/formats';
import { formatFindings } from './format-field';
import type { Check, CheckAbout } from './types';

/** 邮政编码: 6 digits. */
export const postcodeFormat: Check = {
  id: 'postcode-format',
  run: (ctx) => formatFindings(postcodeFormat, ctx, 'basic.postcode', validatePostcode, 'check_postcode_format_invalid'),
};

/** What postcodeFormat checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const postcodeFormatAbout: CheckAbout = {
  id: 'postcode-format',
  title: '邮政编码格式',
  source: 'spec/portal.md §Identifier rules（邮编 6 位数字）',
};
