/**
 * Page-level signals for step recognition and checks: headings, notices, links and the data
 * grids of saved records. Each reads the document with one selector query; our own overlay
 * (`[data-zc-root]`) is excluded through `isOurs`.
 */
import type { GridRow, GridSnapshot } from './snapshot';
import { normalizeText } from './normalize';
import { buildTableGrid, ownCells, ownRows } from './table-grid';
import { SKIP_TEXT_TAGS, actionText, isDrawn, ownText } from './labels';
import { isRedColor } from './red-color';
import { remembered } from './remembered';
import { all } from './query';

const MAX_HEADING_CHARS = 60;
/** Longest notice text kept, in characters. */
const MAX_NOTICE_CHARS = 300;
const MAX_ITEMS = 60;

/** Predicate: the element belongs to our overlay and must be ignored. */
export type IsOurs = (el: Element) => boolean;

function pushUnique(list: string[], text: string, cap: number): void {
  if (text && !list.includes(text) && list.length < cap) list.push(text);
}

/** A breadcrumb's label, 当前位置： / 您的位置： / 您现在的位置： / 您当前的位置： / 所在位置： / 当前所在位置：, before its crumbs
 * (首页 > 职称申报 > 学历情况), on normalised text. Only a line so labelled is a breadcrumb: a title
 * joining its step and a sub-page (学历情况 → 附件上传) names its step as a whole (breaker 7a F2);
 * lib/portal/recognize-step.ts reads its last crumb. */
export const CRUMBS = /^(当前(所在)?|所在|您(现在|当前)?的)位置/;
/** A line starting with a breadcrumb's label and its colon (：folds to : in normalised text). */
const CRUMBS_LINE = RegExp(CRUMBS.source + ':');
/** A breadcrumb's label alone (its colon is cut off in normalised text). */
const CRUMBS_ONLY = RegExp(CRUMBS.source + '$');
/**
 * The title of a section's 附件上传 form, which names the section before it (年度考核结果—附件上传,
 * 学历 上传附件: seed 3(3)(4)(7)(8)(9)), on normalised text: a heading however drawn (breaker 22 F7).
 * Only an upload form's (topCrumbs): elsewhere a text so ending is a menu's entry or a hint (breaker 23 C).
 */
const UPLOAD_TITLE = /.(附件上传|上传附件)$/;
/**
 * An upload form's button (topCrumbs): one making the file box on click or sending the file (添加文件,
 * 选择文件, 上传附件, 添加附件, 上传), by its text: an <input>, a <button>, or a link drawn as a button
 * (class …btn… / …button…) — breaker 24 item 7, left 24b item 2. A form showing only a 附件类型 list
 * and 上传 is one. A menu's link (证明材料附件上传) or a hint names no such action.
 */
const UPLOAD_BUTTON = /^(点击)?((添加|选择|上传)(附件|文件)|上传)$/;
const UPLOAD_BUTTONS = 'button,[type=button],[type=submit],a[class*="btn" i],a[class*="button" i]';
/**
 * A heading that is a sentence about the page, not its name: one quoting a name (请先完成“论文、
 * 著作”), asking for something (请先…, 送审前请核对, …，请重新登录 — not 请选择…, the series page's
 * own title), saying what cannot be done (提交送审后不能修改) or a note, help text (注意：送审后信息将锁定,
 * 提示：学历情况按时间顺序填写, 说明…, 温馨提示…: fix32e). It names no step, not even the one it
 * quotes (probe 15 item 3; lib/portal/recognize-step.ts reads no name in it, and one sending
 * elsewhere rules out what it names there); topCrumbs takes none for an upload form's title
 * (提示：请先保存后再进行附件上传: breaker 23 C).
 * 提示 makes help text only at its start, after two characters at most (提示：, 温馨提示, 重要提示,
 * 操作提示), as 注 and 说明 do: a title with its own hint after it (论文、著作 提示：没有可不填) or
 * named for hints (学历情况提示) still names its step (breaker 7a F6).
 * Judged without its bracketed parts: a title keeps naming its step beside an instruction in
 * brackets (完成并送审（请仔细核对!）, 年度考核情况（请按年度填写）: breaker 31c item 1). Normalised
 * text: （）！ are ()! there.
 */
