/**
 * The forms of a page's option text once a national code-table decoration is removed, and the
 * whole-word reading of a shown text as a vocabulary word. Government portals render code
 * tables: "1-男", "01 汉族", "(01)汉族", "21.大学本科", "汉族(01)", "助理工程师（助理级）".
 * Used by autofill's option choice (./option-wording.ts, which adds the wording equivalences)
 * and by the checks that compare a select's shown text with a vocabulary (lib/checks/*); it
 * ships in the content script, so it carries only the small qualifier table.
 *
 * Faithfulness rules: texts are compared whole (after normalisation), never by substring
 * ("本科" never means "本科以下"); a trailing bracket is dropped only when it holds a code or a
 * qualifier ./qualifiers.ts allows for that title ("大学本科（结业）" is not 大学本科); a
 * tolerant rule counts only when exactly one candidate meets it.
 */
import { normalizeText } from '../page/normalize';
import { TITLE_QUALIFIERS } from './qualifiers';

/** Each title → the qualifiers it may carry. */
const QUALIFIERS_OF: ReadonlyMap<string, readonly string[]> = new Map(TITLE_QUALIFIERS.map((t) => [t.wording, t.qualifiers]));

/**
 * A code before the text, on normalised text (spaces already removed): digits and/or Latin
 * letters before a separator ("1-", "01.", "21、", "070301-", "A01-": a discipline or a unit's
 * own code table) or in brackets ("(01)", "【070301】"), or digits directly before a Chinese
 * character ("01汉族", "070301生态环境监测", from "070301 生态环境监测") — never four there,
 * which is a year ("2016年"), and never letters there ("B类" is no code and a word).
 */
const LEADING_CODE = /^([([【〔][\dA-Za-z]{1,10}[)\]】〕]|[\dA-Za-z]{1,10}[-—–.、:_|/]|(\d{1,3}|\d{5,10})(?=\p{Script=Han}))/u;
/** A last bracketed part: "助理工程师(助理级)", "汉族(01)" (normalised, so （） are already ()). */
const TRAILING_BRACKET = /^(.+?)[([【〔]([^()[\]【】〔〕]+)[)\]】〕]$/u;
/** A code in a last bracket: digits, or GB/T 3304's two letters for a 民族 (汉族(HA), 蒙古族(MG); breaker 17 item 6). */
const CODE = /^(\d{1,3}|[A-Z]{2})$/;

/** The text without its leading code, or null when it has none (or is nothing but one). */
function withoutCode(norm: string): string | null {
  const m = LEADING_CODE.exec(norm);
  return m && m[0].length < norm.length ? norm.slice(m[0].length) : null;
}

/**
 * A text's last bracketed part and what precedes it: "合格(称职)" → ["合格", "称职"].
 * @param norm the text, normalised. @returns [base, bracketed], or null when it ends in no bracket.
 */
export function trailingBracket(norm: string): [base: string, bracketed: string] | null {
  const m = TRAILING_BRACKET.exec(norm);
  return m ? [m[1]!, m[2]!] : null;
}

/**
 * The text without a trailing bracket holding a code or a qualifier its title allows, or the
 * title it is another name of (./qualifiers.ts alias: 中级工程师 → 工程师), else undefined.
 */
function withoutQualifier(norm: string): string | undefined {
  const [base, qualifier] = trailingBracket(norm) ?? [];
  return base !== undefined && (CODE.test(qualifier!) || QUALIFIERS_OF.get(base)?.includes(qualifier!)) ? base : TITLE_QUALIFIERS.find((t) => t.alias === norm)?.wording;
}

/**
 * A shown text's forms with its leading code and/or harmless trailing bracket removed, or read
 * as the title it is another name of (withoutQualifier: "02-中级工程师" → 工程师).
 * @param norm the text, normalised (lib/page/normalize.ts).
 * @returns the distinct non-empty forms other than `norm` ("01-汉族(01)" → ["汉族(01)",
 *   "01-汉族", "汉族"]); [] when the text has neither decoration nor another name.
 */
export function strippedForms(norm: string): string[] {
  const noCode = withoutCode(norm);
  const forms = [noCode, withoutQualifier(norm), noCode && withoutQualifier(noCode)];
  return [...new Set(forms.filter((f): f is string => !!f))];
}

/** How a shown text means a word, best first: equal once normalised, equal once stripped, a listed equivalent wording. */
export const WORDING_RULES = ['normalised', 'stripped', 'equivalent'] as const;
export type WordingRule = (typeof WORDING_RULES)[number];

/**
 * The first decoration rule by which a shown text means a word.
 * @param shownNorm the page's text, normalised. @param wantedNorm the word, normalised.
 * @returns 'normalised' (equal), 'stripped' (equal to one of strippedForms), or null.
 */
export function formRule(shownNorm: string, wantedNorm: string): Extract<WordingRule, 'normalised' | 'stripped'> | null {
  if (wantedNorm === '') return null;
  if (shownNorm === wantedNorm) return 'normalised';
  return strippedForms(shownNorm).includes(wantedNorm) ? 'stripped' : null;
}

/**
 * The one candidate meeting the earliest rule (WORDING_RULES order) any candidate meets.
 * @param candidates options or vocabulary words. @param ruleOf the rule by which one matches, or null.
 * @returns that candidate; undefined when none matches or several meet the same earliest rule.
 */
export function uniqueBest<T>(candidates: readonly T[], ruleOf: (c: T) => WordingRule | null): T | undefined {
  const rules = candidates.map(ruleOf);
  for (const rule of WORDING_RULES) {
    const hits = candidates.filter((_, i) => rules[i] === rule);
    if (hits.length > 0) return hits.length === 1 ? hits[0] : undefined;
  }
  return undefined;
}

/**
 * The vocabulary word a page text means, for checks reading a select's shown text
 * ("01-助理工程师", "助理工程师（助理级）" → 助理工程师; "03-生态环境监测" → 生态环境监测).
 * @param shown the text as shown (any normalisation). @param vocabulary the words it may mean
 *   (a profile vocabulary from lib/profile/vocabulary.ts, or a single required word).
 * @returns the one word it equals once normalised, else once its code / allowed qualifier is
 *   stripped; null when none, or two by the same rule. Wording equivalences (本科 = 大学本科)
 *   are not applied here (they stay out of the content script). Never throws.
 */
export function vocabularyWord<W extends string>(shown: string, vocabulary: readonly W[]): W | null {
  const shownNorm = normalizeText(shown);
  return uniqueBest(vocabulary, (w) => formRule(shownNorm, normalizeText(w))) ?? null;
}
