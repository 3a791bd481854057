import { beforeAll, describe, expect, it } from 'vitest';
import { enterPressOf, pressedByUser, type HeldPress } from '../../../lib/content/presubmit';
import { installLocale } from '../i18n-fake';

/** What enterPressOf reads of a keydown on the element `id` of `html`. */
function enterOn(html: string, id: string, init: KeyboardEventInit = { key: 'Enter' }): HeldPress | null {
  document.body.innerHTML = html;
  let press: HeldPress | null = null;
  document.addEventListener('keydown', (event) => (press = enterPressOf(event)), { once: true, capture: true });
  document.getElementById(id)!.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));
  return press;
}

/**
 * Breaker 33s item 3: Enter in a form without a submit button sends the form by the browser's
 * implicit submission or by a page script on the key, never through a button's click: it is
 * checked as a press of its own, which the user makes again himself after the dialog.
 */
describe('Enter in a form without a submit button (breaker 33s item 3)', () => {
  beforeAll(() => installLocale());

  it('is a press to check in a text box of a form without a submit button, which the user presses again himself', () => {
    const press = enterOn(`<form><input id="phone" type="text"><input type="button" value="返回"></form>`, 'phone');
    expect(press).toMatchObject({ element: document.getElementById('phone'), action: 'next' });
    expect(press!.text).not.toBe('');
    expect(pressedByUser(press!)).toBe(true);
    expect(enterOn(`<form><input id="n" type="number"><button type="button">查看</button></form>`, 'n')).not.toBeNull();
  });

  it('is none with a submit button (its click is checked), another key, an input method’s Enter, in a textarea, a button, or outside a form', () => {
    for (const submit of ['<input type="submit" value="保存">', '<button>保存</button>', '<input type="image" alt="保存">']) {
      expect(enterOn(`<form><input id="b" type="text">${submit}</form>`, 'b'), submit).toBeNull();
    }
    expect(enterOn(`<form><input id="b" type="text"></form>`, 'b', { key: 'a' })).toBeNull();
    expect(enterOn(`<form><input id="b" type="text"></form>`, 'b', { key: 'Enter', isComposing: true })).toBeNull();
    expect(enterOn(`<form><textarea id="b"></textarea></form>`, 'b')).toBeNull();
    expect(enterOn(`<form><input id="b" type="button" value="保存"></form>`, 'b')).toBeNull();
    expect(enterOn(`<div><input id="b" type="text"></div>`, 'b')).toBeNull();
  });

  it('leaves the buttons the extension presses for the user as they were: a save button is pressed for him', () => {
    document.body.innerHTML = `<form><input id="s" type="submit" value="保存"><button id="b">保存</button><a id="a" onclick="save()">保存</a></form>`;
    for (const id of ['s', 'b', 'a']) expect(pressedByUser({ element: document.getElementById(id)!, text: '保存', action: 'save' }), id).toBe(false);
  });
});
