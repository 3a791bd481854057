/**
 * Tolerant choice of a select's option for a profile value, after exact text matching
 * failed (lib/fill/plan.ts findOption): the option's text with a national code-table
 * decoration removed (./option-forms.ts), then another wording of the same code-table entry
 * (./wordings.ts: 中国共产党党员 = 中共党员, 本科 = 大学本科, 学士学位 = 学士, 汉 = 汉族, 普通全日制 =
 * 全日制; also written with an equivalent in brackets: 合格（称职） = 称职 = 合格), and last a
 * shorter wording of the entry where the list has no fuller one (党员 for 中共党员); for a rank,
 * an option covering it (第1-3位, 第4位及以后, 非第一作者: optionByRank).
 * Whole texts only, never substrings; a rule counts only when exactly one option meets it.
 * The option's value is the last resort (optionByValue), never against what its text says.
 */
import type { OptionSnapshot } from '../page/snapshot';
import { normalizeText } from '../page/normalize';
import { formRule, strippedForms, trailingBracket, uniqueBest, type WordingRule } from './option-forms';
import { OPTION_WORDINGS, RANK_PHRASE_WORDS, SOLE_AUTHOR } from './wordings';
import type { WordingGroup } from './wordings.schema';
import { committeeLevels, titleNamed } from './application-names';

/** Each wording → its group (the schema guarantees a wording is in one group). */
const GROUP_OF: ReadonlyMap<string, WordingGroup> = new Map(OPTION_WORDINGS.flatMap((g) => g.wordings.map((w) => [w, g] as const)));

/** Each wording → all wordings of its group. */
const EQUIVALENTS_OF: ReadonlyMap<string, readonly string[]> = new Map([...GROUP_OF].map(([w, g]) => [w, g.wordings]));

/** Each wording → the shorter wordings its entry may take on a list with no fuller one (党员). */
const FALLBACKS_OF: ReadonlyMap<string, readonly string[]> = new Map(OPTION_WORDINGS.flatMap((g) => (g.fallbacks ? g.wordings.map((w) => [w, g.fallbacks!] as const) : [])));

/** Each wording (fallbacks included) → its vocabulary (the schema guarantees one). */
const VOCABULARY_OF: ReadonlyMap<string, string> = new Map(OPTION_WORDINGS.flatMap((g) => [...g.wordings, ...(g.fallbacks ?? [])].map((w) => [w, g.vocabulary] as const)));

/**
 * A shown text's readings as a wording: itself, its forms without code or qualifier
 * (./option-forms.ts), and for a form "A(B)" whose bracket holds another wording of A's
 * group or one of its qualifiers (./wordings.ts), A; for one whose A is a fallback of B's
 * group (大学（本科）: GB 4658-84's short name of 大学本科, then the level), B — a list giving both rules' grade
 * "合格（称职）" / "称职（合格）" means that grade, whichever the profile says; 大学本科（学士） is
 * 大学本科; "合格（暂定）" keeps its bracket.
 */
function readings(shownNorm: string): string[] {
  const forms = [shownNorm, ...strippedForms(shownNorm)];
  const bracketedBases = forms.flatMap((f) => {
    const [base, bracketed] = trailingBracket(f) ?? [];
    if (base === undefined) return [];
    const group = GROUP_OF.get(base);
    if (group && [...group.wordings, ...(group.qualifiers ?? [])].includes(bracketed!)) return [base];
    // A short name of the entry before a wording of it in brackets, 大学（本科）: the wording (fill 59).
    return GROUP_OF.get(bracketed!)?.fallbacks?.includes(base) ? [bracketed!] : [];
  });
  return [...forms, ...bracketedBases];
}

/**
 * The option naming a kind of the wanted entry (./wordings.ts narrowedBy: 工学学士 for 学士,
 * 普通高校本科 for 大学本科) — the list's one option whose text holds a wording of the entry at all.
 * @returns it; undefined when the entry has no such words, or another option also holds a
 *   wording of it (工学学士 beside 理学学士, 普通高校本科 beside 成人高校本科: the user chooses).
 */
