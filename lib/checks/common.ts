import type { FieldKey } from '../fields/keys';
import type { PageFieldValue } from '../fields/match';
import type { ControlSnapshot, GridRow, GridSnapshot } from '../page/snapshot';
import type { Level } from '../profile/schema';
import type { Check, CheckContext, Finding, Severity } from './types';
import type { PhotoCheckId } from '../photo/rule-table';
import { t } from '../i18n/t';
import { toHalfWidthCompact as compact } from '../identifiers/normalize';
import { isDateKey, isUnsetDate } from '../fields/date-fields';
import { pageFieldValues } from '../fields/recognize';

/**
 * Helpers shared by the checks in this folder: reading values, resolving the level, reading
 * grids of saved records. All pure.
 */

/** Items written as a list in the UI language: 1、2、3 in Chinese, 1, 2, 3 in English. */
export function listText(items: readonly (string | number)[]): string {
  return items.join(t('check_list_separator'));
}

/**
 * NFKC, all whitespace (incl. U+3000 / &nbsp;) removed: "  无 。" → "无。". The identifiers' own
 * normalisation under the checks' name (one function in the content script, not two).
 */
export { compact };

/**
 * Words for "nothing" written another way than the seed's "无。" (操作指引 3(6)): 无, 无., 没有,
 * 暂无, 无奖惩情况, 本人无奖惩情况。, 无，, 无！, 无； …, and “无。” typed with the walkthrough's
 * quotes (tested on compacted text: ！ folded to !).
 */
export const NEAR_NONE_RE = /^["“]?(本人)?(无|没有|暂无)(奖惩(情况)?)?[.。,，!;、]*["”]?$/;

/**
 * A value that is still the page's own prompt or instruction, i.e. nothing entered (compacted
 * text): the WHOLE text is the instruction — 请选择…, 请填写…, 请输入… up to its closing mark (a
 * sentence end or a bracketed note: 请填写任现职以来的奖惩情况，没有请填无 / 请输入小结，不少于1000字（限1500字）,
 * an ellipsis: 请输入…), framed or not by dashes (--请选择-- / ==请选择== / —请选择—),
 * or a preset （没有请填“无。”） / （如无请填写无）, or a format example the page left in the box
 * (格式：2008.01-2010.12 / 例：2020-07-01 / （如：2015.07）; probe 11b item 2). IE8 had no placeholder, so
 * its pages write the prompt into the box (probe 17 item 3): 在此输入…（2000字以内）, 输入11位手机号码,
 * yyyy-mm-dd, 例如：abc@163.com, （无奖惩情况请填写“无。”）, a note wholly in brackets asking something or
 * counting characters (（不少于800字）). Text after the closing mark, other words after 例如：, or
 * 无，填报期间未受奖惩。 / 无需填写。, is the applicant's (breaker9 item 9, breaker10 item 5, breaker 22a item 5).
 */
const PROMPT_VALUE_RE =
  /^$|^[-—=]*(请(在此|此处)?(选择|填写?|输入)|(在此|此处)(填写|输入)|输入\d+位)[^.。!?;()]*(\([^)]*\))?[.。!]*[-—=]*$|^\(?(如|若)?(没有|无)[^)]{0,6}请填[^)]{0,8}\)?$|^\(?(格式|例如?|如|示例):([\d年月日yMd.\-/~至]{4,30}|[\w.+-]+@[\w-]+(\.[\w-]+)+)\)?$|^\(?(格式:)?y{4}[-/.年]?m{1,2}([-/.月]?d{1,2}日?)?月?\)?$|^\([^()]*(\d+字|请)[^()]*\)$/i;

/**
 * Whether a box's text is nothing entered: empty, or the page's own prompt or instruction
 * (PROMPT_VALUE_RE), such as a combo box's display text 请选择 / --请选择-- (probe9 item 6).
 * Autofill writes over it without the overwrite tick (lib/fill/plan.ts); required-field and the
 * checks read it as empty.
 * @param text the box's value, raw.
 */
export function isPromptText(text: string): boolean {
  return PROMPT_VALUE_RE.test(compact(text));
}

