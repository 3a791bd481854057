/**
 * PageSnapshot: one frame of a portal page read once into plain data (see
 * spec/architecture.md). Recognition, fill planning and checks are pure functions of it, so
 * they are testable without a browser and cheap to re-run after every postback.
 *
 * Produced by `collectSnapshot` (lib/page/collect.ts), the only place that walks the DOM.
 */

/** Where a piece of label text was found, strongest first in typical scoring. */
export type LabelSource =
  | 'label-for' // <label for=id>
  | 'label-wrap' // <label> wrapping the control
  | 'aria' // aria-label / aria-labelledby
  | 'cell-left' // the previous <td>/<th> in the same row (two pairs per row handled)
  | 'header-above' // the header cell above in the same column (colspan-aware)
  | 'text-before' // text nodes just before the control in the same container
  | 'text-after' // text right after a control last in its cell, when nothing else labels it ("[ ] 姓名")
  | 'title' // title attribute
  | 'placeholder'; // placeholder attribute

export interface LabelText {
  source: LabelSource;
  /** As shown on the page, trimmed. */
  raw: string;
  /**
   * Normalised for matching: NFKC, whitespace (incl. U+3000, &nbsp;) removed, leading `*`/`＊`
   * and trailing `：`/`:` stripped, e.g. "* 公民身份号码：" → "公民身份号码".
   */
  text: string;
  /** The raw label carried a required marker (`*`). */
  required: boolean;
}

export interface OptionSnapshot {
  /** The option's `value` attribute. */
  value: string;
  /** The option text as rendered (may carry &nbsp; / U+3000 padding). */
  text: string;
  /** Normalised text (same normalisation as LabelText.text). */
  norm: string;
  disabled: boolean;
  selected: boolean;
  /** A "请选择"-style prompt option (empty value or prompt text). */
  placeholder: boolean;
}

export type ControlKind =
  | 'text' // input text/tel/email/number/search/url/password-less text-like
  | 'date' // text box that is a date (type=date, or a calendar-driven read-only box)
  | 'textarea'
  | 'select'
  | 'radio'
  | 'checkbox'
  | 'file'
  | 'hidden'
  | 'button'; // input type=button/submit/image, <button>

export interface ControlSnapshot {
  /** Index in `PageSnapshot.controls`; valid only for this snapshot. */
  index: number;
  kind: ControlKind;
  tag: 'input' | 'select' | 'textarea' | 'button';
  /** Lower-cased `type` attribute (`select-one` for selects, `textarea`). */
  type: string;
  id: string;
  name: string;
  /** Label texts by source; empty when none was found. */
  labels: LabelText[];
  /** Current value (for radio/checkbox the value attribute; see `checked`). */
  value: string;
  checked: boolean;
  options: OptionSnapshot[];
  readOnly: boolean;
  disabled: boolean;
  /** Rendered and not `display:none`/`visibility:hidden`/type=hidden. */
  visible: boolean;
  /** Marked required on itself or round it (`required`, `aria-required`, layui's `lay-verify`, a UI library's class: REQUIRED_MARKS in collect.ts), or a label with `*`. */
  required: boolean;
  /** `maxlength` when set and ≥ 0. */
  maxLength: number | null;
  /** Radio/checkbox group text (e.g. the row label for a group of radios). */
  groupLabel: string;
  /** For radio/checkbox: the option text next to this box ("男", "同意"). */
  choiceText: string;
  /** A "..." / 选择 button sits next to this box (a picker, spec/portal.md §Pickers). */
  pickerButton: boolean;
  /**
   * Index of a hidden input in the same cell that likely carries the picker's code; null when
   * none. Absent in the content script's reading (lib/page/collect.ts readPage: only a fill uses
   * it, and adds it with withFillFacts).
   */
  pickerCodeIndex?: number | null;
  /** Looks calendar-driven (WdatePicker/onclick/onfocus calendar, class name, a picker library's mark, type=date). */
  calendar: boolean;
  /**
   * Date format the calendar widget declares (My97 `dateFmt`, laydate `format` — in a handler or in
   * the page's laydate.render call, whose `type` year / month gives yyyy / yyyy-MM —, `type=month`
   * → "yyyy-MM", `type=date` → "yyyy-MM-dd"); absent when the page does not say.
   * Added by lib/page/collect.ts (collectSnapshot, withFillFacts: not in the content script's readPage),
   * the render call's by lib/fill/laydate.ts on demand (additive, optional).
   */
  dateFormat?: string;
  /**
   * Between the two dates of a range picker's one box, without the spaces around it (laydate
   * `range`: "-", "~"), when the page's render call makes the box one for a period. Added by lib/fill/laydate.ts on demand (optional).
   */
  rangeSeparator?: string;
  /**
   * For text and date boxes and text areas: the short text written right after the box in its
   * container, such as "（格式：yyyy/MM/dd）" (lib/fill/dates.ts reads a date format from it) or
   * "（限200字以内）" (lib/fill/length-limit.ts); absent when none.
   * Added by lib/page/collect.ts (additive, optional).
   */
  hintAfter?: string;
  /**
   * A select showing its first option only because nothing is chosen (no option marked
   * `selected` by the page, none picked since): what it shows is no one's choice.
   */
  defaultChoice?: true;
  /**
   * Changing it posts the page back (an ASP.NET AutoPostBack list, choice or text box:
   * `__doPostBack` in its onchange/onclick): the page reloads or its panel is redrawn, so it is
   * filled last. Read by lib/page/collect.ts collectSnapshot and withFillFacts, not by readPage.
   */
  postsBack?: true;
  /**
   * For file inputs: what the page shows beside the box as already uploaded (a saved photo or
   * preview image, a link to the file) in the same cell, else the same table row, else the row
   * above when the box's row holds nothing else (lib/page/collect.ts savedFileOf); null when it
   * shows none. Absent for other kinds. Added by lib/page/collect.ts (additive, optional).
   */
  savedFile?: SavedFile | null;
  /**
   * The control sits in a 查询 bar above a list (lib/page/collect.ts inQueryBar), the bar's
   * buttons included: what a box there holds filters the list, it is no field of the record
   * form; or in a box the portal draws beside the application, titled 意见反馈, 在线咨询, 站内搜索…
   * (asideBoxes, lib/page/aside-headings.ts: B64a-5). Recognition gives it no key and
   * required-field passes it over, so autofill plans nothing into it. Absent otherwise.
   */
  filter?: true;
  /** For buttons: the visible text (value / textContent). */
  buttonText: string;
  /** The frame-local CSS path used to find the element again (`#id` when unique). */
  selector: string;
}

