import { COMMITTEE_BY_LEVEL } from '../profile/vocabulary';
import { committeeLevels } from '../vocab/application-names';
import { t } from '../i18n/t';
import { fieldFinding, filledValues, resolveLevel } from './common';
import type { Check, CheckAbout } from './types';

/**
 * 申报评委会 is a 生态环境专业 committee serving the level being applied for, matched on its
 * distinctive parts (生态环境, a level word: lib/vocab/application-names.ts committeeLevels) rather
 * than the exact string, since the portal's option text may carry extra words — the same reading
 * autofill chooses an option by, so it accepts exactly what autofill chooses.
 */
export const committeeLevelMismatch: Check = {
  id: 'committee-level-mismatch',
  run(ctx) {
    const level = resolveLevel(ctx);
    if (!level) return [];
    const expected = COMMITTEE_BY_LEVEL[level];
    return filledValues(ctx, 'application.committee')
      .flatMap((f) => {
        if (committeeLevels(f.value).includes(level)) return [];
        return [fieldFinding(committeeLevelMismatch, f, t('check_committee_level_mismatch_choose', level, expected, f.value.trim()))];
      });
  },
};

/** What committeeLevelMismatch checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const committeeLevelMismatchAbout: CheckAbout = {
  id: 'committee-level-mismatch',
  title: '申报评委会与申报级别一致',
  source: '操作指引 3(2)：申报评委会选“广州市工程系列生态环境专业初级/中级职称评审委员会”',
};
