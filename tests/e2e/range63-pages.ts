/**
 * range63's pages: a 学历 form holding two records, each asking its whole period in one box of its
 * own under its own 起止时间 label (the school shown as text above it, the page's example
 * 如：2015.07-2018.06 after it), as two blocks of labelled rows and as two rows of one table —
 * where recognition took the first record's box for the start of one period and the second's for
 * its end (lib/fields/recognize.ts pairRanges); and 工作经历 pages asking 是否未缴纳社保, a question
 * that says no, whose 否 is disabled or missing (item 2). The bodies of WebForms pages (web-form-pages.ts
 * webForm), shared by the browser test (tests/e2e/fill-markup.test.ts, range63) and the happy-dom ones
 * (tests/unit/range63/).
 */
import { box, th } from './breaker41-pages';
import { save, star } from './checks59-pages';
import { work } from './fill59-pages';
import { N } from './web-form-pages';

/** The 学历 step's title, as the portal writes it. */
const EDUCATION = '<div class="ptitle">学位（学历）教育情况</div>';
/** The page's example after a period box. */
const EXAMPLE = '（如：2015.07-2018.06）';

/**
 * Two records in two blocks (第一条 / 第二条): 毕业院校 shown as text, then 起止时间 in one box each,
 * `#txtQZSJ1` and `#txtQZSJ2`, nothing to fill between them.
 */
const twoBlocks = (first: string, second: string) => `${EDUCATION}<table>
<tr><th colspan="2">第一条</th></tr>
${th('毕业院校', '华南理工大学')}
${th(`${star}起止时间`, `${box('txtQZSJ1', first)}${EXAMPLE}`)}
<tr><th colspan="2">第二条</th></tr>
${th('毕业院校', '广东环境保护工程职业学院')}
${th(`${star}起止时间`, `${box('txtQZSJ2', second)}${EXAMPLE}`)}
</table>${save}`;

/** The same two records as two rows of one table, each row with its own 起止时间 cell before its box (same ids). */
const twoRows = (first: string, second: string) => `${EDUCATION}<table>
<tr><td>华南理工大学</td><th>${star}起止时间</th><td>${box('txtQZSJ1', first)}${EXAMPLE}</td></tr>
<tr><td>广东环境保护工程职业学院</td><th>${star}起止时间</th><td>${box('txtQZSJ2', second)}${EXAMPLE}</td></tr>
</table>${save}`;

/** The page builders, for the happy-dom tests' other values. */
export const R63_PAGES = { twoBlocks, twoRows };

/** Page bodies by path (the browser test wraps each in webForm). */
export const R63_BODIES = {
  // Empty, for the autofill (the sample profile's 学历 1: 2016-09-01 to 2020-06-30, 学历 2: 2013-09-01 to 2016-06-30).
  'blocks-empty': twoBlocks('', ''),
  'rows-empty': twoRows('', ''),
  // The first record in order, the second typed backwards (2020.09-2016.06).
  'blocks-second-backwards': twoBlocks('2012.09-2016.06', '2020.09-2016.06'),
  'rows-second-backwards': twoRows('2012.09-2016.06', '2020.09-2016.06'),
};

/** An ASP.NET RadioButtonList `id` of [value, words, extra attributes]. */
const radios = (id: string, options: [string, string, string?][]) =>
  options.map(([v, t, more = ''], i) => `<input type="radio" name="${N}${id}" id="${id}_${i}" value="${v}"${more} /><label for="${id}_${i}">${t}</label>`).join('');

/** 工作经历 pages (whole pages: fill59-pages.ts work) asking 是否未缴纳社保 with its 否 disabled, or without one. */
export const R63_ANSWER_PAGES: Record<string, string> = {
  'unpaid-question-no-disabled': work(th('是否未缴纳社保', radios('rblWJSB', [['1', '是'], ['0', '否', ' disabled="disabled"']]))),
  'unpaid-question-no-missing': work(th('是否未缴纳社保', radios('rblWJSB', [['1', '是']]))),
};
