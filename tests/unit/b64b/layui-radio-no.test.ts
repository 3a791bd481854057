/**
 * breaker 64b: choices answered on layui's drawn radios (tests/e2e/b64b-pages.ts), read the way
 * the content script reads a frame: each choice's words come with layui's icon glyph before them
 * (U+E643 ticked), which the checks must see past (lib/checks/common.ts fieldValues).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { layuiBasicRadios, layuiWorkFormDrawn } from '../../e2e/b64b-pages';
import { checksOn } from '../checks/checks-on';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('breaker 64b: answers on layui-drawn radios', () => {
  it('B64B-6 是否缴纳社保 否 ticked, no reason: social-insurance-reason on the reason box (it was silent: the glyph before 否 hid it)', () => {
    expect(checksOn(layuiWorkFormDrawn('否'))).toEqual({ step: 'work-experience', findings: ['social-insurance-reason:error:workHistory.noSocialInsuranceReason'] });
  });

  it('B64B-6 是 ticked: nothing', () => {
    expect(checksOn(layuiWorkFormDrawn('是'))).toEqual({ step: 'work-experience', findings: [] });
  });

  it('B64B-7 基本信息 with 工程技术人员 and 助理工程师 ticked under 初级: nothing (it was two errors: qualification-type and qualification-level-mismatch, each saying the ticked word should be chosen)', () => {
    expect(checksOn(layuiBasicRadios('工程技术人员', '助理工程师', true))).toEqual({ step: 'basic-info', findings: [] });
  });

  it('B64B-7 其他 and 工程师 ticked under 初级: both errors, on their fields', () => {
    expect(checksOn(layuiBasicRadios('其他', '工程师', true)).findings).toEqual([
      'qualification-level-mismatch:error:application.qualificationName',
      'qualification-type:error:application.qualificationType',
    ]);
  });
});
