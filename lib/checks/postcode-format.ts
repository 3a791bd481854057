import { validatePostcode } from '../identifiers/formats';
import { formatFindings } from './format-field';
import type { Check } from './types';

/** 邮政编码: 6 digits. */
export const postcodeFormat: Check = {
  id: 'postcode-format',
  title: '邮政编码格式',
  steps: 'any',
  severity: 'error',
  source: 'spec/portal.md §Identifier rules（邮编 6 位数字）',
  run: (ctx) =>
    formatFindings(postcodeFormat, ctx, 'basic.postcode', validatePostcode, (v) => `邮政编码“${v}”格式不对：应为 6 位数字（广州市一般为 510xxx 或 511xxx）。`),
};
