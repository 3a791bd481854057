import { PHOTO_RULES_SOURCE } from '../photo/rule-table';
import { photoRuleFindings } from './common';
import type { Check, CheckAbout } from './types';

/** 个人照片 rule "photo-format" of lib/photo/rules.ts (findings evaluated where the file was read), on the photo chosen on this page or in the options page. */
export const photoFormat: Check = {
  id: 'photo-format',
  run: (ctx) => photoRuleFindings(ctx, 'photo-format'),
};

/** What photoFormat checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const photoFormatAbout: CheckAbout = {
  id: 'photo-format',
  title: '照片格式（真 JPEG）',
  source: PHOTO_RULES_SOURCE,
};
