/**
 * Writer for text boxes, text areas and date boxes: focus, a key press, the value through the
 * native setter, input, key release, change, blur; then read back. Calendar-driven boxes are
 * not focused (focusing a My97 box opens its popup), matching a person who picks a date: the
 * value arrives, then change and blur.
 */
import { blurLikePerson, fire, fireInput, fireKey, focusLikePerson, setNativeValue, settle } from '../events';
import { editorBody, editorFrame } from '../../page/page-text';
import { t } from '../../i18n/t';
import { changedByPage, writeInTurn, type WriteResult } from './types';
import { writeMy97RealValue } from '../my97-real-value';
import { typeInPanel } from '../panel-dates';

/**
 * A box a rich-text editor is drawn for (lib/page/page-text.ts editorFrame) gets the text in the
 * editor's body too, where the user sees it and whence the page copies it back on submit; it is
 * left to the user when that body cannot be reached.
 * @param el the live input/textarea. @param value the exact text to leave in it.
 * @param opts.calendar the box is calendar-driven (skip focus).
 * @returns filled when the box holds `value` after blur and pending handlers, else failed with
 *   the page's value.
 */
export async function writeText(el: HTMLInputElement | HTMLTextAreaElement, value: string, opts: { calendar: boolean }): Promise<WriteResult> {
  const frame = /^(hidden|textarea)$/.test(el.type) ? editorFrame(el) : null;
  const body = editorBody(frame);
  // An editor we cannot write in (another origin's) would copy its own text over ours on submit.
  if (frame && !body) return { result: 'needs-user', detail: t('fill_reason_editor') };
  // A read-only box its picker's panel fills (antd's) is typed in that panel, where the app hears it.
  if (opts.calendar && el instanceof HTMLInputElement && (await typeInPanel(el, value))) return el.value === value ? { result: 'filled' } : changedByPage(el.value);
  if (!opts.calendar) focusLikePerson(el);
  fireKey(el, 'keydown');
  setNativeValue(el, value);
  fireInput(el, value);
  fireKey(el, 'keyup');
  fire(el, 'change');
  blurLikePerson(el);
  if (body) {
    body.innerText = value;
    fireInput(body, value);
  }
  await settle();
  if (el.value !== value) return changedByPage(el.value);
  // A My97 box keeps the date the server reads in its `vel` field, which only its picker writes.
  if (opts.calendar && el instanceof HTMLInputElement) writeMy97RealValue(el, value);
  return { result: 'filled' };
}

/** One box of a value typed in parts (FillItem.parts): its live element (null when gone) and its text. */
export interface TextPartWrite {
  el: HTMLElement | null;
  text: string;
}

/**
 * Writes a value typed across boxes (办公电话 [020]-[38765432], 出生年月 [1998]年[05]月), box by
 * box in page order, as a person tabbing through them would.
 * @param parts the boxes, first box first.
 * @param holds whether a box's text as the page left it is its part all the same (a date's month
 *   box the page writes 5 for 05: apply.ts); absent, only the exact text is.
 * @returns filled when every box holds its text; else the first failure (writeInTurn; see writeText).
 */
export function writeTextParts(parts: readonly TextPartWrite[], holds?: (shown: string, text: string) => boolean): Promise<WriteResult> {
  return writeInTurn(parts, (el): el is HTMLInputElement => el instanceof HTMLInputElement, async (el, { text }) => {
    const written = await writeText(el, text, { calendar: false });
    return written.result === 'failed' && holds?.(el.value.trim(), text) ? { result: 'filled' } : written;
  });
}
