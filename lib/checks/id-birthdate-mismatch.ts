import { validateIdNumber } from '../identifiers/gb11643';
import { t } from '../i18n/t';
import { readShownDateParts, readShownYearOrDate } from '../fill/dates';
import { fieldFinding, filledValues, firstFilled } from './common';
import type { Check, CheckAbout } from './types';

/**
 * 出生日期 agrees with chars 7–14 of the 公民身份号码, at the precision shown: the box is read as
 * the autofill reads a page's dates (readShownDateParts: 1998-05-12, 1998/5/12, 1998年5月12日,
 * 19980512, 出生年月 1998-05 / 1998年5月 / 199805, a saved .NET DateTime "1998/5/12 0:00:00"), or
 * as a year alone (date lists with the month not chosen yet: readShownYearOrDate); full-width digits folded.
 */
export const idBirthdateMismatch: Check = {
  id: 'id-birthdate-mismatch',
  run(ctx) {
    const id = firstFilled(ctx, 'basic.idNumber');
    const fromId = id ? validateIdNumber(id.value).birthDate : undefined;
    const born = fromId && readShownDateParts(fromId);
    if (!born) return [];
    return filledValues(ctx, 'basic.birthDate')
      .flatMap((f) => {
        const text = f.value.normalize('NFKC').trim();
        const shown = readShownYearOrDate(text);
        if (shown && shown.year === born.year && (shown.month ?? born.month) === born.month && (shown.day ?? born.day) === born.day) return [];
        return [fieldFinding(idBirthdateMismatch, f, t(shown ? 'check_id_birthdate_mismatch_differs' : 'check_id_birthdate_mismatch_unreadable', f.value.trim(), fromId))];
      });
  },
};

/** What idBirthdateMismatch checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const idBirthdateMismatchAbout: CheckAbout = {
  id: 'id-birthdate-mismatch',
  title: '出生日期与身份证号一致',
  source: 'GB 11643-1999（第 7–14 位为出生日期）；spec/portal.md 第 2 步',
};
