/**
 * applyFill: execute a FillPlan the user confirmed in the preview, one control at a time in
 * plan order (cascade parents first, a child once the page has redrawn it:
 * lib/fill/cascade-redraw.ts), and report what happened to each. Never clicks a button, never
 * submits, never touches file inputs, never overwrites a non-empty field the user did not tick
 * (issue 5; spec/test-contract.md §Never).
 */
import type { ControlSnapshot, PageSnapshot } from '../page/snapshot';
import type { FieldKey } from '../fields/keys';
import { consentShown, needs, type FillItem, type FillPlan } from './plan';
import { collectSnapshot, resolveControl } from '../page/collect';
import { normalizeText } from '../page/normalize';
import { isDrawn, seenAs } from '../page/labels';
import { editorFrame } from '../page/page-text';
import { writeText, writeTextParts } from './writers/text';
import { comboOf, writeCombo } from './combo-lists';
import { choices, findLive, lacksOption, liveOptionsKey, optionsKey, unwrittenSelect, waitForOptions, writeSelect } from './writers/select';
import { CHILD_REDRAW_MS, keepChildren, showsChoice, watchChildRedraw, type ChildRedrawWatch, type KeptChild } from './cascade-redraw';
import { writeDateLists } from './writers/date-lists';
import { writeCheckbox, writeRadio } from './writers/choice';
import type { WriteResult } from './writers/types';
import { choiceWords, choosable, codeInOtherForm, differingCurrent, fieldName, type FillOutcome } from './display';
import { isPromptOption } from './option-hints';
import { isDateKey } from '../fields/date-fields';
import { heldDate, readFilledDate, sameDate } from './dates';
import { listsDate } from './date-lists';
import { t } from '../i18n/t';
import { errorText } from '../error-text';

export interface FillReportItem {
  control: number;
  key: FieldKey | null;
  /** The field's clean name (FillItem.label). */
  label: string;
  /** The value written / to be written, as the user sees it (FillItem.value). */
  value: string;
  /** What the page showed before, when non-empty and different from `value` (FillItem.current). */
  current?: string;
  /** Contract `data-result` (spec/test-contract.md; `waiting` only while the fill watches the list after it: ApplyOptions.onRewritten). */
  result: 'filled' | 'skipped' | 'failed' | 'needs-user' | 'waiting';
  /** The finer outcome the row shows in words (lib/fill/display.ts). */
  outcome: Exclude<FillOutcome, 'will-fill'>;
  /** Detail in the browser's language: the reason for a skip / needs-user, what went wrong for a failure. */
  detail?: string;
  /** A field the preview did not show: the run's own write made the page show it (applyFill's reveal passes). */
  revealed?: true;
  /**
   * On a `filled` row, what its control showed once the fill was done (a box's text, a list's
   * option text): reportAfterRedraw tells by it a value the page changed afterwards.
   */
  shown?: string;
}

type Head = Pick<FillReportItem, 'control' | 'key' | 'label' | 'value' | 'current'>;

function reported(head: Head, result: FillReportItem['result'], outcome: FillReportItem['outcome'], detail?: string): FillReportItem {
  return { ...head, result, outcome, ...(detail === undefined ? {} : { detail }) };
}

export interface FillReport {
  items: FillReportItem[];
  /** The page as read by the fill's last reveal pass, which the rows' `control` numbers then point into; absent, they point into the plan's snapshot. */
  snapshot?: PageSnapshot;
}

export interface ApplyOptions {
  /** Controls (snapshot indexes) whose existing value the user ticked to overwrite. */
  overwrite: ReadonlySet<number>;
  /**
   * Stops the run; remaining items are reported skipped. Aborted after the run, it ends the watch
   * on the cascade children it wrote (onRewritten): a new preview or fill begun.
   */
  signal?: AbortSignal;
  /**
   * Called just before a control that posts the page back (ControlSnapshot.postsBack) is
   * written, with the report as it will stand if that write succeeds: a full postback ends this
   * page, and the report with it (lib/fill/carry.ts carries it over). `control` is that control.
   */
  onPostBack?: (report: FillReport, control: Element) => void;
  /**
   * The page planned again as it is now, with the plan's profile, step and record (planFill on a
   * fresh snapshot): the fields the run's own writes revealed are found there and written in the
   * same run (REVEAL_PASSES). Without it nothing the preview did not show is written; should it
   * throw, nothing revealed is written and the run still reports what it wrote.
   */
  replan?: () => FillPlan;
  /**
   * Called when the page redrew, after the writes, a cascade child the fill wrote and dropped its
   * value, and the fill wrote it again — or enabled one the fill found disabled after its parent's
   * change, and the fill wrote it then (lib/fill/cascade-redraw.ts keepChildren, KEEP_CHILDREN_MS):
   * `index` is its report row, `row` that row now (已填写, saying the page redrew or enabled the
   * list). A child found disabled is reported `waiting` meanwhile, not 失败 (left 29 item 1), and
   * through this call when the watch ends without writing it, by what the list shows then
   * (endedWaiting: `failed` 该控件已被页面禁用 when the page did not enable it, else why it was not
   * written, such as 页面没有该选项). One before applyFill resolves is in its report already. Without it nothing is kept
   * (a child found disabled is `failed` at once).
   */
  onRewritten?: (index: number, row: FillReportItem) => void;
}

/**
 * How many times a run plans the page again for fields its own writes revealed (是否缴纳社保 = 否
 * shows 未缴纳社保原因: probe 20 F5), a field revealed by a revealed one included. Bounded: a page
 * may show or hide something on every change.
 */
export const REVEAL_PASSES = 2;

/** The live element of each of an item's controls (a date's lists, FillItem.lists; a value's boxes, FillItem.parts), null for one gone from the page. */
type PartResolver = (control: number) => HTMLElement | null;

/** Whether a date part's box holds the number planned, written its own way ("5" for "05"). */
const sameNumber = (shown: string, text: string) => /^\d+$/.test(shown) && Number(shown) === Number(text);

