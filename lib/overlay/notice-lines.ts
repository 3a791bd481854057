/**
 * Where the page's 注意说明 are on screen, for the panel's placement (lib/overlay/placement.ts):
 * the lines of their text, not their elements' boxes, so a notice in a wide table cell claims
 * only the part of the cell its words fill.
 */
import { NOTICE_WORD, type NoticeElement } from '../page/page-text';
import type { Rect } from './placement';

/**
 * Whether a CSS colour is red as a notice's red is: a strong red channel well above green and
 * blue (`red`, `#f00`, `#c00`, `rgb(255, 0, 0)`; not orange, pink or brown).
 * @param cssColor a computed colour, `rgb(r, g, b)` or `rgba(r, g, b, a)`.
 * @returns false for any other form.
 */
export function isNoticeRed(cssColor: string): boolean {
  const m = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(cssColor);
  if (!m) return false;
  const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return r >= 150 && r - Math.max(g, b) >= 100;
}

/**
 * The viewport rectangles of the lines of notice text: the text nodes inside each notice
 * element that are drawn in red or contain 注意. A notice found only by a class name that
 * happens to contain "red" (`class="required"`) and is not red on screen claims nothing.
 * @param notices from noticeElements (lib/page/page-text.ts).
 * @param view the frame's window, for computed styles.
 * @returns one rectangle per line fragment in CSS pixels; none for notices out of layout.
 */
export function noticeLineRects(notices: readonly NoticeElement[], view: Window): Rect[] {
  const rects: Rect[] = [];
  const doc = view.document;
  for (const { element } of notices) {
    const walker = doc.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? '';
      const parent = node.parentElement;
      if (!text.trim() || !parent || parent.tagName === 'SCRIPT' || parent.tagName === 'STYLE') continue;
      if (!text.includes(NOTICE_WORD) && !isNoticeRed(view.getComputedStyle(parent).color)) continue;
      const range = doc.createRange();
      range.selectNodeContents(node);
      for (const r of Array.from(range.getClientRects())) if (r.width > 0 && r.height > 0) rects.push({ x: r.x, y: r.y, width: r.width, height: r.height });
    }
  }
  return rects;
}
