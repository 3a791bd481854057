import type { Frame } from 'playwright-core';
import { waitForStep } from './harness';
import { applyAutofill, startAutofill } from './overlay-driver';
import { N, row } from './web-form-pages';

/**
 * The 学历 record pages the record-memory tests in Chromium share (breaker 29, 30): the sample
 * applicant has two 学历 records, 1 华南理工大学 and 2 广东环境保护工程职业学院.
 */
export const FIRST = '华南理工大学';
export const SECOND = '广东环境保护工程职业学院';
export const CRUMB = '<div class="wz">您现在的位置：初次职称考核认定 &gt;&gt; 学位（学历）教育情况</div>';
/** The 学历 record form's table (记录序号 #txtJLXH, 毕业学校 #txtBYXX, 所学专业 #txtSXZY), empty. */
export const FORM_TABLE = `<table class="formtable">${row('记录序号', `<input type="text" name="${N}txtJLXH" id="txtJLXH" />`)}${row('毕业学校', `<input type="text" name="${N}txtBYXX" id="txtBYXX" />`)}${row('所学专业', `<input type="text" name="${N}txtSXZY" id="txtSXZY" />`)}</table>`;

/**
 * Fills the 学历 form in `frame` from the profile through the overlay (preview, then 填写), once
 * the page is recognised as the 学历 step.
 * @returns the 毕业学校 written (which record the fill took).
 */
export async function fillEducationForm(frame: Frame): Promise<string> {
  await waitForStep(frame, 'education');
  await startAutofill(frame);
  await applyAutofill(frame);
  return frame.locator('#txtBYXX').inputValue();
}
