import { PHOTO_RULES, photoRuleFindings } from '../photo/rules';
import type { Check } from './types';

/** 个人照片 rule "photo-format" of lib/photo/rules.ts, on the photo chosen on this page or in the options page. */
export const photoFormat: Check = {
  id: 'photo-format',
  title: '照片格式（真 JPEG）',
  steps: 'any',
  severity: 'error',
  source: PHOTO_RULES.source,
  run: (ctx) => (ctx.photo ? photoRuleFindings('photo-format', ctx.photo) : []),
};