async function writeItem(el: HTMLElement, item: FillItem, calendar: boolean, resolve: PartResolver, signal?: AbortSignal): Promise<WriteResult> {
  const live = (control: number) => (control === item.control ? el : resolve(control));
  const refind = (control: number) => () => resolve(control);
  if (item.lists) return writeDateLists(item.lists.map((l) => ({ el: live(l.control), text: l.text, option: l.option, refind: refind(l.control) })), signal);
  // A date's box the page writes its own way (5 for 05, a script dropping the zero) holds the same number: written, not 失败.
  if (item.parts) return writeTextParts(item.parts.map((p) => ({ el: live(p.control), text: p.text })), isDateKey(item.key) ? sameNumber : undefined);
  // An EasyUI combobox's box, read as its list (lib/fill/combo-lists.ts): chosen in its panel.
  if (comboOf(el)) return writeCombo(el as HTMLInputElement, item.value, item.option);
  if (el.tagName === 'SELECT') return writeSelect(el as HTMLSelectElement, item.value, item.option, { signal, refind: refind(item.control) });
  const input = el as HTMLInputElement;
  if (input.type === 'file') return { result: 'failed', detail: t('fill_reason_choose_file') };
  if (input.type === 'radio') return writeRadio(input);
  if (input.type === 'checkbox') {
    // The other answer of a 是/否 pair is unticked first: a failure there leaves neither ticked, never both.
    for (const other of item.untick ?? []) {
      const box = live(other);
      const written = box ? await writeCheckbox(box as HTMLInputElement, false) : { result: 'failed' as const, detail: t('fill_reason_control_gone') };
      if (written.result !== 'filled') return written;
    }
    return writeCheckbox(input, item.option === 'true');
  }
  const written = await writeText(input, item.value, { calendar });
  // The page rewrote it into the same value its own way (1998-05-12 for 1998年05月12日, a space after words): written.
  return written.result === 'failed' && heldInPageForm(input.value, item.value, isDateKey(item.key)) ? { result: 'filled' } : written;
}

/**
 * Whether a box holds a value written, as the page rewrote it in its own form: for a date the same
 * day in another format (samePlannedDate: 1998-05-12 for 1998年05月12日), else the same words but
 * for spaces, full-width forms and end marks (normalizeText — the preview's 已一致 rule, plan.ts
 * withOverwrite: a trailing space, 广州 绿源 for 广州绿源) — never a number, code or e-mail the
 * page turned full-width or spaced (codeInOtherForm: 139 2600 1234 for 13926001234, which the
 * portal may refuse, as the preview says). Breaker 37.
 * @param now the box's text now. @param written the text the fill left there. @param date the value is a date.
 * @returns false for an empty box or another value (another day, a cut or masked number).
 */
function heldInPageForm(now: string, written: string, date: boolean): boolean {
  if (now.trim() === '') return false;
  if (date && samePlannedDate(now, written)) return true;
  return normalizeText(now) === normalizeText(written) && !codeInOtherForm(now.trim(), written.trim());
}

/** One control of a planned item, as the preview saw it and as the page has it now. */
interface Piece {
  /** Its live element. */
  el: HTMLElement;
  /** Its snapshot when the plan was made. */
  control: ControlSnapshot;
  /** What the fill leaves there: a box's text, a list's option value, a checkbox's "true" / "false" (a radio's value). */
  planned: string | undefined;
  /** The box holds a date in one text (not a date's lists or boxes): the same day written another way is the same value (samePlannedDate). */
  date: boolean;
}

/**
 * Whether a date box's text is the planned date, however written: the page's own format
 * ("19980512", "1998-5-12", "1998年05月12日", "1998/05/12" for 1998-05-12 — an ID's onchange
 * writes 出生日期 so) or ours, at the planned precision (lib/fill/dates.ts sameDate; breaker 7c
 * item 10). @param text the box's text now. @param planned the date as the plan writes it.
 */
function samePlannedDate(text: string, planned: string | undefined): boolean {
  return planned !== undefined && sameDate(text, planned, readFilledDate(planned)?.format ?? '');
}

/**
 * Every control an item writes, each with its live element (refindControl): a date's lists (FillItem.lists), a
 * value's boxes (FillItem.parts), else the control and the other boxes of its question
 * (FillItem.untick).
 * @returns the pieces, the item's own control first; null when any is gone from the page.
 */
function piecesOf(doc: Document, snapshot: PageSnapshot, item: FillItem): Piece[] | null {
  const planned: [number, string | undefined][] = item.lists
    ? item.lists.map((l) => [l.control, l.option])
    : item.parts
      ? item.parts.map((p) => [p.control, p.text])
      : [[item.control, item.option ?? item.value], ...(item.untick ?? []).map((i): [number, string] => [i, 'false'])];
  const date = !item.lists && !item.parts && isDateKey(item.key);
  const pieces: Piece[] = [];
  for (const [index, value] of planned) {
    const control = snapshot.controls[index];
    const el = refindControl(doc, snapshot, index);
    if (!control || !el) return null;
    pieces.push({ el, control, planned: value, date });
  }
  return pieces;
}

/** A radio's group as the page has it now (the radio alone when it has no name). */
function radioGroup(el: HTMLInputElement): HTMLInputElement[] {
  return el.name ? ([...el.ownerDocument.getElementsByName(el.name)] as HTMLInputElement[]) : [el];
}

const isTick = (el: Element, type: 'radio' | 'checkbox'): el is HTMLInputElement => el instanceof HTMLInputElement && el.type === type;

/**
 * The user (or the page) put a value into one of an item's controls after the preview was
 * planned: the preview said "empty, will fill" (or 已一致), so writing now would overwrite without
 * the user's tick. Every control of the item counts: a date's month and day lists as well as its
 * year (breaker 31a F6), the other box of a 是/否 pair ticked as well as the answer's own (F1).
 * Selects count only while their option list is the one planned against (a cascade rebuilding
 * it is our own doing, not the user's). A radio counts when another of its group is ticked now,
 * a checkbox when its tick differs from the planned one and from ours.
 */
function changedSincePlan({ el, control, planned, date }: Piece): boolean {
  if (el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && (control.kind === 'text' || control.kind === 'date'))) {
    // A value the page derived itself (an ID's onchange fills 出生日期) that equals ours is no conflict, nor the same day in its own format,
    // nor a server's date never set (heldDate: 1900-01-01 a redraw put there).
    return (date ? heldDate(el.value) : el.value.trim()) !== '' && el.value !== control.value && el.value !== planned && !(date && samePlannedDate(el.value, planned));
  }
  if (el instanceof HTMLSelectElement && el.options.length === control.options.length) {
    const chosen = control.options.find((o) => o.value === el.value);
    return el.value !== control.value && !!chosen && !chosen.placeholder && el.value !== planned;
  }
  // A tick: the preview planned this radio on a group with none of the others ticked (else it asked for 覆盖), a box as it stood then (breaker 31a F1).
  if (isTick(el, 'radio')) return radioGroup(el).some((radio) => radio !== el && radio.checked);
  return isTick(el, 'checkbox') && el.checked !== control.checked && String(el.checked) !== planned;
}

