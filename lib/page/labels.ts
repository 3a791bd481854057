/**
 * Label inference: one small function per label source (spec/architecture.md; the idea follows
 * Chromium autofill's label inference). Each returns the raw text it found or "" — scoring is
 * the recogniser's job. A `LabelScope` carries the per-collection caches so each table is
 * resolved once per snapshot.
 */
import { buildTableGrid, ownRows, type TableGrid } from './table-grid';
import { tidyText } from './normalize';
import { remembered } from './remembered';
import { all } from './query';

/** Per-collection caches; create one per `collectSnapshot` call. */
export interface LabelScope {
  doc: Document;
  /** `<label for=…>` elements by the id they point at. */
  labelsFor: Map<string, HTMLLabelElement[]>;
  grids: Map<HTMLTableElement, TableGrid>;
  cellText: Map<Element, string>;
  cellHasControl: Map<Element, boolean>;
  /** The field controls inside each table cell, in document order. */
  cellControls: Map<Element, Element[]>;
  /**
   * Memoised header-above walks: per grid, per "column:colSpan", the answer of a walk that
   * starts at each row — every control of an editable grid column walks through the same rows,
   * which would cost rows² per column without it.
   */
  headerWalks: Map<TableGrid, Map<string, (string | undefined)[]>>;
  /** The header row's index (ownRows) of each list of saved records (collectGrids), under the list's
   * table and under the header row itself (whose cells name columns, no heading: lib/page/collect.ts). */
  listHeads: Map<Element, number>;
  /** Normalised text and required mark of each raw label text met so far. */
  normalised: Map<string, { text: string; required: boolean }>;
}

/** Text longer than this is a paragraph, not a label. */
const MAX_LABEL_CHARS = 60;
/** Subtrees whose text is never label text. */
export const SKIP_TEXT_TAGS = new Set(['SELECT', 'OPTION', 'SCRIPT', 'STYLE', 'TEXTAREA', 'NOSCRIPT', 'BUTTON']);
/** Elements a backwards text search never crosses: they delimit a field's own container. */
const BOUNDARY_TAGS = new Set(['TD', 'TH', 'TR', 'TABLE', 'FORM', 'BODY', 'FIELDSET', 'HTML']);
const CONTROL_SELECTOR = 'input:not([type=hidden]),select,textarea';

/**
 * Create the caches for one collection pass.
 * @param doc the frame's document. Reads every `label[for]` once.
 */
export function createLabelScope(doc: Document): LabelScope {
  const labelsFor = new Map<string, HTMLLabelElement[]>();
  for (const label of all(doc, 'label[for]') as HTMLLabelElement[]) {
    const id = label.getAttribute('for') ?? '';
    if (!id) continue;
    const list = labelsFor.get(id);
    if (list) list.push(label);
    else labelsFor.set(id, [label]);
  }
  return { doc, labelsFor, grids: new Map(), cellText: new Map(), cellHasControl: new Map(), cellControls: new Map(), headerWalks: new Map(), listHeads: new Map(), normalised: new Map() };
}

/**
 * Whether an element is drawn: not inside a `display: none` or `visibility: hidden` part of the
 * page (a tab pane not shown, a collapsed section), by `checkVisibility()` (no computed style per
 * element). Every browser the extension runs in has it (Chrome 105+, the manifest asks 116;
 * Firefox 106+, it asks 140), and so has happy-dom, the unit tests' DOM. `visibility: hidden`
 * counts as not drawn too.
 */
export const isDrawn = (el: Element): boolean => el.checkVisibility({ visibilityProperty: true });

/**
 * The element a person sees and clicks for a form control: the one a UI library drew in its place
 * when the page hides the control itself, else the control. layui (a widespread UI kit) hides
 * every <select>, radio and checkbox of a `.layui-form` and draws its own right after it, each
 * marked `layui-unselect`: a `.layui-form-select` (a read-only title box, itself `layui-unselect`,
 * and `dd[lay-value]` options), a `.layui-form-radio`, a `.layui-form-checkbox` or `-switch`; its
 * change callbacks (`form.on('select(x)')`) answer clicks on those only (breaker 31g item 1).
 * chosen (`.chosen-container`) and select2 4.x (`.select2.select2-container`) hide a <select> and draw
 * their list right after it too: such a list is the page's field, seen through its stand-in (fill 60:
 * it was left out of the preview as hidden, and nothing said so). select2 3.x draws its list
 * (`<div class="select2-container">`) right BEFORE the <select> it hides (fill 61): a stand-in after a
 * control is its own (a 3.x one there is the next list's), and a 3.x one before it is its own (a 4.x
 * one, a `<span>`, there is the list's before).
 * @param el a form control. @returns the drawn stand-in (its next or previous element sibling) or `el`.
 */
