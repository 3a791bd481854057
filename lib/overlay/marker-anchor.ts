import type { Rect } from './placement';

/** Farthest a checkbox's own text may start to the right of the box, in CSS pixels. */
const TEXT_GAP_LIMIT = 40;

/** The first line box of `rects` on the box's line, starting at or right of the box and close to it. */
function firstOnLine(rects: Iterable<DOMRect>, box: DOMRect, wraps: boolean): DOMRect | null {
  for (const r of rects) {
    if (r.width <= 0 || r.height <= 0) continue;
    const sameLine = r.top < box.bottom && r.bottom > box.top;
    const after = wraps || (r.left >= box.left - 1 && r.left - box.right <= TEXT_GAP_LIMIT);
    if (sameLine && after) return r;
  }
  return null;
}

/**
 * The rectangle a checkbox's or radio's marker is placed beside: the box together with its own
 * text on the same line (同意, 是/否) — its `<label>`s, else the text right after it. Placed to
 * the right of this, the marker covers neither the box nor its words, and it never has to go
 * above the box onto the line before (where a box at a frame's left edge sent it: the
 * 完成并送审 step's 同意 under 本人承诺). A box without text on its line gives its own rectangle.
 * Read afresh on each call, so it follows the page as it scrolls or reflows.
 * @param box an `<input type=checkbox|radio>`.
 * @returns viewport pixels (CSS px): the union of the box and its text's first line box.
 */
export function boxWithItsTextRect(box: HTMLInputElement): Rect {
  const own = box.getBoundingClientRect();
  let text: DOMRect | null = null;
  for (const label of Array.from(box.labels ?? [])) {
    text = firstOnLine(Array.from(label.getClientRects()), own, label.contains(box));
    if (text) break;
  }
  if (!text) {
    let next = box.nextSibling;
    while (next && next.nodeType === Node.TEXT_NODE && !next.textContent?.trim()) next = next.nextSibling;
    if (next && next.nodeType === Node.TEXT_NODE) {
      const range = box.ownerDocument.createRange();
      range.selectNodeContents(next);
      text = firstOnLine(Array.from(range.getClientRects()), own, false);
    }
  }
  if (!text) return { x: own.x, y: own.y, width: own.width, height: own.height };
  const left = Math.min(own.left, text.left);
  const top = Math.min(own.top, text.top);
  return { x: left, y: top, width: Math.max(own.right, text.right) - left, height: Math.max(own.bottom, text.bottom) - top };
}
