import type { Rect } from './placement';
import { choiceTextNode } from '../page/labels';
import { all } from '../page/query';

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

/** A checkbox's or radio's box with its own words, viewport pixels (CSS px). */
export interface BoxWithText {
  /** The box and the first line of its text on the box's line (the box alone without such text). */
  withText: Rect;
  /** The last line of that text when it wraps onto more lines, else null. */
  textEnd: Rect | null;
}

/** Line boxes of the words right after the box, as recognition reads them (choiceTextNode). */
function followingTextLines(box: HTMLInputElement): DOMRect[] {
  const node = choiceTextNode(box);
  if (!node) return [];
  return node.nodeType === Node.TEXT_NODE ? textRects(node) : Array.from((node as Element).getClientRects());
}

/**
 * The line boxes of a text node, in viewport pixels: a marker's words after its box (followingTextLines), the
 * page's own text under a marker's spot (./page-room.ts), the lines of a notice (./notice-lines.ts).
 */
export function textRects(node: Node): DOMRect[] {
  const range = node.ownerDocument!.createRange();
  range.selectNodeContents(node);
  return Array.from(range.getClientRects());
}

/**
 * A checkbox or radio together with its own words (同意, 是/否): its `<label>`s, else the text
 * right after it (bare, or in a `<span>`/`<font>`: lib/page/labels.ts choiceTextNode); a radio button's group on the same line
 * (○男 ○女) counts as one, through its last option's words. A marker placed after these covers neither
 * the box nor its words (and need not go onto the line above: the 完成并送审 step's 同意 under
 * 本人承诺); after a long label that wraps, the end of its last line is the next place to try.
 * Read afresh on each call, so it follows the page as it scrolls or reflows.
 * @param box an `<input type=checkbox|radio>`.
 * @returns the box with the first line of its text, and the text's last line if it wraps.
 */
export function boxWithItsText(box: HTMLInputElement): BoxWithText {
  const single = singleBoxWithItsText(box);
  const last = lastOptionOnLine(box);
  if (!last) return single;
  // A radio button stands for its group: through the words of the group's last option on its line.
  const end = singleBoxWithItsText(last).withText;
  const a = single.withText;
  const top = Math.min(a.y, end.y);
  return { withText: { x: a.x, y: top, width: end.x + end.width - a.x, height: Math.max(a.y + a.height, end.y + end.height) - top }, textEnd: null };
}

/** The last radio button of `box`'s group (same form, same name) on its line, right of it; null if none. */
function lastOptionOnLine(box: HTMLInputElement): HTMLInputElement | null {
  if (box.type.toLowerCase() !== 'radio' || !box.name) return null;
  const scope: ParentNode = box.form ?? box.ownerDocument;
  const own = box.getBoundingClientRect();
  const others = all<HTMLInputElement>(scope, 'input[type=radio]').filter((r) => r !== box && r.name === box.name && r.form === box.form);
  let last: HTMLInputElement | null = null;
  for (const other of others) {
    const r = other.getBoundingClientRect();
    if (r.top < own.bottom && r.bottom > own.top && r.left > own.right && (!last || r.left > last.getBoundingClientRect().left)) last = other;
  }
  return last;
}

function singleBoxWithItsText(box: HTMLInputElement): BoxWithText {
  const own = box.getBoundingClientRect();
  let lines: DOMRect[] = [];
  let first: DOMRect | null = null;
  for (const label of Array.from(box.labels ?? [])) {
    lines = Array.from(label.getClientRects());
    first = firstOnLine(lines, own, label.contains(box));
    if (first) break;
  }
  if (!first) {
    lines = followingTextLines(box);
    first = firstOnLine(lines, own, false);
  }
  if (!first) return { withText: { x: own.x, y: own.y, width: own.width, height: own.height }, textEnd: null };
  const left = Math.min(own.left, first.left);
  const top = Math.min(own.top, first.top);
  const last = lines.filter((r) => r.width > 0 && r.height > 0).at(-1);
  return {
    withText: { x: left, y: top, width: Math.max(own.right, first.right) - left, height: Math.max(own.bottom, first.bottom) - top },
    textEnd: last && last.top >= first.bottom - 1 ? { x: last.x, y: last.y, width: last.width, height: last.height } : null,
  };
}
