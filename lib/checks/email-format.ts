import { validateEmail } from '../identifiers/formats';
import { formatFindings } from './format-field';
import type { Check, CheckAbout } from './types';

/** 电子邮箱: name@domain.tld, ASCII. */
export const emailFormat: Check = {
  id: 'email-format',
  run: (ctx) => formatFindings(emailFormat, ctx, 'basic.email', validateEmail, 'check_email_format_invalid'),
};

/** What emailFormat checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const emailFormatAbout: CheckAbout = {
  id: 'email-format',
  title: '电子邮箱格式',
  source: 'spec/portal.md §Identifier rules；RFC 5321 常用形式',
};