function narrowedOption(options: readonly OptionSnapshot[], wantedNorm: string): OptionSnapshot | undefined {
  const group = GROUP_OF.get(wantedNorm);
  if (!group?.narrowedBy) return undefined;
  const naming = options.filter((o) => group.wordings.some((w) => o.norm.includes(w)));
  const narrowed = (o: OptionSnapshot) => readings(o.norm).some((f) => group.narrowedBy!.some((p) => f.startsWith(p) && group.wordings.includes(f.slice(p.length))));
  return naming.length === 1 && narrowed(naming[0]!) ? naming[0] : undefined;
}

/** Whether a shown text, read as a wording (readings), is one of `wordings`. */
function isOneOf(shownNorm: string, wordings: readonly string[]): boolean {
  return readings(shownNorm).some((f) => wordings.includes(f));
}

/**
 * Whether a box's text is the profile's code-table word written another way (./wordings.ts: 汉 =
 * 汉族, 本科 = 大学本科, 中国共产党党员 = 中共党员; a leading code too, 01-汉族): a box the portal
 * fills read-only with 汉 holds the profile's 汉族, not a different value (fill 45).
 * @param shown the box's text. @param wanted the profile's word.
 * @returns false for any wanted text that is no word of the tables (names, addresses: compared as they are).
 */
export function sameWording(shown: string, wanted: string): boolean {
  const equivalents = EQUIVALENTS_OF.get(normalizeText(wanted));
  return !!equivalents && isOneOf(normalizeText(shown), equivalents);
}

/** The first rule by which a shown text means a wanted word, equivalences included. */
function wordingRule(shownNorm: string, wantedNorm: string): WordingRule | null {
  const byForm = formRule(shownNorm, wantedNorm);
  if (byForm) return byForm;
  return isOneOf(shownNorm, EQUIVALENTS_OF.get(wantedNorm) ?? []) ? 'equivalent' : null;
}

/**
 * The option whose text means `wanted` under the tolerant rules.
 * @param options the choosable options of one select (placeholders and disabled ones removed).
 * @param wanted the profile's value as text ("男", "大学本科", "助理工程师").
 * @returns the single option meeting the earliest rule (normalised text, then code/qualifier
 *   stripped, then a table equivalence, alone or bracketed after another: 合格（称职）); when no option meets any, the single one that is a
 *   fallback wording of the entry (./wordings.ts: 党员 for 中共党员), else the one naming a kind of
 *   it (narrowedOption: 工学学士 for 学士); undefined when none does
 *   or two meet the same deciding rule (ambiguity is left to the user). Never throws.
 */
export function optionByWording(options: readonly OptionSnapshot[], wanted: string): OptionSnapshot | undefined {
  const wantedNorm = normalizeText(wanted);
  const rule = (o: OptionSnapshot) => wordingRule(o.norm, wantedNorm);
  if (options.some((o) => rule(o) !== null)) return uniqueBest(options, rule);
  const fallbacks = FALLBACKS_OF.get(wantedNorm) ?? [];
  return uniqueBest(options, (o) => (isOneOf(o.norm, fallbacks) ? 'equivalent' : null)) ?? narrowedOption(options, wantedNorm);
}

/** Words as one regex alternative, each escaped (for a pattern without the u flag). */
const anyOf = (words: readonly string[]) => `(?:${words.map((w) => w.replace(/[-\\^$.*+?()[\]{}|~]/g, '\\$&')).join('|')})`;

const { negations, prefixes, units, rangeSeparators, upTo, onward, alternatives, first, roles } = RANK_PHRASE_WORDS;
const RANK_NUMBER = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
const [PREFIX, UNIT] = [`^${anyOf(prefixes)}?`, `${anyOf(units)}?`];

/**
 * The phrases an option's whole text may be to cover ranks, each with the ranks it covers given
 * its numbers (./wordings.ts RANK_PHRASE_WORDS). A range's ends are alike — both bare (1~3) or the
 * first with 第 (第1-3位, 第一至第三名) — so a code before an ordinal ("02-第三名") is no range.
 */
const RANK_PHRASES: readonly { pattern: RegExp; span: (a: number, b: number) => [from: number, to: number] }[] = [
  { pattern: new RegExp(`${PREFIX}第?${RANK_NUMBER}${UNIT}$`), span: (a) => [a, a] },
  { pattern: new RegExp(`${PREFIX}(?:第${RANK_NUMBER}${UNIT}${anyOf(rangeSeparators)}第?|${RANK_NUMBER}${anyOf(rangeSeparators)})${RANK_NUMBER}${UNIT}$`), span: (a, b) => [a, b] },
  { pattern: new RegExp(`${PREFIX}${anyOf(upTo)}${RANK_NUMBER}${UNIT}$`), span: (a) => [1, a] },
  { pattern: new RegExp(`${PREFIX}第?${RANK_NUMBER}${UNIT}${anyOf(onward)}$`), span: (a) => [a, Infinity] },
];
const NEGATED = new RegExp(`^${anyOf(negations)}(.+)$`);
const ALTERNATIVES = new RegExp(anyOf(alternatives));

