import { QUALIFICATION_NAMES_BY_LEVEL } from '../profile/vocabulary';
import { titleNamed } from '../vocab/application-names';
import { t } from '../i18n/t';
import { fieldFinding, filledValues, resolveLevel } from './common';
import type { Check, CheckAbout } from './types';

/** 认定资格名称 fits the level: 初级 → 技术员 / 助理工程师 (员级 / 助理级), 中级 → 工程师. */
export const qualificationLevelMismatch: Check = {
  id: 'qualification-level-mismatch',
  run(ctx) {
    const level = resolveLevel(ctx);
    if (!level) return [];
    const allowed = QUALIFICATION_NAMES_BY_LEVEL[level];
    return filledValues(ctx, 'application.qualificationName')
      .flatMap((f) => {
        // Read as autofill reads an option (lib/vocab/application-names.ts): 01-助理工程师, 初级-助理工程师,
        // 助理工程师职称（生态环境）, a grade alone (助理级) — so it accepts exactly what autofill chooses.
        const name = titleNamed(f.value);
        if (name && allowed.includes(name)) return [];
        // One message per number of allowed names (1 or 2): the names, then the value, follow the level.
        const message = allowed.length > 1 ? 'check_qualification_level_mismatch_choose_either' : 'check_qualification_level_mismatch_choose';
        return [fieldFinding(qualificationLevelMismatch, f, t(message, level, ...allowed, f.value.trim()))];
      });
  },
};

/** What qualificationLevelMismatch checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const qualificationLevelMismatchAbout: CheckAbout = {
  id: 'qualification-level-mismatch',
  title: '认定资格名称与申报级别一致',
  source: '操作指引 3(2)：认定资格名称申报初级选“技术员”或“助理工程师”，申报中级选“工程师”',
};
