import { PHOTO_RULES_SOURCE } from '../photo/rule-table';
import { photoRuleFindings } from './common';
import type { Check, CheckAbout } from './types';

/** 个人照片 rule "photo-size" of lib/photo/rules.ts (findings evaluated where the file was read), on the photo chosen on this page or in the options page. */
export const photoSize: Check = {
  id: 'photo-size',
  run: (ctx) => photoRuleFindings(ctx, 'photo-size'),
};

/** What photoSize checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const photoSizeAbout: CheckAbout = {
  id: 'photo-size',
  title: '照片大小（500k 以内）',
  source: PHOTO_RULES_SOURCE,
};
