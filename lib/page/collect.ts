/**
 * collectSnapshot: the only place that walks a frame's DOM (spec/architecture.md). One pass
 * over the form controls, label inference through lib/page/labels.ts, then the page-level
 * signals. Re-runnable at will: it keeps no state between calls and writes nothing.
 * The content script reads with `readPage`, which leaves out what only a fill uses (a box's
 * declared date format, its chooser's code field, AutoPostBack: readFillFacts); the fill, in
 * on-demand.js, adds them with `withFillFacts` (issue 9: content.js ≤ 50 KB gzip).
 *
 * Cost grows linearly with the controls (tests/unit/page/scaling.test.ts counts the work): every
 * per-cell, per-table, per-container and per-label-text result is cached for the pass, so no
 * control repeats a subtree query or a walk over earlier rows. `npm run bench` (2-core machine,
 * Chromium, snapshot + recognition): 基本信息 2.5 ms, generated 1,000 fields 26 ms, 5,000 fields
 * 178 ms. Visibility uses `checkVisibility()` (no getComputedStyle per element).
 */
import type {
  ControlKind,
  ControlSnapshot,
  LabelSource,
  LabelText,
  OptionSnapshot,
  PageSnapshot,
  SavedFile,
} from './snapshot';
import { hasRequiredMark, normalizeText, tidyText } from './normalize';
import { remembered } from './remembered';
import {
  actionText,
  ariaText,
  captionBeforeTable,
  cellLeftText,
  cellTextAfter,
  choiceWords,
  createLabelScope,
  followsControlInCell,
  headerAboveText,
  isDrawn,
  isUnseen,
  labelForText,
  labelWrapText,
  ownText,
  seenAs,
  DRAWN_PARTS,
  textBefore,
  type LabelScope,
} from './labels';
import { countIds, quoteAttr, selectorFor } from './selector';
import { shownTexts } from './id-document-text';
import { classifyPortalButton, isQueryButton } from './buttons';
import { ASIDE_HEADINGS } from './aside-headings';
import { childFrameGrids, collectGrids, collectHeadings, crumbsAround, collectLinks, collectNotices, editorBody, editorFrame, FORM_CONTROLS, imageText, isPlaceholderOption, noFileImage, type IsOurs } from './page-text';
import { all } from './query';

type FormElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLButtonElement;

const TEXT_TYPES = new Set(['', 'text', 'tel', 'email', 'number', 'search', 'url', 'password']);
const DATE_TYPES = new Set(['date', 'month', 'datetime-local', 'week']);
const BUTTON_TYPES = new Set(['button', 'submit', 'reset', 'image']);
/**
 * Calendar widgets seen on government pages, in handlers and class names, any case: My97
 * WdatePicker (its box's class Wdate), laydate, setday/showCalendar/popUpCalendar/showDate scripts;
 * the class a picker library adds to its box when the page's script sets it up (probe 16 item 2;
 * the content script reads the page after its load, and again on a class change): jQuery UI's
 * `hasDatepicker` (its markerClassName, removed by destroy), flatpickr's `flatpickr-input` (setupInputs).
 */
const CALENDAR_HANDLER = /Wdate|calendar|laydate|datepicker|flatpickr|my97|setday|showcal|showdate|selectdate/i;
/**
 * The attribute laydate 5 (and Layui's laydate) sets on its box in `laydate.render`, a key to its
 * panel. Layui renders it once its module has loaded, which may be after our first read: the
 * content script watches for this attribute too.
 */
