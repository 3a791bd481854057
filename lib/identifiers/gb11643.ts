import { toHalfWidthCompact } from './normalize';

/**
 * 公民身份号码 rules, GB 11643-1999 (spec/portal.md §Identifier rules): 18 characters; chars
 * 7–14 are the birth date `YYYYMMDD`; char 17 is odd for men, even for women; char 18 is the
 * ISO 7064 MOD 11-2 check character: Σ(digit_i × weight_i) mod 11 indexes "10X98765432".
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export type IdNumberProblem = 'length' | 'chars' | 'birthdate' | 'checksum';

export interface IdNumberResult {
  ok: boolean;
  /** The normalised number (see normalizeIdNumber); what should be typed into the portal. */
  normalized: string;
  /** Why it is invalid; absent when ok. */
  reason?: IdNumberProblem;
  /** Birth date encoded in chars 7–14 (`YYYY-MM-DD`), when it is a real calendar day. */
  birthDate?: string;
  /** Gender encoded in char 17, when the first 17 chars are digits. */
  gender?: '男' | '女';
  /** The check character the first 17 digits call for, when they are digits. */
  expectedCheck?: string;
}

/**
 * Normalises a typed ID number: full-width digits/letters to ASCII (NFKC), whitespace removed,
 * lower-case `x` to upper-case `X` (the portal expects upper case; spec/portal.md).
 * @param raw the text as entered
 * @returns the normalised text (not validated), e.g. "４４０１０６…x" → "440106…X"
 */
export function normalizeIdNumber(raw: string): string {
  return toHalfWidthCompact(raw).toUpperCase();
}

/**
 * The GB 11643 check character for the first 17 digits.
 * @param first17 exactly 17 ASCII digits
 * @returns "0"–"9" or "X"
 * @throws Error when `first17` is not 17 digits
 */
export function idCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('idCheckChar needs 17 digits');
  return checkCharOf(first17);
}

/** idCheckChar for 17 digits already checked (validateIdNumber): the content script carries no throw it never reaches. */
function checkCharOf(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** `YYYYMMDD` → `YYYY-MM-DD` when it is a real calendar day between 1900 and 2099, else null. */
function birthDateOf(yyyymmdd: string): string | null {
  const y = Number(yyyymmdd.slice(0, 4));
  const iso = yyyymmdd.replace(/(....)(..)/, '$1-$2-');
  // A day that is none (month 13, 30 February, day 00) rolls over into another: its ISO date differs.
  return y >= 1900 && y <= 2099 && new Date(Date.UTC(y, Number(yyyymmdd.slice(4, 6)) - 1, Number(yyyymmdd.slice(6, 8)))).toISOString().startsWith(iso) ? iso : null;
}

/**
 * Validates a 公民身份号码 (GB 11643-1999) after normalisation.
 * @param raw the text as entered (full-width digits and lower-case x are accepted and normalised)
 * @returns `{ ok, normalized, reason?, birthDate?, gender?, expectedCheck? }`; the first failing
 *   rule decides `reason` in the order length → chars → birthdate → checksum. birthDate/gender
 *   are filled whenever they can be read, even when a later rule fails. Never throws.
 */
export function validateIdNumber(raw: string): IdNumberResult {
  const normalized = normalizeIdNumber(raw);
  if (normalized.length !== 18) return { ok: false, normalized, reason: 'length' };
  if (!/^\d{17}[\dX]$/.test(normalized)) return { ok: false, normalized, reason: 'chars' };
  const first17 = normalized.slice(0, 17);
  const expectedCheck = checkCharOf(first17);
  const gender: '男' | '女' = Number(normalized[16]) % 2 === 1 ? '男' : '女';
  const birthDate = birthDateOf(normalized.slice(6, 14));
  if (!birthDate) return { ok: false, normalized, reason: 'birthdate', gender, expectedCheck };
  if (normalized[17] !== expectedCheck) {
    return { ok: false, normalized, reason: 'checksum', birthDate, gender, expectedCheck };
  }
  return { ok: true, normalized, birthDate, gender, expectedCheck };
}
