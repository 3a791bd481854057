import { PHOTO_RULES_SOURCE } from '../photo/rule-table';
import { photoRuleFindings } from './common';
import type { Check, CheckAbout } from './types';

/** 个人照片 rule "photo-dimensions" of lib/photo/rules.ts (findings evaluated where the file was read), on the photo chosen on this page or in the options page. */
export const photoDimensions: Check = {
  id: 'photo-dimensions',
  run: (ctx) => photoRuleFindings(ctx, 'photo-dimensions'),
};

/** What photoDimensions checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const photoDimensionsAbout: CheckAbout = {
  id: 'photo-dimensions',
  title: '照片像素（不小于 295×413）',
  source: PHOTO_RULES_SOURCE,
};
