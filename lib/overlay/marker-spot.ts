import type { Rect } from './placement';

/** What kind of page control a marker belongs to, as far as its placement goes. */
/** `box`: a text box, a textarea or any other control that is neither a list nor a checkbox / radio. */
export type MarkerFieldKind = 'box' | 'select' | 'checkable';

/** A sided spot for a marker, in the order it is tried. */
export type MarkerSide = 'inside-end' | 'after-text' | 'after-text-end' | 'right' | 'left' | 'above' | 'below';

export interface MarkerField {
  kind: MarkerFieldKind;
  /** The control's box, viewport pixels. */
  box: Rect;
  /** A checkbox's or radio's box with its own text (lib/overlay/marker-anchor.ts); else `box`. */
  withText: Rect;
  /** The last line of that text when it wraps; else null. */
  textEnd: Rect | null;
}

export interface MarkerSpot {
  side: MarkerSide;
  rect: Rect;
}

/** Space between a marker and what it sits beside, CSS pixels. */
const GAP = 4;

/**
 * The sides tried for a field's marker, best first. A box's marker goes beside it, whether it is
 * empty or not: one place while the user types (inside an empty box's right end, it jumped out
 * at the first key, ux26 item 3), and never over the text typed. Where the portal's own "..." or
 * calendar button sits beside it, the spot covers a control and the next side is tried; inside
 * is the last resort (covering some of its own box beats covering another field's label). A
 * <select> shows its arrow at its right end: beside it. A checkbox or radio is too small to hold
 * a marker, and its own words (同意, 是/否) follow it: after them.
 */
function sidesFor(field: MarkerField, size: { width: number }): MarkerSide[] {
  const around: MarkerSide[] = ['right', 'left', 'above', 'below'];
  const holdsMarker = field.box.width >= size.width + 2 * GAP;
  switch (field.kind) {
    case 'checkable':
      return ['after-text', ...(field.textEnd ? (['after-text-end'] as const) : []), 'left', 'above', 'below'];
    case 'select':
      return around;
    case 'box':
      return holdsMarker ? [...around, 'inside-end'] : around;
  }
}

/**
 * The spots a field's marker may take, in the order to try them (see sidesFor), each a
 * `size`-sized rectangle beside (or inside) the field, vertically centred on it for the side
 * spots and left-aligned with it above and below.
 * @param field the field's kind and boxes (viewport pixels).
 * @param size the marker's width and height, CSS pixels.
 * @returns one spot per side, best first.
 */
export function markerSpots(field: MarkerField, size: { width: number; height: number }): MarkerSpot[] {
  const { box, withText } = field;
  const middle = (r: Rect) => r.y + r.height / 2 - size.height / 2;
  const at = (side: MarkerSide, x: number, y: number): MarkerSpot => ({ side, rect: { x, y, ...size } });
  return sidesFor(field, size).map((side) => {
    switch (side) {
      case 'inside-end':
        return at(side, box.x + box.width - size.width - GAP, middle(box));
      case 'after-text':
        return at(side, withText.x + withText.width + GAP, middle(withText));
      case 'after-text-end': {
        const end = field.textEnd ?? withText;
        return at(side, end.x + end.width + GAP, middle(end));
      }
      case 'right':
        return at(side, box.x + box.width + GAP, middle(box));
      case 'left':
        return at(side, box.x - GAP - size.width, middle(box));
      case 'above':
        return at(side, box.x, box.y - GAP - size.height);
      case 'below':
        return at(side, box.x, box.y + box.height + GAP);
    }
  });
}

/** How a spot sits on the page: free, over page text or a control, or (partly) out of view. */
export type SpotFit = 'free' | 'covers' | 'out-of-view';

/**
 * The first free spot; else the first one in view (a marker that covers something is better
 * than none for a field with a problem); else the first.
 * @param spots from markerSpots, best first (non-empty).
 * @param fit how each spot sits on the page (lib/overlay/page-room.ts).
 */
export function chooseMarkerSpot(spots: readonly MarkerSpot[], fit: (spot: MarkerSpot) => SpotFit): MarkerSpot {
  let firstInView: MarkerSpot | null = null;
  for (const spot of spots) {
    const how = fit(spot);
    if (how === 'free') return spot;
    if (how === 'covers') firstInView ??= spot;
  }
  return firstInView ?? spots[0]!;
}
