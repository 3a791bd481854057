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

/**
 * Whether two rectangles overlap by more than half a pixel both ways (edges may touch): a marker's
 * spot against the page's text lines (./page-room.ts) and against the other markers' spots
 * (./marker-claims.ts). Widths and heights are not negative (client rects never are).
 */
export function overlaps(a: Rect, b: Rect): boolean {
  return Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;
}

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

/** Space kept between the panel and the nearest field or button it fits around, in CSS pixels. */
const FIT_GAP = 8;

/**
 * The tallest panel that fits in a corner's column without reaching any obstacle: from the
 * corner's edge up (bottom corners) or down (top corners) to the nearest obstacle that overlaps
 * the column horizontally.
 */
function freeHeight(corner: Corner, viewport: { width: number; height: number }, width: number, obstacles: readonly Rect[], margin: number): number {
  const column = cornerRect(corner, viewport, { width, height: 0 }, margin);
  const inColumn = obstacles.filter((o) => o.x < column.x + width && o.x + o.width > column.x);
  if (corner.startsWith('bottom')) {
    const limit = viewport.height - margin;
    const top = Math.max(margin, ...inColumn.filter((o) => o.y < limit).map((o) => o.y + o.height + FIT_GAP));
    return limit - top;
  }
  const bottom = Math.min(viewport.height - margin, ...inColumn.filter((o) => o.y + o.height > margin).map((o) => o.y - FIT_GAP));
  return bottom - margin;
}

/** A chosen panel place: its corner, its rectangle, and the height it must keep to (null: none). */
export interface PanelPlacement {
  corner: Corner;
  rect: Rect;
  /** When set, the panel is limited to this height (CSS pixels) to stay clear of the page's fields. */
  maxHeight: number | null;
}

/**
 * Where to put the overlay panel so it covers none of the portal's own buttons (issue 3:
 * "never covering the portal's own buttons"), none of its 注意说明 (the red notices the seed
 * tells the applicant to read first: "上方的注意说明（红色字体）") and, where the page leaves room,
 * none of its fields.
 *
 * @param viewport the frame's viewport size in CSS pixels.
 * @param size the panel's natural size in CSS pixels.
 * @param buttons viewport rectangles of the page's visible buttons: never covered.
 * @param fields viewport rectangles of the page's visible fields: covered as little as possible.
 * @param notices viewport rectangles of the lines of the page's notices: covered only when every
 *   corner that covers no button covers a notice too.
 * @param margin distance from the viewport edge in CSS pixels.
 * @param minHeight the least height (CSS pixels) a shortened panel may have: its header (about
 *   66 px; 85 with 大字号) and two lines of its scrolling body. Below it the panel keeps its
 *   natural size and covers something instead. 120 since round 69: at 1024 × 768 the 137 px
 *   below 基本信息's form were refused at 160, and the panel covered 性别, 出生日期 and 政治面貌.
 * @returns in this order of preference, corners tried as bottom-right, top-right, bottom-left,
 *   top-left: (1) a corner where the whole panel covers no button, notice or field; (2) the
 *   corner with the most free height, when at least `minHeight`, with `maxHeight` set to it (a
 *   small frame: the panel scrolls inside instead of hiding fields); (3) among corners covering
 *   no button and no notice, the one covering the least field area; (4) among corners covering
 *   no button, the one covering the least notice and field area. In (3) and (4) a corner whose
 *   whole panel would cover a button takes part shortened to clear the buttons, when that
 *   leaves at least `minHeight`. `null` when no corner can clear the buttons (the caller keeps
 *   the panel where it is).
 */
export function choosePanelPlacement(
  viewport: { width: number; height: number },
  size: { width: number; height: number },
  buttons: readonly Rect[],
  fields: readonly Rect[] = [],
  notices: readonly Rect[] = [],
  margin = 12,
  minHeight = 120,
): PanelPlacement | null {
  const covered = (rect: Rect, rects: readonly Rect[]) => rects.reduce((sum, r) => sum + overlapArea(rect, r), 0);
  type Candidate = PanelPlacement & { covered: number };
  let clearOfNotices: Candidate | null = null;
  let clearOfButtons: Candidate | null = null;
  let fit: { corner: Corner; height: number } | null = null;
  const obstacles = [...buttons, ...notices, ...fields];
  for (const corner of CORNERS) {
    // A shortened panel clears whatever it fits below (or above), buttons and notices included.
    const height = Math.floor(Math.min(size.height, freeHeight(corner, viewport, size.width, obstacles, margin)));
    if (height >= minHeight && (!fit || height > fit.height)) fit = { corner, height };
    let rect = cornerRect(corner, viewport, size, margin);
    let maxHeight: number | null = null;
    if (buttons.some((b) => overlapArea(rect, b) > 0)) {
      const clear = Math.floor(Math.min(size.height, freeHeight(corner, viewport, size.width, buttons, margin)));
      if (clear < minHeight) continue;
      rect = cornerRect(corner, viewport, { width: size.width, height: clear }, margin);
      maxHeight = clear;
    }
    const onNotices = covered(rect, notices);
    const onFields = covered(rect, fields);
    if (maxHeight === null && onNotices === 0 && onFields === 0) return { corner, rect, maxHeight };
    if (onNotices === 0 && (!clearOfNotices || onFields < clearOfNotices.covered)) clearOfNotices = { corner, rect, maxHeight, covered: onFields };
    if (!clearOfButtons || onNotices + onFields < clearOfButtons.covered) clearOfButtons = { corner, rect, maxHeight, covered: onNotices + onFields };
  }
  if (fit) return { corner: fit.corner, rect: cornerRect(fit.corner, viewport, { width: size.width, height: fit.height }, margin), maxHeight: fit.height };
  const best = clearOfNotices ?? clearOfButtons;
  return best && { corner: best.corner, rect: best.rect, maxHeight: best.maxHeight };
}
