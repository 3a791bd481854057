/**
 * checks58's pages: the pre-submit checks on markup the autofill reads since fill 57 — a 证件类型
 * shown as plain text, a month list worded 一月…十二月 beside a year list. The bodies of WebForms pages (web-form-pages.ts
 * webForm), shared by the browser test (tests/e2e/checks-markup.test.ts, checks58) and the happy-dom one
 * (tests/unit/checks/checks58.test.ts).
 */
import { N } from './web-form-pages';
import { MALE_1998_05_12, box, list, th } from './breaker41-pages';

const save = `<input type="submit" name="${N}btnSave" value="保存" id="btnSave" />`;

/** The years 1990 to 2005, as a year list's options (value = text). */
const YEARS = Array.from({ length: 16 }, (_, i) => String(1990 + i));
/** The months in Chinese numerals, as some portals word them. */
export const MONTH_WORDS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'].map((m) => `${m}月`);

/** 出生年月 in a year list (1998) and a month list worded 一月…十二月 beside it, `month` chosen; the month's values the words, or 1…12. */
const birthMonthWords = (month: number, numberValues: boolean) => `<div class="ptitle">基本信息</div><table>
${th('<span style="color:red">*</span>姓名', box('txtXM', '李明远'))}
${th('<span style="color:red">*</span>公民身份号码', box('txtSFZH', MALE_1998_05_12))}
${th('<span style="color:red">*</span>出生年月', list('ddlYear', YEARS.map((y) => [y, y, y === '1998'])) + list('ddlMonth', MONTH_WORDS.map((m, i) => [numberValues ? String(i + 1) : m, m, i + 1 === month])))}
</table>${save}`;

/** Page bodies by path (the browser test wraps each in webForm). */
export const C58_BODIES = {
  // 证件类型 shown as plain text (the account's document, no control to choose it), 护照: its 证件号码 is a passport's.
  'id-type-text': `<div class="ptitle">基本信息</div><table>
${th('<span style="color:red">*</span>姓名', box('txtXM', '李明远'))}
${th('证件类型', '<span id="lblZJLX">护照</span>')}
${th('<span style="color:red">*</span>证件号码', box('txtZJHM', 'E12345678'))}
</table>${save}`,
  // 出生年月 in a year list and a month list worded 一月…十二月 (values the words): 六月 is not the ID number's month (05).
  'birth-month-words': birthMonthWords(6, false),
  // The same, the month list's values 1…12, 十二月 chosen.
  'birth-month-words-numbered': birthMonthWords(12, true),
};