/** A rank's number: digits as written, a Chinese numeral by its rank group (./wordings.ts 一 … 二十); NaN for none. */
function rankNumber(numeral: string): number {
  return /^\d+$/.test(numeral) ? Number(numeral) : Number(EQUIVALENTS_OF.get(numeral)?.[0]);
}

/** Which ranks one form of a text covers (RANK_PHRASES, a negation covering the others), or null when it is no rank phrase. */
function phraseCover(form: string): ((rank: number) => boolean) | null {
  const negated = NEGATED.exec(form);
  if (negated) {
    const said = phraseCover(negated[1]!);
    return said && ((rank) => !said(rank));
  }
  for (const { pattern, span } of RANK_PHRASES) {
    const numbers = pattern.exec(form)?.slice(1).filter((n) => n !== undefined).map(rankNumber);
    if (!numbers) continue;
    const [from, to] = span(numbers[0]!, numbers[1]!);
    return from >= 1 && from <= to ? (rank) => rank >= from && rank <= to : null;
  }
  return null;
}

/**
 * Which ranks one form of a text covers: a rank phrase (phraseCover); a word for the first
 * (主编: rank 1); a role or an author word that states no rank (独著, 通讯作者, 参编: none —
 * only a phrase is negated, so 非独著 says nothing); alternatives of these (第一作者/独著: any).
 * @returns null when the form is none of these (its text says nothing of ranks).
 */
function rankCover(form: string): ((rank: number) => boolean) | null {
  const said = phraseCover(form);
  if (said) return said;
  if ((first as readonly string[]).includes(form)) return (rank) => rank === 1;
  if ((roles as readonly string[]).includes(form) || VOCABULARY_OF.get(form) === '作者排名') return () => false;
  const parts = form.split(ALTERNATIVES);
  const covers = parts.length > 1 ? parts.map(rankCover) : [null];
  return covers.every((c) => c !== null) ? (rank) => covers.some((c) => c!(rank)) : null;
}

/**
 * Which ranks a shown text covers: the text, or a form of it without a code or a last bracket
 * (第一作者(独著), 第一作者(通讯作者), 01-第一名), read by rankCover — 第一, 第1位, 排名第一,
 * 第一完成人, 第1-3位, 前三名, 第4位及以后, 非第一作者 (every rank but the first), 主编 (the
 * first), 第一作者/独著; 独著, 通讯作者, 参编 cover none.
 * @param shownNorm the option's text, normalised.
 * @returns whether a rank (1-based) is among those it covers, or null when no form speaks of ranks.
 */
function ranksSaid(shownNorm: string): ((rank: number) => boolean) | null {
  const forms = [shownNorm, ...strippedForms(shownNorm)].flatMap((f) => [f, trailingBracket(f)?.[0] ?? f]);
  return forms.map(rankCover).find((said) => said !== null) ?? null;
}

/** The profile's 本人排名 as a number when `wantedNorm` is one of the table's ranks ("1" … "20"), else null. */
function wantedRank(wantedNorm: string): number | null {
  return /^\d+$/.test(wantedNorm) && VOCABULARY_OF.get(wantedNorm) === '作者排名' ? Number(wantedNorm) : null;
}

/** An option saying 是 or 否 by its first word: 已 / 有 (是) or 未 / 无 / 没有 (否), then what is or is not so. */
const YES_NO_PREFIX = /^(已|有|未|无|没有)(.*)$/;

/**
 * A question's two options saying 是 / 否 by their first word and the same words after it
 * (已缴纳 / 未缴纳, 已取得 / 未取得, 有处分 / 无处分, 有 / 无), or 否 so and 是 by the words alone
 * (缴纳 / 未缴纳: fill 59, it was 页面没有该选项：是).
 * @param options the choosable options (no placeholder).
 * @returns the 已 / 有 option or the bare words (yes), the 未 / 无 / 没有 one (no) and the words
 *   both share after the first (noun: 缴纳, 处分, or ''); undefined unless the options are exactly
 *   such a pair. Never throws.
 */
