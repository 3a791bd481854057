/**
 * 有无奖惩 answered from the profile's 奖惩情况 text (spec/profile-format.md awards: "无。" when
 * there are none; spec/portal.md step 6). Applicants write "none" in many ways — 无。, 暂无,
 * 未受过任何奖励和处分。, 任现职以来无奖惩, 本人无奖惩记录 — and name awards beside a denial
 * ("获2019年度优秀员工称号，无处分"). A wrong 有 declares awards the applicant does not have (and
 * may make the portal ask for their papers), so a text read neither way is the user's
 * (breaker 26a item 2). Used by autofill's planning only (on-demand.js).
 */
import { compact } from '../checks/common';

/**
 * The words of a clause saying "none" (AWARDS_NONE_CLAUSE), and of one naming an award or a
 * punishment (AWARD_WORD). Written NFKC-normalised, without spaces.
 */
const AWARDS_WORDS = {
  /** How a time span before the statement ends: 任现职以来, 近五年来, 工作期间, 2015年至今, 三年内. */
  leadInEnds: ['以来', '期间', '至今', '来', '内'],
  /** Who: 本人无奖惩. */
  persons: ['本人', '个人'],
  /** Before the negation, adding nothing to it: 均无, 从未, 暂无, 尚无, 并未, 也未, 一直未. */
  adverbs: ['一直', '从来', '均', '从', '并', '尚', '暂', '亦', '也'],
  negations: ['没有', '无', '未', '没'],
  /** After the negation: 未受过, 没有获得过, 未曾受到. */
  verbs: ['曾受到过', '曾受过', '曾获得', '曾获', '受到过', '受到', '受过', '受', '获得过', '获得', '获过', '获', '取得过', '取得', '得到过', '有过', '有'],
  /**
   * What may stand between the negation and what is denied (党纪政纪处分, 任何形式的奖励): generic words
   * only. Any other characters there may begin a name (无锡市科技进步奖, 无偿献血奉献奖, 未来之星奖: the
   * 无 / 未 is part of the name, no negation; breaker 27a item 1).
   */
  qualifiers: ['任何形式的', '任何', '各类', '各种', '党纪政纪', '党纪', '政纪', '违法违纪', '违纪', '纪律', '行政', '刑事', '重大'],
  /** What is denied, or asked (有奖惩 / 无奖惩): both awards and punishments (奖惩), … */
  both: ['奖惩'],
  /** … awards only … */
  awards: ['奖励', '奖项', '嘉奖', '表彰', '荣誉', '奖'],
  /** … or punishments only. */
  punishments: ['惩罚', '惩处', '处分', '处罚'],
  /** Between two things denied: 奖励和处分, 奖励、处分, 奖励或处分. */
  joins: ['以及', '和', '及', '与', '或', '、', '/'],
  /** After them: 无奖惩记录, 无奖惩情况. */
  tails: ['记录', '情况', '事项'],
  /** A clause naming an award or a punishment: 一等奖, 优秀员工称号, 先进个人, 三等功, 警告处分. */
  named: ['奖', '称号', '表彰', '先进', '优秀', '模范', '标兵', '能手', '荣誉', '嘉奖', '立功', '等功', '劳模', '处分', '警告', '记过', '降级', '撤职', '开除', '通报批评', '处罚'],
} as const;

/** Words as one regex alternative (the words hold no regex syntax but "/"), longest first as listed. */
const anyOf = (words: readonly string[]) => `(?:${words.map((w) => w.replace(/[/]/g, '\\/')).join('|')})`;

const W = AWARDS_WORDS;
/** Longest first: 奖惩 before 奖. */
const SUBJECTS = [...W.both, ...W.punishments, ...W.awards];
const NEGATION_CHAR = /[无没未]/;
const LEAD_IN = `(?:[^无没未奖惩处]{0,12}?${anyOf(W.leadInEnds)})?${anyOf(W.persons)}?`;
const SUBJECT = `${anyOf(W.qualifiers)}{0,2}${anyOf(SUBJECTS)}`;
/**
 * A clause that only denies: [lead-in][本人][均]无|没有|未[受过][任何][奖励[和处分]][记录] — 无, 暂无,
 * 未受过任何奖励和处分, 任现职以来无奖惩. After the negation come only the words of the table, up to the
 * clause's end: 无锡市科技进步奖 is no denial.
 */
