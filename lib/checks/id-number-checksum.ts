import { validateIdNumber, type IdNumberResult } from '../identifiers/gb11643';
import { t } from '../i18n/t';
import { fieldFinding, filledValues } from './common';
import type { Check, CheckAbout } from './types';

const PROBLEM_MESSAGES: Record<NonNullable<IdNumberResult['reason']>, (r: IdNumberResult) => string> = {
  length: (r) => t('check_id_number_checksum_length', r.normalized.length),
  chars: () => t('check_id_number_checksum_chars'),
  birthdate: (r) => t('check_id_number_checksum_birthdate', r.normalized.slice(6, 14)),
  checksum: (r) => t('check_id_number_checksum_digit', r.expectedCheck!, r.normalized[17]!),
};

/** 公民身份号码 valid under GB 11643 (length, digits, birth date, check character), typed in half-width with an upper-case X. */
export const idNumberChecksum: Check = {
  id: 'id-number-checksum',
  run(ctx) {
    return filledValues(ctx, 'basic.idNumber')
      .flatMap((f) => {
        const result = validateIdNumber(f.value);
        if (!result.ok) return [fieldFinding(idNumberChecksum, f, PROBLEM_MESSAGES[result.reason!](result))];
        // Against the text as typed: the validator reads full-width digits, spaces and x as it should.
        if (result.normalized !== f.value.trim()) {
          return [fieldFinding(idNumberChecksum, f, t('check_id_number_checksum_full_width', result.normalized), 'warning')];
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