/** Whether a control shows nothing now: an empty box, a list on its prompt, a radio group or a box with none ticked. */
function emptyNow(el: Element): boolean {
  if (el instanceof HTMLSelectElement) {
    const option = el.options[el.selectedIndex];
    return !option || isPromptOption(normalizeText(option.text), option.value, el.selectedIndex);
  }
  if (isTick(el, 'radio')) return !radioGroup(el).some((radio) => radio.checked);
  if (isTick(el, 'checkbox')) return !el.checked;
  return (el as HTMLInputElement).value.trim() === '';
}

/**
 * What an item's controls show now, for a row that did not overwrite them: the boxes' texts joined, a date's lists
 * as the date they make up to the first on its prompt (listsDate: 2021-07 for 2021年 and 7月, breaker 38; 1999, not
 * 1999-请选择, for a year chosen and no month, breaker 37), the ticked box's text.
 * @param pieces the item's controls. @param lists they are a date's lists (FillItem.lists).
 */
function shownPieces(pieces: readonly Piece[], lists: boolean): string {
  const [first] = pieces;
  if (first && isTick(first.el, 'radio')) {
    const ticked = radioGroup(first.el).find((radio) => radio.checked);
    return ticked ? choiceWords(ticked.labels?.[0]?.textContent ?? ticked.value) : '';
  }
  const texts = pieces.map(({ el, control }) => (isTick(el, 'checkbox') ? (el.checked ? choiceWords(control.choiceText) : '') : emptyNow(el) ? '' : shownNow(el)));
  // A date's lists read up to the first not chosen, as the checks read them (a month without its year is no date).
  const chosen = texts.indexOf('');
  return lists ? listsDate(chosen < 0 ? texts : texts.slice(0, chosen)) : texts.filter(Boolean).join('-');
}

/**
 * The row of an item not written because its field holds, since the preview, a value the user did not tick to overwrite.
 * @param lists its pieces are a date's lists (shownPieces).
 */
function keptRow(head: Head, pieces: readonly Piece[], lists: boolean): FillReportItem {
  const now = differingCurrent(shownPieces(pieces, lists), head.value);
  return reported({ ...head, ...(now === undefined ? {} : { current: now }) }, 'skipped', 'conflict', t('fill_reason_changed_since_preview'));
}

/**
 * The row of a field the preview showed 已一致, as the page has it now: still so, `same`; holding
 * another value (his), kept as a conflict; emptied since (an UpdatePanel's redraw, a script run by
 * an earlier write; for a date's lists or a value's boxes, any one of them), null — to be written after all (FillItem.refill; breaker 31a F4) — or, for a
 * field only the portal or the user fills, skipped saying so. A lone box unticked is an answer
 * (否 for a 是 box), never an emptied field.
 */
function sameSincePlan(head: Head, item: FillItem, pieces: readonly Piece[]): FillReportItem | null {
  const loneBox = pieces.length === 1 && isTick(pieces[0]!.el, 'checkbox');
  // A date's lists or a value's boxes count as emptied when any of them is (the day list alone redrawn on its prompt: breaker 7c F7); the other box of a 是/否 pair is unticked by design.
  const emptied = item.lists || item.parts ? pieces.some((p) => emptyNow(p.el)) : pieces.every((p) => emptyNow(p.el));
  const changed = pieces.some(changedSincePlan);
  if (loneBox || !emptied || changed) return changed ? keptRow(head, pieces, !!item.lists) : reported(head, 'skipped', 'same');
  return item.refill ? null : reported(head, 'skipped', 'skipped', t('fill_reason_emptied_since_preview'));
}

/**
 * The names the page gives a control: its labels' texts and its group's label (normalised). Its
 * placeholder only when it has no other: a library's form gives every box the same one (请输入 in
 * Element UI's), which would make any two of its boxes the same field (B65-8).
 * @param control the control as read. @returns its names; none when the page names it nowhere.
 */
function namesOf(control: ControlSnapshot): string[] {
  const names = (placeholder: boolean) => [...control.labels.filter((l) => placeholder || l.source !== 'placeholder').map((l) => l.text), normalizeText(control.groupLabel)].filter(Boolean);
  const own = names(false);
  return own.length ? own : names(true);
}

/**
 * The planned controls whose field the page now names otherwise, with that name: an UpdatePanel
 * swapped the section for another keeping the ids, or a row inserted above moved a positional
 * selector onto its neighbour (probe 15 item 0). The preview showed the value going into the
 * field it named, so it goes nowhere else. A field keeps its identity while any of its names
 * stays (a second label source appearing is no change); unnamed before and after, it is the same
 * field. Read once, before anything is written: what the fill's own writes redraw is no change
 * the user made.
 * @param doc the frame's document now. @param planned the snapshot the plan was made on.
 * @param plan the plan. @param current the page as read now (collectSnapshot).
 * @returns the shown name now, by planned control index.
 */
function renamedSincePlan(doc: Document, planned: PageSnapshot, plan: FillPlan, current: PageSnapshot): Map<number, string> {
  const now = new Map<Element, ControlSnapshot>();
  for (const control of current.controls) {
    const el = resolveControl(doc, control);
    if (el) now.set(el, control);
  }
  const renamed = new Map<number, string>();
  for (const { control: index } of plan.items) {
    const before = planned.controls[index];
    const el = before && resolveControl(doc, before);
    const after = el && now.get(el);
    if (!before || !after) continue;
    const names = namesOf(before);
    const namesNow = namesOf(after);
    // A label the redraw dropped (an image now, an empty cell) says no other field is here: the id or name still does (breaker 31a F10).
    const unnamedByRedraw = namesNow.length === 0 && !!(before.id || before.name);
    if (!unnamedByRedraw && names.length + namesNow.length > 0 && !names.some((n) => namesNow.includes(n))) renamed.set(index, fieldName(after, null));
  }
  return renamed;
}

