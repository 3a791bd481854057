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
  let label: Node | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      // A field after the label is the label's: its document is the control's to say.
      if (label && isField(n as Element)) label = null;
      continue;
    }
    const text = tidyText(n.nodeValue ?? '');
    if (text === '' || /^[*＊:：]+$/.test(text)) continue;
    if (label) return isDocumentName(text) && !inHeaderRow(label, n) ? text : null;
    const own = ID_TYPE_LABEL.exec(text);
    if (!own) continue;
    if (own[1]) return isDocumentName(own[1]) ? own[1] : null;
    label = n;
  }
  return null;
}

/** Whether text after a 证件类型 label can be a document's name: short, no label of its own (证件号码：, a list's 号码 column). */
const isDocumentName = (text: string) => text.length <= MAX_DOCUMENT_CHARS && !/[:：]$|号码|编号|证件?号/.test(text);

/** Whether the label and the text after it are header cells of one table row (a list's 证件类型 | 证件号码 head), not a field and its value. */
function inHeaderRow(label: Node, text: Node): boolean {
  const cellOf = (n: Node) => n.parentElement?.closest('th');
  const a = cellOf(label);
  return !!a && a.parentElement === cellOf(text)?.parentElement;
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
