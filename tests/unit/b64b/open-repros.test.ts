/**
 * breaker 64b's open problems, left unfixed (the content script's byte budget: each fix is in
 * lib/checks, which content.js carries): each `it.fails` states what the check should say and
 * fails while it does not (it turns red once fixed: then make it a plain `it`). Pages in
 * tests/e2e/b64b-pages.ts, read the way the content script reads a frame.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { educationFieldsets, educationFormAboveSaved, qualificationFirstNumberedTwo, reviewListHideOnDelete, reviewRulesTable, workReasonDash } from '../../e2e/b64b-pages';
import { checksOn } from '../checks/checks-on';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('breaker 64b: open', () => {
  it.each([['--'], ['/'], ['—']])('B64B-8 (fixed: a dash or slash alone is an empty cell) a saved 否 whose reason cell shows only %s: social-insurance-reason', (blank) => {
    expect(checksOn(workReasonDash(blank)).findings).toEqual(['social-insurance-reason:error:是否缴纳社保']);
  });

  it('B64B-8 (control) the same row with the cell empty is the error', () => {
    expect(checksOn(workReasonDash('&nbsp;')).findings).toEqual(['social-insurance-reason:error:是否缴纳社保']);
  });

  it('B64B-8 (control) a reason with a slash or dash in it (灵活就业/个人缴纳, 2019-2020 由原单位代缴) is no finding', () => {
    expect(checksOn(workReasonDash('灵活就业/个人缴纳')).findings).toEqual([]);
    expect(checksOn(workReasonDash('2019-2020 由原单位代缴')).findings).toEqual([]);
  });

  it('B64B-9 (fixed: a list naming no year is a legend) the page’s rules table (考核结果 | 说明: 基本称职, 不称职) above saved years both 称职: nothing', () => {
    expect(checksOn(reviewRulesTable)).toEqual({ step: 'annual-review', findings: [] });
  });

  it('B64B-10 (fixed: the form’s record is read in its number’s place) the form adding record 2 as 博士研究生 under a saved 1 硕士研究生: education-order before 保存', () => {
    expect(checksOn(educationFormAboveSaved, { ddlXL: '1' }).findings).toContain('education-order:error:学历');
  });

  it('B64B-10 (control) the same form adding 2 as 大学本科, or on its 请选择, or editing 1 (记录序号 1, its row replaced) to 博士研究生: nothing', () => {
    expect(checksOn(educationFormAboveSaved, { ddlXL: '3' }).findings).toEqual([]);
    expect(checksOn(educationFormAboveSaved).findings).toEqual([]);
    expect(checksOn(educationFormAboveSaved, { txtXH: '1', ddlXL: '1' }).findings).toEqual([]);
  });

  it('B64B-10 (control) a form with no 记录序号 adds no record (a saved one opened to edit is no new one): 博士研究生 there is nothing', () => {
    expect(checksOn(educationFormAboveSaved.replace(/<tr><td>记录序号：.*?<\/tr>/, ''), { ddlXL: '1' }).findings).toEqual([]);
  });

  it('B64B-11 (fixed: under a list of the section shown empty the first record is 1) the first record numbered 2 under a list showing 暂无数据: record-sequence', () => {
    expect(checksOn(qualificationFirstNumberedTwo).findings).toEqual(['record-sequence:warning:qualificationHistory.seq']);
  });

  it('B64B-11 (control) the first record numbered 1 under the same list: nothing', () => {
    expect(checksOn(qualificationFirstNumberedTwo, { txtXH: '1' }).findings).toEqual([]);
  });

  it('B64B-12 (fixed: each 学历 the form holds is read with its 记录序号) two 学历 records in one form, a fieldset each, 大学专科 before 大学本科: education-order', () => {
    expect(checksOn(educationFieldsets, { ddlXL1: '3', ddlXL2: '2' }).findings).toContain('education-order:error:学历');
  });

  it('B64B-12 (control) the same two records highest first (大学本科, 大学专科): nothing', () => {
    expect(checksOn(educationFieldsets, { ddlXL1: '2', ddlXL2: '3' }).findings).toEqual([]);
  });

  it('B64B-13 (fixed in lib/page collectGrids: a hidden row is no record) a saved 2024 不称职 whose row the page hid on 删除 (jQuery fadeOut): no finding', () => {
    expect(checksOn(reviewListHideOnDelete(true)).findings).toEqual([]);
  });

  it('B64B-13 (control) the row shown: the latest year’s error', () => {
    expect(checksOn(reviewListHideOnDelete(false)).findings).toEqual(['annual-review-disqualifying:error:年度考核结果']);
  });
});
