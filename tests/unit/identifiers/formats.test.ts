import { describe, expect, it } from 'vitest';
import { validateEmail, validateGuangzhouLandline, validateMobile, validatePostcode } from '../../../lib/identifiers/formats';

describe('contact formats', () => {
  it('mobile: 1[3-9] + 9 digits; spaces and full-width normalised', () => {
    expect(validateMobile('13800000000')).toEqual({ ok: true, normalized: '13800000000' });
    expect(validateMobile('138 0000 0000')).toEqual({ ok: true, normalized: '13800000000' });
    expect(validateMobile('１３８００００００００').ok).toBe(true);
    expect(validateMobile('12800000000').ok).toBe(false);
    expect(validateMobile('1380000000').ok).toBe(false);
  });

  it('postcode: 6 digits', () => {
    expect(validatePostcode('510000').ok).toBe(true);
    expect(validatePostcode('51000').ok).toBe(false);
    expect(validatePostcode('51000a').ok).toBe(false);
  });

  it('email', () => {
    expect(validateEmail('zhangxm@example.com').ok).toBe(true);
    expect(validateEmail('zhang.xm+1@mail.example.com.cn').ok).toBe(true);
    expect(validateEmail('zhangxm@example').ok).toBe(false);
    expect(validateEmail('张@example.com').ok).toBe(false);
  });

  it('Guangzhou landline 020-xxxxxxxx', () => {
    expect(validateGuangzhouLandline('020-12345678')).toEqual({ ok: true, normalized: '020-12345678' });
    expect(validateGuangzhouLandline('02012345678')).toEqual({ ok: true, normalized: '020-12345678' });
    expect(validateGuangzhouLandline('(020)12345678').ok).toBe(true);
    expect(validateGuangzhouLandline('0755-12345678').ok).toBe(false);
  });
});
