import { toHalfWidthCompact } from './normalize';

/**
 * Contact-field formats (spec/portal.md §Identifier rules). Each validator takes the text as
 * entered, normalises it (full-width → half-width, whitespace removed) and says whether the
 * normalised text has the expected shape; `normalized` is what should be typed instead.
 */
export interface FormatResult {
  ok: boolean;
  normalized: string;
}

/** Mainland mobile number: 11 digits, `1[3-9]` + 9 digits. */
export const MOBILE_RE = /^1[3-9]\d{9}$/;
/** Postcode: 6 digits. */
export const POSTCODE_RE = /^\d{6}$/;
/** E-mail: local@domain.tld, ASCII only (the portal may be GBK-encoded; spec/portal.md §Hosts). */
export const EMAIL_RE = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
/** Guangzhou landline: area code 020, a hyphen, 8 digits (an optional extension `-nnnn`). */
export const GUANGZHOU_LANDLINE_RE = /^020-\d{8}(-\d{1,6})?$/;

function test(re: RegExp, raw: string, normalized = toHalfWidthCompact(raw)): FormatResult {
  return { ok: re.test(normalized), normalized };
}

/**
 * Mobile number, e.g. "138 0000 0000" or "+86 13800000000" → normalized "13800000000", ok
 * (the portal takes the 11 digits alone).
 * @param raw the text as entered
 * @returns `{ ok, normalized }`, never throws
 */
export function validateMobile(raw: string): FormatResult {
  return test(MOBILE_RE, raw, toHalfWidthCompact(raw).replace(/-/g, '').replace(/^(\+|00)?86(?=1[3-9]\d{9}$)/, ''));
}

/**
 * Postcode (6 digits).
 * @param raw the text as entered
 * @returns `{ ok, normalized }`, never throws
 */
export function validatePostcode(raw: string): FormatResult {
  return test(POSTCODE_RE, raw);
}

/**
 * E-mail address (ASCII local part and domain with a dot-separated TLD).
 * @param raw the text as entered (full-width ＠ and letters are normalised)
 * @returns `{ ok, normalized }`, never throws
 */
export function validateEmail(raw: string): FormatResult {
  return test(EMAIL_RE, raw);
}

/**
 * Guangzhou landline `020-xxxxxxxx`; "02012345678" and "(020)12345678" normalise to "020-12345678".
 * @param raw the text as entered
 * @returns `{ ok, normalized }`, never throws
 */
export function validateGuangzhouLandline(raw: string): FormatResult {
  const compact = toHalfWidthCompact(raw).replace(/^\(020\)/, '020-');
  const normalized = /^020\d{8}$/.test(compact) ? `020-${compact.slice(3)}` : compact;
  return test(GUANGZHOU_LANDLINE_RE, raw, normalized);
}

/**
 * A mainland landline in one spelling: the area code with its trunk 0 — 010 and 02X are three
 * digits, the others four (0755, 0310) — a hyphen, the 7- or 8-digit number, and an extension
 * after another hyphen (the mainland's area codes; spec/portal.md: Guangzhou 020-xxxxxxxx). The
 * country code (+86, 0086), brackets round the area code, and spaces or hyphens inside the
 * number may stand anywhere: "+86-020-38765432", "(020)3876-5432" and "0755 1234 5678" read as
 * 020-38765432, 020-38765432 and 0755-12345678.
 * @param raw the text as entered (full-width digits are normalised)
 * @returns the landline so spelt, or null when the text is no area code and number. Never throws.
 */
export function normalizeLandline(raw: string): string | null {
  const m = /^(?:(?:\+|00)86-?\(?0?|\(?0)(10|2\d|[3-9]\d{2})\)?-?(\d{3,4})-?(\d{4})(?:(?:-|转)(\d{1,6}))?$/.exec(
    toHalfWidthCompact(raw).replace(/[–—]/g, '-'),
  );
  return m ? `0${m[1]}-${m[2]}${m[3]}${m[4] ? `-${m[4]}` : ''}` : null;
}
