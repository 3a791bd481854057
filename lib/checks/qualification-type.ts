import { vocabularyWord } from '../vocab/option-forms';
import { t } from '../i18n/t';
import { fieldFinding, filledValues } from './common';
import type { Check, CheckAbout } from './types';

const REQUIRED_TYPE = '工程技术人员';

/** 认定资格类型 = 工程技术人员 (also when the page shows it with a code: "01-工程技术人员"). */
export const qualificationType: Check = {
  id: 'qualification-type',
  run(ctx) {
    return filledValues(ctx, 'application.qualificationType')
      .filter((f) => vocabularyWord(f.value, [REQUIRED_TYPE]) === null)
      .map((f) => fieldFinding(qualificationType, f, t('check_qualification_type_choose', REQUIRED_TYPE, f.value.trim())));
  },
};

/** What qualificationType checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const qualificationTypeAbout: CheckAbout = {
  id: 'qualification-type',
  title: '认定资格类型',
  source: '操作指引 2：“认定资格类型”选定“工程技术人员”',
};