/**
 * A planned control's element in the page now: where its selector, id or name finds it
 * (resolveControl), else the one control of its kind the page names as it named this one and
 * that no other control of the preview's page is found at — a list the page drew anew under a
 * new id (a cascade's child: breaker 31a F11), never a neighbour named alike that is still there
 * (two month lists each named 年 after the year before it: breaker 7c F4).
 * @param doc the frame's document now. @param snapshot the snapshot the plan was made on.
 * @param index the control's index in it.
 * @returns the element, or null when none or several fit.
 */
function refindControl(doc: Document, snapshot: PageSnapshot, index: number): HTMLElement | null {
  const control = snapshot.controls[index];
  const found = control && resolveControl(doc, control);
  if (!control || found) return found ?? null;
  const names = namesOf(control);
  if (names.length === 0) return null;
  const taken = new Set(snapshot.controls.map((c) => c !== control && resolveControl(doc, c)));
  const same = collectSnapshot(doc)
    .controls.filter((c) => c.kind === control.kind && namesOf(c).some((n) => names.includes(n)))
    .map((c) => resolveControl(doc, c))
    .filter((el) => el && !taken.has(el));
  return same.length === 1 ? same[0]! : null;
}

/**
 * The planned lists (a select's item) whose options the page replaced between the preview and
 * 应用 (an AJAX cascade reloaded them; the same element), with their options as they are then.
 * Read once, before anything is written: what the fill's own writes reload is a cascade the
 * writer waits for (writeSelect).
 * @returns the options now (optionsKey), by planned control index.
 */
function reloadedSincePlan(doc: Document, planned: PageSnapshot, plan: FillPlan): Map<number, string> {
  const reloaded = new Map<number, string>();
  for (const item of plan.items) {
    const control = planned.controls[item.control];
    const el = control?.kind === 'select' && !item.lists ? resolveControl(doc, control) : null;
    if (!(el instanceof HTMLSelectElement)) continue;
    const now = liveOptionsKey(el);
    if (now !== optionsKey(control!.options)) reloaded.set(item.control, now);
  }
  return reloaded;
}

/** Whether a text box or list showed nothing when the plan was made (an empty box, a list on its prompt); a tick never counts (unticked is an answer). */
function emptyAtPreview(control: ControlSnapshot): boolean {
  if (control.kind === 'select') return control.value === '' || !!control.options.find((o) => o.value === control.value)?.placeholder;
  return control.kind !== 'radio' && control.kind !== 'checkbox' && control.value.trim() === '';
}

/**
 * On a record step, whether the form holds another record than the one the preview was planned
 * on: the page's 编辑 / 修改 of a listed record loaded it into the form (a partial postback, a
 * script) after the preview, and its empty boxes would get the planned record's values — two
 * records mixed (breaker 31a F7). Told by what the page changed since the preview
 * (changedSincePlan), counting only the rows the preview planned to write — a row it told the
 * user to fill himself (档案中没有该项, a 记录序号 he must type) is his to fill (breaker 7c F3):
 * the 记录序号, or two fields or more (a person types one at a time; one box he typed is kept
 * alone, keptRow). Or, whatever the rows' actions, every field that was empty at the preview
 * filled since, all at once: a loaded record whose identity field showed the same value before
 * (a year list whose first option is the saved year, breaker 7c F2) — a person filling the
 * boxes himself leaves those the preview said it would fill empty.
 * Read once, before anything is written.
 * @param doc the frame's document now. @param planned the snapshot the plan was made on.
 * @param plan the plan. @returns true when nothing of the plan may be written.
 */
function otherRecordLoaded(doc: Document, planned: PageSnapshot, plan: FillPlan): boolean {
  const section = plan.recordSection;
  if (!section) return false;
  const changed = (item: FillItem) => !!piecesOf(doc, planned, item)?.some(changedSincePlan);
  const written = plan.items.filter((item) => item.action === 'fill' && changed(item));
  if (written.length >= 2 || written.some((item) => item.key === `${section}.seq`)) return true;
  // 档案中没有该项 rows are left out: the saved record may lack them as the profile does.
  const empty = plan.items.filter((item) => item.action !== 'skip' && piecesOf(doc, planned, item)?.every((p) => emptyAtPreview(p.control)));
  return empty.length > 0 && empty.every(changed);
}

/** What a text box or select shows now (option text for a select), for a row that did not overwrite it. */
function shownNow(el: Element): string {
  if (el instanceof HTMLSelectElement) return el.options[el.selectedIndex]?.text.trim() ?? '';
  return (el as HTMLInputElement).value.trim();
}

/**
 * What becomes of a planned item, the page as it is now, before anything of it is written.
 * @param doc the frame's document now. @param snapshot the snapshot the plan was made on.
 * @param item the item. @param renamed renamedSincePlan's answer. @param reloaded reloadedSincePlan's answer.
 * @param opts the overwrite ticks, the abort signal.
 * @returns its report row when it is not to be written (see applyFill), else its controls (piecesOf).
 */
function beforeWrite(doc: Document, snapshot: PageSnapshot, item: FillItem, renamed: ReadonlyMap<number, string>, reloaded: ReadonlyMap<number, string>, opts: Pick<ApplyOptions, 'overwrite' | 'signal'>): FillReportItem | Piece[] {
  const head = headOf(item);
  const unwritten = unwrittenRow(item, head, opts);
  // A field the preview showed 已一致 is looked at again below: the page may have emptied it since.
  const shownSame = unwritten?.outcome === 'same';
  const given = unwritten?.outcome === 'needs-user' && item.key === 'page.consent' ? consentGivenSince(doc, snapshot, item) : null;
  if (given !== null) return reported({ ...head, value: given }, 'skipped', 'same');
  if (unwritten && !shownSame) return unwritten;
  const control = snapshot.controls[item.control];
  const pieces = piecesOf(doc, snapshot, item);
  // Gone since the preview (a redraw removed it, or one of a date's lists): nothing of it is written, as for a hidden one (fix31e).
  if (!control || !pieces) return reported(head, 'skipped', 'not-found', t('fill_reason_control_gone'));
  const el = pieces[0]!.el;
  const nameNow = renamed.get(item.control);
  if (nameNow !== undefined) return reported(head, 'skipped', 'skipped', t('fill_reason_field_renamed', nameNow));
  const sameRow = shownSame ? sameSincePlan(head, item, pieces) : null;
  if (sameRow) return sameRow;
  if ((el as HTMLInputElement).disabled) return reported(head, 'failed', 'failed', t('fill_reason_control_disabled'));
  // Hidden since the preview (a section his choice switched off): the page would still post the value unseen (breaker 31a F9).
  // A rich-text editor's box is shown as its editor (breaker 27 F3).
  if (control.visible && !isDrawn(editorFrame(el) ?? seenAs(el))) return reported(head, 'skipped', 'skipped', t('fill_reason_hidden_since_preview'));
  // Options the page replaced before the fill began, still as they were then (no cascade of ours reloaded them since) and without the planned one: no wait, no stale value (breaker 31a F8).
  if (el instanceof HTMLSelectElement && reloaded.get(item.control) === liveOptionsKey(el) && lacksOption(el, item.value, item.option)) return reported(head, 'skipped', 'skipped', t('fill_reason_options_replaced', item.value));
  // The page wrote the date since the preview (出生日期 from the ID), in its own format or ours: it shows the value, nothing is written over its format.
  const [first] = pieces;
  if (first!.date && samePlannedDate((el as HTMLInputElement).value, first!.planned)) return reported(head, 'skipped', 'same');
  if (!shownSame && !opts.overwrite.has(item.control) && pieces.some(changedSincePlan)) return keptRow(head, pieces, !!item.lists);
  return pieces;
}

