import { SPECIALTIES } from '../profile/vocabulary';
import { vocabularyWord } from '../vocab/option-forms';
import { t } from '../i18n/t';
import { fieldFinding, fieldValues, isBlank } from './common';
import type { Check, CheckAbout } from './types';

/**
 * 认定专业 filled, and with one of the 工程系列生态环境 specialties. An unknown name is only a
 * warning: the portal's list may word them differently.
 */
export const specialtyMissing: Check = {
  id: 'specialty-missing',
  run(ctx) {
    return fieldValues(ctx, 'application.specialty').flatMap((f) => {
      if (isBlank(ctx, f)) {
        return [fieldFinding(specialtyMissing, f, t('check_specialty_missing_empty', SPECIALTIES.join(' / ')))];
      }
      // Whole-word match, reading code-table wordings ("03-生态环境监测") as the specialty.
      if (vocabularyWord(f.value, SPECIALTIES) !== null) return [];
      return [fieldFinding(specialtyMissing, f, t('check_specialty_missing_unknown', f.value.trim(), SPECIALTIES.join(' / ')), 'warning')];
    });
  },
};

/** What specialtyMissing checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const specialtyMissingAbout: CheckAbout = {
  id: 'specialty-missing',
  title: '认定专业',
  source: '操作指引 3(2)：“认定专业”一定要准确填写；广东省工程系列生态环境专业（生态环境工程、生态环境管理与咨询、生态环境监测）',
};
