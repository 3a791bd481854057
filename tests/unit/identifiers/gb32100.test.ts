import { describe, expect, it } from 'vitest';
import { validateCreditCode } from '../../../lib/identifiers/gb32100';

describe('GB 32100 统一社会信用代码', () => {
  it('accepts valid codes (the standard example, the spec sample)', () => {
    expect(validateCreditCode('91350100M000100Y43')).toMatchObject({ ok: true, expectedCheck: '3' });
    expect(validateCreditCode('91440101MA59ABCD1D').ok).toBe(true);
    expect(validateCreditCode('９１３５０１００ｍ０００１００ｙ４３').normalized).toBe('91350100M000100Y43');
  });

  it('names the failing rule', () => {
    expect(validateCreditCode('91350100M000100Y4').reason).toBe('length');
    expect(validateCreditCode('91350100M000100I43').reason).toBe('chars');
    expect(validateCreditCode('91350100M000100Y44')).toMatchObject({ ok: false, reason: 'checksum', expectedCheck: '3' });
  });
});
