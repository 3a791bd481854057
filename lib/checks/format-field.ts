import type { FieldKey } from '../fields/keys';
import type { FormatResult } from '../identifiers/formats';
import { t, type MessageKey } from '../i18n/t';
import { fieldFinding, filledValues } from './common';
import type { Check, CheckContext, Finding } from './types';

/**
 * Shared body of the contact-format checks (mobile-format, postcode-format, email-format):
 * every non-blank value of `key` is validated; an invalid one yields the check's severity with
 * the message `invalid` (its `$1`: the value), a valid one typed with full-width
 * characters/spaces yields a warning asking for the normalised form (GBK pages and server
 * validators reject those).
 */
export function formatFindings(
  check: Pick<Check, 'id' | 'severity'>,
  ctx: CheckContext,
  key: FieldKey,
  validate: (raw: string) => FormatResult,
  invalid: MessageKey,
): Finding[] {
  return filledValues(ctx, key)
    .flatMap((f) => {
      const result = validate(f.value);
      if (!result.ok) return [fieldFinding(check, f, t(invalid, f.value.trim()))];
      if (result.normalized !== f.value.trim()) {
        return [fieldFinding(check, f, t('check_contact_format_full_width', f.value.trim(), result.normalized), 'warning')];
      }
      return [];
    });
}
