/**
 * The lists jQuery EasyUI draws as a combobox (easyui66 EU-1). Its parser hides the page's
 * `<select>` (class `combo-f`, its name moved to `comboname`) and draws after it a `span.combo`
 * holding a read-only text box (what the applicant sees) and a hidden `input.textbox-value` (what
 * the form posts); the choices are `div.combobox-item`s in a `div.combo-p` panel appended to
 * `<body>`, shown by a click on the box's arrow. The page reader (content.js) reads the text box as
 * a read-only box, the portal's own, which a fill left alone ("此栏只读，由门户填写") and the form
 * posted empty. A fill reads it as the list the hidden `<select>` still holds (withComboLists) and
 * chooses as a person does: the arrow, then the entry (writeCombo).
 */
import { normalizeText } from '../page/normalize';
import { resolveControl } from '../page/collect';
import { isDrawn } from '../page/labels';
import type { ControlSnapshot, OptionSnapshot, PageSnapshot } from '../page/snapshot';
import { isPromptOption } from './option-hints';
import { settle } from './events';
import { changedByPage, type WriteResult } from './writers/types';
import { t } from '../i18n/t';
import { all } from '../page/query';

/** EasyUI's combobox parts by the classes its parser gives them (combo.js, combobox.js of 1.4 to 1.10). */
const COMBO = {
  /** The box the applicant sees, in the span drawn after the hidden original. */
  text: 'span.combo > input.textbox-text',
  /** The hidden original list, just before that span. */
  original: 'select.combo-f',
  /** The hidden box the form posts. */
  value: 'input.textbox-value',
  arrow: 'a.combo-arrow',
  /** A choice in a drop-down panel (on <body>, one per combo: the one shown is the one opened). */
  item: 'div.combo-p .combobox-item',
} as const;

/** An EasyUI combobox: the span it draws, and the hidden `<select>` it was made from. */
interface Combo {
  box: HTMLElement;
  list: HTMLSelectElement;
}

/**
 * The EasyUI combobox whose text box `el` is (COMBO), or null: any other box, and a combobox made
 * from an `<input>` with its data loaded by script (no list to read its choices from before opening).
 */
export function comboOf(el: Element): Combo | null {
  if (!el.matches(COMBO.text)) return null;
  const box = el.parentElement!;
  const list = box.previousElementSibling;
  return list?.matches(COMBO.original) ? { box, list: list as HTMLSelectElement } : null;
}

/** The combo's options as a list's, the one its hidden value holds selected. */
function optionsOf({ box, list }: Combo): OptionSnapshot[] {
  const value = box.querySelector<HTMLInputElement>(COMBO.value)?.value ?? '';
  return Array.from(list.options, (o, i) => {
    const text = o.text.trim();
    const norm = normalizeText(text);
    return { value: o.value, text, norm, disabled: o.disabled, selected: value !== '' && o.value === value, placeholder: isPromptOption(norm, o.value, i) };
  });
}

/**
 * `snapshot` with each EasyUI combobox's text box read as the list it is (kind select, its
 * choices those of the hidden `<select>`, not read-only: the applicant chooses there).
 * @param doc the frame's document, not changed since the reading. @param snapshot its reading.
 * @returns the snapshot, the same object when the page has no combobox.
 */
export function withComboLists(doc: Document, snapshot: PageSnapshot): PageSnapshot {
  let found = false;
  const controls = snapshot.controls.map((c): ControlSnapshot => {
    const el = c.kind === 'text' && c.readOnly ? resolveControl(doc, c) : null;
    const combo = el && comboOf(el);
    if (!combo) return c;
    found = true;
    return { ...c, kind: 'select', readOnly: false, options: optionsOf(combo) };
  });
  return found ? { ...snapshot, controls } : snapshot;
}

/**
 * Chooses `text` in an EasyUI combobox as a person does: its arrow clicked, then the entry of that
 * text in the panel it opened (EasyUI sets the posted value and the shown text itself). When no
 * such entry is shown (a page whose script did not answer), the option `value` planned is written
 * into the posted box and `text` into the shown one, so the two agree.
 * @param el the combo's text box (comboOf). @param text the option's text. @param value its value (FillItem.option).
 * @returns filled when the posted box holds `value` and the text box `text`; else failed, with what it shows.
 */
export async function writeCombo(el: HTMLInputElement, text: string, value: string | undefined): Promise<WriteResult> {
  const { box } = comboOf(el)!;
  const posted = box.querySelector<HTMLInputElement>(COMBO.value)!;
  box.querySelector<HTMLElement>(COMBO.arrow)?.click();
  await settle();
  const wanted = normalizeText(text);
  const entry = all<HTMLElement>(el.ownerDocument, COMBO.item).find((i) => isDrawn(i) && normalizeText(i.textContent ?? '') === wanted);
  if (entry) entry.click();
  else if (value !== undefined) {
    posted.value = value;
    el.value = text;
  }
  await settle();
  if (value !== undefined && posted.value !== value) return changedByPage(el.value);
  return normalizeText(el.value) === wanted ? { result: 'filled' } : { result: 'failed', detail: t('fill_reason_value_changed', el.value) };
}
