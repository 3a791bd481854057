/**
 * The lists a select library draws beside a <select> it hides (lib/page/labels.ts seenAs): what the
 * applicant sees of the field is the stand-in, what the server reads is the hidden list. The fill
 * writes the list (lib/fill/writers/select.ts writeSelect) and then has the stand-in show the choice
 * (showChoice): else the page would show 请选择 over a list that holds 大学本科, and the applicant
 * choose again or think the fill skipped it (fill 60).
 */
import { seenAs } from '../page/labels';
import { fire } from './events';
import type { StandInRow } from './stand-ins.schema';
import { all } from '../page/query';

/**
 * Per library: its stand-in (`box`), where it shows the chosen option (`shown`: a read-only box or
 * an element's text), and how it is told of a choice — layui answers clicks on its drawn entries
 * only (its `form.on('select(x)')` callbacks, a cascade's, run on them: breaker 31g item 1), chosen
 * redraws from the list on `chosen:updated` (what a page's own script triggers after setting the
 * list), select2 (3.x and 4.x) on the list's change event the writer fires already. Validated by its zod
 * schema in tests/unit/tables.test.ts (./stand-ins.schema.ts), not at load: zod would put 82 KB
 * into on-demand.js.
 */
export const STAND_INS: readonly StandInRow[] = [
  { box: '.layui-form-select', shown: '.layui-select-title input', open: '.layui-select-title input', entry: 'dd', entryValue: 'lay-value' },
  { box: '.chosen-container', shown: '.chosen-single > span', updated: 'chosen:updated' },
  // 3.x shows it in `.select2-chosen` (fill 61), 4.x in `.select2-selection__rendered`.
  { box: '.select2-container', shown: '.select2-selection__rendered,.select2-chosen' },
];

/** The text a stand-in's shown element shows: a box's value, else its text. */
const shownText = (el: Element) => (el.tagName === 'INPUT' ? (el as HTMLInputElement).value : (el.textContent ?? '')).trim();

/**
 * Has the stand-in drawn for `list` (seenAs; STAND_INS) show `option`, the one just chosen in the list:
 * told as its library is told (layui: its title box and entry clicked as a person does; chosen:
 * its update event), then, when it still shows anything else (a page whose library's script did
 * not answer), the option's text written in where it shows it, so the applicant sees what the
 * server will read. Nothing for a list with no stand-in, or one of a library not in STAND_INS.
 * @param list the hidden list, `option` chosen in it. @param option that option.
 * @returns whether the stand-in now shows the option's text; true for a list with none.
 */
export function showChoice(list: HTMLSelectElement, option: HTMLOptionElement): boolean {
  const drawn = seenAs(list);
  const lib = drawn === list ? undefined : STAND_INS.find((l) => drawn.matches(l.box));
  if (!lib) return true;
  const entry = lib.entry ? all(drawn, lib.entry).find((e) => e.getAttribute(lib.entryValue!) === option.value) : undefined;
  if (entry) {
    drawn.querySelector<HTMLElement>(lib.open!)?.click();
    (entry as HTMLElement).click();
  }
  if (lib.updated) fire(list, lib.updated);
  const shown = drawn.querySelector(lib.shown);
  const text = option.text.trim();
  if (!shown) return false;
  if (shownText(shown) === text) return true;
  if (shown.tagName === 'INPUT') (shown as HTMLInputElement).value = text;
  else {
    shown.textContent = text;
    // select2 repeats the shown choice as the element's tooltip.
    if (shown.hasAttribute('title')) shown.setAttribute('title', text);
  }
  return true;
}
