/**
 * How the autofill preview and report name a field and show a value: the words the user reads
 * on the page, not the portal's decorations or our internal codes.
 */
import type { ControlSnapshot, OptionSnapshot } from '../page/snapshot';
import type { FieldKey } from '../fields/keys';
import { specOf } from '../fields/dictionary';
import { normalizeText } from '../page/normalize';
import { isPromptOption } from './option-hints';
import { answerOf, controlDisplayValue } from '../fields/recognize';

/**
 * What a row says happened (or will happen) to a field. `conflict` = the page already holds
 * something else and it was not (or will not be) overwritten; `same` = the page already shows
 * the profile's value; `not-found` = the control is gone from the page; `waiting` = a cascade's
 * list the page disabled after its parent's change, written should the page enable it while the
 * fill still watches it (lib/fill/cascade-redraw.ts keepChildren), `failed` if it does not.
 */
export type FillOutcome = 'will-fill' | 'filled' | 'same' | 'conflict' | 'skipped' | 'needs-user' | 'not-found' | 'failed' | 'cancelled' | 'waiting';

/**
 * A page label without the portal's decorations: the leading required mark (`*`, `＊`, `※`),
 * a trailing colon (`：`, `:`) and padding (&nbsp;, U+3000) removed, inner text kept as shown.
 * "＊ 公民身份号码：" → "公民身份号码"; "申报（评审）专业组：" → "申报（评审）专业组".
 */
export function cleanLabel(raw: string): string {
  return raw
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim()
    .replace(/^[*＊※]+\s*/, '')
    .replace(/\s*[：:]+$/, '')
    .trim();
}

/**
 * The name a row shows: the dictionary's Chinese title for a recognised key, else the
 * cleaned page label (label, group label), else the control's name/id.
 */
export function fieldName(c: ControlSnapshot, key: FieldKey | null): string {
  if (key) return specOf(key).title;
  return cleanLabel(c.labels[0]?.raw ?? '') || cleanLabel(c.groupLabel) || c.name || c.id;
}

/**
 * Private-use characters (Unicode's general category Co, as a button's words drop them:
 * lib/page/buttons.ts DECORATION): an icon font's glyphs, which a drawn control puts in its text
 * (layui's radio and checkbox draw U+E643 / U+E63F before 男) and no reader can read as a character.
 */
const ICON_GLYPHS = /\p{Co}/gu;

/**
 * A choice's text as the user reads it: without icon glyphs (ICON_GLYPHS), trimmed. "\ue643男" → "男"
 * (breaker 32r item 5). @param text a radio's or checkbox's text as read. @returns the text shown.
 */
export function choiceWords(text: string): string {
  return text.replace(ICON_GLYPHS, '').trim();
}

/**
 * What the page shows in a field now, as the user reads it: a select's chosen option text
 * ('' on a prompt: "请选择", "--请先选择认定资格名称--", lib/fill/option-hints.ts), a radio group's checked choice text, 是/否 for a single checkbox (a lone 是 or 否 box: its text when ticked, '' when not),
 * the chosen file's name (no `C:\fakepath\`), a box's trimmed text.
 * @param members the control, or all members of its radio/checkbox group.
 */
export function shownValue(members: readonly ControlSnapshot[]): string {
  const c = members[0];
  if (!c) return '';
  switch (c.kind) {
    case 'select': {
      const i = c.options.findIndex((o) => o.selected);
      const chosen = c.options[i];
      return chosen && !chosen.placeholder && !isPromptOption(chosen.norm, chosen.value, i) ? chosen.text.trim() : '';
    }
    case 'radio':
      return choiceWords(members.find((m) => m.checked)?.choiceText ?? '');
    case 'checkbox':
      if (members.length === 1) {
        // A lone box answering 是 or 否 shows its answer when ticked and nothing when not, as the checks
        // read it (pageFieldValues: a box saying no, or a 是 under a question saying no, is 否: answerOf).
        const shown = answerOf(c, controlDisplayValue(c));
        return shown === 'true' ? '是' : shown === 'false' ? '否' : shown;
      }
      return members
        .filter((m) => m.checked)
        .map((m) => choiceWords(m.choiceText))
        .join('、');
    case 'file':
      return fileName(c.value);
    default:
      return c.value.trim();
  }
}

/**
 * A list's options that are choices, whether or not the page lets them be chosen: rendered, not a
 * prompt — neither one the snapshot marks nor one of the wordings ./option-hints.ts knows
 * ("（请先选择认定资格名称）" with a value).
 */
export function listedOptions(c: ControlSnapshot): OptionSnapshot[] {
  return c.options.filter((o, i) => !o.placeholder && !isPromptOption(o.norm, o.value, i));
}

/** A list's options that may be chosen: listedOptions the page has not disabled. */
export function choosable(c: ControlSnapshot): OptionSnapshot[] {
  return listedOptions(c).filter((o) => !o.disabled);
}

/** "C:\fakepath\照片.jpg" → "照片.jpg". */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop()?.trim() ?? '';
}

/**
 * Whether a box shows a number, code or e-mail another way than the profile's half-width form:
 * full-width, or with spaces inside (４４０１…, 440106 1998…, 139 2600 1234). The portal may refuse
 * that form (id-number-checksum asks for the half-width ID), so it is no 已一致 and no 已填写
 * (probe 10b; breaker 19a item 3, 37).
 * @param shown the box's text, trimmed. @param wanted the profile's value as written.
 * @returns false for a value that is no such code (words, a full-width profile value) or the same text.
 */
export function codeInOtherForm(shown: string, wanted: string): boolean {
  const bare = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
  return shown !== wanted && bare(wanted) === wanted && /^[\w@.+()-]+$/.test(wanted) && bare(shown) === wanted;
}

/**
 * The page's current value when a row should show it: non-empty and different (after
 * normalisation) from the value written / to be written, or the same number or code written
 * another way (codeInOtherForm: ＧＺ２０２１…, 139 2600 1234), which the row asks 覆盖 for and so
 * must show (breaker 38); else undefined.
 */
export function differingCurrent(current: string, value: string): string | undefined {
  if (current === '' || (normalizeText(current) === normalizeText(value) && !codeInOtherForm(current.trim(), value.trim()))) return undefined;
  return current;
}
