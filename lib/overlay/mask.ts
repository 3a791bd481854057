/**
 * Presenter mode's masking (issue 7: "hide personal data in the overlay for screen sharing"):
 * identity numbers and phone numbers in a text shown by the overlay are partly replaced by `*`,
 * so a helpdesk can project or share the screen while an applicant's page is open. Only what
 * the overlay shows is masked; the portal's page and the stored profile are never changed.
 */

/** 18-character resident ID (GB 11643): 17 digits and a digit or X, not inside a longer run. */
const RESIDENT_ID = /(?<![0-9A-Za-z])(\d{4})\d{10}(\d{3}[\dXx])(?![0-9A-Za-z])/g;
/** 15-digit first-generation ID (still seen in old records). */
const OLD_RESIDENT_ID = /(?<![0-9A-Za-z])(\d{4})\d{8}(\d{3})(?![0-9A-Za-z])/g;
/** Mainland mobile number, optionally after +86 / 86 (GB/T mobile numbering: 1[3-9]x…, 11 digits). */
const MOBILE = /(?<![0-9])((?:\+?86[- ]?)?1[3-9]\d)\d{4}(\d{4})(?![0-9])/g;
/** Fixed-line number: area code 0xx / 0xxx, then 7–8 digits, with or without a dash. */
const LANDLINE = /(?<![0-9])(0\d{2,3}[- ]?)\d{3,4}(\d{4})(?![0-9])/g;

/**
 * Masks identity and phone numbers in a text.
 * @param text any text the overlay is about to show (a value, a finding message, a diff cell).
 * @returns the text with each 18-character ID shown as its first 4 and last 4 characters around
 *   ten `*` (`4401**********1236`), a 15-digit ID as 4 + 8 `*` + 3, a mobile number as its first
 *   3 and last 4 digits (`138****5678`), and a fixed-line number as area code + `****` + last 4
 *   digits (`020-****5678`). Dates, postcodes and other numbers are left alone. Never throws.
 */
export function maskPersonal(text: string): string {
  return text
    .replace(RESIDENT_ID, (_, head: string, tail: string) => `${head}${'*'.repeat(10)}${tail}`)
    .replace(OLD_RESIDENT_ID, (_, head: string, tail: string) => `${head}${'*'.repeat(8)}${tail}`)
    .replace(MOBILE, (_, head: string, tail: string) => `${head}****${tail}`)
    .replace(LANDLINE, (_, head: string, tail: string) => `${head}****${tail}`);
}
