/**
 * Writer for text boxes, text areas and date boxes: focus, a key press, the value through the
 * native setter, input, key release, change, blur; then read back. Calendar-driven boxes are
 * not focused (focusing a My97 box opens its popup), matching a person who picks a date: the
 * value arrives, then change and blur.
 */
import { blurLikePerson, fire, fireInput, fireKey, focusLikePerson, setNativeValue, settle } from '../events';
import { changedByPage, type WriteResult } from './types';

/**
 * @param el the live input/textarea. @param value the exact text to leave in it.
 * @param opts.calendar the box is calendar-driven (skip focus).
 * @returns filled when the box holds `value` after blur and pending handlers, else failed with
 *   the page's value.
 */
export async function writeText(el: HTMLInputElement | HTMLTextAreaElement, value: string, opts: { calendar: boolean }): Promise<WriteResult> {
  if (!opts.calendar) focusLikePerson(el);
  fireKey(el, 'keydown');
  setNativeValue(el, value);
  fireInput(el, value);
  fireKey(el, 'keyup');
  fire(el, 'change');
  blurLikePerson(el);
  await settle();
  return el.value === value ? { result: 'filled' } : changedByPage(el.value);
}
