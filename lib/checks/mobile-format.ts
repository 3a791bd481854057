import { validateMobile } from '../identifiers/formats';
import { formatFindings } from './format-field';
import type { Check, CheckAbout } from './types';

/** 手机号码: 11 digits starting 13–19. */
export const mobileFormat: Check = {
  id: 'mobile-format',
  run: (ctx) => formatFindings(mobileFormat, ctx, 'basic.mobile', validateMobile, 'check_mobile_format_invalid'),
};

/** What mobileFormat checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const mobileFormatAbout: CheckAbout = {
  id: 'mobile-format',
  title: '手机号码格式',
  source: 'spec/portal.md §Identifier rules（手机 1[3-9] 开头共 11 位）',
};