export function yesNoOptionPair(options: readonly OptionSnapshot[]): { yes: OptionSnapshot; no: OptionSnapshot; noun: string } | undefined {
  if (options.length !== 2) return undefined;
  // [first word, the words after it]: no first word for a text without one of YES_NO_PREFIX's.
  const [a, b] = options.map((o) => YES_NO_PREFIX.exec(o.norm)?.slice(1) ?? ['', o.norm]) as [string[], string[]];
  if (a[1] !== b[1]) return undefined;
  const saysYes = ([first]: string[]) => first === '已' || first === '有' || first === '';
  if (saysYes(a) === saysYes(b)) return undefined;
  const [yes, no] = saysYes(a) ? options : [options[1]!, options[0]!];
  return { yes: yes!, no: no!, noun: a[1]! };
}

/**
 * Whether a text answers 否 by its first word, after a question's 是否 or not: 否 itself, or 未 / 无 /
 * 没有 (YES_NO_PREFIX's no words) or 非 before what is not so — 未缴纳社会保险, 无奖惩, 非全日制,
 * 是否未缴纳社保. A lone checkbox saying so is ticked for the answer 否 (lib/fill/plan.ts planChoice;
 * fill 59: a box 未缴纳社会保险 was ticked for a paid applicant, as any box was for 是; a box with no
 * words under 是否未缴纳社保 still was, until 2026-12-07).
 * @param text the text, normalised. @returns true when it says no; false for 是, 已缴纳, 有, 是否缴纳社保 and any other text.
 */
export function saysNo(text: string): boolean {
  const norm = text.replace(/^是否/, '');
  const first = YES_NO_PREFIX.exec(norm)?.[1];
  return /^[否非]/.test(norm) || (first !== undefined && first !== '已' && first !== '有');
}

/**
 * 是 / 否 where a question's two options say it by their first word (yesNoOptionPair): 是 → the
 * 已 / 有 one, 否 → the 未 / 无 / 没有 one (probe 11a item 3: 是否缴纳社保 answered 已缴纳 / 未缴纳);
 * or answer it first and say what in brackets (explainedYesNoPair: 是（已缴纳） / 否（未缴纳）).
 * @param options the choosable options (no placeholder). @param wanted the profile's answer.
 * @returns that option; undefined unless `wanted` is 是 or 否 and the options are exactly such a
 *   pair. Never throws.
 */
export function optionByYesNoPair(options: readonly OptionSnapshot[], wanted: string): OptionSnapshot | undefined {
  if (wanted !== '是' && wanted !== '否') return undefined;
  const pair = yesNoOptionPair(options) ?? explainedYesNoPair(options);
  return pair && (wanted === '是' ? pair.yes : pair.no);
}

/**
 * An option answering 是 or 否 first, then (maybe) saying what in brackets or after a comma, colon
 * or dash, normalised: 是(已缴纳), 否(未缴纳), 是,已缴纳 (fill 60: 是，已缴纳 / 否，未缴纳), 是:本单位缴纳, 否.
 */
const YES_NO_EXPLAINED = /^([是否])(?:\(.+\)|[,;:、—-].+)?$/;

/**
 * A question's two options answering 是 and 否 first, one of them or both saying what after it
 * (YES_NO_EXPLAINED: 是（已缴纳） / 否（未缴纳）, breaker 37; 是，已缴纳 / 否，未缴纳, fill 60).
 * @param options the choosable options (no placeholder).
 * @returns the 是 option and the 否 one; undefined unless the options are exactly such a pair. Never throws.
 */
function explainedYesNoPair(options: readonly OptionSnapshot[]): { yes: OptionSnapshot; no: OptionSnapshot } | undefined {
  if (options.length !== 2) return undefined;
  const [a, b] = options.map((o) => YES_NO_EXPLAINED.exec(o.norm)?.[1]);
  if (!a || !b || a === b) return undefined;
  return a === '是' ? { yes: options[0]!, no: options[1]! } : { yes: options[1]!, no: options[0]! };
}

