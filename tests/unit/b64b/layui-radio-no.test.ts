/**
 * breaker 64b: 是否缴纳社保 answered on layui's drawn radios (tests/e2e/b64b-pages.ts
 * layuiWorkFormDrawn), read the way the content script reads a frame: the choice's words come with
 * layui's icon glyph before them (U+E643), which social-insurance-reason must see past.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { layuiWorkFormDrawn } from '../../e2e/b64b-pages';
import { meansNo } from '../../../lib/checks/social-insurance-reason';
import { checksOn } from '../checks/checks-on';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('breaker 64b: 否 on a layui-drawn radio', () => {
  it('B64B-6 否 ticked, no reason: social-insurance-reason on the reason box (it was silent: the glyph before 否 hid it)', () => {
    expect(checksOn(layuiWorkFormDrawn('否'))).toEqual({ step: 'work-experience', findings: ['social-insurance-reason:error:workHistory.noSocialInsuranceReason'] });
  });

  it('B64B-6 是 ticked: nothing', () => {
    expect(checksOn(layuiWorkFormDrawn('是'))).toEqual({ step: 'work-experience', findings: [] });
  });

  it('B64B-6 meansNo reads 否 past a glyph, and 是 with one as no 否', () => {
    expect(meansNo('\ue643否')).toBe(true);
    expect(meansNo('\ue643否（未缴纳）')).toBe(true);
    expect(meansNo('\ue643是')).toBe(false);
  });
});
