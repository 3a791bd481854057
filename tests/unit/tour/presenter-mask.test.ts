import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskPersonal } from '../../../lib/overlay/mask';

// Presenter mode's masking (lib/overlay/mask.ts), used by the overlay and the tour.
describe('maskPersonal', () => {
  it('masks an 18-character ID to its first and last four', () => {
    expect(maskPersonal('440106199203151236')).toBe('4401**********1236');
    expect(maskPersonal('身份证号 44010619920315123X 与出生日期不一致')).toBe('身份证号 4401**********123X 与出生日期不一致');
    expect(maskPersonal('id 44010619920315123x.')).toBe('id 4401**********123x.');
  });

  it('masks a 15-digit old ID, mobile and fixed-line numbers', () => {
    expect(maskPersonal('440106920315123')).toBe('4401********123');
    expect(maskPersonal('手机 13812345678，')).toBe('手机 138****5678，');
    expect(maskPersonal('+86 13812345678')).toBe('+86 138****5678');
    expect(maskPersonal('电话 020-87654321')).toBe('电话 020-****4321');
    expect(maskPersonal('075512345678')).toBe('0755****5678');
  });

  it('leaves dates, postcodes, sequence numbers and credit codes alone', () => {
    for (const text of ['2015-07-01', '1992-03-15', '510000', '记录序号 3', '91440101MA5CXXXX1X', '500 KB', '295×413']) {
      expect(maskPersonal(text)).toBe(text);
    }
  });

  it('never leaves the middle digits of any ID visible', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{16}[\dX]$/), fc.string({ maxLength: 5 }).filter((s) => !/[0-9A-Za-z]$/.test(s)), (id, before) => {
        const masked = maskPersonal(`${before}${id}。`);
        expect(masked).toBe(`${before}${id.slice(0, 4)}${'*'.repeat(10)}${id.slice(14)}。`);
      }),
    );
  });
});
