/**
 * Presenter mode's masking (issue 7: "hide personal data in the overlay for screen sharing"):
 * identity numbers and phone numbers in a text shown by the overlay are partly replaced by `*`,
 * so a helpdesk can project or share the screen while an applicant's page is open. Only what
 * the overlay shows is masked; the portal's page and the stored profile are never changed.
 */

/**
 * A date written with dashes (`2021-12-30`, `2015-07`), matched first so that its digits start no
 * number run; or a run of 7 or more digits with single spaces or dashes allowed between them and a
 * check X last, not glued to a letter, `_` or a further digit (a 统一社会信用代码 with letters is
 * thus left alone). Any such run, not only well-formed shapes: the values findings quote are the
 * malformed ones (`1392600123`, `440106 19900101 0314`; breaker 28 item 8).
 */
const DATE_OR_NUMBER_RUN = /(\d{4}(?:-\d\d?){1,2}\b)|(?<!\w)\d(?:[ -]?\d){6,}[Xx]?(?![ -]?\d|\w)/g;

/**
 * Masks identity and phone numbers in a text, well-formed or not.
 * @param text any text the overlay is about to show (a value, a finding message, a diff cell).
 * @returns the text with every run of 7 or more digits (single spaces or dashes between them, a
 *   trailing X) partly replaced by `*`: of its n digits (and X), max(4, n − 8) in the middle are
 *   masked and the others shown, split evenly between start and end, the odd one at the end. So an
 *   18-character ID shows as `4401**********1236`, a mobile number as `138****5678`, `020-87654321`
 *   as `020-****4321`, `139 2600 1234` as `139 **** 1234`, `1392600123` as `139****123`, a
 *   7-digit number as `8****32`; spaces and dashes stay. Left alone: dates written with dashes
 *   (`2021-12-30`, `2015-07`) or other separators (`2021.12`, `2021年12月`), and numbers of fewer
 *   than 7 digits (years, postcodes, 记录序号). A bare 8-digit date (`20211230`) is masked: a local
 *   phone number has its shape. An all-digit 统一社会信用代码 is masked like an ID (the two look
 *   alike). Never throws.
 */
export function maskPersonal(text: string): string {
  return text.replace(DATE_OR_NUMBER_RUN, (run, date?: string) => {
    if (date) return run;
    const digits = run.replace(/[ -]/g, '').length;
    const shown = Math.min(8, digits - 4);
    const head = shown >> 1;
    const tailFrom = digits - shown + head;
    let at = 0;
    return run.replace(/\w/g, (digit) => (at++ < head || at > tailFrom ? digit : '*'));
  });
}
