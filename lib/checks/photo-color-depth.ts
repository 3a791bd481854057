import { PHOTO_RULES, photoRuleFindings } from '../photo/rules';
import type { Check } from './types';

/** 个人照片 rule "photo-color-depth" of lib/photo/rules.ts, on the photo chosen on this page or in the options page. */
export const photoColorDepth: Check = {
  id: 'photo-color-depth',
  title: '照片色彩（24 位 RGB 真彩色）',
  steps: 'any',
  severity: 'error',
  source: PHOTO_RULES.source,
  run: (ctx) => (ctx.photo ? photoRuleFindings('photo-color-depth', ctx.photo) : []),
};