/**
 * A value the portal shows partly hidden, as it stands in the page (before half-width folding turns
 * ＊ into *): any *, ＊ or ● (no identifier or name holds one: 440106********0314, 020＊＊＊＊5432,
 * 139●●●●1234, 李*远), a • after a digit (139••••1234) or with one character or none between it
 * and the value's start or end (王••, 张•, •明, 李•远, 欧阳•锋), or a run of x / X after a digit
 * (139xxxx1234; an ID's check X stands alone, last). Any other • is no mask: it parts a minority
 * name (阿依古丽•买买提; GB/T 28039 writes ·, people type •), and each part of such a name has two
 * characters or more, while a short name masked with one • has one character on a side (breaker 31b
 * item 2). Probe 13a item 1, breaker 27a item 4, breaker 28 item 7, breaker 30a side note 5. Free
 * text may hold *** as a separator: capture reads it as masked only in identifiers and names
 * (lib/profile/capture.ts).
 */
export const MASKED_VALUE = /[*＊●]|\d•|^.?•|•.?$|\d[xX]{2,}(\d|$)/;

/**
 * Every recognised page value for a key (a record form may show several). None for
 * `basic.idNumber` when the page's (first: the applicant's) 证件类型 names another document
 * (护照, 港澳居民来往内地通行证): its 证件号码 is no 公民身份号码, to which alone GB 11643 applies.
 * The 证件类型 is the recognised `page.idType` field, so that a list headed 证件名称 or 证件种类 is one too
 * (breaker 41 item 1: a 护照 under 证件名称 read as a 公民身份号码 of 9 characters); where the page
 * asks none, the one it shows as plain text (PageSnapshot.idDocumentText, as the fill reads it: checks 58).
 * None where the portal shows the value masked (MASKED_VALUE; probe 13a item 1), in any box: the
 * server may fill the mask into a box the markup leaves editable (or makes read-only by script),
 * and no applicant can correct it (breaker 27b item 1). The page's own required marks are read
 * from the controls (required-field), not from here.
 */
export function fieldValues(ctx: CheckContext, key: FieldKey): PageFieldValue[] {
  const type = ctx.fields.find((f) => f.key === 'page.idType');
  // A 证件类型 chosen (not on its 请选择), else one the page writes, and no kind of 身份证.
  const shown = type ? !isBlank(ctx, type) && type.value : ctx.snapshot.idDocumentText;
  if (key === 'basic.idNumber' && shown && !shown.includes('身份证')) return [];
  return ctx.fields.filter((f) => f.key === key && !MASKED_VALUE.test(f.value));
}

/**
 * A finding of `check`, with the check's severity (absent: 'error') unless `severity` is given.
 * @param field profile key or page label (contract `data-field`); `control` index into the snapshot
 *   (every caller names where: no default object)
 */
export function findingOf(
  check: Pick<Check, 'id' | 'severity'>,
  message: string,
  where: { field?: string; control?: number; severity?: Severity },
): Finding {
  return {
    checkId: check.id,
    severity: where.severity ?? check.severity ?? 'error',
    message,
    // Undefined when not given, as the optional fields' readers take them (a `field: undefined`
    // is no data-field attribute, no key in a message's JSON): no spread per field (issue 9).
    field: where.field,
    control: where.control,
  };
}

/**
 * One photo rule's findings on the photo chosen on this page (CheckContext.photo), for the
 * photo-* checks; none before a photo is chosen.
 * @param ctx the check context.
 * @param id the rule's check id.
 */
export function photoRuleFindings(ctx: CheckContext, id: PhotoCheckId): Finding[] {
  return ctx.photo?.findings.filter((f) => f.checkId === id) ?? [];
}

/** A finding about a recognised page field (field = its key, control = its control). */
export function fieldFinding(check: Pick<Check, 'id' | 'severity'>, value: PageFieldValue, message: string, severity?: Severity): Finding {
  return findingOf(check, message, { field: value.key, control: value.control, severity });
}

/** "初级" / "中级" named in a text, or null when neither or both appear. */
function levelIn(text: string): Level | null {
  const junior = text.includes('初级');
  const middle = text.includes('中级');
  return junior === middle ? null : junior ? '初级' : '中级';
}

/**
 * The level (初级/中级) being applied for: the `application.level` field if the page has one;
 * else page text naming the series chosen earlier ("初级初次职称考核认定" in headings, notices
 * or the title); else the profile. Null when none says it unambiguously.
 */
export function resolveLevel(ctx: CheckContext): Level | null {
  for (const f of fieldValues(ctx, 'application.level')) {
    const level = levelIn(compact(f.value));
    if (level) return level;
  }
  const series = new Set<Level>();
  for (const text of [ctx.snapshot.title, ...ctx.snapshot.headings, ...ctx.snapshot.notices]) {
    for (const m of compact(text).matchAll(/(初级|中级)初次职称考核认定/g)) series.add(m[1] as Level);
  }
  if (series.size === 1) return [...series][0]!;
  const fromProfile = ctx.profile?.application.level;
  return fromProfile === '初级' || fromProfile === '中级' ? fromProfile : null;
}