const AWARDS_NONE_CLAUSE = new RegExp(
  `^${LEAD_IN}${anyOf(W.adverbs)}?${anyOf(W.negations)}${anyOf(W.verbs)}?${anyOf(W.qualifiers)}{0,2}(?:${SUBJECT}(?:${anyOf(W.joins)}${SUBJECT})*)?${anyOf(W.tails)}?、*$`,
);
/** A clause that is only a lead-in (任现职以来，未受过…). */
const LEAD_IN_ONLY = new RegExp(`^${LEAD_IN}$`);
/** What a clause is about, as a heading: 奖惩情况, 奖励, 奖励和处分. */
const HEADING = `${anyOf(SUBJECTS)}(?:${anyOf(W.joins)}${anyOf(SUBJECTS)})*${anyOf(W.tails)}?`;
/** A heading before a colon (奖惩情况：无, 奖励：…；处分：无): dropped, the rest is the clause. */
const HEADING_BEFORE_COLON = new RegExp(`^${HEADING}:`);
/** A heading alone (奖惩情况 on its own line): no clause. */
const HEADING_ONLY = new RegExp(`^${HEADING}$`);
const AWARD_WORD = new RegExp(anyOf(W.named));

/**
 * The answer to 有无奖惩 for a 奖惩情况 text, read clause by clause (split at line ends, ，。；！ and quotes; a lead-in
 * alone, 任现职以来，…, or a heading, 奖惩情况：…, is no clause).
 * @param awards the profile's 奖惩情况, as typed.
 * @returns 无 when it is empty or every clause denies (AWARDS_NONE_CLAUSE: 无。, 暂无,
 *   未受过任何奖励和处分。, 任现职以来，无奖惩); 有 when it holds no negation (无 / 没 / 未) at all —
 *   it lists awards — or a clause without one names an award or a punishment (AWARD_WORD:
 *   "获2019年度优秀员工称号，无处分"); null (the user answers) for dashes or slashes or a lead-in alone, and for a
 *   text with a negation that neither rule reads ("除2019年外无其他奖惩", "工作认真，无处分",
 *   "获无锡市科技进步奖", "无锡市科技进步奖": a name beginning with 无 / 未 is never read as a denial).
 *   Never throws.
 */
export function awardsAnswer(awards: string): '有' | '无' | null {
  const text = compact(awards);
  if (text === '') return '无';
  const clauses = awards
    .normalize('NFKC')
    .split(/[\n\r,，。;；!！?？"“”'‘’]+|\.(?!\d)/)
    .map((c) => compact(c).replace(HEADING_BEFORE_COLON, ''))
    .filter((c) => c !== '' && !LEAD_IN_ONLY.test(c) && !HEADING_ONLY.test(c));
  if (clauses.length === 0 || /^[-—/]+$/.test(text)) return null;
  if (!NEGATION_CHAR.test(text)) return '有';
  if (clauses.some((c) => !NEGATION_CHAR.test(c) && AWARD_WORD.test(c))) return '有';
  return clauses.every((c) => AWARDS_NONE_CLAUSE.test(c)) ? '无' : null;
}

/**
 * Whether a 有 / 无 pair under 有无奖惩 asks about awards and punishments both, so that 有 (the
 * text names an award or a punishment) answers it: nothing after 有 / 无, or 奖惩, or an award word
 * and a punishment word (有奖励或处分). A pair naming one side (有处分 / 无处分, 已获奖 / 未获奖)
 * asks a narrower question: an award does not make 有处分 true (breaker 27a item 2).
 * @param noun the words both options share after 有 / 无 / 已 / 未 (lib/vocab/option-wording.ts
 *   yesNoOptionPair), normalised.
 */
export function asksAwardsAndPunishments(noun: string): boolean {
  const names = (words: readonly string[]) => words.some((w) => noun.includes(w));
  return noun === '' || names(W.both) || (names(W.awards) && names(W.punishments));
}
