/**
 * Person-like input for the writers: the native value setter (so frameworks that wrap `value`
 * notice the change) and bubbling events in the order a person produces them:
 * focus → keydown → input → keyup → change → blur. Events are dispatched on the element; no
 * page function is ever called directly.
 */

type Settable = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * Set `value` through the prototype's setter rather than an own-property override a framework
 * may have installed on the element.
 * @throws never; falls back to plain assignment when no setter is found.
 */
export function setNativeValue(el: Settable, value: string): void {
  for (let proto = Object.getPrototypeOf(el); proto; proto = Object.getPrototypeOf(proto)) {
    const desc = Object.getOwnPropertyDescriptor(proto, 'value');
    if (desc?.set) {
      desc.set.call(el, value);
      return;
    }
  }
  el.value = value;
}

function view(el: Element): Window & typeof globalThis {
  return (el.ownerDocument.defaultView ?? globalThis) as Window & typeof globalThis;
}

/** Dispatch a bubbling, cancelable plain event (`input`, `change`). */
export function fire(el: Element, type: string): void {
  el.dispatchEvent(new (view(el).Event)(type, { bubbles: true, cancelable: type !== 'change' }));
}

/**
 * Dispatch a keyboard event as an editing key press would. Enter carries its legacy keyCode 13 too:
 * libraries test `keyCode` (vc-calendar's DateInput picks a typed date on it: lib/fill/panel-dates.ts).
 */
export function fireKey(el: Element, type: 'keydown' | 'keyup', key = 'Process'): void {
  el.dispatchEvent(new (view(el).KeyboardEvent)(type, { bubbles: true, cancelable: true, key, keyCode: key === 'Enter' ? 13 : 0 }));
}

/** Dispatch an `input` event carrying the inserted text. */
export function fireInput(el: Element, data: string): void {
  const W = view(el);
  const ev = typeof W.InputEvent === 'function'
    ? new W.InputEvent('input', { bubbles: true, cancelable: false, inputType: 'insertReplacementText', data })
    : new W.Event('input', { bubbles: true });
  el.dispatchEvent(ev);
}

/**
 * Focus the element like a click into it. `focus()` fires no event when the window lacks
 * system focus (background tab, headless), so a synthetic focus/focusin follows when none was seen.
 */
export function focusLikePerson(el: HTMLElement): void {
  let seen = false;
  const mark = () => (seen = true);
  el.addEventListener('focus', mark, { once: true });
  el.focus();
  el.removeEventListener('focus', mark);
  if (!seen) {
    const W = view(el);
    el.dispatchEvent(new W.FocusEvent('focus', { bubbles: false }));
    el.dispatchEvent(new W.FocusEvent('focusin', { bubbles: true }));
  }
}

/** Leave the element like tabbing away; synthetic blur/focusout when `blur()` fired nothing. */
export function blurLikePerson(el: HTMLElement): void {
  let seen = false;
  const mark = () => (seen = true);
  el.addEventListener('blur', mark, { once: true });
  el.blur();
  el.removeEventListener('blur', mark);
  if (!seen) {
    const W = view(el);
    el.dispatchEvent(new W.FocusEvent('blur', { bubbles: false }));
    el.dispatchEvent(new W.FocusEvent('focusout', { bubbles: true }));
  }
}

/** Let page handlers scheduled with setTimeout(0)/microtasks run before reading back. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
