import type { TourTarget } from './stops';
import { normalizeText } from '../page/normalize';
import { noticeElements } from '../page/page-text';
import { all } from '../page/query';

/** Elements whose text names an action (the same kinds the pre-submit check listens to). */
const ACTION_SELECTOR = 'a, button, input[type=button], input[type=submit], input[type=image]';
/** Heading-like elements (lib/page/collect.ts reads headings from the same kinds). */
const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, caption, legend, [class*="title" i]';
/** A row taller than this (CSS pixels) is a layout table, not a form row: highlight the control. */
const MAX_ROW_HEIGHT = 160;

/** A rectangle in viewport CSS pixels. */
export interface ViewportBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

function shown(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

function actionText(el: Element): string {
  return normalizeText(el instanceof HTMLInputElement ? el.value || el.alt || el.title : (el.textContent ?? ''));
}

/** The table row holding a control, when it is a form row rather than the page's layout table. */
function rowOf(control: HTMLElement): Element {
  const row = control.closest('tr');
  return row && row.getBoundingClientRect().height <= MAX_ROW_HEIGHT ? row : control;
}

/**
 * The elements of the live document a tour stop points at.
 * @param doc the frame's document.
 * @param target the stop's target (lib/tour/stops.ts).
 * @param resolveControl finds a snapshot control again (index → element or null).
 * @returns visible elements in document order: each control's form row (or the control when
 *   its row is a layout table), each button/link whose normalised text is one of the target's
 *   actions, and the first heading-like element whose text is the heading. Empty when nothing
 *   is on screen (the popover is then centred).
 */
export function locateTarget(doc: Document, target: TourTarget, resolveControl: (index: number) => Element | null): Element[] {
  const found = new Set<Element>();
  if (target.heading) {
    const heading = all(doc, HEADING_SELECTOR).find((el) => normalizeText(el.textContent ?? '') === target.heading);
    if (heading) found.add(heading);
  }
  if (target.notices?.length) {
    const wanted = new Set(target.notices);
    // The same reading of the page that gave the snapshot its notices.
    for (const notice of noticeElements(doc, (el) => !!el.closest('[data-zc-root]'))) if (wanted.has(notice.text)) found.add(notice.element);
  }
  for (const index of target.controls) {
    const el = resolveControl(index);
    if (el instanceof HTMLElement) found.add(rowOf(el));
  }
  if (target.actions.length > 0) {
    for (const el of all(doc, ACTION_SELECTOR)) if (target.actions.includes(actionText(el))) found.add(el);
  }
  return [...found].filter(shown).sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/**
 * The smallest box around elements, in viewport pixels, grown by `padding` on each side.
 * @returns null for an empty list.
 */
export function unionBox(elements: readonly Element[], padding = 4): ViewportBox | null {
  if (elements.length === 0) return null;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const el of elements) {
    const r = el.getBoundingClientRect();
    left = Math.min(left, r.left);
    top = Math.min(top, r.top);
    right = Math.max(right, r.right);
    bottom = Math.max(bottom, r.bottom);
  }
  return { x: left - padding, y: top - padding, width: right - left + 2 * padding, height: bottom - top + 2 * padding };
}
