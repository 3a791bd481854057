import { PHOTO_RULES_SOURCE } from '../photo/rule-table';
import { photoRuleFindings } from './common';
import type { Check, CheckAbout } from './types';

/** 个人照片 rule "photo-color-depth" of lib/photo/rules.ts (findings evaluated where the file was read), on the photo chosen on this page or in the options page. */
export const photoColorDepth: Check = {
  id: 'photo-color-depth',
  run: (ctx) => photoRuleFindings(ctx, 'photo-color-depth'),
};

/** What photoColorDepth checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const photoColorDepthAbout: CheckAbout = {
  id: 'photo-color-depth',
  title: '照片色彩（24 位 RGB 真彩色）',
  source: PHOTO_RULES_SOURCE,
};