export const SENTENCE = /[“"「]|请(?!选择)|不能|^注|^说明|^.{0,2}提示/;
/** The nodes that end the line of a crumb label alone among the form's elements (topCrumbs), by nodeName:
 * a block (a wizard's bar of steps under it, breaker 23 F2; a <center>, <fieldset>, <section> holding
 * the form, an <hr>, a <nav> of other steps: breaker 25 item 5), a <br>, a field. Any other inline tag
 * may hold a crumb (<em>, <label>, <small>, <u>, <cite>, <nobr>, <big>, <li>: breaker 24 item 6). */
const LINE_END_TAGS = /^(BR|DIV|P|TABLE|[DOU]L|FORM|H[\dR]|INPUT|SELECT|TEXTAREA|CENTER|FIELDSET|SECTION|ARTICLE|MAIN|HEADER|FOOTER|ASIDE|NAV)$/;
/** A breadcrumb line (normalised, read without links) with no crumb but 首页 after its label: every crumb was a link. */
const NO_PLAIN_CRUMB = RegExp(CRUMBS.source + ':?(首页)?[>»›→》〉/]*$');
/** Texts read from the top of the page for a breadcrumb line: past a banner and a menu of steps. */
const MAX_TOP_TEXTS = 40;

/** Most computed styles read for headings in one reading of the page (about 5 µs each in Chromium). */
const MAX_HEADING_STYLE_READS = 300;

/**
 * Heading-like texts: the title, h1–h6, caption, legend, elements whose class/id says title,
 * and short bold or enlarged blocks.
 *
 * Bold and size are read from the markup (`<b>`, `<strong>`, `<font size>`, inline styles). With
 * `view`, text the page's stylesheets make bold or larger than the body's text counts as well
 * (the `.STYLE1 { font-weight: bold }` classes of pages made with the editors of that era); link
 * texts do not, so a menu whose current entry is bold names no step.
 * @param doc the frame's document. @param isOurs leaves out our overlay.
 * @param parts the frames that are parts of the page, as its reading found them (lib/page/collect.ts),
 *   once per reading: its boxes' rich-text editors (editorFrame) and the frames showing its lists
 *   (childFrameGrids' `lists`).
 * @param view the frame's window, to read computed styles (at most 300 elements) and leave out
 *   headings not drawn (a tab pane not shown); without it, markup only. lib/page/collect.ts
 *   passes it only for a frame with a form or a grid.
 * @returns normalised texts, each ≤ 60 characters, at most 60: the title first, then the page's
 *   own, unique among themselves — one may repeat the title, so the recogniser can tell a step the
 *   page shows from one only its title names (lib/portal/recognize-step.ts; probe 10b).
 */
export function collectHeadings(doc: Document, isOurs: IsOurs, parts: ReadonlySet<Element>, view?: Window | null): string[] {
  const out: string[] = [];
  for (const el of headingElements(doc)) {
    // A link's text is a menu item, however it is drawn (<a><font size="2">基本信息</font></a>),
    // and whatever holds it (<td class="menuTitle"><a>基本信息</a></td>).
    if (isOurs(el) || el.closest('a')) continue;
    const text = normalizeText(ownText(el, true));
    if (text.length <= MAX_HEADING_CHARS && !(view && text && !isDrawn(el))) pushUnique(out, text, MAX_ITEMS - 1);
  }
  // A page holding a drawn frame is the shell around the step's page: the frame's page names
  // itself, the shell's breadcrumb may lag it (breaker 8b). A hidden one (a closed date picker's)
  // is no content, nor a rich-text editor's box in the form (breaker 27 F1), nor a frame showing
  // lists of the page's own (its saved records above the form, breaker 28 F4; with no rows yet, b30 U7).
  if (doc.body && !all(doc, 'iframe,frame').some((f) => (!view || isDrawn(f)) && !parts.has(f))) pushUnique(out, topCrumbs(doc, isOurs, view), MAX_ITEMS - 1);
  if (view && doc.body) for (const text of styledHeadings(doc, view, isOurs)) pushUnique(out, text, MAX_ITEMS - 1);
  const title = normalizeText(doc.title ?? '');
  return title ? [title, ...out] : out;
}

/**
 * The rich-text editor (KindEditor, CKEditor, TinyMCE, FCKeditor, eWebEditor) drawn for a box the
 * page does not draw (a <textarea> not drawn; an input asked about only when hidden): an <iframe>
 * in the box's parent element. The frame naming the box by its id or name, at the start of its id
 * (TinyMCE's txt_ifr, FCKeditor's txt___Frame) or as a value in its address (fckeditor.html?InstanceName=txt,
 * ewebeditor.htm?id=content1&…; a frame merely mentioning it, rid=7 beside an input "id", is none;
 * of several, the shortest id: txtZJ_ifr, not txtZJ_2_ifr, is txtZJ's: breaker 29 U4);
 * else, for a hidden <textarea>, the drawn editor its script writes (a frame with no address, or about: /
 * javascript:; a hidden form target is none: breaker 29 U3) in the same place among those as the box among the parent's hidden text areas: two
 * editors in one container each pair with their own box (KindEditor's frame before its box,
 * CKEditor's and TinyMCE's after it: breaker 28 F1), and a frame loading a page (an upload panel's)
 * is no editor of a text area beside it. The user writes in the frame's body, the page's script
 * copies it into the box on submit. An editor drawn in the page itself (wangEditor, Quill,
 * CKEditor 5: a <div contenteditable="true"> where the user writes, copied into the hidden box by
 * script, often only on submit) counts as such a frame with no address (breaker 41 item 6).
 * @returns the editor's frame or editable element, or undefined.
 */
export function editorFrame(box: Element): HTMLIFrameElement | undefined {
  const area = box.parentElement;
  // The editable <div> typed as a frame: editorBody tells them apart.
  const frames = Array.from(area?.querySelectorAll<HTMLIFrameElement>('iframe,[contenteditable=true]') ?? []);
  const keys = [box.id, box.getAttribute('name')].filter(Boolean) as string[];
  const named = frames.filter((f) => keys.some((k) => f.id.startsWith(k + '_') || `${f.getAttribute('src')}&`.includes(`=${k}&`))).sort((a, b) => a.id.length - b.id.length)[0];
  if (box.tagName !== 'TEXTAREA') return named;
  return isDrawn(box) ? undefined : (named ?? frames.filter((f) => isDrawn(f) && /^(about:|javascript:|$)/i.test(f.getAttribute('src') ?? ''))[all(area!, 'textarea').filter((t) => !isDrawn(t)).indexOf(box as HTMLTextAreaElement)]);
}

/**
 * Where a rich-text editor's frame (editorFrame) is written in, read and written alike (collect.ts
 * readControl, lib/fill/writers/text.ts): its body, once the editor made it editable (designMode,
 * contenteditable), or that of the editing frame inside its toolbar page (FCKeditor, eWebEditor:
 * the first of its frames that is one or holds one, at any depth; a hidden helper frame before it
 * is passed over: breaker 28 U5). Null or undefined before that, or when it is not readable
 * (another origin's): the box's own value stands. An editable element drawn in the page
 * (editorFrame) is its own body.
 */
export function editorBody(frame: HTMLIFrameElement | null | undefined): HTMLElement | null | undefined {
  const body = frame?.isContentEditable ? frame : frame?.contentDocument?.body;
  return body?.isContentEditable ? body : body && all(body, 'iframe').map(editorBody).find(Boolean);
}

/**
 * Queries for heading-like elements (collectHeadings): one per tag, then one for the attributes
 * (a title's class or id, a size, an inline bold or size). A card's or panel's header is one
 * too (layui's `.layui-card-header`, Bootstrap's `.card-header`, `.panel-heading`, EasyUI's
 * `.panel-header`): layui.css draws it in the body's size and weight, and a record form in a card
 * may have no other heading (breaker 63 B63-2). An ASP.NET SiteMapPath (`<span id="ctl00_SiteMapPath1">`:
 * 首页 > 职称申报 > 学位（学历）教育情况, its crumbs in spans and links, no 当前位置： label) is one too:
 * a portal copy may name its step nowhere else (unseen69).
 */
const HEADING_QUERIES = 'h1|h2|h3|h4|h5|h6|caption|legend|b|strong|font[size],[class*="title" i],[id*="title" i],[class*="card-head" i],[class*="panel-head" i],[id*="mappath" i],[style*="bold"],[style*="font-size"]'.split('|');

/**
 * The heading-like elements of collectHeadings, in document order, each once: what one query of
 * all the tags and attributes finds, found by HEADING_QUERIES, which Chromium answers in half the
 * time (a query of one tag is looked up, a list of selectors is tested on every element: 1.7 ms
 * against 3.5 ms on a page of 1,000 fields).
 */
function headingElements(doc: Document): Element[] {
  const found = new Set<Element>();
  for (const query of HEADING_QUERIES) for (const el of all(doc, query)) found.add(el);
  return [...found].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/**
 * A breadcrumb line at the top of the page however it is drawn (a plain <div> or <td>: 当前位置：首页
 * > 职称申报 > 学历信息): the text of the element holding a text that starts with its label, when
 * that element's text starts with the label and a colon (CRUMBS_LINE); read before the page's
 * first field and among its first MAX_TOP_TEXTS texts, so the same words in a help paragraph lower
 * down, or in the middle of a line, make no breadcrumb. A label in an element of its own
 * (<span>当前位置：</span><a>首页</a> > …, a cell of its own) reads the element around it, unless
 * that holds a field; then what follows the label on its line (texts and inline elements, up to
 * anything else: a block, a <br>, a field; a wizard's bar of steps under it is no crumb, breaker
 * 23 F2), when arrows part it (a menu of links after a label names nothing). The line is read without its links (a bar's 修改密码 / 退出 or a 返回 after the
 * crumbs: breaker 19 item 2), unless then no crumb but 首页 is left (every crumb a link). A
 * crumb 首页 alone names no step. None whose row's first field is of that row, not of a table inside it (a banner's 申报年度 list or search
 * box beside it). Without a breadcrumb, on an upload form (a file box, shown or not), the form's
 * title in plain text (UPLOAD_TITLE: 年度考核结果—附件上传): the last before the first field, so a
 * plain-text menu's entry (证明材料附件上传) above the title is not taken, and no sentence
 * (SENTENCE: 注：…请在第10步附件上传); a cell's beside a field is that field's label, the title only
 * of a one-row form without one (breaker 25 item 7). Elsewhere a text ending 附件上传 is a menu's entry or a hint,
 * never the page's title (breaker 23 C). The caller decides whether the page's own breadcrumb counts (collectHeadings:
 * not in a page holding a drawn frame) or the one around a frame (crumbsAround).
 * @param view the document's window, to leave out a line not drawn; without it, markup only.
 * @returns normalised text of at most 60 characters, "" when there is none.
 */
function topCrumbs(doc: Document, isOurs: IsOurs, view?: Window | null): string {
  const walker = doc.createTreeWalker(doc.body, 5 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  const upload = doc.querySelector('input[type=file]') || all(doc, UPLOAD_BUTTONS).some((b) => UPLOAD_BUTTON.test(normalizeText(actionText(b))));
  let title = '';
  /** The label of a one-row upload form's only row, beside its file box: the title when there is none. */
  let label = '';
  /** The title before the last upload title read, and that title's element: entries side by side are a menu. */
  let before = '';
  let last: Element | undefined;
  for (let node = walker.nextNode(), read = 0; node && read < MAX_TOP_TEXTS; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      if ((node as Element).matches(FIELD_CONTROL)) break;
      continue;
    }
    let el = node.parentElement!;
    const text = normalizeText(node.nodeValue ?? '');
    // Neither a title nor a breadcrumb is read from our overlay or from a text not drawn (with `view`).
    if (!text || SKIP_HEADING_TAGS.has(el.tagName) || isOurs(el) || (view && !isDrawn(el))) continue;
    read++;
    // An upload form's title in a plain <div> or cell (no heading's tag or style) names its
    // section all the same; a link's text is a menu's, a cell's beside a field that field's label
    // (学历学位证书附件上传 | [file]: breaker 24 item 8) — unless the form is that one row and no title
    // is read: then the label is the page's only name (年度考核结果附件上传 | [file] [上传]: breaker 25
    // item 7). Entries side by side, one element right after the other (a tab strip 年度考核附件上传 |
    // 学历附件上传), are a menu: the title before them stands (breaker 24 item 9); a menu's last entry
    // with other entries before it is not (breaker 23 C).
    if (upload && UPLOAD_TITLE.test(text) && !SENTENCE.test(text) && text.length <= MAX_HEADING_CHARS && !el.closest('a')) {
      if (el.closest('td')?.nextElementSibling?.querySelector(FIELD_CONTROL)) {
        if (!el.closest('tr')!.parentElement!.children[1]) label ||= text;
      } else {
        if (last?.nextElementSibling === el) title = before;
        else [before, title] = [title, text];
        last = el;
      }
    }
    // The element's text is read only for a text starting with the label (当前位置：, its crumbs
    // links after it): a text's own is cheap, an element's may be the whole page's.
    if (!CRUMBS.test(text)) continue;
    let line = normalizeText(ownText(el));
    while (CRUMBS_ONLY.test(line) && el.parentElement && !el.parentElement.querySelector(FIELD_CONTROL)) line = normalizeText(ownText((el = el.parentElement)));
    // Still alone, among the form's own elements (<span>当前位置：</span><a>首页</a> > <a>学历情况</a><table>…):
    // its crumbs are what follows it on its line, if arrows part them (a menu's links are not),
    // read with the label, with and without links as the label's own element is.
    const range = doc.createRange();
    range.selectNode(el);
    for (let s = el.nextSibling; CRUMBS_ONLY.test(line) && s && !LINE_END_TAGS.test(s.nodeName); s = s.nextSibling) range.setEndAfter(s);
    const crumbs = /[>»›→》〉]/.test(range.toString()) ? range.cloneContents() : el;
    line = normalizeText(ownText(crumbs));
    const bare = normalizeText(ownText(crumbs, true));
    if (!NO_PLAIN_CRUMB.test(bare)) line = bare;
    // A breadcrumb with a field in its row (申报年度 [list], a search box) is a banner's bar, not a form's title (breaker 8b);
    // its first field in a table inside the row is a form the crumb sits over in a layout table's cell (left 24b item 4).
    if (CRUMBS_LINE.test(line) && line.length <= MAX_HEADING_CHARS && el.closest('tr')?.querySelector(FIELD_CONTROL)?.closest('tr') !== el.closest('tr')) return line;
  }
  return title || label;
}

/** The boxes dialogs are drawn in (a layui layer, jQuery UI's .ui-dialog, Bootstrap's .modal, EasyUI's .window), around a frame: crumbsAround. */
const DIALOG_BOX = '[class*=layer],[class*=dialog],[class*=modal],[class*=window]';

/**
 * The breadcrumb line of the page around a frame (its parent, same origin: topCrumbs), which
 * names the page the frame shows (a shell 当前位置：首页 > 职称申报 > 学历情况 over the form's
 * <iframe>), or the title bar of a dialog the frame is drawn in (DIALOG_BOX: 添加工作经历).
 * Only that: never the parent's menu, headings or title. The breadcrumb only of a shell, a
 * parent with no field of its own: a page with a form names that form, and a frame over it is
 * a dialog or a date picker's (选择单位, My97DatePicker.htm), not the named page (breaker 19 item 1).
 * @param view the frame's window. @returns normalised text, "" without a window, for the top
 *   frame, a parent of another origin (not ours to read), one with a field, or one without a
 *   breadcrumb (a <frameset>), unless a dialog's title bar is read.
 */
export function crumbsAround(view: Window | null): string {
  try {
    // A frame in a dialog drawn over the page (a layui layer, a jQuery UI, Bootstrap or EasyUI
    // dialog: 添加工作经历 over the 工作经历 list) is named by the dialog's title bar, the nearest
    // box around it that has one: its form may have no heading of its own (breaker 63 B63-5).
    for (let box = view?.frameElement; (box = box?.parentElement?.closest(DIALOG_BOX)); ) {
      const title = box.querySelector('[class*="title" i]');
      if (title) return normalizeText(title.textContent!);
    }
    const doc = view && view.parent !== view ? view.parent.document : null;
    // Our overlay's host holds no text of the page's (its shadow root is not walked): nothing is ours.
    return doc?.body && !doc.querySelector(FIELD_CONTROL) ? topCrumbs(doc, () => false, view!.parent) : '';
  } catch {
    return ''; // another origin's page: reading its document throws
  }
}

/** Short texts drawn bold or larger than the body's text by the page's stylesheets (see collectHeadings). */
function styledHeadings(doc: Document, view: Window, isOurs: IsOurs): string[] {
  const out: string[] = [];
  const bodySize = Number.parseFloat(view.getComputedStyle(doc.body).fontSize) || 16;
  const read = new Set<Element>();
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && read.size < MAX_HEADING_STYLE_READS; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || read.has(parent) || !(node.nodeValue ?? '').trim()) continue;
    if (SKIP_HEADING_TAGS.has(parent.tagName) || parent.closest('a') || isOurs(parent)) continue;
    read.add(parent);
    const text = normalizeText(ownText(parent, true));
    if (text.length < 2 || text.length > MAX_HEADING_CHARS) continue;
    const style = view.getComputedStyle(parent);
    if ((isBoldWeight(style.fontWeight) || Number.parseFloat(style.fontSize) >= bodySize * 1.2) && isDrawn(parent)) out.push(text);
  }
  return out;
}

