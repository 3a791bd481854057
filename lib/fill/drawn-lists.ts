/**
 * Choosing in a list a UI library draws with no native <select> (lib/page/drawn-lists.ts: antd's
 * `ant-select`, iView's `ivu-select`; antd66 ANTD66-3, IVU66-2). There is no list to write: the
 * app's model changes only when one of the drop-down's options is clicked. The fill does what a
 * person does: presses the box, waits for the drop-down (antd draws it in a portal at the end of
 * `<body>` on the first opening), clicks the option the plan's rules choose (findOption, as for a
 * <select>), and reads back what the box shows.
 */
import { normalizeText } from '../page/normalize';
import { isDrawn } from '../page/labels';
import { drawnChoice } from '../page/drawn-lists';
import type { OptionSnapshot } from '../page/snapshot';
import { fireKey, pollFor, pressLikePerson, settle } from './events';
import { findOption, noOptionReason } from './plan';
import { changedByPage, type WriteResult } from './writers/types';
import type { DrawnListRow } from './drawn-lists.schema';
import { t } from '../i18n/t';

/**
 * Per library: its box, the part that opens it, an option of its drop-down. Ant Design 4's
 * selector opens on mousedown (rc-select), antd 3's and Ant Design Vue 1.x's selection on click,
 * iView's selection on click (toggleMenu): pressLikePerson sends both. Validated by its zod
 * schema in tests/unit/tables.test.ts (./drawn-lists.schema.ts), not at load: zod would put 82 KB
 * into on-demand.js.
 */
export const DRAWN_LISTS: readonly DrawnListRow[] = [
  { box: '.ant-select', open: '.ant-select-selector,.ant-select-selection', option: '.ant-select-item-option,.ant-select-dropdown-menu-item' },
  { box: '.ivu-select', open: '.ivu-select-selection', option: '.ivu-select-item' },
];

/** An option the library shows as not choosable: its class says so (ant-select-item-option-disabled, ivu-select-item-disabled) or aria-disabled. */
const DISABLED = '[class*=disabled],[aria-disabled=true]';

/** How long the drop-down may take to be drawn after the press, or the box to show the choice after the click (Vue draws on its next tick), ms. */
export const DRAWN_LIST_WAIT_MS = 1000;

/** The options of a drop-down (row.option) the page draws now. */
const drawnOptions = (doc: Document, row: DrawnListRow) => Array.from(doc.querySelectorAll<HTMLElement>(row.option)).filter(isDrawn);

/** A drawn option as the plan reads a <select>'s (OptionSnapshot), to be chosen by the plan's rules. */
function asOption(el: HTMLElement): OptionSnapshot {
  const text = (el.textContent ?? '').trim();
  return { value: text, text, norm: normalizeText(text), disabled: el.matches(DISABLED), selected: false, placeholder: false };
}

/**
 * Chooses `wanted` in a drawn list as a person does: the box pressed, the option findOption takes
 * for it among those its drop-down shows clicked (a drop-down another list left drawn while it
 * closes is not this one's: only options drawn since the press count). A drop-down still open
 * afterwards (no option clicked) is closed with Escape.
 * @param box the list's box (lib/page/drawn-lists.ts DRAWN_LIST). @param wanted the profile's value (FillItem.value).
 * @returns filled when the box shows the option's text; else failed: the drop-down never drew
 *   its options (within DRAWN_LIST_WAIT_MS), the page has no such option or has it disabled
 *   (noOptionReason), or the box shows something else (the page's value).
 */
export async function writeDrawnList(box: HTMLElement, wanted: string): Promise<WriteResult> {
  const row = DRAWN_LISTS.find((r) => box.matches(r.box))!;
  const doc = box.ownerDocument;
  const before = new Set(drawnOptions(doc, row));
  pressLikePerson(box.querySelector<HTMLElement>(row.open) ?? box);
  const shown = await pollFor(() => {
    const fresh = drawnOptions(doc, row).filter((o) => !before.has(o));
    return fresh.length ? fresh : null;
  }, DRAWN_LIST_WAIT_MS);
  if (!shown) return { result: 'failed', detail: t('fill_reason_options_not_loaded', DRAWN_LIST_WAIT_MS / 1000, wanted) };
  const options = shown.map(asOption);
  const found = findOption(options.filter((o) => !o.disabled), wanted);
  if (!found) {
    // Closed as a person leaves it: the page keeps what it showed.
    const opener = box.querySelector<HTMLElement>(row.open) ?? box;
    fireKey(opener, 'keydown', 'Escape');
    fireKey(opener, 'keyup', 'Escape');
    await settle();
    return { result: 'failed', detail: noOptionReason(options, wanted) };
  }
  pressLikePerson(shown[options.indexOf(found)]!);
  const wantedText = normalizeText(found.text);
  const chosen = await pollFor(() => (normalizeText(drawnChoice(box)) === wantedText ? true : null), DRAWN_LIST_WAIT_MS);
  return chosen ? { result: 'filled' } : changedByPage(drawnChoice(box));
}