export const seenAs = (el: Element): Element =>
  [el.nextElementSibling, el.previousElementSibling].find((s, i) => s?.matches(i ? DRAWN_BEFORE : DRAWN_STAND_IN)) ?? el;

/**
 * Selects what a UI library draws after a control it hides (seenAs) — layui's (and the title
 * box inside its list), chosen's, select2 4.x's — by the class it gives them.
 */
const DRAWN_STAND_IN = '.layui-unselect,.chosen-container,.select2';
/** Selects what select2 3.x draws before the list it hides (seenAs). */
const DRAWN_BEFORE = 'div.select2-container';
/**
 * Selects the parts a select library draws of a list, a box inside one no field of its own but the
 * list's face: DRAWN_STAND_IN's (layui's title box, chosen's search box), select2's — 3.x's focus box
 * in its stand-in (it was read as a field beside the list, which was then 需您处理: breaker 60), its
 * drop moved to the end of the page once opened, and 4.x's drop there, a container of its own, with
 * their search boxes. Not `.select2`: a page's `$('.select2').select2()` marks the list itself so.
 */
export const DRAWN_PARTS = '.layui-unselect,.chosen-container,.select2-container,.select2-drop';

/**
 * Whether the page hides an element (isDrawn), by its own style or a stylesheet's class: the `*` of
 * an ASP.NET validator (`<span style="color:Red;display:none">*</span>`, or `<span class="err">*</span>`
 * with `.err{display:none}`) shows only when a value is wrong, and is no required mark (unseen-markup
 * probe; breaker 30a item 6). The inline style is also read as written: happy-dom (the unit tests'
 * DOM) leaves an upper-case `DISPLAY: NONE` (1cab494) out of the computed style, where a browser does not.
 */
export function isUnseen(el: Element): boolean {
  return !isDrawn(el) || /display:\s*none|visibility:\s*hidden/i.test(el.getAttribute('style') ?? '');
}

/** Whether an element is a visible-kind form control (not hidden, not a button). */
export function isFieldElement(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (el.tagName === 'SELECT' || el.tagName === 'TEXTAREA') return true;
  if (el.tagName !== 'INPUT') return false;
  // The property reads the attribute case-insensitively (TYPE="Hidden" is hidden), as the HTML standard says.
  return (el as HTMLInputElement).type !== 'hidden';
}

/**
 * The readable text of an element without the text of selects, options, scripts, text areas
 * and buttons inside it; an element with no text but images is read by their `alt` (titles and
 * labels drawn as pictures: `<div class="ptitle"><img alt="年度考核结果"></div>`).
 * @param withoutLinks also without the text of links (a heading's own words: a menu cell
 *   `<td class="menuTitle"><a>基本信息</a></td>` has none).
 * @param cell read as a list cell (lib/page/page-text.ts cellText): never by its images' alt (they
 *   are read one by one), and, when the cell is drawn, without the text the page hides in it (a
 *   display:none 查看 link beside the 暂无 shown: breaker 25 item 6; isDrawn).
 * @returns tidied text ("" when none).
 */
