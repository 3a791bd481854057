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
 * "never covering the portal's own buttons").
 *
 * @param viewport the frame's viewport size in CSS pixels.
 * @param size the panel's size in CSS pixels.
 * @param obstacles viewport rectangles of the page's visible buttons.
 * @param margin distance from the viewport edge in CSS pixels.
 * @returns the first corner (bottom-right, top-right, bottom-left, top-left) whose rectangle
 *   overlaps no obstacle, or `null` when every corner would cover a button (the caller then
 *   collapses the panel to its small tab and tries again with that size).
 */
export function choosePanelPlacement(
  viewport: { width: number; height: number },
  size: { width: number; height: number },
  obstacles: readonly Rect[],
  margin = 12,
): { corner: Corner; rect: Rect } | null {
  for (const corner of CORNERS) {
    const rect = cornerRect(corner, viewport, size, margin);
    if (obstacles.every((o) => overlapArea(rect, o) === 0)) return { corner, rect };
  }
  return null;
}
