import { validateIdNumber } from '../identifiers/gb11643';
import { t } from '../i18n/t';
import { compact, fieldFinding, fieldValues, firstFilled, isBlank, normalizeDate } from './common';
import type { Check, CheckAbout } from './types';

/** 出生日期 agrees with chars 7–14 of the 公民身份号码. */
export const idBirthdateMismatch: Check = {
  id: 'id-birthdate-mismatch',
  steps: 'any',
  severity: 'error',
  run(ctx) {
    const id = firstFilled(ctx, 'basic.idNumber');
    const fromId = id ? validateIdNumber(id.value).birthDate : undefined;
    if (!fromId) return [];
    return fieldValues(ctx, 'basic.birthDate')
      .filter((f) => !isBlank(ctx, f))
      .flatMap((f) => {
        // Compared at the precision shown: 出生年月 (1998-05, 1998年5月, 199805) agrees when its year
        // and month do; a year alone (date lists with the month not chosen yet) when the year does.
        const month = /^(\d{4})(?:[-/.年]?(\d\d?)月?)?$/.exec(compact(f.value));
        const entered = normalizeDate(f.value) ?? (month && (month[2] ? `${month[1]}-${month[2].padStart(2, '0')}` : month[1]!));
        if (entered && fromId.startsWith(entered)) return [];
        return [fieldFinding(idBirthdateMismatch, f, t(entered ? 'check_id_birthdate_mismatch_differs' : 'check_id_birthdate_mismatch_unreadable', entered || f.value, fromId))];
      });
  },
};

/** What idBirthdateMismatch checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const idBirthdateMismatchAbout: CheckAbout = {
  id: 'id-birthdate-mismatch',
  title: '出生日期与身份证号一致',
  source: 'GB 11643-1999（第 7–14 位为出生日期）；spec/portal.md 第 2 步',
};