/**
 * The consent the user gave after the preview (ticked the box, chose 同意) as the page shows it
 * now (consentShown), so the report says it is done, as a new preview would; never written.
 * @param doc the frame's document now. @param snapshot the snapshot the plan was made on.
 * @param item the consent's item (its control; a radio's whole group is read).
 * @returns what the page shows, or null when consent is not given (or the control is gone).
 */
function consentGivenSince(doc: Document, snapshot: PageSnapshot, item: FillItem): string | null {
  const c = snapshot.controls[item.control];
  if (!c) return null;
  const planned = snapshot.controls.filter((m) => m === c || (c.kind === 'radio' && c.name !== '' && m.kind === 'radio' && m.name === c.name));
  const els = new Set(planned.map((m) => resolveControl(doc, m)).filter((el) => el !== null));
  const live = collectSnapshot(doc).controls.filter((m) => els.has(resolveControl(doc, m)!));
  return live.length === 0 ? null : consentShown(live);
}

/**
 * Whether 应用 would no longer do what the open preview shows: a field it would write is gone,
 * named otherwise, hidden, disabled or holds a value put there since; one it shows 已一致 no
 * longer shows it. The preview then asks for a new one (页面已变化，请重新预览).
 * @param doc the frame's document now. @param plan the previewed plan.
 * @param now the page as read now (its snapshot). @param overwrite the controls ticked 覆盖.
 */
export function changedSincePreview(doc: Document, plan: FillPlan, now: PageSnapshot, overwrite: ReadonlySet<number>): boolean {
  const renamed = renamedSincePlan(doc, plan.snapshot, plan, now);
  const reloaded = reloadedSincePlan(doc, plan.snapshot, plan);
  const opts = { overwrite };
  return plan.items.some((item) => {
    const planned = unwrittenRow(item, headOf(item), opts);
    if (planned && planned.outcome !== 'same') return false;
    const checked = beforeWrite(doc, plan.snapshot, item, renamed, reloaded, opts);
    return Array.isArray(checked) ? planned !== null : checked.outcome !== 'same';
  });
}

/**
 * Apply a plan to the live document of the frame the snapshot came from.
 * @param doc that frame's document. @param snapshot the snapshot the plan was made from.
 * @param plan from planFill. @param opts the user's overwrite ticks and an abort signal.
 * @returns one report item per plan item, in plan order: `filled` (read back equal, and still
 *   so once every field is written; also a field the preview showed 已一致 that the page
 *   emptied since, sameSincePlan), `failed` (outcome `failed` when an option is missing, the
 *   control is disabled or the page changed/reverted the value, at once or when a later field
 *   was written — detail carries the page's value), `skipped` (outcome `not-found` when the
 *   control, or one of its parts, is gone from the page; `same` when the page still shows the
 *   value; `conflict` when it holds another value the user did not tick to overwrite, or put
 *   there since the preview (changedSincePlan); `skipped` when the page now names the field
 *   otherwise (renamedSincePlan), hid or emptied it since, for a list whose options the page
 *   replaced without the planned one (reloadedSincePlan), for every row to be written when the
 *   record form holds another record (otherRecordLoaded), and for the plan's other reasons;
 *   `cancelled` when aborted), `needs-user` (plan said so). Then, with `opts.replan`, the rows
 *   of fields the writes revealed (writeRevealed), marked `revealed`, after the plan's; the
 *   report's `snapshot` is then the page they are all numbered on. Never rejects.
 */
export async function applyFill(doc: Document, snapshot: PageSnapshot, plan: FillPlan, opts: ApplyOptions): Promise<FillReport> {
  if (otherRecordLoaded(doc, snapshot, plan)) {
    return { items: plan.items.map((item) => unwrittenRow(item, headOf(item), opts) ?? reported(headOf(item), 'skipped', 'skipped', t('fill_reason_other_record_loaded'))) };
  }
  const items: FillReportItem[] = [];
  const shownAfterWrite: ShownAfterWrite = new Map();
  const kept: Kept = { children: [], parents: [] };
  const postedBack = await writeItems(doc, snapshot, plan, opts, items, shownAfterWrite, kept);
  // After a postback the page is the server's, not what the writes revealed.
  const revealedOn = postedBack ? null : await writeRevealed(doc, snapshot, plan, opts, items, shownAfterWrite);
  const { onRewritten } = opts;
  if (onRewritten && !postedBack && kept.children.length > 0) {
    // A child found disabled waits for the page while it is kept, not 失败 (left 29 item 1); so
    // does one the preview showed disabled (此栏已禁用), whose row comes back should the page never
    // enable it.
    const before = new Map(kept.children.filter(({ row }) => items[row]!.result !== 'filled').map(({ row }) => [row, items[row]!]));
    for (const row of before.keys()) items[row] = reported(items[row]!, 'waiting', 'waiting', t('fill_reason_waiting_enabled'));
    await keepChildren(
      doc,
      kept.children,
      kept.parents,
      ({ row }, el) => {
        // A list the page enabled after the fill found it disabled was never written before.
        const note = items[row]!.result === 'filled' ? t('fill_reason_rewritten_after_redraw') : t('fill_reason_written_when_enabled');
        items[row] = reported(items[row]!, 'filled', 'filled', note);
        shownAfterWrite.set(row, { el, shown: readBack(el), date: false });
        onRewritten(row, items[row]!);
      },
      opts.signal,
      (left) => {
        // The watch ended without writing it: why, by the list as the page shows it now.
        for (const child of left) {
          if (items[child.row]!.result !== 'waiting') continue;
          const planned = before.get(child.row)!;
          items[child.row] = planned.result === 'skipped' && (child.find() as HTMLSelectElement | null)?.disabled ? planned : endedWaiting(items[child.row]!, child);
          onRewritten(child.row, items[child.row]!);
        }
      },
    );
  }
  // A page script run by a later field may change an earlier one (公民身份号码's onchange sets
  // 性别 and 出生日期 from the number): the report says what the page shows in the end.
  for (const [index, { el, shown, date }] of shownAfterWrite) {
    const now = readBack(el);
    // The same value in the page's own form (出生日期 rewritten from the ID written after it) is no change.
    if (now === shown || heldInPageForm(now, shown, date)) continue;
    // A radio's or checkbox's change is its tick, which needs no quoting.
    const tickBox = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox');
    const detail = tickBox ? t('fill_reason_changed_after_fill') : now === '' ? t('fill_reason_emptied_after_fill') : t('fill_reason_changed_after_fill_to', now);
    items[index] = reported(items[index]!, 'failed', 'failed', detail);
  }
  // What each row still 已填写 shows, for the watch after the fill (reportAfterRedraw).
  for (const [index, { el }] of shownAfterWrite) if (items[index]!.result === 'filled') items[index] = { ...items[index]!, shown: readBack(el) };
  return revealedOn ? { items, snapshot: revealedOn } : { items };
}

