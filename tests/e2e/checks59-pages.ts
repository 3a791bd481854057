/**
 * checks59's pages: the pre-submit checks on markup the autofill reads since fill 57 — a period
 * asked in 起始年 起始月 / 终止年 终止月 lists each labelled on its own, 出生日期 in three boxes
 * parted by dashes. The bodies of WebForms pages (web-form-pages.ts webForm), shared by the browser
 * test (tests/e2e/checks-markup.test.ts, checks59) and the happy-dom one (tests/unit/checks/checks59.test.ts).
 */
import { N } from './web-form-pages';
import { MALE_1998_05_12, box, list, th } from './breaker41-pages';

export const save = `<input type="submit" name="${N}btnSave" value="保存" id="btnSave" />`;
export const star = '<span style="color:red">*</span>';

/** A year list (2010–2025, `chosen` selected; 至今 first when `untilNow`) and a month list 01–12 (`month` selected). */
const yearList = (id: string, chosen: string, untilNow = false) => list(id, [...(untilNow ? [['9999', '至今']] : []), ...Array.from({ length: 16 }, (_, i) => [String(2010 + i), String(2010 + i)])].map(([v, t]) => [v!, t!, v === chosen || t === chosen]));
const monthList = (id: string, month: string) => list(id, Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0')).map((m) => [m, m, m === month]));

/** A text box with a value and a maxlength. */
const sized = (id: string, value: string, max: number) => `<input type="text" name="${N}${id}" id="${id}" value="${value}" maxlength="${max}" />`;

/** A period in 起始年 起始月 / 终止年 终止月 lists, each labelled on its own cell, all required (also checks60's pages). */
export const periodLists = (start: [string, string], end: [string, string], untilNow: boolean) => `
<tr><th>${star}起始年</th><td>${yearList('ddlQSN', start[0])}</td><th>${star}起始月</th><td>${monthList('ddlQSY', start[1])}</td></tr>
<tr><th>${star}终止年</th><td>${yearList('ddlZZN', end[0], untilNow)}</td><th>${star}终止月</th><td>${monthList('ddlZZY', end[1])}</td></tr>`;

/** Page bodies by path (the browser test wraps each in webForm). */
export const C59_BODIES = {
  // 工作经历 from 2020-07, 至今 chosen in the end's year list and its month list left empty (as the autofill leaves it: fill 57).
  'work-period-lists': `<div class="ptitle">主要专业技术工作经历</div><table>
${th(`${star}工作单位`, box('txtGZDW', '广州市环境监测中心站'))}${periodLists(['2020', '07'], ['至今', ''], true)}
</table>${save}`,
  // 学历 from 2020-09 to 2016-06 in the same lists: the start after the end.
  'education-period-lists': `<div class="ptitle">学位（学历）教育情况</div><table>
${th(`${star}毕业院校`, box('txtYX', '中山大学'))}${periodLists(['2020', '09'], ['2016', '06'], false)}
</table>${save}`,
  // 出生日期 typed in three boxes parted by dashes, [1998]-[06]-[12]: the month is not the ID number's (05).
  'birth-dash-boxes': `<div class="ptitle">基本信息</div><table>
${th(`${star}姓名`, box('txtXM', '李明远'))}
${th(`${star}公民身份号码`, box('txtSFZH', MALE_1998_05_12))}
${th(`${star}出生日期`, `${sized('txtYear', '1998', 4)}-${sized('txtMonth', '06', 2)}-${sized('txtDay', '12', 2)}`)}
</table>${save}`,
};
