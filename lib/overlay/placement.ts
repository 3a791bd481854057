/** A rectangle in viewport pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Corner = 'bottom-right' | 'top-right' | 'bottom-left' | 'top-left';

/** Corners tried in order: the bottom right is where portal pages rarely put their buttons. */
const CORNERS: readonly Corner[] = ['bottom-right', 'top-right', 'bottom-left', 'top-left'];

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function cornerRect(corner: Corner, viewport: { width: number; height: number }, size: { width: number; height: number }, margin: number): Rect {
  const x = corner.endsWith('right') ? viewport.width - size.width - margin : margin;
  const y = corner.startsWith('bottom') ? viewport.height - size.height - margin : margin;
  return { x: Math.max(0, x), y: Math.max(0, y), ...size };
}

/**
 * Where to put the overlay panel so it covers none of the portal's own buttons (issue 3:
 * "never covering the portal's own buttons") and as little of its fields as possible.
 *
 * @param viewport the frame's viewport size in CSS pixels.
 * @param size the panel's size in CSS pixels.
 * @param buttons viewport rectangles of the page's visible buttons: never covered.
 * @param fields viewport rectangles of the page's visible fields: covered as little as possible.
 * @param margin distance from the viewport edge in CSS pixels.
 * @returns among the corners (bottom-right, top-right, bottom-left, top-left, preferred in that
 *   order on ties) that overlap no button, the one covering the least field area; `null` when
 *   every corner would cover a button (the caller then collapses the panel to its small header
 *   and tries again with that size).
 */
export function choosePanelPlacement(
  viewport: { width: number; height: number },
  size: { width: number; height: number },
  buttons: readonly Rect[],
  fields: readonly Rect[] = [],
  margin = 12,
): { corner: Corner; rect: Rect } | null {
  let best: { corner: Corner; rect: Rect; covered: number } | null = null;
  for (const corner of CORNERS) {
    const rect = cornerRect(corner, viewport, size, margin);
    if (buttons.some((b) => overlapArea(rect, b) > 0)) continue;
    const covered = fields.reduce((sum, f) => sum + overlapArea(rect, f), 0);
    if (!best || covered < best.covered) best = { corner, rect, covered };
  }
  return best && { corner: best.corner, rect: best.rect };
}