/**
 * The row of a cascade child found disabled (reported `waiting`) once the fill's watch
 * (keepChildren) ended without writing it, by its list as the page shows it then: still disabled,
 * the page's refusal as at the write (该控件已被页面禁用); enabled and showing a choice (the page's
 * or the user's, never written over), 已一致 when it is the planned option, else a value kept; else
 * what writeSelect says of a list it cannot write (unwrittenSelect: gone, its options not loaded,
 * the planned option not among them, 页面没有该选项) — never the disabled note for a list the page
 * enabled (bg30 item 3).
 * @param row the child's row as reported so far. @param child the child kept.
 */
function endedWaiting({ detail: _waiting, ...row }: FillReportItem, child: KeptChild): FillReportItem {
  const el = child.find();
  const list = el instanceof HTMLSelectElement ? el : null;
  if (list?.disabled) return reported(row, 'failed', 'failed', t('fill_reason_control_disabled'));
  const shown = list?.selectedOptions[0];
  if (list && shown && showsChoice(list)) {
    if (findLive(list, child.item.value, child.item.option) === shown) return reported(row, 'skipped', 'same');
    return reported({ ...row, current: shown.text.trim() }, 'skipped', 'conflict', t('fill_reason_changed_since_preview'));
  }
  const why = unwrittenSelect(list, child.item.value);
  return reported(row, why.result, why.result, why.detail);
}

/** Each filled row's control, what it showed right after the write and whether it is a date box (Piece.date), by report index. */
type ShownAfterWrite = Map<number, { el: Element; shown: string; date: boolean }>;

/** The cascade children a run wrote or found disabled (each such item a parent's watch covered) and their parents' boxes: kept after the run (keepChildren). */
interface Kept {
  children: KeptChild[];
  parents: Element[];
}

/**
 * Writes a plan's items in order (applyFill's rules), appending their rows to `items` and
 * noting each filled one in `shownAfterWrite`, and the cascade's in `kept` when given.
 * @returns whether a control that posts the page back was written (what follows it in the plan is left to the user).
 */
async function writeItems(doc: Document, snapshot: PageSnapshot, plan: FillPlan, opts: ApplyOptions, items: FillReportItem[], shownAfterWrite: ShownAfterWrite, kept?: Kept): Promise<boolean> {
  const renamed = renamedSincePlan(doc, snapshot, plan, collectSnapshot(doc));
  const reloaded = reloadedSincePlan(doc, snapshot, plan);
  let postedBack = false;
  /** The watches of the parents written (watchChildRedraw), latest last. */
  const watches: ChildRedrawWatch[] = [];
  /** The lists written so far: a list the page shows disabled after one of them may be its cascade's. */
  const listsWritten: Element[] = [];
  for (const [at, item] of plan.items.entries()) {
    const head = headOf(item);
    // A list whose parent was written is looked at once the page has drawn it again after the latest
    // such write: an in-between field left unwritten (already right, 需覆盖) leaves the wait to the
    // parent before it, never to none (left 23).
    const parentWatch = watches.findLast((watch) => watch.covers(item.control));
    await parentWatch?.redrawn(item.control, opts.signal);
    // Ticked, but the control it goes with was not written (its option gone, the page refused it): neither is it.
    const tiedUnwritten = item.onlyWith !== undefined && opts.overwrite.has(item.onlyWith) && items.find((row) => row.control === item.onlyWith)?.result !== 'filled';
    const checked = tiedUnwritten ? reported(head, 'needs-user', 'needs-user', item.reason) : beforeWrite(doc, snapshot, item, renamed, reloaded, opts);
    const resolve: PartResolver = (i) => refindControl(doc, snapshot, i);
    if (!Array.isArray(checked)) {
      items.push(checked);
      // A child the page disabled after its parent's change (breaker 26 F9b), or an empty list it
      // shows disabled until a list before it is chosen, with no change handler in the markup to
      // watch (a cascade whose lists the page enables one by one: breaker 64a item 2): written
      // should the page enable it later.
      const waits = parentWatch ? checked.result === 'failed' : listsWritten.length > 0 && item.action === 'skip' && item.reason === t('fill_reason_disabled');
      const list = waits ? resolve(item.control) : null;
      if (list instanceof HTMLSelectElement && list.disabled && kept) {
        kept.children.push({ row: items.length - 1, item, find: () => resolve(item.control) });
        // His own change of a list before it ends the wait (keepChildren): his choice wins.
        if (!parentWatch) kept.parents.push(...listsWritten.filter((el) => !kept.parents.includes(el)));
      }
      continue;
    }
    const control = snapshot.controls[item.control]!;
    const el = checked[0]!.el;
    if (control.postsBack) {
      // What follows a postback is never written in this page (the plan leaves it to the user).
      const rest = plan.items.slice(at + 1).map((i) => unwrittenRow(i, headOf(i), opts) ?? reported(headOf(i), 'skipped', 'cancelled'));
      opts.onPostBack?.({ items: [...items, reported(head, 'filled', 'filled'), ...rest] }, el);
    }
    const childRedraw = watchChildRedraw(item, el, plan.items.slice(at + 1), resolve);
    // A date's lists as shown before the write: stopped partway, some may have been written (breaker 20 F6).
    const listsNow = () => item.lists?.map((l) => readBackOf(l.control === item.control ? el : resolve(l.control))) ?? [];
    const listsBefore = listsNow();
    try {
      const written = await writeItem(el, item, control.calendar, resolve, opts.signal);
      // Stopped while a list was still loading: not written, like the fields after it (not "options
      // never loaded"); or written in part (年, 月 but no 日), which the report must say.
      if (written.result !== 'filled' && opts.signal?.aborted) {
        const partway = listsNow().some((shown, i) => shown !== listsBefore[i]);
        items.push(partway ? reported(head, 'failed', 'failed', t('fill_reason_stopped_partway')) : reported(head, 'skipped', 'cancelled'));
      } else items.push(reported(head, written.result, written.result, written.detail));
      const wrote = written.el ?? el;
      if (written.result === 'filled') {
        shownAfterWrite.set(items.length - 1, { el: wrote, shown: readBack(wrote), date: checked[0]!.date });
        postedBack ||= !!control.postsBack;
        if (parentWatch) kept?.children.push({ row: items.length - 1, item, find: () => resolve(item.control) });
        if (wrote instanceof HTMLSelectElement) listsWritten.push(wrote);
        if (childRedraw) {
          watches.push(childRedraw);
          kept?.parents.push(el);
        }
      } else childRedraw?.stop();
    } catch (err) {
      childRedraw?.stop();
      items.push(reported(head, 'failed', 'failed', t('fill_reason_error', errorText(err))));
    }
  }
  for (const watch of watches) watch.stop();
  return postedBack;
}

