import { PHOTO_RULES, photoRuleFindings } from '../photo/rules';
import type { Check } from './types';

/** 个人照片 rule "photo-dimensions" of lib/photo/rules.ts, on the photo chosen on this page or in the options page. */
export const photoDimensions: Check = {
  id: 'photo-dimensions',
  title: '照片像素（不小于 295×413）',
  steps: 'any',
  severity: 'error',
  source: PHOTO_RULES.source,
  run: (ctx) => (ctx.photo ? photoRuleFindings('photo-dimensions', ctx.photo) : []),
};