/** Elements whose text is never a heading: those whose text is never a label's (scripts, controls' texts), and a label. */
const SKIP_HEADING_TAGS = new Set([...SKIP_TEXT_TAGS, 'LABEL']);

/** A notice: the element that holds it and its text (normalised, cut to MAX_NOTICE_CHARS). */
export interface NoticeElement {
  element: Element;
  text: string;
}

/** The word that makes a block a notice whatever its colour (the seed's "注意说明"). */
export const NOTICE_WORD = '注意';
/**
 * The word of a block saying what the system fetched for the applicant, a notice whatever its
 * colour (系统已获取您在广州市缴纳的社保信息…，无需另行上传: breaker 27 F13; read by
 * lib/checks/on-job-proof-missing.ts). Not in a link's or button's words: those fetch (获取历史数据,
 * 获取社保信息), they say nothing fetched (left 29 item 3).
 */
const FETCHED_WORD = '获取';

/** Most notice elements read from one page (red required-marks included). */
const MAX_NOTICE_ELEMENTS = 300;

/**
 * Whether a class name says red: `red` on its own or joined to a short word (`font-red`,
 * `red_tip`, `txtRed`, `redText`, `fontred`, `redfont`), not a word that merely contains it
 * (`required`, `bordered`, `centered`).
 */
