/**
 * What a page shows as plain text after its label, with no control to choose it: the 证件类型 (a
 * span or a cell reading 护照 beside the 证件号码 box: the portal shows the account's document, fill
 * 57) and the 性别 (a cell reading 女: the server writes the account's, B64a-3). For the document
 * the page then asks that document's number, which is no 公民身份号码 when it is no 居民身份证: the
 * fill does not write the profile's there (lib/fill/plan.ts idDocumentShown), the checks do not
 * read it as one (lib/checks/common.ts fieldValues, checks 58); the 性别 is compared with the
 * 公民身份号码 (lib/checks/id-gender-mismatch.ts). Read with the page (collect.ts), in one walk, so
 * the fill and the checks read it alike; in the content script, so it is kept short.
 */
import { tidyText } from './normalize';
import { isFieldElement, SKIP_TEXT_TAGS } from './labels';

/**
 * A 证件类型 label as a page writes it (* 证件类型：, 有效证件类型, 证件种类: group 1), or a 性别 label
 * (性 别：, alone or before a colon: not 性别与身份证号码须一致), and what follows it in the same text (group 2).
 */
const SHOWN_LABEL = /^[*＊]?\s*(?:(?:身份|有效)?证件(类型|种类|名称)|性\s*别(?![^:：\s]))\s*[:：]?\s*(.*)$/;

/** What a page shows as text after its labels (shownTexts), by the PageSnapshot field each fills. */
export interface ShownTexts {
  idDocumentText?: string;
  genderText?: string;
}

/**
 * The 证件类型 and the 性别 a page names as plain text after their labels: in the label's own text
 * (证件类型：护照) or the next text shown after it (the next cell, span or div), provided no field
 * comes between — a label followed by a list, radios or a box is that control's (the recognised
 * page.idType or basic.gender field, which the fill and the checks read instead). Of each, the
 * page's first label decides.
 * @param doc the frame's document.
 * @returns the texts, tidied, by snapshot field; a field is absent (or undefined) when the page
 *   shows none so, or the text after its label is no value: longer than 20 characters (a sentence),
 *   a label of its own (证件号码：, 号码, 编号, 证件号), or a header cell (a list's 证件类型 | 姓名 head names columns).
 */
export function shownTexts(doc: Document): ShownTexts {
  // NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT: fields and texts, in document order.
  const walker = doc.createTreeWalker(doc.body ?? doc, 5);
  const out: ShownTexts = {};
  // The field whose label was read, its text not yet.
  let label: keyof ShownTexts | undefined;
  for (let n: Node | null; (n = walker.nextNode()); ) {
    // A field after the label is the label's: its value is the control's to say.
    if (isFieldElement(n)) label = undefined;
    // Texts the page does not show as such (an option's, a script's) are none.
    const text = n.nodeType === 3 && !SKIP_TEXT_TAGS.has(n.parentNode!.nodeName) ? tidyText(n.nodeValue!) : '';
    if (/^[*＊:：]*$/.test(text)) continue;
    // A label's own text, else the text after the label read (a label in its place leaves that one's unread).
    const found = SHOWN_LABEL.exec(text);
    const key = found ? (found[1] ? 'idDocumentText' : 'genderText') : label;
    const shown = found ? found[2]! : text;
    label = undefined;
    if (!key || key in out) continue;
    if (shown) out[key] = shown.length > 20 || /[:：]$|号码|编号|证件?号/.test(shown) || (!found && n.parentElement!.closest('th')) ? undefined : shown;
    else label = key;
  }
  return out;
}
