import { QUALIFICATION_NAMES_BY_LEVEL } from '../profile/vocabulary';
import { vocabularyWord } from '../vocab/option-forms';
import { TITLE_QUALIFIERS } from '../vocab/qualifiers';
import { t } from '../i18n/t';
import { compact, fieldFinding, fieldValues, isBlank, resolveLevel } from './common';
import type { Check, CheckAbout } from './types';

/** 认定资格名称 fits the level: 初级 → 技术员 / 助理工程师 (员级 / 助理级), 中级 → 工程师. */
export const qualificationLevelMismatch: Check = {
  id: 'qualification-level-mismatch',
  steps: 'any',
  severity: 'error',
  run(ctx) {
    const level = resolveLevel(ctx);
    if (!level) return [];
    const allowed = QUALIFICATION_NAMES_BY_LEVEL[level];
    return fieldValues(ctx, 'application.qualificationName')
      .filter((f) => !isBlank(ctx, f))
      .flatMap((f) => {
        // "助理工程师（生态环境）", "助理工程师职称（生态环境）" → "助理工程师" (职称 wherever it stands: a
        // bracketed specialty may follow it, breaker 31b item 7); then whole-word matching (工程师 is inside
        // 助理工程师) that reads code-table wordings ("01-助理工程师", "助理工程师（助理级）") as a title of
        // lib/vocab/qualifiers.ts (高级工程师 too), of a part between separators ("工程技术人员-助理工程师").
        // A name given only as its grade ("助理级", "02.助理级", "02-员级": each title's first qualifier in
        // lib/vocab/qualifiers.ts) is that title (probe 13a item 5, breaker 30a item 12) — unless a title
        // stands beside it, which wins: "工程师-助理级" is 工程师 (breaker 30a item 11).
        const value = compact(f.value).replace(/\(.*?\)|职称/g, '');
        const parts = value.split(/[-—:|/]/);
        const wordOf = (words: readonly string[]) => parts.map((part) => vocabularyWord(part, words)).find(Boolean);
        const name = wordOf(TITLE_QUALIFIERS.map((title) => title.wording)) ?? TITLE_QUALIFIERS.find((title) => wordOf(title.qualifiers.slice(0, 1)))?.wording;
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
