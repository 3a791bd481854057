/**
 * Date pickers whose box is read-only and holds only what their panel chose: Ant Design Vue 1.x
 * (and antd 3.x) draw `input.ant-calendar-picker-input readonly` with no handler of its own, and
 * the app's model changes only when the panel picks a date. A date written into the box shows
 * there while the app keeps none (the report said 已填写, the app's own check then says 请选择日期
 * or it saves no date: antd66 ANTD66-2). The fill types the date where a person can: the panel's
 * own box, which takes a typed date (vc-calendar DateInput: a valid date is the picker's change,
 * Enter selects it and closes the panel).
 */
import { fireInput, fireKey, focusLikePerson, setNativeValue, settle } from './events';
import type { PanelDateRow } from './panel-dates.schema';
import { all } from '../page/query';

/**
 * Per library: its read-only box and its panel's typing box (`input` may match closed panels
 * too: the shown one is used). Validated by its zod schema in tests/unit/tables.test.ts
 * (./panel-dates.schema.ts), not at load: zod would put 82 KB into on-demand.js.
 */
export const PANEL_DATES: readonly PanelDateRow[] = [
  // A RangePicker's boxes are `.ant-calendar-range-picker-input`: two dates, not this row's.
  { box: 'input.ant-calendar-picker-input[readonly]', input: '.ant-calendar-input' },
];

/** How long the panel may take to be drawn after the click (Vue draws it on its next tick), ms. */
const PANEL_WAIT_MS = 1000;
/** How often its drawing is looked for meanwhile, ms. */
const PANEL_POLL_MS = 20;

/** The last shown element matching `selector` (a closed panel stays in the page, hidden). */
function shownInput(doc: Document, selector: string): HTMLInputElement | null {
  const shown = all<HTMLInputElement>(doc, selector).filter((e) => e.getClientRects().length > 0);
  return shown[shown.length - 1] ?? null;
}

/** The panel's typing box once it is shown; null when none is within PANEL_WAIT_MS. */
async function panelInput(doc: Document, selector: string): Promise<HTMLInputElement | null> {
  const until = Date.now() + PANEL_WAIT_MS;
  for (;;) {
    const found = shownInput(doc, selector);
    if (found || Date.now() >= until) return found;
    await new Promise((resolve) => setTimeout(resolve, PANEL_POLL_MS));
  }
}

/**
 * Types `value` into the panel of a box PANEL_DATES names, as a person does: a click on the box
 * opens the panel, the date is typed into its box, Enter picks it.
 * @param box the read-only date box. @param value the date as the box shows one (the plan's text).
 * @returns false when the box is no such picker's or its panel never showed (the caller writes the
 *   box as before); true once typed — the caller reads the box back to see whether the picker took it.
 */
export async function typeInPanel(box: HTMLInputElement, value: string): Promise<boolean> {
  const row = PANEL_DATES.find((r) => box.matches(r.box));
  if (!row) return false;
  box.click();
  const input = await panelInput(box.ownerDocument, row.input);
  if (!input) return false;
  focusLikePerson(input);
  setNativeValue(input, value);
  fireInput(input, value);
  fireKey(input, 'keydown', 'Enter');
  fireKey(input, 'keyup', 'Enter');
  await settle();
  return true;
}
