import { overlaps, type Rect } from './placement';
import type { MarkerField, MarkerFieldKind, SpotFit } from './marker-spot';
import { boxWithItsText, textRects } from './marker-anchor';

/** Elements a marker must never cover, besides text. */
const CONTROL = 'input,select,textarea,button,img,a[href],iframe,object,embed,video,canvas';
/** Inset of the probe points from a spot's corners, CSS pixels (edges touch, they do not cover). */
const INSET = 2;

/** The page's element on top at a viewport point, looking through our own overlay; null outside the viewport. */
function pageElementAt(doc: Document, x: number, y: number): Element | null {
  // One hit test mostly; the whole stack only where our own panel or a marker is on top.
  const top = doc.elementFromPoint(x, y);
  if (!top || !top.closest('[data-zc-root]')) return top;
  return doc.elementsFromPoint(x, y).find((el) => !el.closest('[data-zc-root]')) ?? null;
}

/** Whether any text node directly inside `el` has a line box overlapping `rect`. */
function ownTextOverlaps(el: Element, rect: Rect): boolean {
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim() && textRects(node).some((r) => overlaps(rect, r))) return true;
  }
  return false;
}

/**
 * How a marker would sit at `rect`: out of view, over the page's text or one of its controls, or
 * free. The page is hit-tested at the spot's centre and near its corners; every element found
 * on top there is looked at — a control (other than the field itself, where `insideField` allows
 * it) covers, and so does a line of its own text crossing the spot. So text in a fixed title
 * bar, in the line above, or of a neighbouring radio button is seen wherever it is in the DOM.
 * @param doc the field's document.
 * @param field the control the marker is for.
 * @param rect the spot, viewport pixels.
 * @param insideField whether the spot is meant to lie inside the field (an empty text box's end).
 * @returns 'out-of-view' when the spot is not wholly inside the viewport, else 'covers' or 'free'.
 */
export function spotFit(doc: Document, field: Element, rect: Rect, insideField: boolean): SpotFit {
  const view = doc.documentElement;
  if (rect.x < 0 || rect.y < 0 || rect.x + rect.width > (view.clientWidth || innerWidth) || rect.y + rect.height > (doc.defaultView?.innerHeight ?? innerHeight)) {
    return 'out-of-view';
  }
  const right = rect.x + rect.width - INSET;
  const bottom = rect.y + rect.height - INSET;
  const points: [number, number][] = [
    [rect.x + rect.width / 2, rect.y + rect.height / 2],
    [rect.x + INSET, rect.y + INSET],
    [right, rect.y + INSET],
    [rect.x + INSET, bottom],
    [right, bottom],
  ];
  const seen = new Set<Element>();
  for (const [x, y] of points) {
    const el = pageElementAt(doc, x, y);
    if (!el || seen.has(el)) continue;
    seen.add(el);
    if (el === field || field.contains(el)) {
      if (insideField) continue;
      return 'covers';
    }
    if (el.matches(CONTROL) || ownTextOverlaps(el, rect)) return 'covers';
  }
  return 'free';
}

/**
 * Whether the page actually shows `field` now: something of it is on top at its centre, not
 * covered by another element (a fixed title bar the page scrolled it under) or clipped away (a
 * scrolling box it scrolled out of), and it is in the viewport. A field not shown gets no marker.
 * @param doc the field's document. @param field the control.
 */
export function fieldShown(doc: Document, field: Element): boolean {
  const box = field.getBoundingClientRect();
  if (box.width <= 0 || box.height <= 0) return false;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  // Off screen: no hit test needed (most fields of a long form, on every scroll).
  if (x < 0 || y < 0 || x > (doc.documentElement.clientWidth || innerWidth) || y > (doc.defaultView?.innerHeight ?? innerHeight)) return false;
  const top = pageElementAt(doc, x, y);
  if (!top) return false;
  if (field.contains(top)) return true;
  if (!top.contains(field)) return false;
  // What wraps the field is on top there: a <label> drawn over its checkbox (shown), or the page
  // under a scrolling box the field is scrolled out of (breaker 27 F5): then a box between the
  // two does not reach the field's centre.
  for (let box = field.parentElement!; box !== top; box = box.parentElement!) {
    const r = box.getBoundingClientRect();
    if (x < r.left || x > r.right || y < r.top || y > r.bottom) return false;
  }
  return true;
}

function kindOf(field: Element): MarkerFieldKind {
  if (field.tagName === 'SELECT') return 'select';
  return field.tagName === 'INPUT' && /^(checkbox|radio)$/i.test((field as HTMLInputElement).type) ? 'checkable' : 'box';
}

/**
 * What placing a marker needs to know of its field, read from the page now. Not its value: the
 * marker's place does not change while the user types (./marker-spot.ts).
 * @param field the control. @returns its kind, box, and box with its own text and that text's
 *   last line (checkboxes and radios).
 */
export function markerFieldOf(field: Element): MarkerField {
  const kind = kindOf(field);
  const r = field.getBoundingClientRect();
  const box = { x: r.x, y: r.y, width: r.width, height: r.height };
  const own = kind === 'checkable' ? boxWithItsText(field as HTMLInputElement) : { withText: box, textEnd: null };
  return { kind, box, ...own };
}
