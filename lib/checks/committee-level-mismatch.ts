import { COMMITTEE_BY_LEVEL } from '../profile/vocabulary';
import type { Level } from '../profile/schema';
import { t } from '../i18n/t';
import { compact, fieldFinding, fieldValues, isBlank, resolveLevel } from './common';
import type { Check, CheckAbout } from './types';

/**
 * The words by which a committee's name says it serves a level: its own level word, or 初中级
 * (one committee for both 初级 and 中级: "…专业初中级职称评审委员会"); 初级's 助理级 and 员级 too.
 */
const SERVES_LEVEL: Record<Level, RegExp> = {
  初级: /初级|初中级|助理级|员级/,
  中级: /中级/,
};

/**
 * 申报评委会 is a 生态环境专业 committee serving the level being applied for (SERVES_LEVEL).
 * Matched on its distinctive parts (生态环境, the level word) rather than the exact string,
 * since the portal's option text may carry extra words.
 */
export const committeeLevelMismatch: Check = {
  id: 'committee-level-mismatch',
  steps: 'any',
  severity: 'error',
  run(ctx) {
    const level = resolveLevel(ctx);
    if (!level) return [];
    const expected = COMMITTEE_BY_LEVEL[level];
    return fieldValues(ctx, 'application.committee')
      .filter((f) => !isBlank(ctx, f))
      .flatMap((f) => {
        const value = compact(f.value);
        if (value.includes('生态环境') && SERVES_LEVEL[level].test(value)) return [];
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
