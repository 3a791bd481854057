import { validateCreditCode, type CreditCodeResult } from '../identifiers/gb32100';
import { t } from '../i18n/t';
import { fieldFinding, filledValues } from './common';
import type { Check, CheckAbout } from './types';

/**
 * The sentence for a 统一社会信用代码 GB 32100 rejects, by reason: this check's, and the options
 * editor's inline hint under the field (lib/profile/field-checks.ts), so both say the same.
 */
export const CREDIT_CODE_MESSAGES: Record<NonNullable<CreditCodeResult['reason']>, (r: CreditCodeResult) => string> = {
  length: (r) => t('check_credit_code_checksum_length', r.normalized.length),
  chars: () => t('check_credit_code_checksum_chars'),
  checksum: (r) => t('check_credit_code_checksum_digit', r.expectedCheck!),
};

/** 单位统一社会信用代码 under GB 32100; warning only, because some early codes fail the check (spec/portal.md). */
export const creditCodeChecksum: Check = {
  id: 'credit-code-checksum',
  severity: 'warning',
  run(ctx) {
    return filledValues(ctx, 'basic.employerCreditCode')
      .flatMap((f) => {
        const result = validateCreditCode(f.value);
        return result.ok ? [] : [fieldFinding(creditCodeChecksum, f, CREDIT_CODE_MESSAGES[result.reason!](result))];
      });
  },
};

/** What creditCodeChecksum checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const creditCodeChecksumAbout: CheckAbout = {
  id: 'credit-code-checksum',
  title: '统一社会信用代码校验',
  source: 'GB 32100-2015 法人和其他组织统一社会信用代码编码规则',
};
