/**
 * The 证件类型 a page shows as plain text, with no control to choose it (a span or a cell reading
 * 护照 beside the 证件号码 box: the portal shows the account's document, fill 57). The page then
 * asks that document's number, which is no 公民身份号码 when it is no 居民身份证: the fill does not
 * write the profile's there (lib/fill/plan.ts idDocumentShown), the checks do not read it as one
 * (lib/checks/common.ts fieldValues, checks 58). Read with the page (collect.ts), so both read it
 * alike; in the content script, so it is kept short.
 */
import { tidyText } from './normalize';
import { isFieldElement, SKIP_TEXT_TAGS } from './labels';

/** A 证件类型 label as a page writes it (* 证件类型：, 有效证件类型, 证件种类), and what follows it in the same text (group 3). */
const ID_TYPE_LABEL = /^[*＊]?\s*(身份|有效)?证件(类型|种类|名称)\s*[:：]?\s*(.*)$/;

/**
 * The document a page names as plain text after a 证件类型 label: in the label's own text
 * (证件类型：护照) or the next text shown after it (the next cell, span or div), provided no field
 * comes between — a label followed by a list, radios or a box is that control's (the recognised
 * page.idType field, which the fill and the checks read instead).
 * @param doc the frame's document.
 * @returns the text, tidied; undefined when the page shows none so, or the text after the label
 *   is no document's name: longer than 20 characters (a sentence), a label of its own (证件号码：,
 *   号码, 编号, 证件号), or a header cell (a list's 证件类型 | 姓名 head names columns).
 */
export function shownIdDocument(doc: Document): string | undefined {
  // NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT: fields and texts, in document order.
  const walker = doc.createTreeWalker(doc.body ?? doc, 5);
  let label: Node | undefined;
  for (let n: Node | null; (n = walker.nextNode()); ) {
    // A field after the label is the label's: its document is the control's to say.
    if (isFieldElement(n)) label = undefined;
    // Texts the page does not show as such (an option's, a script's) are none.
    const text = n.nodeType === 3 && !SKIP_TEXT_TAGS.has(n.parentNode!.nodeName) ? tidyText(n.nodeValue!) : '';
    if (/^[*＊:：]*$/.test(text)) continue;
    // After the label, the next text shown; else what follows a label in its own text ('' for none).
    const shown = label ? text : ID_TYPE_LABEL.exec(text)?.[3];
    if (shown) return shown.length > 20 || /[:：]$|号码|编号|证件?号/.test(shown) || (label && n.parentElement!.closest('th')) ? undefined : shown;
    if (shown === '') label = n;
  }
}