/**
 * The reveal passes: the page planned again (ApplyOptions.replan) after the writes, and the
 * fields it shows now that the plan had none of (by key; an unrecognised one by its name) and
 * whose control was not shown before — a box the page showed or added because of a choice
 * written (是否缴纳社保 = 否 → 未缴纳社保原因: probe 20 F5), whatever the choice and the box, or
 * one shown disabled that a write enabled — written in page order under the same rules (one
 * holding another value is reported 需覆盖: nothing is ticked for it), their rows appended to
 * `items` (an enabled one's in place of its preview row) and marked `revealed`. A list revealed
 * with only its prompt is waited for (optionsLoaded) and the page planned again before it is
 * written; one whose options never come is reported 需手动 (fill_reason_options_not_loaded: breaker
 * 22 #9). A field the profile has no value for is left out (档案中没有该项 was never
 * promised). A revealed control that posts the page back is left to the user: its postback
 * would end the report. At most REVEAL_PASSES passes, and a field is written once: a page that
 * shows or redraws something on every change cannot loop. A replan that throws ends the passes.
 * @param snapshot the snapshot `items` are numbered on. @returns the snapshot they are numbered
 *   on afterwards (renumbered by element; -1 for a field gone), or null when nothing was revealed.
 */
async function writeRevealed(doc: Document, snapshot: PageSnapshot, plan: FillPlan, opts: ApplyOptions, items: FillReportItem[], shownAfterWrite: ShownAfterWrite): Promise<PageSnapshot | null> {
  const fieldOf = (item: Pick<FillItem, 'key' | 'label'>) => item.key ?? `label:${item.label}`;
  // A field the preview showed disabled may be enabled by a write (是否缴纳社保 = 否 enables
  // 未缴纳社保原因: breaker 22), which is revealing it as much as showing it.
  const known = new Set(plan.items.filter((item) => !snapshot.controls[item.control]?.disabled).map(fieldOf));
  /**
   * The controls shown before (at the preview, or at a pass before), each with whether it was
   * enabled then: a field already there and enabled is never one revealed, whatever it is
   * recognised as now.
   */
  const shown = new Map<Element | null, boolean>();
  const noteShown = (page: PageSnapshot) => {
    for (const c of page.controls) {
      const el = resolveControl(doc, c);
      if (c.visible) shown.set(el, !!shown.get(el) || !c.disabled);
    }
  };
  noteShown(snapshot);
  const replan = opts.replan;
  /** The page planned again and the fields it reveals; null when the page cannot be planned. */
  const revealedNow = (): { next: FillPlan; fresh: FillItem[] } | null => {
    let next: FillPlan;
    try {
      next = replan!();
    } catch {
      // A page its own script left half torn down cannot be planned again: what was written is
      // reported, nothing as revealed (applyFill never rejects: breaker 22).
      return null;
    }
    const revealed = (item: FillItem) => {
      const control = next.snapshot.controls[item.control]!;
      const enabledBefore = shown.get(resolveControl(doc, control));
      // One shown disabled and still disabled is as the preview left it, whatever the plan says of it now.
      return enabledBefore === undefined || (!enabledBefore && !control.disabled);
    };
    return { next, fresh: next.items.filter((item) => item.action !== 'skip' && !known.has(fieldOf(item)) && revealed(item)) };
  };
  let on = snapshot;
  for (let pass = 0; pass < REVEAL_PASSES && replan && !opts.signal?.aborted; pass++) {
    let found = revealedNow();
    // A list revealed with only its prompt gets its options from the page a moment later (an AJAX
    // call, a partial postback: breaker 22 #9): waited for, then the page planned again, so that
    // it is written by the usual rules; one still bare is the user's, said so.
    const bare = (plan: FillPlan) => (item: FillItem) => plan.snapshot.controls[item.control]?.kind === 'select' && choosable(plan.snapshot.controls[item.control]!).length === 0;
    const waiting = found?.fresh.filter(bare(found.next)).map((item) => found!.next.snapshot.controls[item.control]!) ?? [];
    if (waiting.length > 0) {
      await optionsLoaded(doc, waiting, opts.signal);
      found = revealedNow();
    }
    if (!found) break;
    const { next } = found;
    // A bare list is planned to wait for a cascade (no option) or as lacking the profile's option: neither is so now.
    const fresh = found.fresh.map((item) =>
      bare(next)(item) && (item.action === 'fill' || item.reason === t('fill_reason_no_option', item.value)) ? needs(item, t('fill_reason_options_not_loaded', CHILD_REDRAW_MS / 1000, item.value)) : item,
    );
    noteShown(next.snapshot);
    if (fresh.length === 0) break;
    for (const item of fresh) known.add(fieldOf(item));
    const indexNow = new Map<Element | null, number>(next.snapshot.controls.map((c) => [resolveControl(doc, c), c.index]));
    for (const [i, row] of items.entries()) {
      const before = on.controls[row.control];
      items[i] = { ...row, control: (before && indexNow.get(resolveControl(doc, before))) ?? -1 };
    }
    on = next.snapshot;
    const leftToUser = (item: FillItem): FillItem =>
      item.action === 'fill' && on.controls[item.control]?.postsBack ? needs({ ...item, overwrite: false }, t('fill_reason_revealed_posts_back')) : item;
    const from = items.length;
    await writeItems(doc, on, { ...next, items: fresh.map(leftToUser) }, { overwrite: new Set(), ...(opts.signal ? { signal: opts.signal } : {}) }, items, shownAfterWrite);
    // A field enabled by a write has its row where the preview's 此栏已禁用 was, not a second one.
    let to = from;
    for (let i = from; i < items.length; i++) {
      const row: FillReportItem = { ...items[i]!, revealed: true };
      const at = items.findIndex((planned, j) => j < plan.items.length && fieldOf(planned) === fieldOf(row));
      const dest = at < 0 ? to++ : at;
      items[dest] = row;
      const after = shownAfterWrite.get(i);
      shownAfterWrite.delete(i);
      if (after) shownAfterWrite.set(dest, after);
    }
    items.length = to;
  }
  return on === snapshot ? null : on;
}