/**
 * Index of the first column whose normalised header satisfies `test`, or -1.
 * Headers are tried against each predicate in order, so put the most specific first.
 */
export function findColumn(grid: GridSnapshot, ...tests: ((header: string) => boolean)[]): number {
  for (const test of tests) {
    const index = grid.headers.findIndex((h) => test(compact(h)));
    if (index >= 0) return index;
  }
  return -1;
}

/** The cell text of a row in a column ('' when the column is -1 or the row is short: no cell there). */
export function cellOf(row: GridRow, column: number): string {
  return compact(row.cells[column] ?? '');
}

/** The 记录序号 column of a grid (lib/fields/record-lists.ts, where lists are read). */
export { pagedNumbers, sequenceColumn } from '../fields/record-lists';

/**
 * Cell texts that mean "no attachment" in an attachment column: 无, 否, 暂无, 没有, 未上传, 未提交
 * (each with 附件 / 文件 after it or not), -, or a count of none however worded (0, (0), 附件(0),
 * 附件:0, 0个附件: probe 21 F2; 附件(0)份, 附件(0个), 共0个附件, 附件:0个, 附件数:0: breaker 22 F2;
 * [0], 附件(0/0), 0 of 1: breaker 23). Only a count that is 0 itself: 附件(10), 10个附件, 附件(1/2)
 * name files. Also what a checklist's status cell says for a material not uploaded
 * (lib/checks/on-job-proof-missing.ts).
 */
