/**
 * checks60's pages: a record whose start is after its end (record-period-order) — a 学历 form
 * whose period is typed in 起始时间 / 终止时间 boxes, a 工作经历 form whose period is chosen in
 * 起始年 起始月 / 终止年 终止月 lists, each with the start after the end, and a 学历 form with its
 * period in order. The bodies of WebForms pages (web-form-pages.ts webForm), shared by the browser
 * test (tests/e2e/checks-markup.test.ts, checks60) and the happy-dom one (tests/unit/checks/checks60.test.ts).
 */
import { box, th } from './breaker41-pages';
import { periodLists, save, star } from './checks59-pages';

/** A 学历 form, its period typed in two boxes (起始时间 `#txtQSSJ`, 终止时间 `#txtZZSJ`). */
const educationBoxes = (start: string, end: string) => `<div class="ptitle">学位（学历）教育情况</div><table>
${th(`${star}毕业院校`, box('txtYX', '中山大学'))}
${th(`${star}起始时间`, box('txtQSSJ', start))}
${th(`${star}终止时间`, box('txtZZSJ', end))}
</table>${save}`;

/** Page bodies by path (the browser test wraps each in webForm). */
export const C60_BODIES = {
  // Started 2020.09, ended 2016年6月: two ways of writing a month, the start after the end.
  'education-period-boxes': educationBoxes('2020.09', '2016年6月'),
  // 工作经历 from 2020-09 to 2016-06 chosen in lists (`#ddlQSN` `#ddlQSY` / `#ddlZZN` `#ddlZZY`).
  'work-period-lists': `<div class="ptitle">主要专业技术工作经历</div><table>
${th(`${star}工作单位`, box('txtGZDW', '广州市环境监测中心站'))}${periodLists(['2020', '09'], ['2016', '06'], true)}
</table>${save}`,
  // In order: 2012.09 to 201606.
  'education-period-in-order': educationBoxes('2012.09', '201606'),
};