/**
 * The option a 认定资格名称 or 申报评委会 list offers for the profile's value, read as the checks
 * read it (./application-names.ts), after optionByWording found none: the one option naming the
 * same title (初级-助理工程师, 助理级：助理工程师, 助理工程师（生态环境）, 生态环境助理工程师 for
 * 助理工程师 — never 员级-技术员 or 中级-工程师), or the one committee serving every level the
 * profile's committee serves (…专业初级评委会, …初级职称评审委员会（2020）, …初中级… for 初级; never
 * the 中级 one, nor another place's or a revoked one).
 * @param options the choosable options of one select. @param wanted the profile's value as text.
 * @returns that option; undefined when `wanted` names no title or committee, or none or two
 *   options qualify (two 初级 committees: the user chooses). Never throws.
 */
export function optionByApplicationName(options: readonly OptionSnapshot[], wanted: string): OptionSnapshot | undefined {
  const title = titleNamed(wanted, true);
  const levels = committeeLevels(wanted);
  // A committee of the place the profile's names (广州市 → 广州), never one revoked (breaker 17o item 3).
  const place = /^(.+?)[省市]/.exec(normalizeText(wanted))?.[1] ?? '';
  const committee = (o: OptionSnapshot) => o.norm.includes(place) && !/撤销|停用|作废/.test(o.norm) && levels.every((level) => committeeLevels(o.norm).includes(level));
  const same = (o: OptionSnapshot) => (title ? titleNamed(o.norm, true) === title : levels.length > 0 && committee(o));
  const found = options.filter(same);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The option whose text covers the profile's rank, after optionByWording found no option naming
 * it: a sole-author-or-first option (第一作者(独著), 第一作者/独著) or 主编 (not beside 独著) for rank 1, a range
 * (第1-3位, 前三名) or an open range (第4位及以后) holding it, a negation (非第一作者) for every
 * other rank (ranksSaid); never a role stating no rank (独著, 通讯作者, 副主编).
 * @param options the choosable options of one select. @param wanted the profile's value as text.
 * @returns the single option covering the rank; undefined when `wanted` is no rank, or none or
 *   two options cover it (the user chooses). Never throws.
 */
export function optionByRank(options: readonly OptionSnapshot[], wanted: string): OptionSnapshot | undefined {
  const rank = wantedRank(normalizeText(wanted));
  const covering = rank === null ? [] : options.filter((o) => ranksSaid(o.norm)?.(rank));
  // 主编 beside 独著 (a book's list 独著 / 主编 / 副主编 / 参编): rank 1 is either, the user's to say (breaker 8a item 6).
  const soleBeside = options.some((o) => readings(o.norm).some((f) => (SOLE_AUTHOR as readonly string[]).includes(f)));
  return covering.length === 1 && !(soleBeside && readings(covering[0]!.norm).some((f) => (first as readonly string[]).includes(f))) ? covering[0] : undefined;
}

/**
 * The option whose value attribute is `wanted` — the last resort of autofill's option choice
 * (lib/fill/plan.ts findOption), after every reading of the options' texts failed.
 * A value is the page's code, not a word: on a list whose texts are words of the vocabulary
 * `wanted` belongs to (./wordings.ts) or rank words (ranksSaid: 第1-3位, 主编, 副主编, 合著), the text says what the option
 * means and a value equal to the profile's word is a coincidence (本人排名 <option value="1">第二</option>,
 * value="1" 独著 or 非第一作者 for rank 1): no option is taken, the user chooses — unless the
 * option's text covers the same rank (value="1" 第一作者(独著) beside 第一作者(合著)): value and
 * text agree (breaker round 9 item 6).
 * @param options the choosable options of one select. @param wanted the profile's value as text.
 * @returns the first option with that value, or undefined (none, or the texts are such words and
 *   its own does not cover the wanted rank). Never throws.
 */
export function optionByValue(options: readonly OptionSnapshot[], wanted: string): OptionSnapshot | undefined {
  const found = options.find((o) => o.value === wanted);
  const wantedNorm = normalizeText(wanted);
  const vocabulary = VOCABULARY_OF.get(wantedNorm);
  if (!found || vocabulary === undefined) return found;
  const rank = wantedRank(wantedNorm);
  const worded = options.some((o) => readings(o.norm).some((f) => VOCABULARY_OF.get(f) === vocabulary) || (rank !== null && ranksSaid(o.norm) !== null));
  return !worded || (rank !== null && ranksSaid(found.norm)?.(rank)) ? found : undefined;
}
