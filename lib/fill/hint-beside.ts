/**
 * A box's hint written beside its wrapper rather than beside the box itself, read for the fill's
 * planning only (on-demand.js; the content script's reading, lib/page/collect.ts nextText, reads
 * the box's own siblings). Other portals wrap a box in an element of its own and write the hint
 * after that element, in the same label row:
 *   layui:      <div class="layui-input-inline"><input></div><div class="layui-form-mid layui-word-aux">格式：2021年度</div>
 *   Bootstrap:  <div class="input-group"><input><span class="input-group-addon"><i></i></span></div><span class="help-block">例：1990-01</span>
 *               <div class="col-sm-6"><input></div><small class="form-text">yyyy年mm月</small>
 * so a date's, a year's or a rank's form (./box-hints.ts boxHints) and a stated limit
 * (./length-limit.ts) follow it as they follow a hint written right after the box (fill65 item 1).
 */
import type { PageSnapshot } from '../page/snapshot';
import { resolveControl } from '../page/collect';
import { isFieldElement, isUnseen, ownText } from '../page/labels';
import { tidyText } from '../page/normalize';
import { all } from '../page/query';

/** Longest text kept as a hint, in characters: as lib/page/collect.ts keeps after a box (MAX_HINT_CHARS). */
const MAX_HINT_CHARS = 40;

/** How many wrappers round a box are looked past: layui's inline block; Bootstrap's input group inside its column. */
const MAX_WRAPPERS = 2;

/** Containers that end a label row (a table's cell, a form, a fieldset, a list item): the text after them is another row's. */
const ROW_ENDS = /^(TD|TH|TR|TBODY|TABLE|FORM|FIELDSET|LI|BODY)$/;

/** An element's text as a hint reads it, tidied. */
const textOf = (n: Node) => tidyText(n.nodeType === 3 ? (n.nodeValue ?? '') : n.nodeType === 1 ? ownText(n) : '');

/** Whether an element is another field's: a control, one holding a control, or a label. */
const fieldOrLabel = (el: Element) => el.tagName === 'LABEL' || isFieldElement(el) || all(el, 'input,select,textarea').some(isFieldElement);

/**
 * The first text after `node` among its siblings: null when it meets none; '' when another
 * field's control or label comes first (the text after it is that field's), or after the text (the
 * text is then the next field's label or a range's 至, not a hint: a hint ends its row). An element
 * the page hides is passed over (a validator's message shown only on a wrong value), and so is one
 * with no text (an icon, a calendar button).
 */
function textAfter(node: Node): string | null {
  let text: string | null = null;
  for (let n = node.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 1 && isUnseen(n as Element)) continue;
    if (n.nodeType === 1 && fieldOrLabel(n as Element)) return '';
    text ||= textOf(n) || null;
  }
  return text;
}

/**
 * The text a page writes after a box's wrapper, within the box's label row: the box's own siblings
 * hold no text (else the page reader's hintAfter has it), and each wrapper climbed holds nothing
 * before the box (a wrapper with the label or another text before the box is the row itself),
 * up to MAX_WRAPPERS, never out of a table cell (ROW_ENDS). Stops at another field's control or label.
 * @param el the box. @returns the hint, '' when there is none or it is over MAX_HINT_CHARS long.
 */
export function hintBeside(el: Element): string {
  if (textAfter(el) !== null) return '';
  let node: Element = el;
  for (let level = 0; level < MAX_WRAPPERS; level++) {
    const wrapper = node.parentElement;
    if (!wrapper || ROW_ENDS.test(wrapper.tagName)) return '';
    for (let n = node.previousSibling; n; n = n.previousSibling) if (textOf(n) || (n.nodeType === 1 && fieldOrLabel(n as Element))) return '';
    node = wrapper;
    const text = textAfter(node);
    if (text !== null) return text.length <= MAX_HINT_CHARS ? text : '';
  }
  return '';
}

/**
 * `snapshot` with the hint beside each text, date or text-area box that has none after it
 * (ControlSnapshot.hintAfter, from hintBeside).
 * @param doc the frame's document, not changed since the reading. @param snapshot its reading.
 * @returns the snapshot, the same object when no box gains a hint.
 */
export function withHintsBeside(doc: Document, snapshot: PageSnapshot): PageSnapshot {
  let changed = false;
  const controls = snapshot.controls.map((c) => {
    if (c.hintAfter || (c.kind !== 'text' && c.kind !== 'date' && c.kind !== 'textarea')) return c;
    const el = resolveControl(doc, c);
    const hint = el ? hintBeside(el) : '';
    if (!hint) return c;
    changed = true;
    return { ...c, hintAfter: hint };
  });
  return changed ? { ...snapshot, controls } : snapshot;
}
