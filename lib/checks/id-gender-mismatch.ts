import { validateIdNumber } from '../identifiers/gb11643';
import { t } from '../i18n/t';
import { compact, fieldFinding, filledValues, firstFilled } from './common';
import type { Check, CheckAbout } from './types';
import type { PageFieldValue } from '../fields/match';

/**
 * 性别 agrees with char 17 of the 公民身份号码 (odd = 男, even = 女): each recognised 性别 field
 * filled, and the 性别 the page shows as plain text (PageSnapshot.genderText: the server's, B64a-3;
 * a label followed by a control has none, so a page rarely shows both).
 */
export const idGenderMismatch: Check = {
  id: 'id-gender-mismatch',
  run(ctx) {
    const id = firstFilled(ctx, 'basic.idNumber');
    const result = id ? validateIdNumber(id.value) : undefined;
    // A gender is read only from a number of 18 characters that are digits (X last): validateIdNumber
    // gives none for a length or a character wrong.
    if (!result?.gender) return [];
    const expected = result.gender;
    // The shown 性别 has no control to mark: the finding names the field only.
    return [...filledValues(ctx, 'basic.gender'), { key: 'basic.gender', value: ctx.snapshot.genderText ?? '' } as PageFieldValue]
      .flatMap((f) => {
        const value = compact(f.value);
        const entered = value.includes('男') ? '男' : value.includes('女') ? '女' : null;
        if (entered === null || entered === expected) return [];
        return [fieldFinding(idGenderMismatch, f, t('check_id_gender_mismatch_differs', entered, expected))];
      });
  },
};

/** What idGenderMismatch checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const idGenderMismatchAbout: CheckAbout = {
  id: 'id-gender-mismatch',
  title: '性别与身份证号一致',
  source: 'GB 11643-1999（第 17 位奇数为男、偶数为女）；spec/portal.md 第 2 步',
};
