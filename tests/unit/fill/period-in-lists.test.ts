import { beforeEach, describe, expect, it } from 'vitest';
import { installLocale } from '../i18n-fake';
import { box, months, planPage, sel, th, title, years } from './page-markup';

/**
 * Breaker 40: a record's 起止时间 asked in one cell as two dates' lists, [2021年▼][3月▼] 至
 * [2022年▼][12月▼] (an ASP.NET/layui portal's 业绩 form; the practice portal has two date boxes).
 * The sample profile's first 业绩 runs 2021-03-01 to 2022-12-31.
 */
const page = (between: string) =>
  title('从事专业技术工作及取得的业绩成果情况') +
  '<table>' +
  th('项目名称', box('mc')) +
  th('起止时间', sel('qn', years(2018, 8)) + sel('qy', months()) + between + sel('zn', years(2018, 8)) + sel('zy', months())) +
  '</table><input type="submit" value="保存">';

/** The plan's rows as [control id, key, action, the lists it chooses in (ids and options)]. */
function rows(html: string) {
  const { plan, snapshot } = planPage(html, 'achievements');
  const id = (i: number) => snapshot.controls[i]!.id;
  return plan.items.map((i) => [id(i.control), i.key, i.action, (i.lists ?? []).map((l) => `${id(l.control)}=${l.option}`).join(' ')]);
}

describe('a period asked in two dates’ lists in one cell (breaker 40)', () => {
  beforeEach(() => installLocale());

  it('the first year and month lists get the start, the second the end; no list is also listed as a field it cannot place', () => {
    for (const between of ['至', '-', ' 到 ']) {
      expect(rows(page(between)), between).toEqual([
        ['mc', 'achievements.title', 'fill', ''],
        ['qn', 'achievements.startDate', 'fill', 'qn=2021 qy=3'],
        ['zn', 'achievements.endDate', 'fill', 'zn=2022 zy=12'],
      ]);
    }
  });

  it('a period still going: 至今 in the end’s year list, its month list left empty and not listed as a field the fill cannot place', () => {
    const html = title('主要专业技术工作经历') + '<table>' + th('工作单位', box('dw')) +
      th('起止时间', sel('qn', years(2018, 8)) + sel('qy', months()) + '至' + sel('zn', [['至今', '至今'], ...years(2018, 8)]) + sel('zy', months())) +
      '</table><input type="submit" value="保存">';
    const { plan, snapshot } = planPage(html, 'work-experience');
    const id = (i: number) => snapshot.controls[i]!.id;
    expect(plan.items.map((i) => [id(i.control), i.key, i.action, (i.lists ?? []).map((l) => `${id(l.control)}=${l.option}`).join(' ')])).toEqual([
      ['dw', 'workHistory.employer', 'fill', ''],
      ['qn', 'workHistory.startDate', 'fill', 'qn=2020 qy=7'],
      ['zn', 'workHistory.endDate', 'fill', 'zn=至今'],
    ]);
  });
});