/**
 * Waits until each of `lists` (revealed selects) offers a choice (lib/fill/writers/select.ts
 * choices), looked for again on every change of the page — a partial postback draws a new list in
 * the old one's place — at most CHILD_REDRAW_MS ms, or until `signal` aborts. Never rejects.
 */
async function optionsLoaded(doc: Document, lists: readonly ControlSnapshot[], signal?: AbortSignal): Promise<void> {
  const deadline = Date.now() + CHILD_REDRAW_MS;
  const bare = (c: ControlSnapshot) => {
    const el = resolveControl(doc, c);
    return !(el instanceof HTMLSelectElement) || choices(el).length === 0;
  };
  while (lists.some(bare) && Date.now() < deadline && !signal?.aborted) await waitForOptions(doc.documentElement, deadline - Date.now(), signal);
}

function headOf(item: FillItem): Head {
  return { control: item.control, key: item.key, label: item.label, value: item.value, ...(item.current === undefined ? {} : { current: item.current }) };
}

/** The report row of an item that is not to be written (aborted, same, skipped, needs-user, conflict), else null. */
function unwrittenRow(item: FillItem, head: Head, opts: Pick<ApplyOptions, 'overwrite' | 'signal'>): FillReportItem | null {
  if (opts.signal?.aborted) return reported(head, 'skipped', 'cancelled');
  if (item.outcome === 'same') return reported(head, 'skipped', 'same');
  if (item.action === 'skip') return reported(head, 'skipped', 'skipped', item.reason);
  if (item.action === 'needs-user') return reported(head, 'needs-user', 'needs-user', item.reason);
  if (item.overwrite && !opts.overwrite.has(item.control)) return reported(head, 'skipped', 'conflict', t('fill_reason_not_ticked_to_replace'));
  // Tied to a control the user did not tick 覆盖 on (a 证件号码 to the 证件类型 he set to 护照).
  if (item.onlyWith !== undefined && !opts.overwrite.has(item.onlyWith)) return reported(head, 'needs-user', 'needs-user', item.reason);
  return null;
}

/** What a written control shows: a box's text, a list's option text, a radio's or checkbox's tick. */
function readBack(el: Element): string {
  return el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') ? String(el.checked) : shownNow(el);
}

/** readBack of an element that may be gone (""), as a list found again may be. */
function readBackOf(el: Element | null): string {
  return el ? readBack(el) : '';
}

/**
 * The report again after the page redrew itself (an UpdatePanel's partial postback replaces the
 * form with what the server sent back) or changed a value a moment after the fill (an AJAX check
 * answering, a validator on a timer): a text box, text area or select reported `filled` that
 * is now empty, or gone, is reported `failed`, so the user is not told a value is on the page
 * when it is not; one showing another value than when the fill was done (FillReportItem.shown;
 * the same value in the page's own form — heldInPageForm: a date box the same day in another
 * format, words with a space added — is no change) is reported `failed` with what
 * it shows (breaker 31f F2). A box the user emptied himself (`userEdited`: it shows what his own
 * typing there since the fill left) is no redraw: its row stays `filled` and says he changed it
 * afterwards (newcomer 25 item 2); one he typed another value in stays `filled`.
 * Also after a full postback, with the report carried over it (lib/fill/carry.ts): its rows were
 * reported before the page was left and have no `shown`, so only an emptied value counts there.
 * @param doc the frame's document now. @param controls the controls of the snapshot the fill
 *   was applied to (PageSnapshot.controls), which the report's rows point at.
 * @param report applyFill's report.
 * @param userEdited whether this element shows what the user's own typing there (trusted input or
 *   change events) since the fill left in it; none does by default.
 * @returns the new report, or null when every filled value is still shown or already reported.
 */
export function reportAfterRedraw(doc: Document, controls: readonly ControlSnapshot[], report: FillReport, userEdited: (el: Element) => boolean = () => false): FillReport | null {
  let lost = false;
  const byUser = t('fill_reason_user_emptied');
  const items = report.items.map((item) => {
    const control = controls[item.control];
    if (item.result !== 'filled' || item.detail === byUser || !control || !['text', 'date', 'textarea', 'select'].includes(control.kind)) return item;
    const el = resolveControl(doc, control);
    // A list drawn again shows its 请选择, whose value is empty.
    if (el && (el instanceof HTMLSelectElement ? el.value : shownNow(el)) !== '') {
      const now = readBack(el);
      if (item.shown === undefined || now === item.shown || heldInPageForm(now, item.shown, isDateKey(item.key)) || userEdited(el)) return item;
      lost = true;
      return reported(item, 'failed', 'failed', t('fill_reason_changed_after_fill_to', now));
    }
    lost = true;
    return el && userEdited(el) ? { ...item, detail: byUser } : reported(item, 'failed', 'failed', t('fill_reason_empty_after_reload'));
  });
  return lost ? { items } : null;
}
