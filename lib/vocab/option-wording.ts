/**
 * Tolerant choice of a select's option for a profile value, after exact text matching
 * failed (lib/fill/plan.ts findOption): the option's text with a national code-table
 * decoration removed (./option-forms.ts), then another wording of the same code-table entry
 * (./wordings.ts: 中国共产党党员 = 中共党员, 本科 = 大学本科, 学士学位 = 学士, 汉 = 汉族, 普通全日制 =
 * 全日制; also written with an equivalent in brackets: 合格（称职） = 称职 = 合格), and last a
 * shorter wording of the entry where the list has no fuller one (党员 for 中共党员).
 * Whole texts only, never substrings; a rule counts only when exactly one option meets it.
 * The option's value is the last resort (optionByValue), never against what its text says.
 */
import type { OptionSnapshot } from '../page/snapshot';
import { normalizeText } from '../page/normalize';
import { formRule, strippedForms, trailingBracket, uniqueBest, type WordingRule } from './option-forms';
import { OPTION_WORDINGS } from './wordings';

/** Each wording → all wordings of its group (the schema guarantees a wording is in one group). */
const EQUIVALENTS_OF: ReadonlyMap<string, readonly string[]> = new Map(OPTION_WORDINGS.flatMap((g) => g.wordings.map((w) => [w, g.wordings] as const)));

/** Each wording → the shorter wordings its entry may take on a list with no fuller one (党员). */
const FALLBACKS_OF: ReadonlyMap<string, readonly string[]> = new Map(OPTION_WORDINGS.flatMap((g) => (g.fallbacks ? g.wordings.map((w) => [w, g.fallbacks!] as const) : [])));

/** Each wording (fallbacks included) → its vocabulary (the schema guarantees one). */
const VOCABULARY_OF: ReadonlyMap<string, string> = new Map(OPTION_WORDINGS.flatMap((g) => [...g.wordings, ...(g.fallbacks ?? [])].map((w) => [w, g.vocabulary] as const)));

/**
 * A shown text's readings as a wording: itself, its forms without code or qualifier
 * (./option-forms.ts), and for a form "A(B)" whose bracket holds another wording of A's
 * group, A — a list giving both rules' grade "合格（称职）" / "称职（合格）" means that grade,
 * whichever the profile says; "合格（暂定）" keeps its bracket.
 */
function readings(shownNorm: string): string[] {
  const forms = [shownNorm, ...strippedForms(shownNorm)];
  const synonymBases = forms.flatMap((f) => {
    const [base, bracketed] = trailingBracket(f) ?? [];
    return base !== undefined && EQUIVALENTS_OF.get(base)?.includes(bracketed!) ? [base] : [];
  });
  return [...forms, ...synonymBases];
}

/** Whether a shown text, read as a wording (readings), is one of `wordings`. */
function isOneOf(shownNorm: string, wordings: readonly string[]): boolean {
  return readings(shownNorm).some((f) => wordings.includes(f));
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
 *   fallback wording of the entry (./wordings.ts: 党员 for 中共党员); undefined when none does
 *   or two meet the same deciding rule (ambiguity is left to the user). Never throws.
 */
export function optionByWording(options: readonly OptionSnapshot[], wanted: string): OptionSnapshot | undefined {
  const wantedNorm = normalizeText(wanted);
  const rule = (o: OptionSnapshot) => wordingRule(o.norm, wantedNorm);
  if (options.some((o) => rule(o) !== null)) return uniqueBest(options, rule);
  const fallbacks = FALLBACKS_OF.get(wantedNorm) ?? [];
  return uniqueBest(options, (o) => (isOneOf(o.norm, fallbacks) ? 'equivalent' : null));
}

/**
 * Whether a shown text says `wantedNorm` as an ordinal of its group (./wordings.ts: 第一, 第1,
 * 第一作者 for rank 1) inside a longer phrase — 第一作者(通讯作者), 排名第一, 第1位, 第一完成人 —
 * the ordinal not running on into another number (第十一, 第11位 are no 第一 / 第1).
 */
function saysOrdinal(shownNorm: string, wantedNorm: string): boolean {
  return (EQUIVALENTS_OF.get(wantedNorm) ?? []).some((w) => {
    const at = w.startsWith('第') ? shownNorm.indexOf(w) : -1;
    return at >= 0 && !/^[\d一二三四五六七八九十百]/.test(shownNorm.slice(at + w.length));
  });
}

/**
 * The option whose value attribute is `wanted` — the last resort of autofill's option choice
 * (lib/fill/plan.ts findOption), after every reading of the options' texts failed.
 * A value is the page's code, not a word: on a list whose texts are words of the vocabulary
 * `wanted` belongs to (./wordings.ts), the text says what the option means and a value equal to
 * the profile's word is a coincidence (本人排名 <option value="1">第二</option>, value="1" 独著
 * for rank 1): no option is taken, the user chooses — unless the option's text says the same
 * ordinal in a longer phrase (value="1" 第一作者(通讯作者) / 排名第一 / 第1位 / 第一完成人): value
 * and text agree (breaker round 9 item 6).
 * @param options the choosable options of one select. @param wanted the profile's value as text.
 * @returns the first option with that value, or undefined (none, or the texts are such words and
 *   its own does not say the wanted ordinal). Never throws.
 */
export function optionByValue(options: readonly OptionSnapshot[], wanted: string): OptionSnapshot | undefined {
  const found = options.find((o) => o.value === wanted);
  const wantedNorm = normalizeText(wanted);
  const vocabulary = VOCABULARY_OF.get(wantedNorm);
  if (!found || vocabulary === undefined) return found;
  const worded = options.some((o) => readings(o.norm).some((f) => VOCABULARY_OF.get(f) === vocabulary));
  return !worded || saysOrdinal(found.norm, wantedNorm) ? found : undefined;
}