export const LAYDATE_KEY = 'lay-key';
/** laydate's `format: 'yyyy-MM'` option, in a handler or a render call (lib/fill/laydate.ts): its pattern (group 1). */
export const LAYDATE_FORMAT = /format\s*:\s*['"]([yMd年月日\-/.]+)['"]/;
/** A class naming a date by itself ("date", "txt-date", "startDate"), not inside a word ("validate", "update"). */
const CALENDAR_CLASS = /(^|[\s_-])date([\s_-]|$)|Date\b/;
/** A calendar icon's file: calendar, or date as a word (date.gif, btn_date.png, icoDate.gif), not "update". */
const CALENDAR_SRC = /[cC]alendar|(^|[\W_])date|Date/;
/**
 * Picker buttons: "...", "…", "选", "浏览", or a text starting 选择 / 请选择 ("选择评委会", "[选择]")
 * (spec/portal.md §Pickers).
 */
const PICKER_TEXT = /^(\.{2,}|…+|选|浏览|查找|搜索)$|^[[【]?请?选择/;
/** Handlers opening a chooser dialog; a plain window.open is a help page, not one (breaker rounds 9–10). */
const PICKER_HANDLER = /showModalDialog|openWin|select\w*\(/i;
/**
 * What marks a control required on itself or on an element round it (readControl), one selector
 * for one `closest` per control: the `required` attribute; `aria-required` (on a radio group's
 * `role=radiogroup` too); layui's rule (`lay-verify="required"`, "required|phone": its form refuses
 * to submit while the box is empty, whether or not a star is drawn; breaker 41 item 5); and the
 * class a UI library draws its star from by CSS (`::before`: no text to read, ANTD66-4) — antd's
 * label (`ant-form-item-required`, Ant Design Vue 1–4, antd 3–5) in its form item, iView / View
 * UI's item (`ivu-form-item-required`), Element's and Element Plus's (`is-required`). The class,
 * not the computed star: it is there whether or not the library's stylesheet loaded, reading it
 * needs no style per label, and costs fewer bytes (content.js gzip: +30 against +43 read from `::before`, measured 2026-12-07).
 */
const REQUIRED_MARKS = '[required],[aria-required=true],[lay-verify*=required],.ant-form-item:has(.ant-form-item-required),.ivu-form-item-required,.is-required';

/** Links to an uploaded file: by text (查看/下载/预览 + 照片/附件/文件, or a file name) or by URL (an image/document file). */
const FILE_LINK_TEXT = /^(查看|下载|预览|浏览)(照片|相片|图片|附件|文件|原图)?$|\.(jpe?g|png|gif|bmp|pdf)$/i;
const OTHER_FIELD = 'input:not([type=file]):not([type=hidden]):not([type=button]):not([type=submit]),select,textarea';
/** 已上传 / 照片上传成功 / 上传成功！ (normalised: full-width ！ folded to !). */
const SAVED_WORDS = /^(照片|文件)?(已上传|上传成功)[!.。]*$/;
/**
 * Images of the page's own that show no upload: samples, help, instructions, banners, logos, by the
 * file name (not the host or folder), title or alt, tested as `name|title|alt`. 说明/要求 count
 * only ending one of them (照片要求, 照片要求说明): a photo's note in brackets is about the photo
 * (个人照片（照片要求：近期免冠）, 点击查看大图（照片要求见说明）). A file named by the pinyin
 * of 要求 / 示例, alone or after 照片's (zp, xp, tp, zhaopian), as initials or in full:
 * zpyq.png, ZPSL.jpg, zhaopianyaoqiu.png, shili.jpg; 说明 only after 照片's initials (zp_sm.gif:
 * photo_sm.jpg is a small photo) — never a saved photo's name (an ID number, a GUID: hex digits
 * only). yl is 样例 but also 预览 (ZPYL.ashx serves the photo): no rule (breaker 8b).
 * A query after the name (zpyq.png?v=2) is no part of it. Links around an image are tested so
 * too (`file|title|text`: helpLink).
 */
const PAGE_IMAGE = /示例|样例|样图|样张|示意|范例|模板|sample|demo|example|help|guide|require|banner|logo|(说明|要求)(\.\w+)?([|?#]|$)|^((zp|xp|tp)[_-]?sm|((zp|xp|tp|zhaopian)[_-]?)?(yq|sl|yaoqiu|shili))\d*\.\w+[|?#]/i;
/** Whether an image or a link reads as the page's own (PAGE_IMAGE) by its file's name, title and alt text or own text. */
const pageOwn = (address: string | null, title: string, text: string) => PAGE_IMAGE.test(`${(address ?? '').split('/').pop()}|${title}|${text}`);
/** Largest width and height, in CSS px, of an icon (a help 问号, an info mark): a photo is shown larger. */
const ICON_PX = 32;
/**
 * Where a clickable image shows an uploaded photo rather than an icon: a JPEG, an address naming
 * a photo (photo, 照片, headimg), a page serving one by its name (ShowPhoto.aspx, GetZP.ashx,
 * ShowPic.aspx, GetImg.aspx) or a file handler given the file's id (FileDown.ashx?id=123,
 * ShowFile.aspx?fid=88); not any .aspx image (an icon or help page may be served so).
 */
const PHOTO_SRC = /\.jpe?g([?#]|$)|photo|照片|相片|head_?img|(zp|pic|img|image)\w*\.as[hp]x|\.as[hp]x\?\w*(id|file)=/i;
const FILE_LINK_HREF = /\.(jpe?g|png|gif|bmp|pdf)([?#]|$)/i;

/** Whether a link is help (pageOwn by its target, title and text: 照片要求, zpyq.png): what it opens is no upload. */
const helpLink = (a: Element) => pageOwn(a.getAttribute('href'), a.getAttribute('title') ?? '', normalizeText(a.textContent ?? ''));

/**
 * What the page shows beside a file box as already uploaded: an image (not a "no photo"
 * placeholder, not a sample/help/banner image, not broken once loaded, not an icon) or a link to a
 * file, in the box's cell, else its row, else a cell showing only the image in the row above when
 * the box's row has nothing beside the box (its label cell empty or saying 选择照片, or spanning
 * down from above: the photo shown over the 浏览/上传 line), else a cell of its table spanning several rows (the photo
 * beside the first rows of 基本信息); or, in the box's own cell, an element saying just 已上传 /
 * 照片已上传 / 上传成功！.
 */
function savedFileOf(el: Element): SavedFile | null {
  const spanning = Array.from(el.closest('table')?.querySelectorAll<HTMLTableCellElement>('td[rowspan],th[rowspan]') ?? []).filter((cell) => cell.rowSpan > 1);
  const cell = el.closest('td,th');
  const row = el.closest('tr');
  // Nothing beside the box but, at most, a label saying to choose the file (选择照片: probe 11b PH1).
  const alone = !!row && Array.from(row.cells).every((c) => c === cell || /^(选择(照片|相片|文件))?$/.test(normalizeText(c.textContent ?? '')));
  // Over the box's row, only a cell showing nothing but the image, in a row of several cells or
  // over a row of only the upload controls (a nested photo table: image row over file box and
  // button); a row of one cell across a table with a label column is a banner or a heading.
  const aboveCells = Array.from((alone && row.previousElementSibling?.children) || []);
  const uploadRow = !!row && Array.from(row.cells).every((c) => c.querySelector('input'));
  const imageCells = aboveCells.length > 1 || uploadRow ? aboveCells.filter((c) => normalizeText(c.textContent ?? '') === '') : [];
  const scopes = [cell ?? el.parentElement, row, ...imageCells, ...spanning].filter((s): s is Element => !!s);
  for (const scope of scopes) {
    for (const img of all(scope, 'img')) {
      const src = img.getAttribute('src') ?? '';
      const text = tidyText(imageText(img));
      const broken = img.complete && img.naturalWidth === 0 && src !== '';
      // Icons are clickable (calendar, "..." chooser) or sit beside another field's box in the row;
      // a clickable photo (enlarged on click) is told apart by its address.
      const clickable = img.hasAttribute('onclick') || !!img.closest('a[onclick],button');
      // Drawn at most ICON_PX both ways: an icon, not a photo — unless its address is an upload
      // (/UploadFiles/Photo/….jpg as a 24 × 32 thumbnail). img.width is the rendered box (its
      // attribute, else the loaded size, when not drawn); a style counts only in px: 2.5cm is a
      // photo's print size, not 2.5 px (breaker 8b).
      const small =
        !/upload/i.test(src) &&
        (['width', 'height'] as const).every((side) => {
          // '' → 0, '14px' → 14, '2.5cm' → NaN: neither is an icon's size.
          const px = img[side] || +img.style[side].replace(/px$/, '');
          return px > 0 && px <= ICON_PX;
        });
      const icon = (clickable && !PHOTO_SRC.test(src)) || small || !!img.closest('td,th')?.querySelector(OTHER_FIELD);
      // An image inside a help link (照片要求, zpyq.png) shows the rules, not the upload.
      const link = img.closest('a');
      if (src.trim() === '' || broken || icon || noFileImage(img) || pageOwn(src, img.title, img.alt) || (link && helpLink(link))) continue;
      return { kind: 'image', text };
    }
    for (const a of all(scope, 'a[href]')) {
      const text = tidyText(a.textContent ?? '');
      if (!helpLink(a) && (FILE_LINK_TEXT.test(normalizeText(text)) || FILE_LINK_HREF.test(a.getAttribute('href') ?? ''))) return { kind: 'link', text };
    }
  }
  // Said on their own, not in an instruction that mentions them ("已上传的可不重复上传").
  const own = scopes[0];
  const said = own && [own, ...all(own, '*')].map((e) => normalizeText(ownText(e))).find((t) => SAVED_WORDS.test(t));
  return said ? { kind: 'text', text: said } : null;
}

/**
 * Read one frame into a PageSnapshot, with what only a fill uses (readFillFacts).
 * @param doc the frame's document. @param win its window (defaults to `doc.defaultView`),
 *   used only to tell whether this is the top frame.
 * @returns the snapshot; controls in document order (indexes are snapshot-local). Elements
 *   inside `[data-zc-root]` (our overlay) are skipped. Never throws on odd markup.
 */
export function collectSnapshot(doc: Document, win?: Window): PageSnapshot {
  const codes = new Map<Element, HTMLInputElement[]>();
  return withCharset(doc, read(doc, win, (el, control, ctx) => readFillFacts(el, control, { ...ctx, codes })));
}

/**
 * `snapshot` with its page's declared charset (PageSnapshot.charset), which only a fill reads (the
 * characters the page cannot send, lib/fill/charset.ts) and the structure export shows: added by
 * collectSnapshot and withFillFacts, left out of readPage, the content script's reading (its size
 * budget, issue 9).
 * @param doc the frame's document. @param snapshot its reading.
 */
function withCharset(doc: Document, snapshot: PageSnapshot): PageSnapshot {
  return { ...snapshot, charset: doc.characterSet ?? 'UTF-8' };
}

/**
 * Read one frame as collectSnapshot does, without what only a fill uses (a control's
 * dateFormat but from laydate, pickerCodeIndex and postsBack, and the page's charset are absent): the content script's
 * reading of the page; a fill adds them with withFillFacts.
 * @param doc the frame's document. @param win its window, as for collectSnapshot.
 * @param watch given the documents of the frames whose lists it reads (frameGrids), and of its editors: lib/page/page-text.ts childFrameGrids.
 */
export function readPage(doc: Document, win?: Window, watch?: (child: Document) => void): PageSnapshot {
  return read(doc, win, undefined, watch);
}

/**
 * `snapshot`, read by readPage from `doc`, completed as collectSnapshot reads it: each control
 * found again in `doc` (resolveControl) gets what only a fill uses (readFillFacts).
 * @param doc the frame's document, not changed since the reading. @param snapshot readPage's snapshot.
 * @returns a copy with those controls completed.
 */
export function withFillFacts(doc: Document, snapshot: PageSnapshot): PageSnapshot {
  const found = snapshot.controls.map((c) => resolveControl(doc, c) as FormElement | null);
  const indexOf = new Map<Element, number>();
  found.forEach((el, i) => el && indexOf.set(el, i));
  const ctx: FactsContext = { indexOf, pickers: new Map(), codes: new Map() };
  const controls = snapshot.controls.map((c, i) => {
    const control = { ...c };
    const el = found[i];
    if (el) readFillFacts(el, control, ctx);
    return control;
  });
  return withCharset(doc, { ...snapshot, controls });
}

function read(doc: Document, win?: Window, fillFacts?: FillFactsReader, watch?: (child: Document) => void): PageSnapshot {
  const view = win ?? doc.defaultView;
  const isOurs: IsOurs = (el) => !!el.closest('[data-zc-root]');
  const elements = (all(doc, FORM_CONTROLS) as FormElement[]).filter(
    // Not ours; nor a box a select library draws for a list (DRAWN_PARTS): the list's face, not a field of its own.
    (el) => !isOurs(el) && !el.closest(DRAWN_PARTS),
  );
  const scope = createLabelScope(doc);
  const idCounts = countIds(doc);
  const nameCounts = new Map<string, number>();
  for (const el of elements) {
    const name = el.getAttribute('name');
    if (name) nameCounts.set(name, (nameCounts.get(name) ?? 0) + 1);
  }
  const indexOf = new Map<Element, number>();
  elements.forEach((el, i) => indexOf.set(el, i));
  const firstOfGroup = new Map<string, HTMLInputElement>();
  const ctx: ReadContext = { scope, idCounts, nameCounts, indexOf, firstOfGroup, pickers: new Map(), bars: new Map(), parts: new Set(), asides: asideBoxes(doc, elements.length) };
  // Lists first: a box in a list's edit row takes its column's header as its label, a 查询 bar filters a list.
  const grids = collectGrids(doc, isOurs, view, scope.listHeads);
  const controls = elements.map((el, index) => {
    const control = readControl(el, index, ctx);
    fillFacts?.(el, control, ctx);
    return control;
  });
  // Its frames' lists, read once (b30): the frames showing them are parts of the page, as its editors are (collectHeadings).
  const frameGrids = childFrameGrids(doc, watch, ctx.parts);
  let isTopFrame = true;
  try {
    isTopFrame = !view || view === view.top;
  } catch {
    isTopFrame = false; // cross-origin parent: certainly not the top frame
  }
  // Headings drawn bold by stylesheets are read only where there is a form or a list: in a frame
  // of links (the business tree) a highlighted entry must not name a step.
  const hasForm = grids.length > 0 || controls.some((c) => c.visible && c.kind !== 'button');
  return {
    url: doc.URL ?? '',
    title: tidyText(doc.title ?? ''),
    isTopFrame,
    childFrameCount: doc.querySelectorAll('iframe,frame').length,
    // A list's header row names its columns, not the page: however bold, its cells are no headings
    // (申报系列 | 申报专业 | 状态 over 网上送审 > 我的申报 named the series page: step27 item 1).
    headings: collectHeadings(doc, (el) => isOurs(el) || scope.listHeads.has(el.closest('tr')!), ctx.parts, hasForm ? view : null),
    crumbsAround: crumbsAround(view),
    notices: collectNotices(doc, isOurs),
    controls,
    grids,
    frameGrids,
    asides: ctx.asides,
    links: collectLinks(doc, isOurs),
    ...shownTexts(doc),
  };
}

/**
 * Find a snapshot's control again in the live document.
 * @param doc the same frame's document. @param c the control from an earlier snapshot.
 * @returns the element when the selector still finds an element of the same tag (and, for
 *   radios/checkboxes, the same value), else a fallback by id, else null.
 */
export function resolveControl(doc: Document, c: ControlSnapshot): HTMLElement | null {
  const fits = (el: Element | null): el is HTMLElement =>
    !!el &&
    el.tagName.toLowerCase() === c.tag &&
    ((c.kind !== 'radio' && c.kind !== 'checkbox') || (el as HTMLInputElement).value === c.value);
  let found: Element | null = null;
  try {
    found = doc.querySelector(c.selector);
  } catch {
    found = null; // a selector from another engine's escaping: fall back below
  }
  if (fits(found)) return found;
  if (c.id) {
    const byId = doc.getElementById(c.id);
    if (fits(byId)) return byId;
  }
  if (c.name) {
    for (const el of all(doc, `${c.tag}[name=${quoteAttr(c.name)}]`)) if (fits(el)) return el;
  }
  return null;
}

interface ReadContext {
  scope: LabelScope;
  idCounts: Map<string, number>;
  nameCounts: Map<string, number>;
  indexOf: Map<Element, number>;
  firstOfGroup: Map<string, HTMLInputElement>;
  /** Per container: whether it holds a chooser (containerPicker). */
  pickers: Map<Element, boolean>;
  /** Per table / fieldset / div: a 查询 bar (true), holding other buttons (false), or none (null); inQueryBar. */
  bars: Map<Element, boolean | null>;
  /** The boxes beside the application (asideBoxes). */
  asides: Element[];
  /** The rich-text editors' frames of the boxes read so far (editorFrame), then the frames showing the page's lists (childFrameGrids): the page's parts, for collectHeadings. */
  parts: Set<Element>;
}

/** What readFillFacts needs of a reading of the page: the controls' indexes, and what it found per container. */
interface FactsContext extends Pick<ReadContext, 'indexOf' | 'pickers'> {
  /** Per container with a chooser: its hidden inputs among the controls (code fields). */
  codes: Map<Element, HTMLInputElement[]>;
}

/** Adds to a control of `snapshot`, read from its element `el`, what only a fill uses (readFillFacts). */
type FillFactsReader = (el: FormElement, control: ControlSnapshot, ctx: ReadContext) => void;

function kindOf(el: FormElement, type: string, calendar: boolean): ControlKind {
  if (el.tagName === 'SELECT') return 'select';
  if (el.tagName === 'TEXTAREA') return 'textarea';
  if (el.tagName === 'BUTTON') return 'button';
  if (type === 'hidden') return 'hidden';
  if (BUTTON_TYPES.has(type)) return 'button';
  if (type === 'file' || type === 'radio' || type === 'checkbox') return type;
  if (DATE_TYPES.has(type)) return 'date';
  return calendar ? 'date' : 'text';
}

function inputType(el: FormElement): string {
  if (el.tagName === 'SELECT') return (el as HTMLSelectElement).multiple ? 'select-multiple' : 'select-one';
  if (el.tagName === 'TEXTAREA') return 'textarea';
  const t = (el.getAttribute('type') ?? '').toLowerCase();
  if (el.tagName === 'BUTTON') return t || 'submit';
  return t === '' ? 'text' : t;
}

function handlerText(el: Element): string {
  return `${el.getAttribute('onclick') ?? ''} ${el.getAttribute('onfocus') ?? ''}`;
}

/**
 * A text box's handlers, with those of a calendar icon or button after it in its cell and the
 * word `calendar` when that one opens a calendar; null for a control that is no text box.
 */
function calendarHandlers(el: FormElement, type: string): string | null {
  if (el.tagName !== 'INPUT' || !TEXT_TYPES.has(type) || type === 'password') return null;
  let handlers = handlerText(el);
  // The first icon or button after the box, also past a validator's hidden `*` (breaker round 9
  // item 7), opens its calendar or not: later ones (help, 更新) are no calendar (round 10 item 6);
  // the next box is another field's (公民身份号码：[ ] 出生日期：[WdatePicker]).
  for (let next = el.nextElementSibling; next; next = next.nextElementSibling) {
    if (/^(IMG|A|BUTTON)$/.test(next.tagName) || (next.tagName === 'INPUT' && /^(image|button)$/.test((next as HTMLInputElement).type))) {
      const nextHandlers = handlerText(next);
      if (CALENDAR_HANDLER.test(nextHandlers) || CALENDAR_SRC.test(next.getAttribute('src') ?? '')) handlers += ` ${nextHandlers} calendar`;
      break;
    }
    if (next.matches(OTHER_FIELD)) break;
  }
  return handlers;
}

/** Calendar detection: handlers, class names, laydate's key, type=date, or a calendar icon after the box in its cell. */
function isCalendar(el: FormElement, type: string): boolean {
  if (type === 'month' || type === 'date') return true;
  const handlers = calendarHandlers(el, type);
  if (handlers === null) return false;
  const classes = el.getAttribute('class') ?? '';
  return CALENDAR_HANDLER.test(handlers) || CALENDAR_HANDLER.test(classes) || CALENDAR_CLASS.test(classes) || el.hasAttribute(LAYDATE_KEY);
}

/** The date format a box declares: type=month or date, or its calendar's handler (My97 `dateFmt`, laydate `format`); null when none. */
function declaredFormatOf(el: FormElement, type: string): string | null {
  if (type === 'month') return 'yyyy-MM';
  if (type === 'date') return 'yyyy-MM-dd';
  const handlers = calendarHandlers(el, type) ?? '';
  return /dateFmt\s*:\s*['"]([^'"]+)['"]/.exec(handlers)?.[1] ?? LAYDATE_FORMAT.exec(handlers)?.[1] ?? null;
}

function isVisible(el: Element, kind: ControlKind): boolean {
  return kind !== 'hidden' && isDrawn(seenAs(el));
}

function readOptions(el: HTMLSelectElement): OptionSnapshot[] {
  return Array.from(el.options).map((o, i) => {
    const text = tidyText(o.text ?? o.textContent ?? '');
    const norm = normalizeText(text);
    return { value: o.value, text, norm, disabled: o.disabled, selected: o.selected, placeholder: isPlaceholderOption(norm, o.value, i) };
  });
}

function labelEntry(scope: LabelScope, source: LabelSource, raw: string): LabelText | null {
  if (!raw) return null;
  // The same label text recurs across a page (column headers, repeated record rows): normalise it once.
  const norm = remembered(scope.normalised, raw, () => ({ text: normalizeText(raw), required: hasRequiredMark(raw) }));
  if (!norm.text) return null;
  return { source, raw, text: norm.text, required: norm.required };
}

/** Group label sources shared by the members of a radio/checkbox group: read from its first member. */
function fieldLabels(el: FormElement, scope: LabelScope, forGroup: boolean): LabelText[] {
  const out: LabelText[] = [];
  const add = (source: LabelSource, raw: string) => {
    const entry = labelEntry(scope, source, raw);
    if (entry && !out.some((o) => o.source === source && o.text === entry.text)) out.push(entry);
  };
  if (!forGroup) {
    add('label-for', labelForText(scope, el));
    add('label-wrap', labelWrapText(el));
  }
  add('aria', ariaText(scope, el));
  const container = forGroup ? el.closest('[role=radiogroup],[role=group]') : null;
  if (container) add('aria', ariaText(scope, container as HTMLElement));
  // A choice's own label (<label for>) names no group; a label for no control (layui's
  // <label class="layui-form-label">性别</label> before its block) names the group (breaker 41 item 4).
  const skipChoiceLabels = forGroup ? (n: Element) => n.matches('label[for]') : undefined;
  const before = textBefore(el, skipChoiceLabels);
  // The second control of a cell with its own text before it ("工作单位 [..] 统一社会信用代码 [..]")
  // is labelled by that text only; the cell's left label belongs to the first control.
  if (!before || !followsControlInCell(scope, el)) {
    add('cell-left', cellLeftText(scope, el));
    add('header-above', headerAboveText(scope, el));
  }
  add('text-before', before);
  add('title', el.getAttribute('title') ?? '');
  add('placeholder', el.getAttribute('placeholder') ?? '');
  // Nothing labels it: a label written after it, last in its cell ("[ ] 姓名"; a lone box's text
  // after it is its choice text), and for a text area alone in its table under a caption line,
  // the caption as the column's header. Both may be offered: the one naming a field wins.
  if (out.length === 0) {
    if (!forGroup && (el as HTMLInputElement).type !== 'checkbox') add('text-after', cellTextAfter(scope, el));
    add('header-above', captionBeforeTable(scope, el));
  }
  return out;
}

/**
 * The labels of an element that is no control, read as a control's are (fieldLabels): an upload
 * frame in a form's cell, labelled 个人照片 by the cell before it (B64a-4).
 * @param el the element, in its own document. @returns its label texts (LabelText), possibly none.
 */
export const labelsOf = (el: Element): LabelText[] => fieldLabels(el as FormElement, createLabelScope(el.ownerDocument), false);

/** Longest text after a box kept as its hint (ControlSnapshot.hintAfter), in characters. */
const MAX_HINT_CHARS = 40;

/**
 * The first text after a box in its container (its required mark, unit or hint). An element the
 * page hides (isUnseen: a validator's `*` shown only when a value is wrong) is passed over, and a
 * line break: a note is often written on the line under its box (<textarea></textarea><br />
 * （限500字以内）, breaker 63 B63-1). Another field's label there ends in a colon, which
 * length-limit.ts reads as no hint of this box.
 */
function nextText(el: Element): string {
  for (let n = el.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 1 && isUnseen(n as Element)) continue;
    const t = n.nodeType === 3 ? tidyText(n.nodeValue ?? '') : n.nodeType === 1 ? ownText(n) : '';
    if (t) return t;
    if (n.nodeType === 1 && !/^(SPAN|FONT|BR)$/.test((n as Element).tagName)) return '';
  }
  return '';
}

/**
 * Whether a container holds a chooser: a button, link or icon saying "..." / 选择… / 浏览
 * (PICKER_TEXT) or opening a chooser dialog (PICKER_HANDLER). Read once per container: a form
 * laid out in one big cell would otherwise be searched again for each of its controls.
 */
function containerPicker(container: Element, ctx: Pick<ReadContext, 'pickers'>): boolean {
  return remembered(ctx.pickers, container, () => {
    // A link opening help (window.open) or an unnamed icon is none (breaker round 9 item 7, round 10 item 1).
    // A container of one element with none inside it holds only the box (a text or date input): no query.
    const onlyBox = container.childElementCount === 1 && !container.firstElementChild!.firstElementChild;
    const buttons = onlyBox ? [] : all(container, 'input[type=button],input[type=image],button,a,img');
    return buttons.some((b) => PICKER_TEXT.test(normalizeText(actionText(b))) || PICKER_HANDLER.test(`${b.getAttribute('onclick')} ${b.getAttribute('href')}`));
  });
}

/** The buttons and links whose words say what a container is for (inQueryBar). */
const ACTIONS = 'button,a,[type=button],[type=submit],[type=image]';

/**
 * Whether a control sits in a 查询 bar above a list (probe9 item 3; the seed's record
 * steps are list pages, a 查询 bar is the commonest extra on them): its value filters the list,
 * it is no field of the record form, which has its 保存 beside it. Only on a page showing a list
 * of saved records (LabelScope.listHeads, filled by collectGrids). Decided by the nearest table,
 * fieldset or div round the control holding any button or link: a bar when one of them is a
 * 查询 / 检索 (isQueryButton; 搜索 is a chooser's word), none saves or submits
 * (classifyPortalButton), and it is one line: a table of one row, or a div with no div inside.
 * A 查询 / 检索 beside one box of a form laid out in rows or lines is that box's lookup
 * (breaker 11 item 2). Read once per container (ReadContext.bars).
 * @returns whether the control is in such a bar.
 */
function inQueryBar(el: Element, ctx: ReadContext): boolean {
  // No list on the page, no bar: the walk up the containers is skipped.
  if (ctx.scope.listHeads.size === 0) return false;
  let bar: boolean | null | undefined = null;
  for (let box: Element | null | undefined = el; bar === null && (box = box.parentElement?.closest('table,fieldset,div')); ) {
    const container = box;
    bar = remembered(ctx.bars, box, () => {
      const texts = Array.from(container.querySelectorAll(ACTIONS), actionText);
      return texts.length ? texts.some(isQueryButton) && !texts.some(classifyPortalButton) && !container.querySelector('tr+tr,div') : null;
    });
  }
  return !!bar;
}

/** A text of the page that is a title of ASIDE_HEADINGS, whole (spaces and a colon after it aside). */
const ASIDE = RegExp(`^\\s*(${ASIDE_HEADINGS.join('|')})[\\s:：]*$`);

/**
 * The boxes a portal draws beside the application (B64a-5: a 意见反馈 form beside 基本信息's;
 * lib/page/aside-headings.ts): for each text of the page that is such a title, the nearest
 * element round it holding a control (the form or panel it heads: a `<legend>`'s fieldset, a
 * caption row's table, a panel heading's panel), when that holds fewer than half the page's
 * controls: the application holds most (a login page's one box is the page's own form; a menu's
 * 在线咨询 in the cell beside the form heads no box of its own). The page's forms count for nothing:
 * a search form in its header, the application split over two forms, or fields outside any form
 * are read as before.
 * @param doc the frame's document. @param count how many controls the page holds.
 * @returns the boxes, none on most pages; a control in one is read as no field (ControlSnapshot.filter).
 */
function asideBoxes(doc: Document, count: number): Element[] {
  const out: Element[] = [];
  const walker = doc.createTreeWalker(doc, 4 /* NodeFilter.SHOW_TEXT */);
  for (let text; (text = walker.nextNode()); ) {
    const box = ASIDE.test(text.nodeValue!) && text.parentElement!.closest(`:has(${FORM_CONTROLS})`);
    if (box && box.querySelectorAll(FORM_CONTROLS).length * 2 < count) out.push(box);
  }
  return out;
}

/** The cell (else the parent) of a text or date box, where its chooser sits; null for other kinds. */
function pickerContainer(el: FormElement, kind: ControlKind): Element | null {
  return kind === 'text' || kind === 'date' ? (el.closest('td,th') ?? el.parentElement) : null;
}

/**
 * Whether a chooser sits beside a text or date box (ControlSnapshot.pickerButton): a button in its
 * cell (containerPicker), or the box is the read-only text of an EasyUI combo (`span.combo`: a
 * combobox, combotree or a datebox made not editable), chosen in the panel its arrow opens. That
 * text is no portal's own: left empty, a required one is required-field (easyui66 EU-2). Not
 * through containerPicker: an editable datebox in the same markup stays a box typed in, and the
 * combo's hidden value is no chooser's code field (pickerCode).
 */
function hasPicker(el: FormElement, kind: ControlKind, ctx: Pick<ReadContext, 'pickers'>): boolean {
  const container = pickerContainer(el, kind);
  return !!container && (containerPicker(container, ctx) || el.matches('.combo>[readonly]'));
}

/** The hidden input beside a box with a chooser that likely carries the chosen code (ControlSnapshot.pickerCodeIndex), or null. */
function pickerCode(el: FormElement, kind: ControlKind, ctx: FactsContext): number | null {
  const container = pickerContainer(el, kind);
  if (!container || !containerPicker(container, ctx)) return null;
  const hidden = remembered(ctx.codes, container, () => (all(container, 'input[type=hidden]') as HTMLInputElement[]).filter((h) => ctx.indexOf.has(h)));
  if (hidden.length === 0) return null;
  const stem = (s: string) => s.replace(/^(ctl\d+[_$])?([A-Za-z]+[_$])*?/, '').replace(/^(txt|tb|lbl)/i, '').toLowerCase();
  const own = stem(el.id || el.getAttribute('name') || '');
  const best =
    hidden.find((h) => own && stem(h.id || h.name).includes(own)) ??
    hidden.find((h) => own && own.includes(stem(h.id || h.name).replace(/^(hid|hf|hdn|h)/i, ''))) ??
    (hidden.length === 1 ? hidden[0] : undefined);
  return best ? ctx.indexOf.get(best)! : null;
}

/**
 * Adds to `control`, read from `el`, what only a fill uses: the date format the box declares
 * (dateFormat), its chooser's code field (pickerCodeIndex), its AutoPostBack (postsBack), and the
 * words of a radio or checkbox saying its choice only in its `title` or by a picture right after
 * it (`<input type=radio title="男">`, `<input type=radio><img alt="男">`: unseen68), which the
 * content script's reading leaves wordless (lib/page/labels.ts choiceWords; its budget, issue 9),
 * so the fill finds 男 among them.
 * @param el the control's element. @param control its snapshot, completed in place.
 * @param ctx the controls' indexes and the containers read so far.
 */
function readFillFacts(el: FormElement, control: ControlSnapshot, ctx: FactsContext): void {
  const picture = el.nextElementSibling;
  if (!control.choiceText && (control.kind === 'radio' || control.kind === 'checkbox')) {
    control.choiceText = (el.title || (picture?.tagName === 'IMG' ? (picture as HTMLImageElement).alt : '')).trim();
  }
  const format = declaredFormatOf(el, control.type);
  if (format) control.dateFormat = format;
  control.pickerCodeIndex = pickerCode(el, control.kind, ctx);
  // Any control, a text box too (AutoPostBack TextBox: 身份证号 posting back for 出生日期 and 性别).
  if (/__doPostBack/.test(`${el.getAttribute('onchange')}${el.getAttribute('onclick')}`)) control.postsBack = true;
}

function readControl(el: FormElement, index: number, ctx: ReadContext): ControlSnapshot {
  const type = inputType(el);
  const calendar = isCalendar(el, type);
  // A box a rich-text editor is drawn for (editorFrame) is read as the text area the user sees: the
  // editor's frame, holding what is written there (breaker 27 F2, F3).
  const editor = type === 'textarea' || type === 'hidden' ? editorFrame(el) : null;
  if (editor) ctx.parts.add(editor);
  const kind = editor ? 'textarea' : kindOf(el, type, calendar);
  const name = el.getAttribute('name') ?? '';
  const isChoice = kind === 'radio' || kind === 'checkbox';
  let labels: LabelText[] = [];
  let groupLabel = '';
  let choiceText = '';
  if (isChoice) {
    const input = el as HTMLInputElement;
    choiceText = labelForText(ctx.scope, input) || labelWrapText(input) || choiceWords(input) || '';
    const groupKey = name || `#${index}`;
    const first = ctx.firstOfGroup.get(groupKey) ?? input;
    ctx.firstOfGroup.set(groupKey, first);
    const sharedName = !!name && (ctx.nameCounts.get(name) ?? 0) > 1;
    labels = fieldLabels(first, ctx.scope, sharedName || kind === 'radio');
    if (!sharedName && kind === 'checkbox') {
      const own = labelEntry(ctx.scope, 'label-for', choiceText);
      if (own) labels.unshift(own);
    }
    groupLabel = labels[0]?.text ?? '';
  } else if (kind !== 'hidden' && kind !== 'button') {
    labels = fieldLabels(el, ctx.scope, false);
  }
  const isInputLike = el.tagName === 'INPUT' || el.tagName === 'TEXTAREA';
  const maxAttr = isInputLike ? el.getAttribute('maxlength') : null;
  const maxLength = maxAttr !== null && /^\d+$/.test(maxAttr.trim()) ? Number(maxAttr.trim()) : null;
  const after = isChoice ? '' : nextText(el);
  const required =
    !!el.closest(REQUIRED_MARKS) ||
    labels.some((l) => l.required) ||
    // A mark after the box: *, ※ or （必填）. Not one at its end: that is the next inline label's (传真*：).
    (!isChoice && /^([*＊※]|[(（]必填)/.test(after));
  // An image button (<input type=image>) says what it does in its alt text, or its title.
  const buttonText = kind === 'button' ? tidyText(actionText(el)) : '';
  const value = editorBody(editor)?.textContent?.trim() ?? (el as HTMLInputElement).value ?? '';
  const selectorNameUnique = !!name && ctx.nameCounts.get(name) === 1;
  const control: ControlSnapshot = {
    index,
    kind,
    tag: el.tagName.toLowerCase() as ControlSnapshot['tag'],
    type,
    id: el.id ?? '',
    name,
    labels,
    value,
    checked: isChoice ? (el as HTMLInputElement).checked : false,
    options: el.tagName === 'SELECT' ? readOptions(el as HTMLSelectElement) : [],
    readOnly: isInputLike ? (el as HTMLInputElement).readOnly : false,
    disabled: el.disabled,
    visible: isVisible(editor ?? el, kind),
    required,
    maxLength,
    groupLabel,
    choiceText,
    pickerButton: hasPicker(el, kind, ctx),
    calendar,
    buttonText,
    selector: selectorFor(el, ctx.idCounts, selectorNameUnique),
  };
  // A text area's too: the limit a portal writes after it ([ ]（限200字以内）, breaker 63 B63-1).
  if ((kind === 'text' || kind === 'date' || kind === 'textarea') && after && after.length <= MAX_HINT_CHARS) control.hintAfter = after;
  if (kind === 'file') control.savedFile = savedFileOf(el);
  if (inQueryBar(el, ctx) || ctx.asides.some((box) => box.contains(el))) control.filter = true;
  if (el.tagName === 'SELECT' && (el as HTMLSelectElement).selectedIndex === 0 && !Array.from((el as HTMLSelectElement).options).some((o) => o.defaultSelected)) control.defaultChoice = true;
  return control;
}
