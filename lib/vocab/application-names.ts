/**
 * What a page's text for the two application choices of 基本信息 names, read ONE way by the
 * checks (lib/checks/qualification-level-mismatch.ts, committee-level-mismatch.ts) and by
 * autofill's option choice (./option-wording.ts optionByApplicationName), so autofill chooses
 * exactly the options the checks accept (breaker 17 items 4, 5: 初级-助理工程师 and
 * …专业初级评委会 passed the checks yet were never chosen). The words are data: titles in
 * ./qualifiers.ts, committees in COMMITTEE_WORDS below. Ships in the content script.
 */
import type { Level } from '../profile/vocabulary';
import { normalizeText } from '../page/normalize';
import { vocabularyWord } from './option-forms';
import { TITLE_FIELD, TITLE_QUALIFIERS } from './qualifiers';

/**
 * How a 申报评委会 name says whom it serves (操作指引 3(2): 广州市工程系列生态环境专业初级/中级职称评审委员会).
 * A committee serves a level when its name holds the specialty and one of the level's words,
 * whatever else it says (广州市生态环境专业初级评委会, …工程技术系列…, …（2020）). 初级's 助理级 and
 * 员级 name it too. One committee for both levels writes them joined (初中级, 中初级) or listed
 * (初、中级, 中、初级, 初/中级: probe 20 F1): committeeLevels reads each as both words.
 */
export const COMMITTEE_WORDS: { specialty: string; levels: Record<Level, readonly string[]> } = {
  specialty: '生态环境',
  levels: { 初级: ['初级', '助理级', '员级'], 中级: ['中级'] },
};

/** A level sharing the 级 of the next (初、中级, 中初级): group 1, given its own 级 by committeeLevels. */
const SHARED_GRADE = /([初中])[、,/和及与]?(?=[初中]级)/g;

const TITLES = TITLE_QUALIFIERS.map((title) => title.wording);

/** A grade in a title's bracket (员级, 助理级, 初级, 中级, 副高级, 正高级): the title's own, or a contradiction. */
const GRADE_WORD = /[员初中高]级|助理级/;

/**
 * The title a 认定资格名称 text names.
 * @param shown the page's text, as shown ("初级-助理工程师", "助理工程师职称（生态环境）", "02.助理级").
 * @returns a title of ./qualifiers.ts (技术员 … 正高级工程师), or null when it names none (the first part naming a title decides).
 * @param strict autofill's reading, which chooses: only a bracket naming the field (环境) is dropped,
 *   so 技术员（农业） names no title (probe 11a item 3). The checks' reading, which only warns, drops
 *   every bracket naming no grade (助理工程师（工程系列）, 工程师（环保）, …（2020版）: breaker 17o item 1).
 *   Either way a bracket left is read as the title's qualifier below (工程师（中级） is 工程师,
 *   工程师（助理级） names no title), so autofill never chooses what the checks refuse.
 *   Read so: 职称 and those brackets dropped; the parts between
 *   separators (工程技术人员-助理工程师, 助理级：助理工程师) and each part without the field before
 *   it (生态环境助理工程师) read whole as a title
 *   with its code or allowed qualifier stripped (01-助理工程师, 助理工程师(助理级)) — whole words,
 *   for 工程师 is inside 助理工程师. Failing a title, a part that is a title's grade (its first
 *   qualifier: 助理级, 02-员级) names it (probe 13a item 5); a title beside a grade wins (工程师-助理级
 *   is 工程师, breaker 30a item 11). Never throws.
 */
export function titleNamed(shown: string, strict = false): string | null {
  const dropped = (bracketed: string) => (strict ? bracketed.includes(TITLE_FIELD.bracketWord) : !GRADE_WORD.test(bracketed));
  const parts = normalizeText(shown)
    .replace(/\(([^()]*)\)|职称/g, (all, bracketed?: string) => (bracketed === undefined || dropped(bracketed) ? '' : all))
    .split(/[-—:|/]/);
  const forms = parts.flatMap((part) => [part, ...TITLE_FIELD.prefixes.filter((p) => part.startsWith(p)).map((p) => part.slice(p.length))]);
  const wordOf = (words: readonly string[]) => forms.map((form) => vocabularyWord(form, words)).find(Boolean);
  return wordOf(TITLES) ?? TITLE_QUALIFIERS.find((title) => wordOf(title.qualifiers.slice(0, 1)))?.wording ?? null;
}

/**
 * The levels a 申报评委会 name serves (COMMITTEE_WORDS).
 * @param shown the page's text, as shown. @returns 初级 and/or 中级; [] for a committee of
 *   another specialty or naming no level. Never throws.
 */
export function committeeLevels(shown: string): Level[] {
  const norm = normalizeText(shown).replace(SHARED_GRADE, '$1级');
  if (!norm.includes(COMMITTEE_WORDS.specialty)) return [];
  return (Object.keys(COMMITTEE_WORDS.levels) as Level[]).filter((level) => COMMITTEE_WORDS.levels[level].some((word) => norm.includes(word)));
}