export function ownText(el: Node, withoutLinks?: boolean, cell?: boolean): string {
  let out = '';
  let alt = '';
  const drawnOnly = cell && isDrawn(el as Element);
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1 && !SKIP_TEXT_TAGS.has((child as Element).tagName)) {
        const el = child as Element;
        // What is typed in an editor drawn in the page (<div contenteditable>: lib/page/page-text.ts
        // editorFrame) is the user's, no text of the page: a box after it is labelled from before it.
        // A list cell's choices (a RadioButtonList per 年度考核 row: 优秀 合格 不合格) read as the one ticked, not all their words (unseen68).
        if (el.tagName === 'INPUT' || (el as HTMLElement).isContentEditable || (withoutLinks && el.tagName === 'A') || (drawnOnly && !isDrawn(el)) || (cell && ((el as HTMLLabelElement).control as HTMLInputElement | null)?.checked === false)) continue;
        if (el.tagName === 'BR') out += ' ';
        if (el.tagName === 'IMG') alt += ` ${el.getAttribute('alt') ?? ''}`;
        walk(el);
      }
    }
  };
  walk(el);
  return tidyText(out) || (cell ? '' : tidyText(alt));
}

/**
 * What a button, link or icon says: an input button's value, else its own text, else its alt or
 * title (an image button, an icon link). A `<button>`'s value attribute is data, not its words.
 */
export function actionText(b: Element): string {
  return (b.tagName === 'INPUT' && (b as HTMLInputElement).value) || ownText(b) || b.getAttribute('alt') || b.getAttribute('title') || '';
}

function labelish(text: string): string {
  return text.length > 0 && text.length <= MAX_LABEL_CHARS ? text : '';
}

function hasControl(scope: LabelScope, el: Element): boolean {
  // A cell of text only (most label cells) needs no query.
  return remembered(scope.cellHasControl, el, () => el.firstElementChild !== null && el.querySelector(CONTROL_SELECTOR) !== null);
}

function cachedText(scope: LabelScope, el: Element): string {
  return remembered(scope.cellText, el, () => ownText(el));
}

/** `<label for=id>` text. */
export function labelForText(scope: LabelScope, el: HTMLElement): string {
  // No id, no label: labelsFor has no empty key.
  const labels = scope.labelsFor.get(el.id);
  if (!labels) return '';
  return labelish(tidyText(labels.map((l) => ownText(l)).join(' ')));
}

/** Text of a `<label>` wrapping the control (without the control's own text). */
export function labelWrapText(el: HTMLElement): string {
  const label = el.closest('label');
  if (!label) return '';
  const target = label.getAttribute('for');
  if (target && target !== el.id) return '';
  return labelish(ownText(label));
}

/** `aria-label`, else the joined text of the `aria-labelledby` elements. */
export function ariaText(scope: LabelScope, el: HTMLElement): string {
  const direct = tidyText(el.getAttribute('aria-label') ?? '');
  if (direct) return labelish(direct);
  const labelledBy = el.getAttribute('aria-labelledby');
  if (!labelledBy) return '';
  const ids = labelledBy.split(/\s+/).filter(Boolean);
  const parts = ids.map((id) => scope.doc.getElementById(id)).filter((e): e is HTMLElement => !!e);
  return labelish(tidyText(parts.map((p) => ownText(p)).join(' ')));
}

function gridOf(scope: LabelScope, table: HTMLTableElement): TableGrid {
  return remembered(scope.grids, table, () => buildTableGrid(table));
}

function enclosingCell(el: Element): HTMLTableCellElement | null {
  return el.parentElement?.closest('td,th') as HTMLTableCellElement | null;
}

function tableOf(cell: HTMLTableCellElement): HTMLTableElement | null {
  return cell.closest('table');
}

/**
 * The previous cell in the same row that holds text and no control (skipping empty spacer
 * cells; stopping at a cell holding another control, which is the previous field). When the
 * control sits in a nested layout table with no label in its row (radio lists, date ranges),
 * the search continues from the enclosing cell, up to two levels. A cell of only `*` before the
 * label cell marks it required (`*` is put before the text). In a list's row under a header per
 * column, the first of the text cells before it: the row's name (2021 | 考核单位 | [考核结果]).
 * @returns the label text or "".
 */
