/**
 * checks61's autofill side: a 学历 form asking 入学年份 / 毕业年份 in boxes gets the years alone
 * (item 2), and a form holding two records is left to the user (item 3: no multi-record fill), on
 * the pages of tests/e2e/checks61-pages.ts, planned with the sample profile (学历 1: 2016-09-01 to
 * 2020-06-30). The same in Chromium: tests/e2e/checks-markup.test.ts (checks61) C61-4, C61-5.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { C61_BODIES, C61_PAGES } from '../../e2e/checks61-pages';
import { installLocale } from '../i18n-fake';
import { planPage } from '../fill/page-markup';
import { collectSnapshot } from '../../../lib/page/collect';
import { declaredDateFormat } from '../../../lib/fill/dates';

/** The plan's date rows as [box id, key, action, value]. */
function dateRows(html: string): [string, string | null, string, string][] {
  const { plan, snapshot } = planPage(html, 'education');
  return plan.items.filter((i) => i.key !== 'education.school').map((i) => [snapshot.controls[i.control]!.id, i.key, i.action, i.value]);
}

describe('checks61: the autofill of 入学年份 / 毕业年份 boxes and of a form holding two records', () => {
  beforeEach(() => installLocale());

  it('入学年份 / 毕业年份 boxes (maxlength 4) are the record’s start and end, written as years: 2016, 2020', () => {
    expect(dateRows(C61_BODIES['period-years-empty'])).toEqual([
      ['txtRXNF', 'education.startDate', 'fill', '2016'],
      ['txtBYNF', 'education.endDate', 'fill', '2020'],
    ]);
  });

  it('without a maxlength too, and a box already holding the year is 已一致, not 页面已有不同内容', () => {
    const wide = C61_PAGES.years('', '', '').replace(/ maxlength="4"/g, '');
    expect(dateRows(wide)).toEqual([
      ['txtRXNF', 'education.startDate', 'fill', '2016'],
      ['txtBYNF', 'education.endDate', 'fill', '2020'],
    ]);
    const { plan } = planPage(C61_PAGES.years('2016', '2020', ''), 'education');
    expect(plan.items.filter((i) => i.key !== 'education.school').map((i) => [i.key, i.action, i.outcome])).toEqual([
      ['education.startDate', 'skip', 'same'],
      ['education.endDate', 'skip', 'same'],
    ]);
  });

  it('a period’s year label is a format of yyyy (its star and colon aside); a box under 起始时间 keeps the default', () => {
    const formatOf = (label: string) => {
      document.body.innerHTML = `<table><tr><th>${label}</th><td><input type="text" id="b"></td></tr></table>`;
      return declaredDateFormat(collectSnapshot(document).controls[0]!);
    };
    for (const label of ['入学年份', '*毕业年份：', '起始年', '终止年', '毕业年度', '入职年份']) expect(formatOf(label), label).toBe('yyyy');
    for (const label of ['起始时间', '入学时间', '出生年月', '年度考核结果']) expect(formatOf(label), label).toBeNull();
  });

  it('a form holding two records (two rows of 起始时间 / 终止时间 boxes, two blocks): nothing written, each date box 需您处理 (可能是：起始时间 / 终止时间)', () => {
    for (const page of [C61_BODIES['period-two-rows-empty'], C61_PAGES.twoBlocks(['', ''], ['', ''])]) {
      expect(dateRows(page).filter(([id]) => /SJ/.test(id))).toEqual([
        ['txtQSSJ1', null, 'needs-user', ''],
        ['txtZZSJ1', null, 'needs-user', ''],
        ['txtQSSJ2', null, 'needs-user', ''],
        ['txtZZSJ2', null, 'needs-user', ''],
      ]);
    }
  });

  it('two rows of 起止时间 [ ] 至 [ ]: nothing written, as for the other two-record forms (the first row’s start alone got 2016-09-01: recognition took the second row’s start for its end)', () => {
    const rows = C61_PAGES.rangeCell('', '').replace('中山大学', '').replace('</table>', '<tr><th>起止时间</th><td><input type="text" id="txtQS2" /> 至 <input type="text" id="txtZZ2" /></td></tr></table>');
    expect(dateRows(rows).filter(([, , action]) => action === 'fill')).toEqual([]);
  });
});
