/**
 * Where the page's 注意说明 are on screen, for the panel's placement (lib/overlay/placement.ts):
 * the lines of their text, not their elements' boxes, so a notice in a wide table cell claims
 * only the part of the cell its words fill.
 */
import { FORM_CONTROLS, NOTICE_WORD, type NoticeElement } from '../page/page-text';
import { isRedColor } from '../page/red-color';
import type { Rect } from './placement';
import { textRects } from './marker-anchor';

/** Longest text (characters) of a block taken whole as a 注意 notice: more is a page section, not a notice. */
const MAX_NOTICE_BLOCK_CHARS = 600;

/**
 * The block a 注意 notice fills. A notice that says 注意 is the whole block its word stands in,
 * the lines after a heading like `<b>注意：</b><br>1. …` included: the nearest ancestor that is
 * not laid out inline. When that block is long or holds form controls it is a section of the
 * page, and the element alone is taken.
 */
function noticeBlock(element: Element, view: Window): Element {
  let block: Element | null = element;
  while (block && block !== view.document.body && view.getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
  if (!block || block === view.document.body || block === element) return element;
  const text = block.textContent ?? '';
  return text.length > MAX_NOTICE_BLOCK_CHARS || block.querySelector(FORM_CONTROLS) ? element : block;
}

/**
 * The viewport rectangles of the lines of notice text. A notice that says 注意 claims every
 * line of its block (see noticeBlock); a red notice claims the lines drawn in red (computed
 * style: a red class whose stylesheet makes it some other colour claims nothing).
 * @param notices from noticeElements (lib/page/page-text.ts).
 * @param view the frame's window, for computed styles.
 * @returns one rectangle per line fragment in CSS pixels (the browser's own DOMRect); none for notices out of layout.
 */
export function noticeLineRects(notices: readonly NoticeElement[], view: Window): Rect[] {
  const rects: Rect[] = [];
  const doc = view.document;
  for (const { element, text } of notices) {
    const saysNotice = text.includes(NOTICE_WORD);
    const walker = doc.createTreeWalker(saysNotice ? noticeBlock(element, view) : element, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!(node.nodeValue ?? '').trim() || !parent || parent.tagName === 'SCRIPT' || parent.tagName === 'STYLE') continue;
      if (!saysNotice && !isRedColor(view.getComputedStyle(parent).color)) continue;
      // The line boxes as the browser gives them: the one caller reads them once, into rects of its own (the panel's band).
      for (const r of textRects(node)) if (r.width > 0 && r.height > 0) rects.push(r);
    }
  }
  return rects;
}
