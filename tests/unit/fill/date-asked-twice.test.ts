/**
 * One date asked twice on a page, in a date's lists (出生年月 [1998年▼][5月▼]) and in a date box
 * (出生日期 [        ]): recognition ties them (neither is clearly the key's), and both rows were
 * 无法确定此栏对应的档案字段; the plan fills both from the profile's date (lib/fill/plan.ts
 * dateAskedTwice). Each case failed on the code before it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyFill } from '../../../lib/fill/apply';
import { t } from '../../../lib/i18n/t';
import { box, months, planPage as plan, sel, th, title, valueOf as value, years } from './page-markup';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('one date asked in a date’s lists and in a date box: both filled from the profile (they were both 无法确定此栏对应的档案字段)', () => {
  const basic = (birthBox: string) =>
    `${title('基本信息')}<table>${th('姓名', box('xm'))}${th('出生年月', sel('csn', years(1980, 30)) + sel('csy', months()))}${th('出生日期', birthBox)}</table>`;
  const rows = (p: ReturnType<typeof plan>['plan']) => p.items.filter((i) => i.control !== 0).map((i) => [i.key, i.label, i.action, i.outcome, i.value]);

  it('both empty: the lists get 1998-05, the box 1998-05-12, each row under its page label; 应用 writes both', async () => {
    const { snapshot, plan: p } = plan(basic(box('csrq')), 'basic-info');
    expect(rows(p)).toEqual([
      ['basic.birthDate', '出生年月', 'fill', 'will-fill', '1998-05'],
      ['basic.birthDate', '出生日期', 'fill', 'will-fill', '1998-05-12'],
    ]);
    const report = await applyFill(document, snapshot, p, { overwrite: new Set() });
    expect(report.items.filter((i) => i.key === 'basic.birthDate').map((i) => i.result)).toEqual(['filled', 'filled']);
    expect([value('csn'), value('csy'), value('csrq')]).toEqual(['1998', '5', '1998-05-12']);
  });

  it('the box already showing the profile’s date: 已一致, the lists filled; showing another date: both the user’s, saying why; two boxes alike stay undecided', () => {
    expect(rows(plan(basic(box('csrq', ' value="1998/5/12"')), 'basic-info').plan)).toEqual([
      ['basic.birthDate', '出生年月', 'fill', 'will-fill', '1998-05'],
      ['basic.birthDate', '出生日期', 'skip', 'same', '1998/5/12'],
    ]);
    const differing = plan(basic(box('csrq', ' value="1997-03-04"')), 'basic-info').plan;
    const reason = t('fill_reason_date_asked_twice', ['出生年月', '出生日期'].join(t('check_list_separator')));
    expect(differing.items.filter((i) => i.key === 'basic.birthDate').map((i) => [i.action, i.overwrite, i.reason])).toEqual([
      ['needs-user', false, reason],
      ['needs-user', false, reason],
    ]);
    // Two boxes alike (a table's rows, someone else's 出生日期): which is the applicant's, the page does not say.
    const alike = plan(`${title('基本信息')}<table>${th('出生日期', box('a'))}${th('出生日期', box('b'))}</table>`, 'basic-info').plan;
    expect(alike.items.map((i) => [i.key, i.action])).toEqual([
      [null, 'needs-user'],
      [null, 'needs-user'],
    ]);
  });
});
