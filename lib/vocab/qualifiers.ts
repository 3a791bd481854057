/**
 * Bracketed qualifiers a professional title may carry in a portal's option text without
 * changing what it names: "助理工程师（助理级）" is 助理工程师, "工程师（中级）" is 工程师; another
 * level word ("工程师（助理级）") and any other qualifier ("大学本科（结业）") are not dropped.
 * And another name a title goes by, its level's: "中级工程师" is 工程师.
 * Read by lib/vocab/option-forms.ts (autofill's option choice and the checks that read a
 * select, so it is kept small: it ships in the content script). Wordings and qualifiers are
 * written normalised (lib/page/normalize.ts). Validated by tests/unit/fill/option-wording.test.ts
 * with ./wordings.schema.ts (qualifierTableSchema).
 */
import type { TitleQualifiers } from './wordings.schema';

/**
 * The field a title may be named in without changing it (breaker 31b item 7, breaker 17 item 4),
 * read by ./application-names.ts: run together before it ("生态环境助理工程师"), or in a bracket
 * after it holding the word 环境 ("助理工程师（生态环境）", "技术员（环境监测）").
 */
export const TITLE_FIELD = { prefixes: ['生态环境'], bracketWord: '环境' } as const;

export const TITLE_QUALIFIERS: readonly TitleQualifiers[] = [
  // 职称 — 人社部发〔2019〕16号《关于深化工程技术人才职称制度改革的指导意见》: 工程技术人才职称设
  // 初级、中级、高级，初级分设员级和助理级，高级分设副高级和正高级. A title followed by its own
  // level is the same title. Each title's first qualifier is its grade: a 认定资格名称 given only as
  // its grade (助理级) is read as the title (lib/checks/qualification-level-mismatch.ts).
  // 技术员 is the one engineering title without 工程 in its words: portals listing several series write 技术员（工程） (probe 11a item 3).
  { wording: '技术员', qualifiers: ['员级', '初级', '工程'] },
  // Named by their level too: 初级工程师 is 助理工程师 (技术员 is no 工程师), 中级工程师 is 工程师 (高级工程师 is a title of its own).
  { wording: '助理工程师', qualifiers: ['助理级', '初级'], alias: '初级工程师' },
  { wording: '工程师', qualifiers: ['中级'], alias: '中级工程师' },
  { wording: '高级工程师', qualifiers: ['副高级', '高级'] },
  { wording: '正高级工程师', qualifiers: ['正高级', '高级'] },
];
