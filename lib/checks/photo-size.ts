import { PHOTO_RULES, photoRuleFindings } from '../photo/rules';
import type { Check } from './types';

/** 个人照片 rule "photo-size" of lib/photo/rules.ts, on the photo chosen on this page or in the options page. */
export const photoSize: Check = {
  id: 'photo-size',
  title: '照片大小（500k 以内）',
  steps: 'any',
  severity: 'error',
  source: PHOTO_RULES.source,
  run: (ctx) => (ctx.photo ? photoRuleFindings('photo-size', ctx.photo) : []),
};
