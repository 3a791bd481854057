/**
 * checks59 in happy-dom: the pre-submit checks on markup the autofill reads since fill 57
 * (tests/e2e/checks59-pages.ts), read the way the content script reads a frame, then checked.
 * The same pages in Chromium: tests/e2e/checks-markup.test.ts (checks59).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { C59_BODIES } from '../../e2e/checks59-pages';
import { collectSnapshot } from '../../../lib/page/collect';
import { pageFieldValues, recognizeFields } from '../../../lib/fields/recognize';
import { checksOn } from './checks-on';
import type { StepId } from '../../../lib/portal/step-ids';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The dates the page shows for `step`, as the checks read them (key → value). */
function datesOn(body: string, step: StepId, values: Record<string, string>): Record<string, string> {
  document.body.innerHTML = `<form>${body}</form>`;
  for (const [id, value] of Object.entries(values)) (document.getElementById(id) as HTMLSelectElement).value = value;
  const snapshot = collectSnapshot(document, window);
  const read = pageFieldValues(snapshot, recognizeFields(snapshot, step)).filter((v) => v.key.endsWith('Date'));
  return Object.fromEntries(read.map((v) => [v.key, v.value]));
}

describe('checks59: the checks on markup the autofill reads since fill 57', () => {
  it('item 2: a period in 起始年 起始月 / 终止年 终止月 lists is read as the record’s start and end dates, each with its month', () => {
    // Each list set (happy-dom shows a list's first option, not the one marked selected further down).
    const chosen = { ddlQSN: '2020', ddlQSY: '09', ddlZZN: '2016', ddlZZY: '06' };
    expect(datesOn(C59_BODIES['education-period-lists'], 'education', chosen)).toEqual({ 'education.startDate': '2020-09', 'education.endDate': '2016-06' });
    expect(datesOn(C59_BODIES['work-period-lists'], 'work-experience', { ddlQSN: '2020', ddlQSY: '07', ddlZZN: '9999', ddlZZY: '' })).toEqual({
      'workHistory.startDate': '2020-07',
      'workHistory.endDate': '至今',
    });
    // Off a record step (no record's dates to be), the lists are no field.
    expect(datesOn(C59_BODIES['education-period-lists'].replace('学位（学历）教育情况', '基本信息'), 'basic-info', chosen)).toEqual({});
  });

  it('item 2: 至今 chosen in the end’s year list excuses its empty month list (required-field), as a ticked 至今 excuses an end date’s box; a year chosen there does not', () => {
    const page = C59_BODIES['work-period-lists'];
    const values = { ddlQSN: '2020', ddlQSY: '07', ddlZZN: '9999', ddlZZY: '' };
    expect(checksOn(page, values)).toEqual({ step: 'work-experience', findings: [] });
    expect(checksOn(page, { ...values, ddlZZN: '2024' }).findings).toEqual(['required-field:error:终止月']);
    // The start's month is not excused by the end's 至今.
    expect(checksOn(page, { ...values, ddlQSY: '' }).findings).toEqual(['required-field:error:起始月']);
  });

  it('item 3: 出生日期 typed in three boxes parted by dashes ([1998]-[06]-[12]) is read whole: a month other than the ID number’s is id-birthdate-mismatch, its own month none', () => {
    const page = C59_BODIES['birth-dash-boxes'];
    expect(checksOn(page)).toEqual({ step: 'basic-info', findings: ['id-birthdate-mismatch:error:basic.birthDate'] });
    expect(checksOn(page, { txtMonth: '05' }).findings).toEqual([]);
    expect(checksOn(page, { txtMonth: '05', txtDay: '13' }).findings).toEqual(['id-birthdate-mismatch:error:basic.birthDate']);
  });
});
