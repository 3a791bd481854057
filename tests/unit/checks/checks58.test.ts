/**
 * checks58 in happy-dom: the pre-submit checks on markup the autofill reads since fill 57
 * (tests/e2e/checks58-pages.ts), read the way the content script reads a frame, then checked.
 * The same pages in Chromium: tests/e2e/checks58.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { partNumber } from '../../../lib/fields/date-fields';
import { C58_BODIES } from '../../e2e/checks58-pages';
import { checksOn } from './checks-on';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('checks58: the checks on markup the autofill reads since fill 57', () => {
  it('item 2: 出生年月 in a year list and a month list worded 一月…十二月 (values the words) is read whole: 六月 under an ID number of 1998-05 is id-birthdate-mismatch, 五月 none', () => {
    const page = C58_BODIES['birth-month-words'];
    // Each list set (happy-dom shows a list's first option, not the one marked selected further down).
    expect(checksOn(page, { ddlYear: '1998', ddlMonth: '六月' })).toEqual({ step: 'basic-info', findings: ['id-birthdate-mismatch:error:basic.birthDate'] });
    expect(checksOn(page, { ddlYear: '1998', ddlMonth: '五月' }).findings).toEqual([]);
    expect(checksOn(page, { ddlYear: '1998', ddlMonth: '十月' }).findings).toEqual(['id-birthdate-mismatch:error:basic.birthDate']);
  });

  it('item 2: the same month list with the values 1…12: 十二月 is id-birthdate-mismatch, 五月 (5) none', () => {
    const page = C58_BODIES['birth-month-words-numbered'];
    expect(checksOn(page, { ddlYear: '1998', ddlMonth: '12' })).toEqual({ step: 'basic-info', findings: ['id-birthdate-mismatch:error:basic.birthDate'] });
    expect(checksOn(page, { ddlYear: '1998', ddlMonth: '5' }).findings).toEqual([]);
  });

  it('partNumber, shared by the fill and the checks: numerals as the fill read them, 十 alone and with 〇 none', () => {
    expect(['一月', '九月', '十月', '十一月', '十二月', '二十一日', '三十日', '05', '5月', '1998年', '5月份', '2020年份'].map(partNumber)).toEqual([1, 9, 10, 11, 12, 21, 30, 5, 5, 1998, 5, 2020]);
    expect(['', '至今', '请选择', '〇五'].map(partNumber).every(Number.isNaN)).toBe(true);
  });
});
