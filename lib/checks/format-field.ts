import type { FieldKey } from '../fields/keys';
import type { FormatResult } from '../identifiers/formats';
import { fieldFinding, fieldValues, isBlank } from './common';
import type { Check, CheckContext, Finding } from './types';

/**
 * Shared body of the contact-format checks (mobile-format, postcode-format, email-format):
 * every non-blank value of `key` is validated; an invalid one yields the check's severity with
 * `invalid(value)`, a valid one typed with full-width characters/spaces yields a warning
 * asking for the normalised form (GBK pages and server validators reject those).
 */
export function formatFindings(
  check: Pick<Check, 'id' | 'severity'>,
  ctx: CheckContext,
  key: FieldKey,
  validate: (raw: string) => FormatResult,
  invalid: (value: string) => string,
): Finding[] {
  return fieldValues(ctx, key)
    .filter((f) => !isBlank(ctx, f))
    .flatMap((f) => {
      const result = validate(f.value);
      if (!result.ok) return [fieldFinding(check, f, invalid(f.value.trim()))];
      if (result.normalized !== f.value.trim()) {
        return [fieldFinding(check, f, `“${f.value.trim()}”含全角字符、空格或多余符号，请改为：${result.normalized}`, 'warning')];
      }
      return [];
    });
}