function isRedClassName(name: string): boolean {
  return /^(font|txt|text|fc|f)?red(font|txt|text|tips?|words?|msg)?$|[-_]red$|^red[-_]/i.test(name) || /[a-z]Red|^red[A-Z]/.test(name);
}

/**
 * Whether an element sets its own text red: a red class name, `<font color>` or an inline
 * `color`, read from the markup (no computed style, so it costs no layout; red from a
 * stylesheet rule alone is not seen).
 */
function setsRedText(el: Element): boolean {
  if (Array.from(el.classList).some(isRedClassName)) return true;
  if (el.tagName === 'FONT' && isRedColor(el.getAttribute('color') ?? '')) return true;
  const inline = (el as HTMLElement).style?.color;
  return !!inline && isRedColor(inline);
}

/**
 * The elements holding prominent instructions: red text, then blocks containing 注意 (the
 * seed's "上方的注意说明（红色字体）") or saying what the system fetched (FETCHED_WORD, outside links and buttons).
 *
 * Red is read from the markup (see setsRedText), which costs no style work. With `view`, red
 * drawn by the page's stylesheets (`.tip { color: #e00 }`) is found as well, from the computed
 * colour of each text's element: for each red text the outermost red element around it that
 * holds no form control is taken, so a red block is one notice, not one per line.
 * @param doc the frame's document.
 * @param isOurs leaves out our own overlay.
 * @param view the frame's window, to read computed colours; without it, markup only (the
 *   page snapshot's reading, lib/page/collect.ts).
 * @returns every such element once (two notices may read alike), red ones first, each in
 *   document order; at most 300. Elements whose text is empty are left out.
 */
export function noticeElements(doc: Document, isOurs: IsOurs, view?: Window): NoticeElement[] {
  const out: NoticeElement[] = [];
  const seen = new Set<Element>();
  const add = (element: Element) => {
    if (seen.has(element) || out.length >= MAX_NOTICE_ELEMENTS) return;
    seen.add(element);
    const text = normalizeText(ownText(element)).slice(0, MAX_NOTICE_CHARS);
    if (text) out.push({ element, text });
  };
  for (const el of all(doc, '[class*="red" i],font[color],[style*="color" i]')) if (!isOurs(el) && setsRedText(el)) add(el);
  const drawnRed = view ? computedRed(view) : null;
  const saysNotice: Element[] = [];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    const parent = node.parentElement;
    // No notice in a list's options, a box's text or a script: a long list (700 单位) would also use up the colour reads.
    if (!parent || isOurs(parent) || SKIP_TEXT_TAGS.has(parent.tagName)) continue;
    if (value.includes(NOTICE_WORD) || (value.includes(FETCHED_WORD) && !parent.closest('a,button'))) saysNotice.push(parent);
    if (drawnRed && !seen.has(parent) && value.trim() && drawnRed(parent)) add(outermostRed(parent, drawnRed));
  }
  for (const parent of saysNotice) add(parent);
  return out;
}

/**
 * Most computed colours read in one reading. Each read costs about 5 µs in Chromium (a
 * generated page of 1,000 fields: 3.7 ms for the markup alone, 14.2 ms with 2,000 reads), and
 * the panel is placed again after each reading of the page; the notices a page opens with are
 * within the first few hundred elements with text.
 */
const MAX_COLOUR_READS = 600;

/**
 * Whether an element's text is drawn red (computed), remembered per element for one reading;
 * after MAX_COLOUR_READS elements, the rest count as not red.
 */
function computedRed(view: Window): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (el) => remembered(known, el, () => known.size < MAX_COLOUR_READS && isRedColor(view.getComputedStyle(el).color));
}

/** Every form control and button, as a selector (the page reading's, and a notice's block: none inside). */
export const FORM_CONTROLS = 'input,select,textarea,button';

/** The outermost red element around `el` (itself included) below `<body>` that holds no form control. */
function outermostRed(el: Element, drawnRed: (el: Element) => boolean): Element {
  let top = el;
  for (let up = el.parentElement; up && up.tagName !== 'BODY' && up.tagName !== 'HTML' && drawnRed(up); up = up.parentElement) {
    if (up.querySelector(FORM_CONTROLS)) break;
    top = up;
  }
  return top;
}

/**
 * Prominent instructions' texts (see noticeElements).
 * @returns normalised texts, unique, at most 60, each cut to 300 characters.
 */
export function collectNotices(doc: Document, isOurs: IsOurs): string[] {
  const out: string[] = [];
  for (const { text } of noticeElements(doc, isOurs)) pushUnique(out, text, MAX_ITEMS);
  return out;
}

/** Link texts (menus are mostly links), normalised, unique, at most 300. */
export function collectLinks(doc: Document, isOurs: IsOurs): string[] {
  const out: string[] = [];
  for (const a of all(doc, 'a')) {
    if (isOurs(a)) continue;
    pushUnique(out, normalizeText(ownText(a)), 300);
  }
  return out;
}

const FIELD_CONTROL = 'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=image]):not([type=checkbox]):not([type=radio]):not([type=reset]),select,textarea';
/**
 * A FIELD_CONTROL one can type in or choose from: not read-only, not disabled. A list whose cells
 * show saved values in such boxes locked (a GridView's template columns: read-only 年度, a disabled
 * 考核结果 list) is a list, not a form, and is read from its boxes (breaker 27 F8).
 */
const OPEN_CONTROL = FIELD_CONTROL.replace(/,|$/g, ':not([readonly],[disabled])$&');

/** An inline `font-weight` that makes text bold (`bold`, `bolder`, 600–900). */
const BOLD_STYLE = /font-weight\s*:\s*(bold|bolder|[6-9]00)\b/i;

/** Whether a computed `font-weight` is bold: 600 and above (Chromium gives numbers), `bold`, `bolder`. */
function isBoldWeight(weight: string): boolean {
  return weight.startsWith('bold') || +weight >= 600;
}

/** Whether an element's computed text is bold. */
function drawnBold(view: Window, el: Element): boolean {
  return isBoldWeight(view.getComputedStyle(el).fontWeight);
}

