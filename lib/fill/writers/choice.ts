/**
 * Writers for radios and checkboxes: a person clicks the box, which toggles it and fires
 * click → input → change in the browser's own order; `click()` reproduces exactly that.
 * Boxes already in the wanted state are left alone.
 */
import { blurLikePerson, focusLikePerson, settle } from '../events';
import type { WriteResult } from './types';

/**
 * Check one radio of a group.
 * @param el the radio to check. @returns filled when it is checked after blur, else failed.
 */
export async function writeRadio(el: HTMLInputElement): Promise<WriteResult> {
  if (!el.checked) {
    focusLikePerson(el);
    el.click();
    blurLikePerson(el);
    await settle();
  }
  return el.checked ? { result: 'filled' } : { result: 'failed', detail: '页面撤销了该选择' };
}

/**
 * Set a checkbox.
 * @param el the checkbox. @param checked the wanted state.
 * @returns filled when the state holds after blur, else failed.
 */
export async function writeCheckbox(el: HTMLInputElement, checked: boolean): Promise<WriteResult> {
  if (el.checked !== checked) {
    focusLikePerson(el);
    el.click();
    blurLikePerson(el);
    await settle();
  }
  return el.checked === checked ? { result: 'filled' } : { result: 'failed', detail: `页面把勾选改回了“${el.checked ? '已勾选' : '未勾选'}”` };
}
