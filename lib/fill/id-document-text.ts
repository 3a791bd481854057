/**
 * The 证件类型 a page shows as plain text, with no control to choose it (a span or a cell reading
 * 护照 beside the 证件号码 box: the portal shows the account's document, fill 57). The page then
 * asks that document's number, which the profile's 公民身份号码 is not when it is no 居民身份证
 * (lib/fill/plan.ts otherIdDocument). Read here for the fill only (on-demand.js): the content
 * script's reading of the page (lib/page) does not look for it, which would cost content.js bytes.
 */
import type { PageSnapshot } from '../page/snapshot';
import { tidyText } from '../page/normalize';

/** A 证件类型 label as a page writes it (* 证件类型：, 有效证件类型, 证件种类), and what follows it in the same text. */
const ID_TYPE_LABEL = /^[*＊]?\s*(?:身份|有效)?证件(?:类型|种类|名称)\s*[:：]?\s*(.*)$/;
/** Longer text after a label is a sentence, not a document's name. */
const MAX_DOCUMENT_CHARS = 20;
/** Subtrees whose text the page does not show as such. */
const UNSHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION']);

/** Whether an element is one of the page's fields (a hidden input is none). */
function isField(el: Element): boolean {
  return (el.tagName === 'INPUT' && (el as HTMLInputElement).type !== 'hidden') || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA';
}

/**
 * The document a page names as plain text after a 证件类型 label: in the label's own text
 * (证件类型：护照) or the next text shown after it (the next cell, span or div), provided no field
 * comes between — a label followed by a list, radios or a box is that control's, read by the
 * fill from the control (otherIdDocument).
 * @param doc the frame's document. @returns the text, tidied, or null when the page shows none so.
 */
export function shownIdDocument(doc: Document): string | null {
  const body = doc.body;
  if (!body) return null;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.nodeType === 1 && UNSHOWN.has((n as Element).tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let afterLabel = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      // A field after the label is the label's: its document is the control's to say.
      if (afterLabel && isField(n as Element)) afterLabel = false;
      continue;
    }
    const text = tidyText(n.nodeValue ?? '');
    if (text === '' || /^[*＊:：]+$/.test(text)) continue;
    if (afterLabel) return text.length <= MAX_DOCUMENT_CHARS && !/[:：]$/.test(text) ? text : null;
    const label = ID_TYPE_LABEL.exec(text);
    if (!label) continue;
    if (label[1]) return label[1].length <= MAX_DOCUMENT_CHARS ? label[1] : null;
    afterLabel = true;
  }
  return null;
}

/**
 * `snapshot` with the 证件类型 the page shows as plain text (PageSnapshot.idDocumentText), for
 * the fill's planning.
 * @param doc the frame's document, as read into `snapshot`. @returns a copy when the page shows one, else `snapshot`.
 */
export function withShownIdDocument(doc: Document, snapshot: PageSnapshot): PageSnapshot {
  const shown = shownIdDocument(doc);
  return shown === null ? snapshot : { ...snapshot, idDocumentText: shown };
}
