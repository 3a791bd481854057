import { toHalfWidthCompact } from './normalize';

/**
 * 统一社会信用代码 rules, GB 32100-2015 (spec/portal.md §Identifier rules): 18 characters over
 * the 31-symbol alphabet 0-9 A-Z without I, O, Z, S, V; weights 3^i mod 31 for i = 0..16;
 * check = (31 − Σ(value × weight) mod 31) mod 31, written with the same alphabet. Some codes
 * issued early fail the check, so callers only warn (spec/portal.md).
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = Array.from({ length: 17 }, (_, i) => 3 ** i % 31);

export type CreditCodeProblem = 'length' | 'chars' | 'checksum';

export interface CreditCodeResult {
  ok: boolean;
  /** Half-width, upper-case, no whitespace. */
  normalized: string;
  reason?: CreditCodeProblem;
  /** The check character the first 17 characters call for, when they are in the alphabet. */
  expectedCheck?: string;
}

/**
 * Validates a 统一社会信用代码 (GB 32100-2015).
 * @param raw the text as entered (full-width and lower-case are normalised)
 * @returns `{ ok, normalized, reason?, expectedCheck? }`; reason order length → chars → checksum. Never throws.
 */
export function validateCreditCode(raw: string): CreditCodeResult {
  const normalized = toHalfWidthCompact(raw).toUpperCase();
  if (normalized.length !== 18) return { ok: false, normalized, reason: 'length' };
  const values = [...normalized].map((c) => ALPHABET.indexOf(c));
  if (values.some((v) => v < 0)) return { ok: false, normalized, reason: 'chars' };
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += values[i]! * WEIGHTS[i]!;
  const expectedCheck = ALPHABET[(31 - (sum % 31)) % 31]!;
  if (normalized[17] !== expectedCheck) return { ok: false, normalized, reason: 'checksum', expectedCheck };
  return { ok: true, normalized, expectedCheck };
}
