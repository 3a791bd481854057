/**
 * checks61's pages: where record-period-order stayed silent on a record whose start is after its
 * end (breaker 60) — a 学历 form asking its period in one box 起止时间, a 学历 form asking 入学年份 /
 * 毕业年份 typed as years, a 学历 form holding two records (a table of two rows of 起始时间 /
 * 终止时间 boxes, and two blocks of labelled rows) — and the layouts where it was already right
 * (the end's box first, 起止时间 [ ] 至 [ ]). The bodies of WebForms pages (web-form-pages.ts
 * webForm), shared by the browser test (tests/e2e/checks-markup.test.ts, checks61) and the happy-dom ones
 * (tests/unit/checks61/).
 */
import { N } from './web-form-pages';
import { box, th } from './breaker41-pages';
import { save, star } from './checks59-pages';

/** The 学历 step's title, as the portal writes it. */
const EDUCATION = '<div class="ptitle">学位（学历）教育情况</div>';

/** A 学历 form, its whole period typed in one box 起止时间 `#txtQZSJ`. */
const oneBox = (period: string) => `${EDUCATION}<table>
${th(`${star}毕业院校`, box('txtYX', '中山大学'))}
${th(`${star}起止时间`, box('txtQZSJ', period))}
</table>${save}`;

/** A 学历 form asking the years alone, typed: 入学年份 `#txtRXNF`, 毕业年份 `#txtBYNF` (maxlength 4); its 毕业院校 `school`. */
const years = (start: string, end: string, school = '中山大学') => `${EDUCATION}<table>
${th(`${star}毕业院校`, box('txtYX', school))}
${th(`${star}入学年份`, `<input type="text" name="${N}txtRXNF" id="txtRXNF" value="${start}" maxlength="4" />`)}
${th(`${star}毕业年份`, `<input type="text" name="${N}txtBYNF" id="txtBYNF" value="${end}" maxlength="4" />`)}
</table>${save}`;

/**
 * A 学历 form holding two records as two rows of a table under one header row (起始时间 `#txtQSSJ1`,
 * `#txtQSSJ2`; 终止时间 `#txtZZSJ1`, `#txtZZSJ2`).
 */
const twoRows = ([s1, e1]: [string, string], [s2, e2]: [string, string]) => `${EDUCATION}<table>
<tr><th>毕业院校</th><th>起始时间</th><th>终止时间</th></tr>
<tr><td>${box('txtYX1', '中山大学')}</td><td>${box('txtQSSJ1', s1)}</td><td>${box('txtZZSJ1', e1)}</td></tr>
<tr><td>${box('txtYX2', '华南理工大学')}</td><td>${box('txtQSSJ2', s2)}</td><td>${box('txtZZSJ2', e2)}</td></tr>
</table>${save}`;

/** Two records in two blocks of labelled rows (第一学历 / 第二学历), the same ids as twoRows. */
const twoBlocks = ([s1, e1]: [string, string], [s2, e2]: [string, string]) => `${EDUCATION}<table>
<tr><th colspan="2">第一学历</th></tr>
${th('毕业院校', box('txtYX1', '中山大学'))}
${th('起始时间', box('txtQSSJ1', s1))}
${th('终止时间', box('txtZZSJ1', e1))}
<tr><th colspan="2">第二学历</th></tr>
${th('毕业院校', box('txtYX2', '华南理工大学'))}
${th('起始时间', box('txtQSSJ2', s2))}
${th('终止时间', box('txtZZSJ2', e2))}
</table>${save}`;

/** A 学历 form whose 终止时间 box comes before its 起始时间 box in the page. */
const endFirst = (start: string, end: string) => `${EDUCATION}<table>
${th(`${star}毕业院校`, box('txtYX', '中山大学'))}
${th(`${star}终止时间`, box('txtZZSJ', end))}
${th(`${star}起始时间`, box('txtQSSJ', start))}
</table>${save}`;

/** A 学历 form asking its period in two boxes of one cell, 起止时间 [`#txtQS`] 至 [`#txtZZ`]. */
const rangeCell = (start: string, end: string) => `${EDUCATION}<table>
${th(`${star}毕业院校`, box('txtYX', '中山大学'))}
${th(`${star}起止时间`, `${box('txtQS', start)} 至 ${box('txtZZ', end)}`)}
</table>${save}`;

/** The page builders, for the happy-dom tests' other values. */
export const C61_PAGES = { oneBox, years, twoRows, twoBlocks, endFirst, rangeCell };

/** Page bodies by path (the browser test wraps each in webForm). */
export const C61_BODIES = {
  // One box for the period, typed backwards: 2016.09-2012.06.
  'period-one-box': oneBox('2016.09-2012.06'),
  // 入学年份 2020, 毕业年份 2016: the years alone, the start after the end.
  'period-years': years('2020', '2016'),
  // Two records in two rows of a table: the first in order (2012.09 to 2016.06), the second backwards (2020.09 to 2016.06).
  'period-two-rows': twoRows(['2012.09', '2016.06'], ['2020.09', '2016.06']),
  // The same two records in two blocks of labelled rows.
  'period-two-blocks': twoBlocks(['2012.09', '2016.06'], ['2020.09', '2016.06']),
  // 入学年份 / 毕业年份 empty, for the autofill (the sample profile's first 学历: 2016-09-01 to 2020-06-30).
  'period-years-empty': years('', '', ''),
  // The end's box first, in order (2012.09 to 2016.06).
  'period-end-first': endFirst('2012.09', '2016.06'),
  // 起止时间 [2012.09] 至 [2016.06], in order.
  'period-range-cell': rangeCell('2012.09', '2016.06'),
  // Two records both in order, in a table's two rows.
  'period-two-rows-in-order': twoRows(['2012.09', '2016.06'], ['2016.09', '2020.06']),
  // Two empty records in a table's two rows, for the autofill.
  'period-two-rows-empty': twoRows(['', ''], ['', '']),
};
