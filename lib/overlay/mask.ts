/**
 * Presenter mode's masking (issue 7: "hide personal data in the overlay for screen sharing"):
 * identity numbers and phone numbers in a text shown by the overlay are partly replaced by `*`,
 * so a helpdesk can project or share the screen while an applicant's page is open. Only what
 * the overlay shows is masked; the portal's page and the stored profile are never changed.
 */

/**
 * A run of 7 or more digits (ASCII or full-width), with up to three spaces, dots, slashes, `·`,
 * `、` or dashes (full-width too) between them and a check X last, not next to a further digit:
 * any such run, not only well-formed shapes, since the values findings quote are the malformed ones
 * (`1392600123`, `440106 19900101 0314`, `１３９２６００１２３４`; breaker 28 item 8, breaker 29 item 8).
 * A letter or `_` beside it does not stop it (`tel13926001234`; breaker 29 item 7).
 */
const NUMBER_RUN = /(?<![\d０-９])[\d０-９]([\s./·、\-－—]{0,3}[\d０-９]){6,}[Xx]?(?![\d０-９])/g;
/**
 * A group a date is written with: a year (19xx, 20xx), a yyyymm or yyyymmdd, or a day, month or
 * hour (one or two digits; their values are not checked: no phone number in its usual forms, like
 * +86 20 2012 1990 or 020-2012-1990, has a DATE_SHAPE, and each check costs content-script bytes).
 */
const DATE_GROUP = /^((19|20)\d\d(\d\d){0,2}|\d\d?)$/;
/**
 * Whole dates in a row (a date, a range, a list), by the lengths of their groups, 0 for a group no
 * DATE_GROUP: two or more years or yyyymm(dd)s (2016-2021, 20150701-20211231), or dates that each
 * have one year with days and months (and an hour) after it or before it (2021-12-30 10:30,
 * 30.12.2021, 12/30/2021, 07 2015 06 2018). So a yyyymmdd beside a short group (8-20211230,
 * 20-20123456, 20123456-12) or a year beside a whole date (01-2012-1990) is no date (breaker 31b item 1).
 */
const DATE_SHAPE = /^([468]{2,}|(4[12]+|[12]+4)+)$/;

/**
 * Masks identity and phone numbers in a text, well-formed or not.
 * @param text any text the overlay is about to show (a value, a finding message, a diff cell).
 * @returns the text with every run of 7 or more digits (NUMBER_RUN) partly replaced by `*`: of its
 *   n digits (and X), max(4, n − 8) in the middle are masked and the others shown, split evenly
 *   between start and end, the odd one at the end. So an 18-character ID shows as
 *   `4401**********1236`, a mobile number as `138****5678`, `020-87654321` as `020-****4321`,
 *   `139 2600 1234` as `139 **** 1234`, `1392600123` as `139****123`, a 7-digit number as
 *   `8****32`; separators stay. Left alone: a run of groups that reads as whole dates (DATE_SHAPE),
 *   year first or last (`2021-12-30`, `2016-2021`, `20150701-20211231`, `2021-12-30 10:30`,
 *   `30.12.2021`; breaker 29 item 5, breaker 30a item 10), but not a phone number whose groups only
 *   look like parts of dates (`+86-20-20123456`, `5.19901231`: breaker 31b item 1), and numbers of fewer than 7 digits (years,
 *   postcodes, 记录序号). Sizes, counts and amounts of 7 or more digits are masked too: nothing says
 *   a number beside 元 or 字 is not a phone (breaker 30a item 8), and the overlay writes sizes in KB. A
 *   bare 8-digit date (`20211230`) is masked: a local phone number has its shape; so are digit runs
 *   inside codes and file names (a 统一社会信用代码, `IMG_20211230_103000.jpg`), ISSN and ISBN.
 *   Never throws.
 */
export function maskPersonal(text: string): string {
  return text.replace(NUMBER_RUN, (run) => {
    const groups = run.split(/[^\d０-９Xx]+/);
    if (DATE_SHAPE.test(groups.map((group) => DATE_GROUP.test(group) && group.length).join(''))) return run;
    const digits = groups.join('').length;
    const shown = Math.min(8, digits - 4);
    const head = shown >> 1;
    const tailFrom = digits - shown + head;
    let at = 0;
    return run.replace(/[\d０-９Xx]/g, (digit) => (at++ < head || at > tailFrom ? digit : '*'));
  });
}
