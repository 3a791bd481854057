/**
 * Options that ask for a choice instead of being one. Lists write their prompt in many ways:
 * "请选择", "--请选择--", "==请选择==", "全部", a cascade child's "请先选择认定资格名称",
 * "--请先选择认定资格名称--" or "（请先选择认定资格名称）" — sometimes with a value ("99") so the
 * snapshot's own prompt rule (lib/page/collect.ts: an empty value first, or 请选择 text) misses
 * it —, "加载中..." while an AJAX cascade loads, or a field name between dashes ("--民族--").
 * Such an option is never chosen, never counts as a list's option (a list holding only
 * prompts has not loaded its options yet), and a list showing one shows nothing.
 */

/**
 * A prompt's text, normalised (lib/page/normalize.ts): asking words after optional dashes or an
 * opening bracket; "选择" / "全部" alone between such marks; dashes alone ("--"), or anything
 * between runs of them.
 */
const PROMPT_TEXT = /^[-—=_.([【〔]*(请先?选择|请选|请输入|加载中)|^[-—=_.([【〔]*(选择|全部)[-—=_.)\]】〕]*$|^[-—=_.]+$|^(-{2,}|—+|={2,}).+(-{2,}|—+|={2,})$/u;

/**
 * Whether an option is a prompt, not a choice.
 * @param norm the option's text, normalised. @param value its value attribute. @param index its position in the list (0-based).
 * @returns true for an empty text, a prompt's wording (PROMPT_TEXT), or an empty value in first place.
 */
export function isPromptOption(norm: string, value: string, index: number): boolean {
  return norm === '' || PROMPT_TEXT.test(norm) || (value === '' && index === 0);
}
