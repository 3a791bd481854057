/**
 * Dates chosen in lists (year, month, day): the year's list carries the date's key, the lists
 * after it are its parts, and the page's value is the whole date (robustness probes:
 * birth-2-selects-ym, birth-3-selects-ymd, edu-record-ym-selects, work-record-ym-selects).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { dateParts, pageFieldValues, recognizeFields } from '../../../lib/fields/recognize';
import type { StepId } from '../../../lib/portal/step-ids';
import { birthYearMonth, birthYearMonthDay, days, educationForm, months, monthsNoPad, row, sel, show, webForm, workForm, years } from './date-list-pages';

function read(html: string, step: StepId, chosen: Record<string, string> = {}) {
  show(html, chosen);
  const snapshot = collectSnapshot(document);
  const matches = recognizeFields(snapshot, step);
  const keyOf = (id: string) => matches.find((m) => snapshot.controls[m.control]!.id === id)?.key ?? null;
  const control = (id: string) => snapshot.controls.find((c) => c.id === id)!;
  return { snapshot, matches, keyOf, control, values: pageFieldValues(snapshot, matches) };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a date in lists is one field, keyed on its year', () => {
  it('出生年月：[year]年[month]月', () => {
    const page = read(birthYearMonth(), 'basic-info');
    expect(page.keyOf('ddlYear')).toBe('basic.birthDate');
    expect(page.keyOf('ddlMonth')).toBeNull();
    expect(dateParts(page.snapshot, page.control('ddlYear')).map((c) => c.id)).toEqual(['ddlMonth']);
  });

  it('出生日期：[year] 年 [month] 月 [day] 日', () => {
    const page = read(birthYearMonthDay(), 'basic-info');
    expect(['ddlY', 'ddlM', 'ddlD'].map(page.keyOf)).toEqual(['basic.birthDate', null, null]);
    expect(dateParts(page.snapshot, page.control('ddlY')).map((c) => c.id)).toEqual(['ddlM', 'ddlD']);
  });

  it('出生日期：[1998年][05月][13日] with nothing between the lists (their options carry the units)', () => {
    const unit = (n: number, from: number, suffix: string, pad = 2) =>
      `<option value="">请选择</option>${Array.from({ length: n }, (_, i) => `<option value="${from + i}">${String(from + i).padStart(pad, '0')}${suffix}</option>`).join('')}`;
    const page = read(
      `<table><tr><td>出生日期：</td><td><select id="n">${unit(10, 1990, '年', 4)}</select><select id="y">${unit(12, 1, '月')}</select><select id="r">${unit(31, 1, '日')}</select></td></tr></table>`,
      'basic-info',
      { n: '1998', y: '5', r: '13' },
    );
    expect(['n', 'y', 'r'].map(page.keyOf)).toEqual(['basic.birthDate', null, null]);
    expect(dateParts(page.snapshot, page.control('n')).map((c) => c.id)).toEqual(['y', 'r']);
    expect(page.values.find((v) => v.key === 'basic.birthDate')?.value).toBe('1998-05-13');
  });

  it('出生年月 / 参加工作时间：[2023▼][01▼] with nothing between the lists and no units in their options (breaker 40): years, then 1 to 12, then 1 to 31', () => {
    const desc = (from: number, to: number) => years(from, to).slice(1).reverse();
    const page = read(
      webForm('基本信息', row('出生年月：', sel('csN', [['', '--'], ...desc(1960, 2005)]) + sel('csY', months)) + row('参加工作时间：', sel('gzN', desc(1980, 2025)) + sel('gzY', monthsNoPad) + sel('gzR', days))),
      'basic-info',
      { csN: '1998', csY: '05', gzN: '2020', gzY: '7', gzR: '01' },
    );
    expect(['csN', 'csY', 'gzN', 'gzY', 'gzR'].map(page.keyOf)).toEqual(['basic.birthDate', null, 'basic.workStartDate', null, null]);
    expect(dateParts(page.snapshot, page.control('gzN')).map((c) => c.id)).toEqual(['gzY', 'gzR']);
    expect(page.values.filter((v) => v.key.endsWith('Date')).map((v) => v.value)).toEqual(['1998-05', '2020-7-01']);
  });

  it('a numeric list after a list is no part of a date unless the first offers only years and the second 1 to 12 (1 to 28 or more for a day)', () => {
    const numbers = (...ns: number[]) => ns.map((n) => [String(n), String(n)] as [string, string]);
    const parts = (first: [string, string][], second: [string, string][]) => {
      const page = read(webForm('基本信息', row('出生年月：', sel('a', first) + sel('b', second))), 'basic-info');
      return dateParts(page.snapshot, page.control('a')).map((c) => c.id);
    };
    const twelve = numbers(...Array.from({ length: 12 }, (_, i) => i + 1));
    expect(parts(years(1990, 2000), twelve)).toEqual(['b']);
    // Not years: a count, a rank, a code list.
    expect(parts(numbers(1, 2, 3, 4, 5), twelve)).toEqual([]);
    expect(parts(numbers(1800, 1990), twelve)).toEqual([]);
    // Not the months: 1 to 10, 0 to 11, out of order, an empty list.
    expect(parts(years(1990, 2000), numbers(...Array.from({ length: 10 }, (_, i) => i + 1)))).toEqual([]);
    expect(parts(years(1990, 2000), numbers(...Array.from({ length: 12 }, (_, i) => i)))).toEqual([]);
    expect(parts(years(1990, 2000), numbers(2, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))).toEqual([]);
    expect(parts(years(1990, 2000), [])).toEqual([]);
  });

  it('入学时间 / 毕业时间 and 起始时间 / 终止时间 (with 至今) on record forms', () => {
    const education = read(educationForm(), 'education');
    expect(['ddlRXN', 'ddlRXY', 'ddlBYN', 'ddlBYY'].map(education.keyOf)).toEqual(['education.startDate', null, 'education.endDate', null]);
    const work = read(workForm(), 'work-experience');
    expect(['ddlQSN', 'ddlQSY', 'ddlZZN', 'ddlZZY'].map(work.keyOf)).toEqual(['workHistory.startDate', null, 'workHistory.endDate', null]);
  });

  it('a list after a text box is no part of it, nor a list labelled otherwise', () => {
    const page = read(birthYearMonth(), 'basic-info');
    expect(dateParts(page.snapshot, page.control('txtXM'))).toEqual([]);
    expect(dateParts(page.snapshot, page.control('ddlMonth'))).toEqual([]);
  });
});

describe('the page value of a date in lists', () => {
  const birth = (html: string, chosen: Record<string, string>) => read(html, 'basic-info', chosen).values.find((v) => v.key === 'basic.birthDate')?.value;

  it('is the whole date, in the page\'s numbers', () => {
    expect(birth(birthYearMonth(), { ddlYear: '1998', ddlMonth: '05' })).toBe('1998-05');
    expect(birth(birthYearMonthDay(), { ddlY: '1998', ddlM: '5', ddlD: '12' })).toBe('1998-5-12');
  });

  it('stops at the first list not chosen yet', () => {
    expect(birth(birthYearMonthDay(), { ddlY: '1998', ddlM: '5' })).toBe('1998-5');
    expect(birth(birthYearMonthDay(), { ddlY: '1998', ddlD: '12' })).toBe('1998');
    expect(birth(birthYearMonthDay(), {})).toBe('');
  });
});