const NO_ATTACHMENT_RE = /^(\(?(|否|-+|\/|(无|暂无|没有|未(上传|提交))(附件|文件)?)\)?|共?((附件|文件)(个?数)?[(:]?)?[([]?0(\/\d+)?[个份张件]?[)\]]?[个份张件]?(附件|文件)?)$/;
/** Cell texts that are only the action to add one (附件上传, 上传, 添加附件, 点击上传): nothing is uploaded yet. */
const UPLOAD_ACTION_RE = /^(点击)?(附件)?(上传|添加|增加|新增)(附件|文件)?$/;
/**
 * An icon's file name (a cell's text when its icon has no title: lib/page/page-text.ts cellText)
 * that is just the action to add one (add.png, btn_upload.gif, 上传.gif, plus2.png); a paper clip or
 * view icon (fujian.gif, clip.gif, view.png) names a saved file, and so does a saved file's own
 * name with such a word inside it (毕业证new.jpg, upload_20240101.jpg, IMG_add1.jpg, renewal.png).
 */
const UPLOAD_ICON_RE = /^(btn_?)?(add|upload|plus|new|上传|添加|增加|新增)\d*\.(gif|png|jpe?g|bmp|svg)$/i;
/** Row actions that open a saved attachment ("查看" alone may mean "view record", so it does not count). */
const VIEW_ATTACHMENT_RE = /查看附件|下载|附件\(\d*[1-9]\d*\)|download|attach/i;

/**
 * The attachment column of a grid (附件, 附件上传, 查看附件, 附件数…, else the evidence named as such:
 * 证明材料, 证明文件, 佐证材料 / 佐证: breaker 27 F9), or -1. A 证明人 is a person, no file.
 */
export function attachmentColumn(grid: GridSnapshot): number {
  return findColumn(grid, (h) => h.includes('附件'), (h) => /佐证|证明(材料|文件)/.test(h));
}

/**
 * Whether a list cell (compacted) says no file is there: 无 / 0 / 未上传 / - …, or only the action
 * to upload one (附件上传, an add/upload icon).
 */
export function saysNoFile(cell: string): boolean {
  return NO_ATTACHMENT_RE.test(cell) || UPLOAD_ACTION_RE.test(cell) || UPLOAD_ICON_RE.test(cell);
}

/**
 * Whether a saved record shows an attachment: a non-empty attachment cell (a file name, an icon
 * link) that is not 无 / 0 / 未上传 / - … nor only an upload action (附件上传), or a row action like
 * 查看附件 / 下载.
 * @returns true / false, or null when the grid has neither an attachment column nor any row
 *   with a view-attachment action (nothing can be said about this grid shape)
 */
export function rowHasAttachment(grid: GridSnapshot, row: GridRow): boolean | null {
  const column = attachmentColumn(grid);
  const byAction = (r: GridRow) => r.actions.some((a) => VIEW_ATTACHMENT_RE.test(compact(a)));
  return column >= 0 ? byAction(row) || !saysNoFile(cellOf(row, column)) : grid.rows.some(byAction) ? byAction(row) : null;
}

/** Whether a check applies on the context's step: every step when it names none. */
export function appliesTo(check: Pick<Check, 'steps'>, ctx: Pick<CheckContext, 'step'>): boolean {
  return !check.steps || check.steps.includes(ctx.step);
}

/**
 * Whether a control is empty as far as the portal is concerned: a select still on its prompt
 * option ("请选择"), or text that is blank or still the page's instruction (isPromptText:
 * 请填写…, （没有请填“无。”）), or, in a date's box, a server's date never set (isUnsetDate:
 * 1900-01-01, 0001/1/1 0:00:00 — the autofill fills such a box as an empty one; breaker 39).
 * Shared by the checks (isBlank) and required-field.
 * @param control the control, if known. @param text what it shows (default: its value).
 * @param date whether it holds a date (default: a date box; holdsDate also knows a text box
 *   recognised as a date field).
 */
export function isUnfilled(control: ControlSnapshot | undefined, text = control?.value ?? '', date = control?.kind === 'date'): boolean {
  if (control?.kind === 'select') {
    const selected = control.options.find((o) => o.selected);
    if (!selected || selected.placeholder || selected.value === '') return true;
  }
  return isPromptText(text) || (date && isUnsetDate(text));
}

/**
 * Whether a control holds a date: a date box, or a box recognised as a date field (isDateKey:
 * 出生日期 as a plain text box).
 * @param ctx the check context (its recognised fields). @param control the control, if known.
 */
export function holdsDate(ctx: CheckContext, control: ControlSnapshot | undefined): boolean {
  return control?.kind === 'date' || ctx.fields.some((f) => f.control === control?.index && isDateKey(f.key));
}

const VALUE_KINDS = new Set<ControlSnapshot['kind']>(['text', 'date', 'textarea', 'select', 'radio']);

/**
 * A control the user can fill: visible, enabled, not read-only unless a picker/calendar fills it,
 * and not a 查询 bar's box (ControlSnapshot.filter: it filters the list, nothing asks for it).
 */
export function fillable(c: ControlSnapshot): boolean {
  return VALUE_KINDS.has(c.kind) && c.visible && !c.disabled && !c.filter && (!c.readOnly || c.calendar || c.pickerButton);
}

/**
 * Whether the user started a record on a record step's form: a fillable text box, text area or
 * date box holds something other than the record number (序号, which the portal may prefill).
 * Until then the form may sit empty under the list of saved records (required-field), and an
 * unticked 已缴纳 box there is no 否 (social-insurance-reason; probe 10a).
 * @param controls the page's controls (ControlSnapshot[]).
 */
export function recordStarted(controls: ControlSnapshot[]): boolean {
  // A fillable control that is no list or radio is a text box, a text area or a date box (VALUE_KINDS).
  return controls.some((c) => c.kind !== 'select' && c.kind !== 'radio' && fillable(c) && !isUnfilled(c) && !/序号/.test(c.labels[0]?.text || compact(c.groupLabel)));
}

/** Whether a recognised field is empty as far as the portal is concerned (isUnfilled; a date field by holdsDate). */
export function isBlank(ctx: CheckContext, value: PageFieldValue): boolean {
  const control = ctx.snapshot.controls[value.control];
  return isUnfilled(control, value.value, holdsDate(ctx, control));
}

/** The recognised values for a key that are not blank (fieldValues, isBlank), in page order. */
export function filledValues(ctx: CheckContext, key: FieldKey): PageFieldValue[] {
  return fieldValues(ctx, key).filter((f) => !isBlank(ctx, f));
}

/**
 * Every control's value in page order (pageFieldValues: a date's lists whole), a control recognition
 * left tied under its keys joined (CheckContext.matches): a form holding two records ties its two
 * boxes of a key (two 起始时间, two 学历), a period box ties the start and the end.
 * Read by record-period-order and education-order.
 */
export function valuesWithTies(ctx: CheckContext): PageFieldValue[] {
  return pageFieldValues(ctx.snapshot, ctx.matches.map((m) => ({ ...m, key: (m.key || m.ambiguous.join()) as FieldKey })));
}

/** The first non-blank recognised value for a key. */
export function firstFilled(ctx: CheckContext, key: FieldKey): PageFieldValue | undefined {
  return filledValues(ctx, key)[0];
}