/**
 * Column titles only a list's header row has (normalised text): its record's number (序号, 排序),
 * its actions, a result asked per year in each year's row ((年度)(考核)结果, 等次: checks57 item 4).
 */
const LIST_ONLY_TITLE = /^(记录)?序号$|^排序号?$|^操作$|^(年度)?(考核)?(结果|等次)$/;

/**
 * Whether the first row of a table is its header: a <thead> row, all <th>, a header-classed
 * row, plain cells titled like a list's (序号, 操作), or bold cells — bold by `<b>`/`<strong>`, by an inline style on the row or on every cell
 * (ASP.NET DataGrid and GridView render their HeaderStyle so), or, with `view`, by the page's
 * stylesheets when the row below is not bold too.
 */
function isHeaderRow(row: HTMLTableRowElement, cells: HTMLTableCellElement[], next?: HTMLTableRowElement, view?: Window | null): boolean {
  if (row.parentElement?.tagName === 'THEAD') return true;
  if (cells.every((c) => c.tagName === 'TH')) return true;
  if (/head|title/i.test(row.className)) return true;
  if (BOLD_STYLE.test(row.getAttribute('style') ?? '')) return true;
  const boldMarkup = cells.every((c) => {
    if (BOLD_STYLE.test(c.getAttribute('style') ?? '')) return true;
    const only = c.firstElementChild;
    return !!only && (only.tagName === 'B' || only.tagName === 'STRONG') && ownText(only) === ownText(c);
  });
  if (boldMarkup) return true;
  // An unstyled DataGrid draws its header as plain cells: short titles, one of them a column
  // only a list has (序号, 记录序号, 操作).
  const titles = cells.map((c) => normalizeText(ownText(c)));
  if (titles.some((t) => LIST_ONLY_TITLE.test(t)) && titles.every((t) => t && t.length <= 12 && !/\d/.test(t))) return true;
  if (!view || !next) return false;
  const nextCells = ownCells(next);
  return cells.every((c) => drawnBold(view, c)) && !(nextCells.length > 0 && nextCells.every((c) => drawnBold(view, c)));
}

/**
 * Text of a pager row ("1 2 3 下一页", "共 12 条 第 1/2 页 转到第 [ ] 页", "页次：1/5", "当前页：1/5",
 * "1/5页"): such a row may hold a text box without making its table a form. Not 首页 alone:
 * "返回首页" is no pager (a pager with 首页 shows 下一页 or 尾页 too). A page number N/M is read
 * beside a 页 or Page only, also in brackets (页码：【1/3】, 第[1/3]页), or right before a page
 * size (1/2 每页10条) (breaker 16 item 7, breaker 15a item 4): a date (2024/05) or a score (1/2)
 * is none, and so is a page-size chooser (每页显示10/20/50条). layui's 到第 [ ] 页 is a pager's too: its
 * box's first label is 到第 alone (lib/content/frame-role.ts; b30 U11).
 */
export const PAGER_TEXT = /[上下末尾]一?页|转到|到第|跳转|第[\d/]*页|(?<!每)(页|Page)\D{0,2}[[【]?\d+\/\d|\d\/\d+[\]】]?每?页|共\d+[条页项]|^[\d.…<>«»]+$/;

/** A row of one cell that reads as a pager (normalised text, see PAGER_TEXT). */
function isPagerRow(row: HTMLTableRowElement): boolean {
  const cells = ownCells(row);
  return cells.length === 1 && PAGER_TEXT.test(normalizeText(ownText(cells[0]!)));
}

/**
 * Whether a list shows one page of a longer one: it has a pager (a pager row, or a short pager
 * line right after it: "共 12 条记录 第 1/2 页 下一页") that does not say all is shown (共 1 页,
 * N/1 as its page of pages, read as PAGER_TEXT reads one, whatever else the line says (当前页：1/1 每页20条, breaker 14a item 3;
 * 页码：【1/1】 每页10条, Page 1/1, breaker 16 item 7;
 * not a date's 2024/1/5 nor a page-size chooser's 每页10/1…, breaker 15a item 4),
 * 1 as its only page number, 共 N 条 / 共有记录 N 条 / 共 N 项 with N no more than the
 * rows). The line after counts only when pager-shaped: no 返回 (返回上一页 is a way back) and
 * no full stop (a note naming 上一页) (breaker round 11 item 5); colons and commas are a
 * pager's too (页次：1/3 共 25 条, breaker 12). The one place checks and autofill learn it.
 * @returns `paged` and, when the pager says 共 N 条, `total` N; nothing for a whole list.
 */
function pageOf(table: Element, rows: HTMLTableRowElement[], shown: number): Pick<GridSnapshot, 'paged' | 'total'> {
  const after = table.nextElementSibling ?? table.parentElement?.nextElementSibling;
  const line = normalizeText(after ? ownText(after) : '');
  const pager = normalizeText(rows.filter(isPagerRow).map((row) => ownText(row)).join()) + (/^[^返。]{0,80}$/.test(line) && PAGER_TEXT.test(line) ? line : '');
  const total = Number(/共\D*(\d+)[条项]/.exec(pager)?.[1]);
  return !pager || total <= shown || /^\D*(1\D+)*1\D*$|共1页|(?<!每)(页|Page)\D{0,2}[[【]?\d+\/1(?!\d)|\/1[\]】]?每?页/.test(pager) ? {} : { paged: true, total: total || undefined };
}

/**
 * Whether a row below a list's header row is the list's edit or insert row (a GridView edited
 * in the grid, anywhere in it, or its footer insert row): no header row (isHeaderRow) but the
 * list's own stands right above or below it, so a pager row under it is no matter; as many cells
 * as the header, most of them holding a text box, select or text area, one of them open
 * (OPEN_CONTROL). Its boxes are the record being entered or changed, not a saved one. A 登记表 with stacked header rows (header / boxes /
 * header / boxes) is a form (breaker 11 item 4; breaker 12 item 6).
 */
function isEditRow(row: HTMLTableRowElement, head: HTMLTableRowElement): boolean {
  const cells = ownCells(row);
  const headerBeside = [row.previousElementSibling, row.nextElementSibling].some((r) => r && r !== head && isHeaderRow(r as HTMLTableRowElement, ownCells(r as HTMLTableRowElement)));
  return row !== head && !headerBeside && cells.length === ownCells(head).length && cells.filter((c) => c.querySelector(FIELD_CONTROL)).length * 2 > cells.length && !!row.querySelector(OPEN_CONTROL);
}

/**
 * Whether a table lays out a form: it holds an open text box, select or text area (OPEN_CONTROL)
 * outside its pager rows, its edit rows under the header row `head` (a nested pager table
 * counts as part of the row it sits in) and a column only a list has (LIST_ONLY_TITLE): a saved
 * record's 排序 typed in its row's box is still a list's number (checks57 item 2), a year's
 * 考核结果 chosen in its row a saved year's (item 4).
 */
function laysOutForm(table: HTMLTableElement, head: HTMLTableRowElement): boolean {
  // Most tables hold no control, and a form's first control is not in a pager: one query decides.
  const first = table.querySelector(OPEN_CONTROL);
  if (!first) return false;
  const outsidePager = (control: Element) => {
    let row = control.closest('tr');
    while (row && row.closest('table') !== table) row = row.parentElement?.closest('tr') ?? null;
    return !row || !(isPagerRow(row) || isEditRow(row, head) || (row !== head && LIST_ONLY_TITLE.test(normalizeText(ownText(ownCells(head)[ownCells(row).findIndex((c) => c.contains(control))]!)))));
  };
  return outsidePager(first) || all(table, OPEN_CONTROL).some(outsidePager);
}

