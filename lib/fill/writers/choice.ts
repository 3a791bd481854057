/**
 * Writers for radios and checkboxes: a person clicks the box, which toggles it and fires
 * click → input → change in the browser's own order; `click()` reproduces exactly that.
 * Boxes already in the wanted state are left alone. A box a UI library hid and drew anew (layui's
 * `.layui-form-radio`, lib/page/labels.ts seenAs) is clicked where the person clicks it, the drawn
 * one: the library updates its drawing and runs the page's callback, which a click on the hidden
 * input would reach neither (breaker 31g item 1).
 */
import { blurLikePerson, focusLikePerson, settle } from '../events';
import type { WriteResult } from './types';
import { seenAs } from '../../page/labels';
import { t } from '../../i18n/t';

/**
 * Check one radio of a group.
 * @param el the radio to check. @returns filled when it is checked after blur, else failed.
 */
export async function writeRadio(el: HTMLInputElement): Promise<WriteResult> {
  if (!el.checked) {
    focusLikePerson(el);
    (seenAs(el) as HTMLElement).click();
    blurLikePerson(el);
    await settle();
  }
  return el.checked ? { result: 'filled' } : { result: 'failed', detail: t('fill_reason_choice_undone') };
}

/**
 * Set a checkbox.
 * @param el the checkbox. @param checked the wanted state.
 * @returns filled when the state holds after blur, else failed.
 */
export async function writeCheckbox(el: HTMLInputElement, checked: boolean): Promise<WriteResult> {
  if (el.checked !== checked) {
    focusLikePerson(el);
    (seenAs(el) as HTMLElement).click();
    blurLikePerson(el);
    await settle();
  }
  return el.checked === checked ? { result: 'filled' } : { result: 'failed', detail: t(el.checked ? 'fill_reason_box_ticked_again' : 'fill_reason_box_unticked_again') };
}
