import type { Rect } from './placement';

/** The side of its target a box was put on; `docked`: at the viewport's edge over the target. */
export type BesideSide = 'bottom' | 'top' | 'right' | 'left' | 'docked';

/** Where to draw a box beside its target: its top-left corner (viewport CSS pixels) and height limit. */
export interface BesidePlacement {
  side: BesideSide;
  x: number;
  y: number;
  /** The height (CSS pixels) the box must keep to, its content scrolling inside; null: its own. */
  maxHeight: number | null;
}

/** Spacing of a box placed beside its target, in CSS pixels. */
export interface BesideSpacing {
  /** Between the box and its target. */
  gap: number;
  /** Between the box and the viewport's edges. */
  padding: number;
  /** The least height a shortened box may have: below it, it is docked instead. */
  minHeight: number;
}

const SIDES = ['bottom', 'top', 'right', 'left'] as const;

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, high));

/**
 * Where to put a box (the tour's popover) that explains a target on the page, so that it never
 * hides the target while the viewport has room for both (helpdesk 66 HD66-3: a popover taller
 * than the room below and above its highlight was shifted back over the file box it explained).
 *
 * @param viewport the frame's viewport size in CSS pixels.
 * @param target the target's box in viewport CSS pixels; only its part inside the viewport counts.
 * @param size the box's natural size in CSS pixels.
 * @param spacing gap to the target, padding to the viewport's edges, least shortened height.
 * @returns in this order of preference: (1) the first of below, above, right of and left of the
 *   target where the whole box fits (below and above aligned with the target's left edge, right
 *   and left with its top, each moved inside the viewport); (2) the side with the most height,
 *   when at least `spacing.minHeight`, with `maxHeight` set to that height; (3) docked at the
 *   viewport's bottom or top edge, the one with more room beside the target, at least
 *   `minHeight` tall: the target fills the viewport, and the box covers the least of it.
 */
export function placeBeside(
  viewport: { width: number; height: number },
  target: Rect,
  size: { width: number; height: number },
  spacing: BesideSpacing,
): BesidePlacement {
  const { gap, padding, minHeight } = spacing;
  const top = clamp(target.y, 0, viewport.height);
  const bottom = clamp(target.y + target.height, top, viewport.height);
  const left = clamp(target.x, 0, viewport.width);
  const right = clamp(target.x + target.width, left, viewport.width);
  const tallest = viewport.height - 2 * padding;
  const height = Math.min(size.height, tallest);
  const xUnder = clamp(target.x, padding, viewport.width - padding - size.width);
  const yBeside = (h: number) => clamp(target.y, padding, viewport.height - padding - h);
  // The height each side offers; a side too narrow for the box offers none.
  const room: Record<(typeof SIDES)[number], number> = {
    bottom: viewport.height - padding - (bottom + gap),
    top: top - gap - padding,
    right: viewport.width - padding - (right + gap) >= size.width ? tallest : -1,
    left: left - gap - padding >= size.width ? tallest : -1,
  };
  const at = (side: (typeof SIDES)[number], h: number, maxHeight: number | null): BesidePlacement => {
    if (side === 'bottom') return { side, x: xUnder, y: bottom + gap, maxHeight };
    if (side === 'top') return { side, x: xUnder, y: top - gap - h, maxHeight };
    return { side, x: side === 'right' ? right + gap : left - gap - size.width, y: yBeside(h), maxHeight };
  };
  const whole = SIDES.find((side) => room[side] >= size.height);
  if (whole) return at(whole, size.height, null);
  const roomiest = SIDES.reduce((best, side) => (room[side] > room[best] ? side : best));
  if (room[roomiest] >= minHeight) {
    const h = Math.floor(Math.min(room[roomiest], height));
    return at(roomiest, h, h);
  }
  // The target fills the viewport: the edge with more room beside it, where the box covers the least of it.
  const dockBottom = room.bottom >= room.top;
  const h = Math.floor(Math.min(height, Math.max(minHeight, dockBottom ? room.bottom : room.top)));
  return { side: 'docked', x: xUnder, y: dockBottom ? viewport.height - padding - h : padding, maxHeight: h < size.height ? h : null };
}
