/**
 * checks58 in happy-dom: the pre-submit checks on markup the autofill reads since fill 57
 * (tests/e2e/checks58-pages.ts), read the way the content script reads a frame, then checked.
 * The same pages in Chromium: tests/e2e/checks-markup.test.ts (checks58).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { partNumber } from '../../../lib/fields/date-fields';
import { C58_BODIES } from '../../e2e/checks58-pages';
import { checksOn } from './checks-on';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('checks58: the checks on markup the autofill reads since fill 57', () => {
  it('item 1: 证件号码 under a 证件类型 shown as plain text, 护照, is no 公民身份号码: no ID check; under 居民身份证 shown so it is checked', () => {
    const page = C58_BODIES['id-type-text'];
    expect(checksOn(page)).toEqual({ step: 'basic-info', findings: [] });
    // Its label's own text (证件类型：护照), or on one row with the 证件号码 (*证件类型：| 护照 | *证件号码：| box).
    expect(checksOn(page.replace('<th>证件类型</th><td><span id="lblZJLX">护照</span></td>', '<td colspan="2">证件类型：港澳居民来往内地通行证</td>')).findings).toEqual([]);
    const oneRow = page.replace(/<tr><th>证件类型<\/th>.*?<\/tr>\s*<tr><th>(.*?)证件号码<\/th><td>/s, '<tr><td>*证件类型：</td><td>护照</td><td>$1证件号码：</td><td>');
    expect(oneRow).toContain('<td>护照</td>');
    expect(checksOn(oneRow).findings).toEqual([]);
    // A 居民身份证 shown so, or none shown: E12345678 is a bad 公民身份号码.
    expect(checksOn(page.replace('>护照<', '>居民身份证<')).findings).toContain('id-number-checksum:error:basic.idNumber');
    expect(checksOn(page.replace(/<tr><th>证件类型<\/th>.*?<\/tr>/, '')).findings).toContain('id-number-checksum:error:basic.idNumber');
  });

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