/** Longest text of a "no data" row ("暂无记录", "没有数据", "No records"); longer is content. */
const NO_DATA_MAX_CHARS = 20;

/** The words of a "no data" row that does not span the list (normalised text). */
const NO_DATA_TEXT = /^(暂无|没有|无)(任何)?(相关)?(记录|数据|信息|内容)|^no(records?|data)/i;

/**
 * File names of images that show no file (breakers 25 items 2 and 4, 26 F3). One rule: a name made
 * only of placeholder words and decoration words, joined or not, in any case, at least one of them
 * a placeholder's (default, blank, empty, placeholder, spacer, loading, or no / none before an
 * image's word), is a placeholder. Decoration says which placeholder, not what file: an image's or
 * a person's word (pic, img, photo, file, head, avatar, user, profile), a size (120x160, @2x,
 * small, large, big, mini, s), a gender (male, female, man, woman), a spinner, a variant number of
 * ≤ 2 digits: nopic.jpg, no_photo.png, DefaultHead.png, photo_default1.jpg, loadingimg.gif,
 * default_head_120x160.jpg, user_default.png, nopic_small.gif, default@2x.png. Any word of content
 * (an id, a date, zm001, scan, form, signed, dock, certificate) makes it a file:
 * noimage_scan.jpg, default_440106….jpg, blank_form_signed.jpg, loading_dock.jpg; and no / x alone
 * name an applicant's scan (no.jpg, x.jpg). An icon's mark is ICON_NAME's. Only an image's name:
 * a handler's address (Default.aspx?id=…) names no image.
 */
const NO_FILE_NAME =
  /^(?=.*(default|blank|empty|placeholder|spacer|loading|no(ne)?[_-]?(pic|im|photo|file|head|avatar)))([_@-]?(default|blank|empty|placeholder|spacer|loading|no(ne)?|pic(ture)?|im(g|age)|photo|file|head|avatar|user|profile|(fe)?male|(wo)?man|small|large|big|mini|s|spinner|\d{2,4}x\d{2,4}|\dx|\d\d?(?!\d)))+\.(gif|png|jpe?g)$/i;
/**
 * The words of an icon's mark saying a file is missing (breaker 23, left 26 item 3): a required
 * mark (star), a warning or an error (warn, error), a cross or a no (cross, no, x), a greyed icon
 * (gray, grey). A tick (ok) or a row's action (del, edit) is none: each says a file is there.
 */
const MARK = 'star|warn(ing)?|err(or)?|cross|no|x|gr[ae]y';
/**
 * An icon's name saying no file: a mark word (MARK) among the words an icon's name is made of —
 * icon or ico, btn, a required mark's red, a greyed paper clip's clip, a size or a number of two
 * digits at most — and none else (ico-x.png, warn_16x16.png, btnCross.gif), in any case, on
 * wordsOf's name parted by _ or -. A word no icon's name has beside a mark is a scan's name
 * (cross_section_01.png, scan_warning_letter01.png, zm001_120x90.png, No2024001.png), and so are
 * a mark's letters inside a word (crossing.png, xray.png).
 */
const ICON_WORD = `(icon?|btn|red|clip|\\d\\d?|${MARK})`;
const ICON_NAME = RegExp(`^(${ICON_WORD}[_-]+)*(${MARK})([_-]+${ICON_WORD})*\\.(gif|png)$`, 'i');
/**
 * A title or alt that says, as a whole, that there is no file (breaker 25 item 3): a "not yet" or
 * "please" (尚未, 暂未, 未, 暂无, 无, 还没有, 请), then 上传 or what is missing, or both (暂无图片,
 * 无照片, 请上传, 照片未上传, 尚未上传, 未上传图片, 请上传附件, 暂无数据), ended by a stop or an
 * exclamation at most (暂无图片。, 暂无上传！: left 26 item 2); not a sentence holding those words
 * (请上传清晰扫描件, 未上传原件请补交). Normalised text: no spaces, ！ is !.
 */
const NO_FILE_TEXT = /^(图片|照片|相片|文件|附件)?([尚暂还]?(未|无|没有)|请)(上传)?(图片|照片|相片|文件|附件|数据)?[。.!?~]*$/;

/** A file name with its words parted by _: its camelCase, and digits from the letters around them (iconWarn2.png → icon_Warn_2.png), for ICON_NAME. */
const wordsOf = (name: string) => name.replace(/(?<=[a-z])(?=[A-Z\d])|(?<=\d)(?=[a-zA-Z])/g, '_');

/** The file a lazy image waits for (data-src, data-original, layui's lay-src), its src a placeholder until it is scrolled to (breaker 24 item 4); "" or null when none. */
const lazyFile = (img: HTMLImageElement) => img.dataset.src || img.dataset.original || img.getAttribute('lay-src');

/**
 * An image's file name: the last part of its lazy file (lazyFile), else of its src as written (a
 * resolved one escapes a Chinese name: 上传.gif), without its query ("zm001.jpg" of /upload/zm001.jpg?v=2); "" when none.
 */