export function cellLeftText(scope: LabelScope, el: HTMLElement): string {
  let cell = enclosingCell(el);
  for (let level = 0; cell && level < 3; level++) {
    const table = tableOf(cell);
    if (!table) return '';
    const grid = gridOf(scope, table);
    const place = grid.places.get(cell);
    if (!place) return '';
    const line = grid.slots[place.row] ?? [];
    let passed = false;
    for (let c = place.col - 1; c >= 0; c--) {
      const left = line[c];
      if (!left || left === cell) continue;
      if (hasControl(scope, left)) {
        if (level) break;
        passed = true;
        continue;
      }
      const text = cachedText(scope, left);
      if (!text) continue;
      // A row of a list with a header over each column (考核年度 | 考核单位 | 考核结果, the rows between
      // holding controls in the control's column): the text cells before the control are the row's
      // values of other columns, and the row is named by the first of them (2021), not by the one
      // beside the control (its 考核单位: breaker 40); so is each control of a row of them under its
      // column's header (考核结果 [2023年▼] [2024年▼]: breaker 40). Not past a cell spanning rows: a
      // group's heading beside its rows, not the row's own. The header is looked for only then (a
      // walk up the column for each control would cost a long editable grid O(n²)).
      let first = left;
      for (let d = c - 1; d >= 0; d--) {
        const x = line[d];
        if (!x || x === first) continue;
        if (x.rowSpan > 1 || hasControl(scope, x) || !cachedText(scope, x)) break;
        first = x;
      }
      if (first !== left || passed) {
        let r = place.row - 1;
        for (let up; (up = grid.slots[r]?.[place.col]) && hasControl(scope, up); r--);
        const [mine, theirs] = [grid.slots[r]?.[place.col], grid.slots[r]?.[c]];
        if (mine && theirs && mine !== theirs && cachedText(scope, mine) && !hasControl(scope, grid.rows[r]!)) return labelish(cachedText(scope, first));
        if (passed) break;
      }
      // A required mark in a cell of its own before the label cell belongs to the label; one in the
      // previous field's box cell (`<input>*`, two fields a row) is that field's (breaker 30a item 20).
      const markCell = line[c - 1] ?? left;
      return labelish((!hasControl(scope, markCell) && LONE_REQUIRED_MARK.test(cachedText(scope, markCell)) ? '*' : '') + text);
    }
    cell = enclosingCell(table);
  }
  return '';
}

/**
 * The header cell above the control's column: walk up the column, skipping rows whose cell in
 * this column holds a control (editable grid rows), and take the first text cell of a row that
 * holds no control at all (a header row); in a list of saved records (collectGrids: its edit or
 * insert row), the list's header row. Colspan-aware through the slot grid. Walks are
 * memoised per column in `scope`, so a column of n controls costs O(n) rows, not O(n²).
 * @returns the header text or "".
 */
export function headerAboveText(scope: LabelScope, el: HTMLElement): string {
  const cell = enclosingCell(el);
  if (!cell) return '';
  const table = tableOf(cell);
  if (!table) return '';
  const grid = gridOf(scope, table);
  const place = grid.places.get(cell);
  if (!place) return '';
  // A box in a list's edit or insert row: its column's header, not the saved rows between.
  const head = scope.listHeads.get(table);
  if (head !== undefined && head < place.row) return headerRowAnswer(scope, grid, head, place.col, place.colSpan) ?? '';
  const walks = remembered(scope.headerWalks, grid, () => new Map<string, (string | undefined)[]>());
  const fromRow = remembered(walks, `${place.col}:${place.colSpan}`, (): (string | undefined)[] => []);
  // Rows above the cell's own first row never hold the cell itself, so a walk's answer depends
  // only on the column, its span and the starting row.
  const passed: number[] = [];
  let answer = '';
  for (let r = place.row - 1; r >= 0; r--) {
    const known = fromRow[r];
    if (known !== undefined) {
      answer = known;
      break;
    }
    const found = headerRowAnswer(scope, grid, r, place.col, place.colSpan);
    if (found !== null) {
      answer = found;
      fromRow[r] = found;
      break;
    }
    passed.push(r);
  }
  for (const r of passed) fromRow[r] = answer;
  return answer;
}

/**
 * The caption written just before a control's table, for a control nothing else labels: a text
 * area alone in its table under a line "工作期间奖惩情况" — a text, a `<div>` or `<span>`, or the
 * last row of a table of its own. Only the table's first field control takes it, and only when
 * nothing with a control stands in between.
 * @returns the caption's tidied text, "" when there is none or it is longer than a label.
 */
