/**
 * When a field marker is placed again: after anything that can move its field on screen. The
 * marker's place itself is our own choice (./marker-spot.ts, ./page-room.ts, ./marker-claims.ts),
 * so the markers need only this trigger, not Floating UI's `autoUpdate`, whose measuring modes
 * cost about 1.6 KB of the content script's gzip budget; the tour (components/tour/Tour.tsx,
 * on-demand.js) keeps @floating-ui/dom for its popover's real positioning.
 */

/**
 * Measures where a marker goes (no writes to the page or the markers) and answers with the write
 * that shows it there.
 */
export type MarkerMeasure = () => () => void;

/** The followed markers' measures waiting for the next animation frame. */
const due = new Set<MarkerMeasure>();
let frame = 0;
/** Every followed marker's measure after an attribute or text change (see followField). */
const followed = new Set<MarkerMeasure>();

/** Measures (and then writes) `measures` in the next animation frame, however often asked before it. */
function queue(measures: Iterable<MarkerMeasure>): void {
  for (const measure of measures) due.add(measure);
  frame ||= requestAnimationFrame(flush);
}

/**
 * Any attribute set anywhere in the page may move a field without resizing anything watched: a
 * neighbour in its line widened by `size` or `cols`, a `width` on a cell, a `style` or `class`
 * (before the page is read again); so may a text node's new `data` before it in its line (a
 * status label rewritten: a characterData change, which the overlay's own observer does not
 * hear). One observer for all markers, while there are any; a storm of changes costs one look at
 * each field's box per frame.
 */
let changes: MutationObserver | undefined;

/**
 * Runs every due measure, then every write: no marker writes between two markers' measures, so
 * a frame lays the page out once however many markers move (and so the first placement, too,
 * waits for a frame: markers starting one by one would each force a layout).
 */
function flush(): void {
  frame = 0;
  const measures = [...due];
  due.clear();
  for (const write of measures.map((measure) => measure())) write();
}

/** Events on any element of the field's document after which a field may sit elsewhere (caught in the capture phase: none of them bubbles to the document otherwise, but the transitions' and animations'). */
const DOCUMENT_EVENTS = ['scroll', 'load', 'toggle', 'transitionend', 'animationend'];

/** What {@link followField} answers. */
export interface Following {
  /** Places the marker again in the next animation frame (the overlay was drawn again, e.g. after the page's DOM changed). */
  again(): void;
  /** Stops following: every listener and observer is removed, a due measure dropped. */
  stop(): void;
}

/**
 * Places a marker in the next animation frame, and again in the frame after anything that may
 * have moved its field on screen: a scroll anywhere in the field's document (one capture listener catches every
 * scrolling box, as scroll events do not bubble), the window's resize, and a change in size of
 * the field, the marker, or the document's root or body (content added above a field usually
 * grows the page). Scroll and resize events come before that frame's animation callbacks, so the
 * marker moves in the same frame as its field. Any number of events before a frame cost one
 * measure per marker. A field moved with none of these, in a box of fixed height, moves when
 * something above it loads (an image), opens (a `<details>`) or ends a transition or an
 * animation — events caught on the document as scroll is — or with a DOM change, after which
 * the overlay is drawn again and calls `again` (breaker 7d); a field moved sideways in its line
 * moves when an attribute or a text changes (a neighbour's `size`, a label's text), which one
 * observer of the document's attributes and texts hears.
 *
 * @param field the page's control the marker is for
 * @param marker the marker element (its own size changes where it goes)
 * @param measure see {@link MarkerMeasure}
 */
export function followField(field: Element, marker: HTMLElement, measure: MarkerMeasure): Following {
  const doc = field.ownerDocument;
  const view = doc.defaultView ?? window;
  // Where the field was in the viewport at its last measure: after an attribute or text change,
  // only a marker whose field moved is measured (a page setting `title`s or `data-` attributes, or
  // a clock's text, in a loop costs a look at each field's box per frame, no hit tests).
  let at = '';
  const where = () => {
    const r = field.getBoundingClientRect();
    return `${r.x} ${r.y}`;
  };
  const placed: MarkerMeasure = () => {
    at = where();
    return measure();
  };
  const moved: MarkerMeasure = () => (where() === at ? () => undefined : placed());
  const again = () => queue([placed]);
  const sizes = new ResizeObserver(again);
  for (const box of [field, marker, doc.documentElement, doc.body]) if (box) sizes.observe(box);
  const listening = { capture: true, passive: true };
  for (const type of DOCUMENT_EVENTS) doc.addEventListener(type, again, listening);
  view.addEventListener('resize', again);
  followed.add(moved);
  (changes ??= new MutationObserver(() => queue(followed))).observe(doc, { attributes: true, characterData: true, subtree: true });
  again();
  return {
    again,
    stop() {
      due.delete(placed);
      due.delete(moved);
      followed.delete(moved);
      if (!followed.size) changes?.disconnect();
      sizes.disconnect();
      for (const type of DOCUMENT_EVENTS) doc.removeEventListener(type, again, listening);
      view.removeEventListener('resize', again);
    },
  };
}
