import { validateCreditCode, type CreditCodeResult } from '../identifiers/gb32100';
import { fieldFinding, fieldValues, isBlank } from './common';
import type { Check, CheckAbout } from './types';

const PROBLEM_MESSAGES: Record<NonNullable<CreditCodeResult['reason']>, (r: CreditCodeResult) => string> = {
  length: (r) => `单位统一社会信用代码应为 18 位，现在是 ${r.normalized.length} 位。请对照营业执照核对。`,
  chars: () => '单位统一社会信用代码只含数字和大写字母（不含 I、O、Z、S、V）。请对照营业执照核对。',
  checksum: (r) =>
    `单位统一社会信用代码校验位不符（按前 17 位应为 ${r.expectedCheck}）。请对照营业执照核对；少数早期代码确实不符合校验规则，如与执照一致可忽略。`,
};

/** 单位统一社会信用代码 under GB 32100; warning only, because some early codes fail the check (spec/portal.md). */
export const creditCodeChecksum: Check = {
  id: 'credit-code-checksum',
  steps: 'any',
  severity: 'warning',
  run(ctx) {
    return fieldValues(ctx, 'basic.employerCreditCode')
      .filter((f) => !isBlank(ctx, f))
      .flatMap((f) => {
        const result = validateCreditCode(f.value);
        return result.ok ? [] : [fieldFinding(creditCodeChecksum, f, PROBLEM_MESSAGES[result.reason!](result))];
      });
  },
};

/** What creditCodeChecksum checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const creditCodeChecksumAbout: CheckAbout = {
  id: 'credit-code-checksum',
  title: '统一社会信用代码校验',
  source: 'GB 32100-2015 法人和其他组织统一社会信用代码编码规则',
};