export function captionBeforeTable(scope: LabelScope, el: HTMLElement): string {
  const cell = enclosingCell(el);
  const table = cell && tableOf(cell);
  if (!table || table.querySelector(CONTROL_SELECTOR) !== el) return '';
  for (let node = table.previousSibling; node; node = node.previousSibling) {
    if (node.nodeType === 3) {
      const text = tidyText(node.nodeValue ?? '');
      if (text) return labelish(text);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const prev = node as Element;
    if (prev.tagName === 'BR' || SKIP_TEXT_TAGS.has(prev.tagName)) continue;
    if (hasControl(scope, prev)) return '';
    if (prev.tagName === 'TABLE') {
      const last = ownRows(prev as HTMLTableElement).pop();
      return last ? labelish(cachedText(scope, last)) : '';
    }
    const text = cachedText(scope, prev);
    if (text) return labelish(text);
  }
  return '';
}

/**
 * One step of the header-above walk at row `r`: the header text or "" when the walk ends
 * there, null when it goes on to the row above.
 */
function headerRowAnswer(scope: LabelScope, grid: TableGrid, r: number, col: number, colSpan: number): string | null {
  const above = grid.slots[r]?.[col];
  if (!above) return null;
  if (hasControl(scope, above)) return null;
  const rowEl = grid.rows[r]!;
  if (hasControl(scope, rowEl)) return '';
  // A header labels a column only if it covers the control's whole cell: a full-width cell
  // under a row of narrow headers belongs to none of them.
  const head = grid.places.get(above)!;
  if (head.col > col || head.col + head.colSpan < col + colSpan) return '';
  const text = cachedText(scope, above);
  return text ? labelish(text) : null;
}

/**
 * Whether another field control precedes `el` inside its table cell: then the cell's left
 * neighbour or header labels that earlier control, not this one. Each cell's controls are
 * listed once per scope (a whole form inside one layout cell would otherwise be re-queried
 * for each of its controls).
 */
export function followsControlInCell(scope: LabelScope, el: HTMLElement): boolean {
  const cell = enclosingCell(el);
  if (!cell) return false;
  for (const other of cellControls(scope, cell)) {
    if (other === el) return false;
    if ((other as HTMLInputElement).type === 'radio' && (other as HTMLInputElement).name === (el as HTMLInputElement).name) continue;
    return true;
  }
  return false;
}

/** The field controls inside a table cell, in document order, listed once per scope. */
function cellControls(scope: LabelScope, cell: Element): Element[] {
  return remembered(scope.cellControls, cell, () => all(cell, CONTROL_SELECTOR));
}

/**
 * A label written after its box, "[ ] 姓名": the text right after a control that is the last
 * one of its table cell (wordsBeside, up to a line break), for a control nothing else labels
 * (lib/page/collect.ts). Not a bracket: "[ ]（请填写手机号码）" is a request about the box's
 * field, not its name. A box followed by another in its cell ("[ ]年[ ]月") gets none: the text
 * between is the next box's label; a unit after the last box (岁, 年) names no field.
 * @returns the text, or "".
 */
export function cellTextAfter(scope: LabelScope, el: HTMLElement): string {
  const cell = enclosingCell(el);
  const text = cell && cellControls(scope, cell).at(-1) === el ? nodeText(wordsBeside(el, 'nextSibling')) : '';
  return /^[(（]/.test(text) ? '' : text;
}

/** A required mark on its own (`*`, `＊`, `※`). */
const LONE_REQUIRED_MARK = /^[*＊※]$/;

/**
 * `"*"` when the label text `node` comes right after a required mark of its own — the portal
 * style `<font color=red>*</font>政治面貌：` inside one cell — else `""`, so the mark stays with
 * its label (hasRequiredMark) instead of being lost between two nodes. A mark the page hides
 * (isUnseen: a validator's `*` after the box before) is none (breaker 30a item 6).
 */
function requiredMarkBefore(node: Node): string {
  let prev = node.previousSibling;
  while (prev && prev.nodeType === 3 && !tidyText(prev.nodeValue ?? '')) prev = prev.previousSibling;
  if (!prev) return '';
  // A text node's textContent is its own text.
  const readable = prev.nodeType === 3 || (prev.nodeType === 1 && !isFieldElement(prev) && !isUnseen(prev as Element));
  return readable && LONE_REQUIRED_MARK.test(tidyText(prev.textContent ?? '')) ? '*' : '';
}

/**
 * A note between a text area and the heading or legend naming it: wholly in brackets, or a
 * sentence (a comma, full stop or semicolon) — （无奖惩的请填写“无。”）, 注：没有的填写“无。”，不得空白。,
 * 请如实填写，限500字 (checks57 item 5). A label is neither.
 */
const NOTE_TEXT = /^[(（].*[)）]$|[，。；]/;

/**
 * Text just before the control inside its own container: previous sibling text nodes or
 * control-free elements, climbing to the parent when there are none, never crossing a table
 * cell, row, form or another control (that text belongs to the previous field). A text area's
 * note (NOTE_TEXT) is passed over.
 * @param skip optional predicate for elements to step over (radio choice labels).
 * @returns the nearest such text or "", with a `*` before it when a required mark of its own
 *   precedes it (requiredMarkBefore).
 */
export function textBefore(el: HTMLElement, skip?: (n: Element) => boolean): string {
  let node: Node = el;
  // A text area's note is passed over, on to the heading or legend above it that names the box.
  const named = (text: string) => !!text && !(el.tagName === 'TEXTAREA' && NOTE_TEXT.test(text));
  for (let depth = 0; depth < 4; depth++) {
    for (let prev = node.previousSibling; prev; prev = prev.previousSibling) {
      if (prev.nodeType === 3) {
        const text = tidyText(prev.nodeValue ?? '');
        if (named(text)) return labelish(requiredMarkBefore(prev) + text);
        continue;
      }
      if (prev.nodeType !== 1) continue;
      const pe = prev as Element;
      if (SKIP_TEXT_TAGS.has(pe.tagName) && pe.tagName !== 'SELECT' && pe.tagName !== 'TEXTAREA') continue;
      // select2 3.x's stand-in before its list (seenAs) is the list's face: the words before it name
      // the list. So is the original EasyUI hides before the box it draws (`.textbox-f`: label +
      // original + span.textbox in its form demo, easyui66 EU-3).
      if (skip?.(pe) || pe.matches(`${DRAWN_BEFORE},.textbox-f`)) continue;
      if (isFieldElement(pe) || pe.querySelector(CONTROL_SELECTOR)) return '';
      if (pe.tagName === 'INPUT' || pe.tagName === 'BR' || pe.tagName === 'IMG') continue;
      const text = ownText(pe);
      if (named(text)) return labelish(requiredMarkBefore(pe) + text);
    }
    const parent: HTMLElement | null = node.parentElement;
    // A wrapping <label> is the control's own label (label-wrap); a radio group's first member
    // climbs out of its choice label to reach the group's label.
    if (!parent || BOUNDARY_TAGS.has(parent.tagName) || (parent.tagName === 'LABEL' && !skip)) return '';
    node = parent;
  }
  return '';
}

/**
 * Text beside a box that names nothing: a required star or a note in brackets (是[ ] 否[ ]* or
 * 是[ ] 否[ ]（选否请填写原因）: breaker 14b item 4).
 */
const NO_WORDS = /^([*＊※]*|[(（][^)）]*[)）])$/;

/**
 * The nearest text node or control-free element with words (not blank, no `none`: NO_WORDS unless
 * given) beside `el` in direction `dir`, before any line break or control. @returns that node, or null.
 */
function wordsBeside(el: Node, dir: 'nextSibling' | 'previousSibling', none = NO_WORDS): Node | null {
  for (let next = el[dir]; next; next = next[dir]) {
    if (next.nodeType === 3) {
      if (!none.test(tidyText(next.nodeValue ?? ''))) return next;
      continue;
    }
    if (next.nodeType !== 1) continue;
    const ne = next as Element;
    if (isFieldElement(ne) || ne.querySelector(CONTROL_SELECTOR) || ne.tagName === 'BR') return null;
    if (!none.test(ownText(ne))) return ne;
  }
  return null;
}

/** The sibling beside `n` in direction `dir`, past blank text. */
function siblingBeside(n: Node, dir: 'nextSibling' | 'previousSibling'): Node | null {
  let s = n[dir];
  while (s?.nodeType === 3 && !tidyText(s.nodeValue ?? '')) s = s[dir];
  return s;
}

/**
 * Whether a run of boxes of `el`'s type, each next to a text, writes each box's text before it
 * (是[ ] 否[ ]): the run's last box has a text before it, after another box, and none after it
 * (breaker 12 item 3).
 */
function textFirst(el: Element): boolean {
  const after = wordsBeside(el, 'nextSibling');
  const box = siblingBeside(after ?? wordsBeside(el, 'previousSibling') ?? el, after ? 'nextSibling' : 'previousSibling') as Element | null;
  return (box as HTMLInputElement | null)?.type === (el as HTMLInputElement).type && (!after || textFirst(box!));
}

/**
 * The node holding a radio's or checkbox's choice text when no label points at it: the words
 * right after it ([ ]是 [ ]否), or right before it when the run's texts stand before its boxes
 * (是[ ] 否[ ]; textFirst); failing words, the bracket or star there, which then is the choice
 * ([ ]（男） [ ]（女）: breaker 15b item 2). @param el the radio/checkbox. @returns that text node or element, or null.
 */
export function choiceTextNode(el: Element): Node | null {
  const dir = textFirst(el) ? 'previousSibling' : 'nextSibling';
  return wordsBeside(el, dir) ?? wordsBeside(el, dir, /^$/);
}

function nodeText(node: Node | null): string {
  return node ? labelish(node.nodeType === 3 ? tidyText(node.nodeValue ?? '') : ownText(node)) : '';
}

/**
 * What stands around a choice's words in its text node, dropped:
 * - before them, a star, a colon, a request or note in brackets, dropped whole — *是[ ], ：是[ ],
 *   （请勾选）是[ ] (breaker 14b item 3), [ ]（必选）同意 (breaker 15b item 2) — or the option's number
 *   or letter before a Chinese word: 1.是[ ] 2.否[ ], A、是( ) (breaker 14b item 3; not the 1. of
 *   1.5倍, nor the A、 of A、B类期刊 or the E. of E.Mail, breaker 17a item 3);
 * - after them, a required star ([ ]是 [ ]否*), a request or note in brackets ([ ]是 [ ]否 （说明）,
 *   [ ]否（请勾选）, breaker 15b item 7: a bracket saying 请 / 说明 / 必选 / 必填 / 注： / 勾选 / 多选…;
 *   one naming the option, 高级（正高）, 是（已缴纳）, 继续教育（必修）, 发明专利（申请中）, is its
 *   words, breaker 17a items 1–2, breaker 18a item 4), or the next option's number after a Chinese
 *   word, a number with or without a space, a capital letter after a space (1.[ ]是 2.[ ]否 and
 *   1.[ ]是2.[ ]否 read 是, not 是 2.; breaker 17a item 4; not the A. of MBA. or the 15. of
 *   GB/T 7714-2015., breaker 18a item 5).
 * A choice wholly in brackets is its words ([ ]（男）, [ ](是): group 2 kept).
 */
const CHOICE_MARKS =
  /^[*＊:：]*([(（]([^)）]*)[)）]$|[(（][^)）]*[)）]|(\d\d?|[A-Za-z])[.、．]\s*(?=[\u4e00-\u9fff]))?|\s*([(（][^)）]*((?<!申)请|说明|必[选填答]|注[:：]|勾选|[单多]选|选填)[^)）]*[)）]|[*＊]+)$|(?<=[\u4e00-\u9fff])(\s+[A-Z]|\s*\d\d?)[.、．]$/g;

/**
 * A radio's or checkbox's choice text when no label points at it: the text of choiceTextNode,
 * CHOICE_MARKS dropped, and an icon font's glyphs (private-use characters) too: a UI kit draws
 * its own radio before the words (layui: U+E643 工程技术人员), which no check or fill matches
 * (breaker 64b items 6–7).
 */
export function choiceWords(el: HTMLElement): string {
  return nodeText(choiceTextNode(el)).replace(/\p{Co}/gu, '').replace(CHOICE_MARKS, '$2');
}
