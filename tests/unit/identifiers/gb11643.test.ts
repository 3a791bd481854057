import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idCheckChar, normalizeIdNumber, validateIdNumber } from '../../../lib/identifiers/gb11643';

describe('GB 11643 公民身份号码', () => {
  it("accepts the spec's sample 440106199203151236 (its check digit 6 is correct)", () => {
    // Σ = 4·7+4·9+0·10+1·5+0·8+6·4+1·2+9·1+9·6+2·3+0·7+3·9+1·10+5·5+1·8+2·4+3·2 = 248; 248 mod 11 = 6 → "10X98765432"[6] = "6".
    expect(idCheckChar('44010619920315123')).toBe('6');
    expect(validateIdNumber('440106199203151236')).toEqual({
      ok: true,
      normalized: '440106199203151236',
      birthDate: '1992-03-15',
      gender: '男',
      expectedCheck: '6',
    });
  });

  it('accepts an X check character, typed upper, lower or full-width', () => {
    // 11010519491231002X is the standard's own example (female, born 1949-12-31).
    for (const raw of ['11010519491231002X', '11010519491231002x', '１１０１０５１９４９１２３１００２ｘ', ' 110105 19491231 002X ']) {
      const r = validateIdNumber(raw);
      expect(r.ok, raw).toBe(true);
      expect(r.normalized).toBe('11010519491231002X');
      expect(r.gender).toBe('女');
    }
  });

  it('normalises full-width digits and lower-case x', () => {
    expect(normalizeIdNumber('４４０１０６１９９２０３１５１２３６')).toBe('440106199203151236');
    expect(normalizeIdNumber('11010519491231002ｘ')).toBe('11010519491231002X');
  });

  it('names the first failing rule', () => {
    expect(validateIdNumber('44010619920315123').reason).toBe('length');
    expect(validateIdNumber('44010619920315123A').reason).toBe('chars');
    expect(validateIdNumber('440106199202301234').reason).toBe('birthdate');
    const wrong = validateIdNumber('440106199203151235');
    expect(wrong).toMatchObject({ ok: false, reason: 'checksum', expectedCheck: '6', birthDate: '1992-03-15', gender: '男' });
  });

  it('detects every single-digit typo (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const digits = [...'440106199203151236'];
        digits[pos] = String((Number(digits[pos]) + delta) % 10);
        const r = validateIdNumber(digits.join(''));
        return !r.ok;
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof validateIdNumber(s).ok === 'boolean'));
  });
});