/** A file the page shows as uploaded beside a file box. */
export interface SavedFile {
  /** `text`: only words in the box's cell say so (已上传). */
  kind: 'image' | 'link' | 'text';
  /** Its alt/title, link text, or file name from the URL (tidied); for `text` the words. */
  text: string;
}

/** A data grid of saved records (repeated-record steps, step 10 uploads). */
export interface GridSnapshot {
  /** Normalised header texts, one per column. */
  headers: string[];
  rows: GridRow[];
  /**
   * The list shows one page of a longer list (lib/page/page-text.ts pageOf): a record not in
   * `rows` may be on another page, and its numbers need not start at 1.
   */
  paged?: true;
  /** With `paged`: the number of records the pager states (共 12 条), when it does. */
  total?: number;
}

export interface GridRow {
  /** Normalised cell texts, aligned with `headers`; a cell showing only an image (an icon link, a thumbnail) reads as its title or file name. */
  cells: string[];
  /** Links/buttons in the row, normalised ("查看附件", "修改", "删除"). */
  actions: string[];
}

export interface PageSnapshot {
  url: string;
  title: string;
  /** `window === window.top`. */
  isTopFrame: boolean;
  /** Number of child frames/iframes in this document. */
  childFrameCount: number;
  /**
   * Declared charset (`document.characterSet`), e.g. "UTF-8", "GBK", "gb2312". Only a fill reads it
   * (and the structure export shows it): absent from the content script's reading (readPage),
   * added by collectSnapshot and withFillFacts (lib/page/collect.ts).
   */
  charset?: string;
  /** Heading-like texts: h1–h6, caption, legend, `.title`-like blocks, page title. Normalised. */
  headings: string[];
  /**
   * In a frame: the breadcrumb line of the page around it (its parent, same origin; lib/page/page-text.ts
   * crumbsAround), or the title bar of a dialog the frame is drawn in, normalised, "" when none. The parent's, so it may lag the frame navigated in
   * place: recognition lets it only break a tie or name a form the frame's own evidence leaves
   * unnamed. Absent in snapshots made without a window.
   */
  crumbsAround?: string;
  /** Prominent instruction text (e.g. the red 注意说明), normalised, capped in length. */
  notices: string[];
  controls: ControlSnapshot[];
  grids: GridSnapshot[];
  /**
   * The lists of saved records in its same-origin frames that are part of its page (lib/page/page-text.ts
   * childFrameGrids), read once with the page (b30): not in `grids`, so they never decide where the
   * overlay is shown; the content script adds them to `grids` once it is. Absent in snapshots made otherwise.
   */
  frameGrids?: GridSnapshot[];
  /**
   * The boxes beside the application (lib/page/collect.ts asideBoxes: a 意见反馈 form, an 在线咨询
   * panel): their controls are no fields, and their buttons (its own 提交) none of the
   * application's, so no press of theirs is held (lib/content/controller.tsx). Live elements, not
   * data: absent in snapshots made without a document read.
   */
  asides?: Element[];
  /** Text of links (normalised); menus are mostly links. */
  links: string[];
  /**
   * The 证件类型 the page shows as plain text, no control choosing it (护照 in a cell beside the
   * 证件号码 box: lib/page/id-document-text.ts), read by the fill and the checks alike; undefined when it shows none so.
   */
  idDocumentText?: string;
  /**
   * The 性别 the page shows as plain text, no control choosing it (女 in a cell after 性别：, the
   * server's: lib/page/id-document-text.ts), read by id-gender-mismatch; undefined when it shows none so.
   */
  genderText?: string;
}
