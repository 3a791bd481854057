/**
 * Where the page's 注意说明 are on screen, for the panel's placement (lib/overlay/placement.ts):
 * the lines of their text, not their elements' boxes, so a notice in a wide table cell claims
 * only the part of the cell its words fill.
 */
import { NOTICE_WORD, type NoticeElement } from '../page/page-text';
import { isRedColor } from '../page/red-color';
import type { Rect } from './placement';

/**
 * The viewport rectangles of the lines of notice text: the text nodes inside each notice
 * element that are drawn in red (computed style: a red class whose stylesheet makes it some
 * other colour claims nothing) or contain 注意.
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
      if (!text.includes(NOTICE_WORD) && !isRedColor(view.getComputedStyle(parent).color)) continue;
      const range = doc.createRange();
      range.selectNodeContents(node);
      for (const r of Array.from(range.getClientRects())) if (r.width > 0 && r.height > 0) rects.push({ x: r.x, y: r.y, width: r.width, height: r.height });
    }
  }
  return rects;
}