function fileName(img: HTMLImageElement): string {
  return (lazyFile(img) || img.getAttribute('src') || '').replace(/[?#].*/, '').split('/').pop()!;
}

/**
 * Whether an image is an icon: neither drawn nor loaded wider than 32 px, and given a width (an
 * icon handler's 16 × 16: Icon.ashx?name=clip) or an icon's format — GIF, PNG, SVG, ICO, or inline
 * (data:) — where a scan or a photo is a JPEG (breaker 25 item 5).
 */
function isIcon(img: HTMLImageElement): boolean {
  return !(img.naturalWidth > 32 || img.width > 32) && (img.hasAttribute('width') || /^data:|\.(gif|png|svg|ico)([?#]|$)/i.test(img.getAttribute('src')!));
}

/**
 * Whether an image says it shows no file: by its file's name (NO_FILE_NAME; read by words for
 * ICON_NAME: wordsOf; an inline image, data:…, has none) or by a title or alt saying so as a whole (NO_FILE_TEXT). Used for the saved
 * photo beside a file box (lib/page/collect.ts) and for list cells (cellText).
 */
export function noFileImage(img: HTMLImageElement): boolean {
  const name = fileName(img);
  return NO_FILE_NAME.test(name) || ICON_NAME.test(wordsOf(name)) || [img.title, img.alt].some((t) => NO_FILE_TEXT.test(normalizeText(t)));
}

/**
 * What an image says: its alt, else its title, else its file's name (fileName: "fujian.gif",
 * "zm001.jpg"); "" when none. Read for a list cell (cellText) and a saved photo (lib/page/collect.ts).
 */
export function imageText(img: HTMLImageElement): string {
  return img.alt || img.title || fileName(img);
}

/**
 * A data cell's normalised text: its own visible text (not a script's or a style's: breaker 24
 * item 2; not what the page hides in a drawn cell: breaker 25 item 6, ownText). A cell with none reads as the first image in it that shows a file (a paper clip opening
 * the saved file: <a onclick><img></a>, <img onclick>; the uploaded scan's thumbnail, not linked:
 * breaker 22 F1), by what it says (imageText), so that a 附件 or 文件 column holding icons or
 * thumbnails is not read as empty. Images that show no file are passed over, so that a cell
 * holding only them reads "" (breaker 23): not drawn (with `view`), a spacer (1 px wide or high,
 * unless a lazy image waiting for its file: lazyFile), saying so (noFileImage, by the lazy file's
 * name: a grey placeholder GIF waiting for a scan is the scan), or an icon (isIcon) greyed
 * out (a computed opacity under .5: disabled) — a scan's thumbnail dimmed until hovered or faded
 * in on load is the file (breaker 24 item 3). A cell with neither reads as its box (boxText: a
 * GridView's template column shows the saved value in a read-only box or a disabled list: breaker 27 F8).
 * @param view the frame's window, to read whether an image is drawn and its opacity; without it, markup only.
 */
function cellText(cell: HTMLTableCellElement, view?: Window | null): string {
  const text = normalizeText(ownText(cell, false, true));
  if (text) return text;
  // An opacity no style sets reads "" in happy-dom (the unit tests' DOM): fully opaque.
  const shown = (img: HTMLImageElement) =>
    !(view && (!isDrawn(img) || (isIcon(img) && +(view.getComputedStyle(img).opacity || 1) < 0.5))) &&
    (!!lazyFile(img) || (img.width !== 1 && img.height !== 1)) &&
    !noFileImage(img);
  // Not ownText's reading of the images' alt texts: a placeholder's 暂无图片 is no file's name.
  const image = all<HTMLImageElement>(cell, 'img,input[type=image]').find(shown);
  return image ? normalizeText(imageText(image)) : boxText(cell);
}

/**
 * Prompt options: "请选择", "--请选择--", "（请选择）", "【请选择】", "全部", "选择…" and blank/dash-only
 * texts, and a date list's unit alone (年, 月, 日, 年份, 月份: [年▼][月▼][日▼] before anything is
 * chosen; fill 45). A bracket before the words as the fill reads it (lib/fill/option-hints.ts; breaker 64a item 6).
 */
const PROMPT_OPTION = /^[-—=_.([【〔]*(请选择|请选|选择|全部|请输入|无选择|please|select|--|[年月日]份?$)/i;

/**
 * Whether a list's option is its prompt, not a choice (OptionSnapshot.placeholder).
 * @param norm the option's text, normalised. @param value its value. @param index its place in the list (0-based).
 * @returns true for an empty text, a prompt's words (PROMPT_OPTION) whatever its value, or an empty value first.
 */
export function isPlaceholderOption(norm: string, value: string, index: number): boolean {
  return norm === '' || PROMPT_OPTION.test(norm) || (value === '' && index === 0);
}

/**
 * What the text box, select or text area in a cell holds (normalised), "" when none: a list's
 * chosen option's text (its value may be a code); a list on its prompt (请选择, --请选择-- with a
 * value "-1", an empty option: isPlaceholderOption) holds nothing (breaker 7c item 11).
 */
function boxText(cell: HTMLTableCellElement): string {
  const box = cell.querySelector(FIELD_CONTROL) as HTMLSelectElement | null;
  const chosen = box?.tagName === 'SELECT' ? box.options[box.selectedIndex] : undefined;
  if (chosen && isPlaceholderOption(normalizeText(chosen.text), chosen.value, box!.selectedIndex)) return '';
  return normalizeText(box?.value ? chosen?.text || box.value : '');
}

/**
 * What may hold a list of saved records: a table, or a list drawn without one — an element classed
 * a list or a table (<div class="list">, <ul class="dataList">, <div class="div-table">) whose
 * children are its rows and their children its cells (lib/page/table-grid.ts ownRows; breaker 27 F7).
 */
const GRID_SELECTOR = 'table,[class*="list" i],[class*="table" i]';

/**
 * Data grids of saved records: a table (or a list drawn without one: GRID_SELECTOR) whose first row of two cells or more (rows of one cell
 * above it are its caption) is header cells (see isHeaderRow), with at least one data row or a
 * "no data" row, and that holds no text/select/textarea control outside its pager and its edit
 * rows (isEditRow; so it is not the form layout table). "No data" rows (one short cell spanning
 * the width), totals rows (合计, 共计), pager rows and edit rows are not records — except an edit row
 * showing a record changed in place (read from its boxes; see the loop). A grid with only those
 * is an empty list (step 10's uploads before the first one), which checks must see.
 * @param doc the frame's document. @param isOurs leaves out our overlay.
 * @param view the frame's window: with it, a header row bold by the page's stylesheets counts
 *   (a few computed styles per table) and a table not drawn (a tab pane not shown) is left out;
 *   without it, markup only.
 * @param heads when given, filled with each such table's header row index (its ownRows), for
 *   the labels of its edit row's boxes (headerAboveText), under the table and under the header row
 *   (lib/page/collect.ts reads no heading in it).
 * @returns one GridSnapshot per such table, headers and cells normalised; `rows` may be empty.
 */
export function collectGrids(doc: Document, isOurs: IsOurs, view?: Window | null, heads?: Map<Element, number>): GridSnapshot[] {
  const grids: GridSnapshot[] = [];
  // The headers of the last list read with no row under them: a list whose header is drawn in a
  // table of its own, its rows in the next (layui's table, a fixed header over a scrolled body).
  let lone: string[] | undefined;
  for (const table of all(doc, GRID_SELECTOR) as HTMLTableElement[]) {
    // A list in a tab pane not shown is not what the page is about (read live, with `view`).
    if (isOurs(table) || (view && !isDrawn(table))) continue;
    const rows = ownRows(table);
    // Rows of one cell above the header are the list's caption (已填报的年度考核结果 across the
    // columns) or spacers, not its header (probe round 8).
    const head = rows.findIndex((row) => ownCells(row).length > 1);
    const first = rows[head];
    // The rows' table of the header-only list just read (lone) with no row, its 暂无数据 drawn
    // beside it in their box (el-table's .el-table__empty-block, layui's .layui-none): that list,
    // empty (spa66 item 2).
    if (!first && lone && NO_DATA_TEXT.test(normalizeText(table.parentElement!.textContent!))) {
      grids.push({ headers: lone, rows: [] });
      lone = undefined;
    }
    // A box holding a table (el-table's header and body wrappers) is no list drawn without one:
    // read as one, it would break the header-only table from the rows' table after it (B65-11).
    if (!first || first.tagName == 'TABLE' || laysOutForm(table, first)) continue;
    const headCells = ownCells(first);
    // A table with no header of its own, as wide as the header-only list just read (lone), is
    // that list's rows, its first row a record (checks57 item 3).
    const own = isHeaderRow(first, headCells, rows[head + 1], view);
    const above = own ? undefined : lone;
    lone = undefined;
    // The header may end in an empty cell over the rows' scroll bar (el-table's gutter, B65-11).
    if (!own && !(above?.length == headCells.length || (above?.length == headCells.length + 1 && !above.at(-1)))) continue;
    if (own) heads?.set(table, head).set(first, head);
    // A header drawn over two rows (序号 and 学历 spanning both, 起止时间 over 起 | 止 or 学习经历
    // over 入学时间 | 毕业时间 | 毕业院校): each column is headed by its cell in the second row, with
    // the cells spanned into it resolved, and that row is no record (breaker 41 item 3).
    const under = +headCells.some((c) => c.rowSpan > 1);
    const headers = above ?? (under ? (buildTableGrid(table).slots[head + 1] ?? []) : headCells).map((c) => (c ? normalizeText(ownText(c)) : ''));
    const width = headCells.reduce((n, c) => n + c.colSpan, 0);
    const data: GridRow[] = [];
    // The record's number: its 序号 column, else the first (a command or 选择 column may come first).
    const seq = Math.max(0, headers.findIndex((h) => h.includes('序号')));
    const rowOf = (row: HTMLTableRowElement, cells: string[]): GridRow => ({
      cells,
      actions: all(row, 'a,button,input[type=button],input[type=submit],input[type=image]')
        // An image button by its alt or title (更新 / 取消 as CommandField images, breaker 16 item 6);
        // an icon link with no text (a paper clip) by its title, else its address.
        .map((a) => normalizeText(actionText(a) || a.getAttribute('href') || ''))
        .filter(Boolean),
    });
    let noDataRow = false;
    let edited: HTMLTableRowElement | null = null;
    for (const row of rows.slice(above ? head : head + 1 + under)) {
      // A row the page hides is no record: one deleted by script and faded out (jQuery's fadeOut
      // leaves display:none, B64B-13) or a template row to clone. Its own inline state only, no
      // computed style per row; with every row hidden the list is an empty one, as with 暂无数据.
      if (row.hidden || row.style.display == 'none') {
        noDataRow = true;
        continue;
      }
      const cells = ownCells(row);
      if (cells.length === 1 && cells[0]!.colSpan >= width && normalizeText(ownText(cells[0]!)).length <= NO_DATA_MAX_CHARS) noDataRow = true;
      if (cells.length < 2 || cells.length < Math.ceil(width / 2)) continue;
      if (isEditRow(row, first)) {
        edited = cells.filter(boxText).length > 1 ? row : null;
        continue;
      }
      const texts = cells.map((c) => cellText(c, view));
      // "没有记录" in the first cell and the others empty: an empty list drawn without colspan.
      if (NO_DATA_TEXT.test(texts[0]!) && texts.every((text, i) => i === 0 || !text)) {
        noDataRow = true;
        continue;
      }
      // A totals row under the records (合计 | 2条: 合计 / 小计 / 总计 / 共计 in its first cell with
      // text, also under a blank number column) is none of them (breaker 14a, breaker 15a item 5).
      if (/^[合小总共]计$/.test(texts.find(Boolean)!)) continue;
      // An edit row showing a record (two boxes or more holding values) with a saved row below it
      // is a saved record changed in place (a GridView's edit row; breaker 12 item 9), read from
      // its boxes:
      // - with edit mode's actions, 更新 then 取消, in any sort order (breaker 15a item 1; 取消
      //   alone is a new record's row too: breaker 16 item 1);
      // - never with an insert row's, 添加 / 插入 / 新增 (a portal's proposed next number, or a new
      //   record typed at the top: breaker 14a item 2);
      // - with neither, when its number (序号 column) falls between the saved rows' above and below
      //   it: GridView draws the edit row where the record's row stood.
      // The 序号 column is found by its header here, not with lib/fields/record-lists.ts
      // sequenceColumn: that reads headers through the field dictionary, which the page reader
      // does not depend on (importing it cost the content script 671 bytes gzip).
      const edit = edited && rowOf(edited, ownCells(edited).map((c) => boxText(c) || cellText(c, view)));
      const mode = edit ? edit.actions.join() : '添加';
      const shown = +edit?.cells[seq]!;
      if (!/添加|插入|新增/.test(mode) && (/更新.*取消/.test(mode) || (+(data.at(-1)?.cells[seq] ?? 0) < shown && shown < +texts[seq]!))) data.push(edit!);
      edited = null;
      data.push(rowOf(row, texts));
    }
    // Such a list's pager follows its library's box around both tables (layui's .layui-table-box,
    // el-table's .el-table), not the rows' table.
    if (data.length > 0 || noDataRow) grids.push({ headers, rows: data, ...pageOf(above ? table.parentElement!.parentElement! : table, rows, data.length) });
    else lone = headers;
  }
  return grids;
}

/**
 * Whether a box's line reads as a list's pager, so the box is none of a record's fields: a pager's
 * words (PAGER_TEXT: 转到 [ ] 页 under a GridView's list, breaker 28 F3) or a page-size chooser's
 * (每页显示 [10] 条; layui's 10 条/页 among a list's options: b30 U10/U11). The one rule of a frame's
 * reading (holdsField) and of its role (lib/content/frame-role.ts).
 * @param line the normalised text of the box's line. @param options a list's options' texts (a box's text content: a text box's is empty).
 */
export const pagerLine = (line: string, options?: string | null) => PAGER_TEXT.test(line) || /每页|条\/页/.test(line + options);

/** Whether a frame's document holds a field (FIELD_CONTROL) of its own: a box in a pager's line (pagerLine: its parent's text, a list's options) is none. */
const holdsField = (doc: Document) => all(doc, FIELD_CONTROL).some((box) => !pagerLine(normalizeText(ownText(box.parentElement!)), box.textContent));

/**
 * The lists of saved records (collectGrids) in a frame that is part of its page (a GridView page
 * in a frame of its own above the record form: breaker 27 F4), and in the frames inside it that
 * are (the list's frame inside a tab page's frame: breaker 28 F2): the frame drawn, of the same
 * origin (another's is not ours to read), not a rich-text editor's (editorBody), holding no field
 * (holdsField) and not showing an overlay of ours (one that does checks its lists itself:
 * lib/content/frame-role.ts). A frame with fields (an upload panel, a record form in a dialog) is
 * a form of its own, its lists its own.
 * @param watch given each such frame's document, to hear its changes, each same-origin
 *   rich-text editor's editable document (editorBody's), to hear typing in it, and the document of
 *   a frame with fields but no overlay (an upload panel: a file chosen there may be the page's
 *   个人照片, lib/content/on-demand-actions.ts inspectPhoto; B64a-4).
 * @param lists gets the frame when it shows a list (a header row: with rows or not yet, b30 U7), or lists of a frame inside it.
 */
function frameGrids(frame: HTMLIFrameElement, watch: ((child: Document) => void) | undefined, lists: Set<Element>): GridSnapshot[] {
  const child = frame.contentDocument;
  const editor = editorBody(frame);
  if (!child?.body || (!editor && child.querySelector('[data-zc-root]')) || !isDrawn(frame)) return [];
  watch?.(editor?.ownerDocument ?? child);
  if (editor || holdsField(child)) return [];
  const heads = new Map<Element, number>();
  const grids = [...collectGrids(child, () => false, frame.contentWindow, heads), ...childFrameGrids(child, watch, lists)];
  if (grids[0] || heads.size) lists.add(frame);
  return grids;
}

/**
 * The lists of saved records in this frame's <iframe>s that are part of its page (frameGrids).
 * @param doc the overlay's frame's document. @param watch see frameGrids.
 * @param lists gets those frames that show lists (frameGrids), for collectHeadings.
 * @returns their grids, in document order.
 */
export function childFrameGrids(doc: Document, watch?: (child: Document) => void, lists = new Set<Element>()): GridSnapshot[] {
  return all(doc, 'iframe').flatMap((frame) => frameGrids(frame, watch, lists));
}
