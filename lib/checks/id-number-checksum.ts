import { validateIdNumber, type IdNumberResult } from '../identifiers/gb11643';
import { fieldFinding, fieldValues, isBlank } from './common';
import type { Check, CheckAbout } from './types';

const PROBLEM_MESSAGES: Record<NonNullable<IdNumberResult['reason']>, (r: IdNumberResult) => string> = {
  length: (r) => `公民身份号码应为 18 位，现在是 ${r.normalized.length} 位。请对照身份证逐位核对。`,
  chars: () => '公民身份号码只能由数字组成，最后一位可以是大写 X。请删去其他字符。',
  birthdate: (r) => `公民身份号码第 7–14 位（${r.normalized.slice(6, 14)}）不是有效的出生日期。请对照身份证核对。`,
  checksum: (r) =>
    `公民身份号码校验位不对：按前 17 位计算，最后一位应为 ${r.expectedCheck}，现在是 ${r.normalized[17]}。通常是某一位输错了，请对照身份证逐位核对。`,
};

/** 公民身份号码 valid under GB 11643 (length, digits, birth date, check character), typed in half-width with an upper-case X. */
export const idNumberChecksum: Check = {
  id: 'id-number-checksum',
  steps: 'any',
  severity: 'error',
  run(ctx) {
    return fieldValues(ctx, 'basic.idNumber')
      .filter((f) => !isBlank(ctx, f))
      .flatMap((f) => {
        const result = validateIdNumber(f.value);
        if (!result.ok) return [fieldFinding(idNumberChecksum, f, PROBLEM_MESSAGES[result.reason!](result))];
        // Against the text as typed: the validator reads full-width digits, spaces and x as it should.
        if (result.normalized !== f.value.trim()) {
          return [fieldFinding(idNumberChecksum, f, `公民身份号码含全角字符、空格或小写 x，门户可能不认。请改为：${result.normalized}`, 'warning')];
        }
        return [];
      });
  },
};

/** What idNumberChecksum checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const idNumberChecksumAbout: CheckAbout = {
  id: 'id-number-checksum',
  title: '公民身份号码校验',
  source: 'GB 11643-1999 公民身份号码；操作指引 3(2) 基本信息',
};
