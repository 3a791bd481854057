import type { OverlayActions, OverlayModel } from '@/components/overlay/model';
import type { PageSnapshot } from '../page/snapshot';
import { labelsOf, resolveControl, withFillFacts } from '../page/collect';
import { labelKeys } from '../fields/recognize';
import type { EvaluationInputs, PageEvaluation } from './evaluate';
import { stepById } from '../portal/steps';
import { isApplicationStep, type StepId } from '../portal/step-ids';
import { localAdvice, localStep } from '../i18n/steps';
import { specOf } from '../fields/dictionary';
import type { TourStop } from '../tour/stops';
import { buildTourStops } from '../tour/stops';
import { locateTarget } from '../tour/locate';
import { exportDiagnostics } from '../diagnostics/export';
import { previewCapture, saveCapture, type PreviewedCapture } from './capture';
import { requestSavedRecords, teachMapping } from './background-client';
import { applyFillAcrossPostBack } from '../fill/carry';
import { changedSincePreview, reportAfterRedraw, type FillReport, type FillReportItem } from '../fill/apply';
import { planFill, type FillPlan } from '../fill/plan';
import { withLaydateFormats } from '../fill/laydate';
import { withSplitLists } from '../fill/split-lists';
import { withHintsBeside } from '../fill/hint-beside';
import { withComboLists } from '../fill/combo-lists';
import type { Profile } from '../profile/schema';
import { staleYearNotes } from '../profile/year-notes';
import { measurePreviewObstacles } from '../overlay/preview-dock';
import { listText } from '../checks/common';
import type { CarriedFill } from '../messaging/messages';
import { t } from '../i18n/t';
import { blockingFindings, pressedByUser, redrawnButton, type HeldPress } from './presubmit';
import type { Finding } from '../checks/types';
import { inspectPhoto } from '../photo/rules';

/**
 * How long after a fill the page is watched for redrawing the fields it wrote (an UpdatePanel's
 * partial postback answered slowly), in milliseconds.
 */
const REDRAW_WATCH_MS = 10_000;

/**
 * When, after a fill, the page is looked at again without waiting for a change to be seen, in
 * milliseconds: a value the page sets by script (an AJAX check answering with `.value =`) fires no
 * event and redraws nothing, so only a look tells the report of it (breaker 31f F2).
 */
const SILENT_CHANGE_LOOKS_MS = [300, 1_000, 3_000, 9_000];

/**
 * Stands for the number of fields written in a text read before the fill (see `fill`): a
 * character no message contains (U+FFFC, the object replacement character).
 */
const COUNT_SLOT = '\uFFFC';

/**
 * What the content-script controller (./controller.tsx) lends the on-demand actions: its overlay
 * model and evaluation inputs (changed in place), the page as last read, and its functions to
 * re-read, redraw and take a profile. One object for the overlay's lifetime.
 */
export interface OnDemandActionContext {
  readonly model: OverlayModel;
  readonly inputs: EvaluationInputs;
  /** The page as last read (a getter: `reread` replaces it). */
  readonly snapshot: PageSnapshot;
  /** The evaluation of `snapshot` (a getter, likewise). */
  readonly evaluation: PageEvaluation;
  /** Mappings taught in this browser; the rest of `inputs.taught` comes from field-map packs. */
  ownTaught: EvaluationInputs['taught'];
  /** Reads the page again and re-decides everything, without drawing. */
  reread(): void;
  /** Re-reads, redraws and reports (nothing once the extension is cut off). */
  refresh(): void;
  /** Redraws the overlay from the model. */
  draw(): void;
  /** A snapshot control's element in the live page, or null. */
  resolve(control: number): Element | null;
  /** The overlay's shadow root (its sections are scrolled into view). */
  readonly shadow: ShadowRoot;
  /**
   * Asks the background for the active profile and takes it as it has it (profile, label,
   * estimate, problem), once the overlay's start-up answers are in.
   */
  takeStoredProfile(): Promise<void>;
  /**
   * Ends the let-through of his press after the pre-submit dialog: a fill changes the form he
   * chose to send, so the page's later script 送审 (its 确定提交吗？ box) is checked again.
   */
  endLetThrough(): void;
  /**
   * Closes the pre-submit dialog and ends the hold of its press; with `press`, runs it with that
   * press let through as his own (the controller's let-through state).
   * @returns the press the dialog held, if any.
   */
  answerPreSubmit(press?: (pending: HeldPress) => void): HeldPress | null | undefined;
}

/**
 * The controller's reading of the page (lib/page/collect.ts readPage) with what only a fill uses:
 * each box's declared date format, its chooser's code field and AutoPostBack (withFillFacts), and
 * the formats the page's laydate.render calls give (lib/fill/laydate.ts), which a box's own yield to,
 * the lists of saved records a table library draws as two tables (lib/fill/split-lists.ts), and
 * the hint a page writes after a box's wrapper (lib/fill/hint-beside.ts: layui's word-aux), and an
 * EasyUI combobox's read-only box read as the list it is (lib/fill/combo-lists.ts).
 * @param snapshot the page as the controller read it just now.
 */
function forFill(snapshot: PageSnapshot): PageSnapshot {
  return withComboLists(document, withHintsBeside(document, withSplitLists(document, withLaydateFormats(document, withFillFacts(document, snapshot)))));
}

/**
 * The overlay actions that act only once on-demand.js is loaded: the controller loads it first,
 * then runs the action of the same name made here (lib/content/controller.tsx asks for them by name).
 */
export type OnDemandActionName =
  | 'preSubmitContinue'
  | 'preSubmitCancel'
  | 'openMore'
  | 'showSection'
  | 'recheck'
  | 'jumpTo'
  | 'startAutofill'
  | 'chooseRecord'
  | 'toggleOverwrite'
  | 'applyAutofill'
  | 'stopAutofill'
  | 'closeAutofill'
  | 'exportStructure'
  | 'startTeach'
  | 'teachAs'
  | 'cancelTeach'
  | 'startCapture'
  | 'applyCapture'
  | 'closeCapture'
  | 'startTour'
  | 'tourGo'
  | 'endTour';

/**
 * Those actions, what the controller asks about a fill's report, and teach mode's handler of the
 * user's presses and keys on the page.
 */
export type OnDemandActions = Pick<OverlayActions, OnDemandActionName> & {
  /**
   * Autofill's first stage: plans a fill of the page, read again now, from `profile`
   * (lib/fill/plan.ts) and opens its preview. startAutofill and chooseRecord ask the background
   * for the profile first and plan nothing without one.
   * @param profile the active profile. @param recordIndex on a record step, the profile's row
   *   the user chose (0-based); undefined for the one the plan takes next.
   */
  planAutofill(profile: Profile, recordIndex: number | undefined): Promise<void>;
  /**
   * A file chosen in a file box of this page or of a frame the controller hears (its `input` or
   * `change`): when the box is the page's 个人照片 (recognised as `page.photo`), or a box of a frame
   * showing no overlay of its own that is labelled 个人照片 as a box would be (an upload frame:
   * ASP.NET pages put 个人照片's in one, an UpdatePanel cannot post a file; B64a-4), reads the photo
   * and checks it against the photo rules (lib/photo/rules.ts inspectPhoto), then has the page
   * evaluated again with its findings; the choice cleared, no photo is chosen. Any other box:
   * nothing. Here, not in the content script, as only a choice of his needs it (issue 9).
   * @param input the file box, in its own document.
   * @returns once the page is evaluated again (at once for another box or a cleared choice).
   */
  inspectPhoto(input: HTMLInputElement): Promise<void>;
  /**
   * Called after each re-read of the page: a partial postback may have redrawn the form the last
   * fill wrote (within REDRAW_WATCH_MS of it), and the report shown must then say so; or the page
   * may have changed under an open preview, which must then ask for a new one.
   */
  checkFillRedrawn(): void;
  /**
   * Shows the report of a fill whose last list posted this page back (lib/fill/carry.ts), as the
   * redrawn form shows it now.
   * @param carried the fill as the background kept it for this page.
   */
  showCarriedFill(carried: CarriedFill): void;
  /**
   * Teach mode's page listener for `mousedown`, `click` and `keydown`. The controller registers
   * it at start-up (capture phase, on the document, removed on invalidation), so it runs before
   * the page's own later listeners, and forwards the events once these actions exist.
   */
  onTeachEvent(event: Event): void;
  /**
   * Presses for the user the button the pre-submit dialog held (仍然保存), after reading the page
   * again: the dialog may have stood while the page changed. When the page now shows an error the
   * dialog did not list (an UpdatePanel redrew the rows with new values: breaker 26b item 3,
   * breaker 27b item 5), or the button is gone and no redrawn one is the same control
   * (./presubmit.ts redrawnButton; breaker 26b item 4), nothing is pressed and the panel's notice
   * asks him to look and press again himself; his press is checked again. A 保存 redrawn as the
   * same control with the same errors (a Timer's countdown beside it) is pressed (probe 13b item
   * 2, breaker 27b item 2). 送审 and a script link are left to him.
   * @param held the held press. @param shown the errors the dialog listed.
   */
  pressHeld(held: HeldPress, shown: readonly Finding[]): void;
};

/**
 * Autofill's preview choices and writing, the structure export, teach mode, capture from the
 * page and the guided tour (issues 1, 4, 5, 7, 10), bundled in on-demand.js (./on-demand.ts) so that the content script every portal page
 * loads does not carry them (issue 9: ≤ 50 KB gzip).
 * @param context the controller's model, inputs, page and functions.
 * @returns the actions; the controller keeps this one object for the overlay's lifetime.
 */
export function onDemandActions(context: OnDemandActionContext): OnDemandActions {
  const { model, inputs, draw } = context;
  /** The page values the capture preview showed, and the profile it compared them with: what 存入档案 saves, and where. */
  let capturedForPreview: PreviewedCapture = { values: [], profileId: undefined };
  /** The field whose mousedown teach mode took: its click is swallowed too. */
  let swallowClickOn: Element | null = null;
  /** The page (and the step it showed) the last fill was written to, watched for a redraw until `until` (performance.now()); `id` counts the fills. */
  let lastFill: { snapshot: PageSnapshot; step: StepId; until: number; id: number } | null = null;
  let fills = 0;
  /**
   * What the user's own last typing left in each box since the last fill: a box showing that is his
   * (newcomer 25 item 2: he emptied it himself, no redraw); one the page changed after it is not
   * (breaker 26 F8: its 重填 script emptying a box he had retyped a letter in).
   */
  let userLeft = new WeakMap<EventTarget, string>();
  const noteUserEdit = (event: Event) => {
    const box = event.target as HTMLInputElement | null;
    if (event.isTrusted && box) userLeft.set(box, box.value);
  };
  for (const type of ['input', 'change']) document.addEventListener(type, noteUserEdit, true);
  /**
   * Aborts the last fill: while it is written, its writes (停止填写); after, its watch on the
   * cascade children it wrote (ApplyOptions.signal), which a new preview or fill ends so. Null before the first.
   */
  let lastRun: AbortController | null = null;
  /** The 记录序号 saved on the step as the last preview was planned (its apply plans again with them); null when known only in part. */
  let savedRecords: Set<number> | null = new Set();
  /** A tour stop's elements in this frame (one function for the overlay's lifetime). */
  const elementsOf = (stop: TourStop): Element[] => locateTarget(document, stop.target, context.resolve);
  /**
   * Ends an action the background answers: what fails there is the extension gone under the page
   * (t() throws once it is); refresh finds it cut off and leaves the panel to the controller's
   * reconnect note instead of an error thrown into the portal page (probe 14a O7, O9).
   */
  const settleGone = () => context.refresh();

  /** The controller's reconnect note (./disconnected-note.tsx) once it has found the extension gone, else null. */
  const reconnectNote = () => context.shadow.querySelector('[data-testid="zc-disconnected"]');

  /**
   * The report with its rows numbered as the page reads now (the controller's snapshot, read
   * again here): its 定位 resolves a row's control there, and a redraw while the preview was open
   * numbers the controls otherwise than the plan's snapshot (breaker 31a F5). A row whose field
   * is gone points at no control (-1).
   * @param report applyFill's report, numbered as `planned`. @param planned the plan's snapshot.
   */
  function numberedAsNow(report: FillReport, planned: PageSnapshot): FillReport {
    context.reread();
    const indexNow = new Map<Element | null, number>(context.snapshot.controls.map((c) => [resolveControl(document, c), c.index]));
    const controlNow = (control: number) => {
      const before = planned.controls[control];
      const el = before && resolveControl(document, before);
      return (el && indexNow.get(el)) ?? -1;
    };
    return { ...report, items: report.items.map((item) => ({ ...item, control: controlNow(item.control) })) };
  }

  /**
   * 填写: writes the plan the preview showed, with the overwrites ticked there, and shows the
   * report — only once the background has just read the profile again: 锁定 (passphrase lock)
   * or a removal since the preview was planned writes nothing and the panel says why (for 锁定
   * how to unlock: the background's 'locked' message; probe 14a L1b), and so does the extension
   * updated under the page before the press (no answer: probe 14a O1), and another profile made
   * active or this one edited since (plan.profile differs: the panel asks for a new preview;
   * breaker 31a F2).
   * Should the extension go while the page is being written (probe 14a O8), the report can no
   * longer be drawn (its texts go with the extension's i18n API): the reconnect note then says
   * how many fields were written, or that the fill was cut short, and which fields are left to
   * the user — texts read before the first write. Nothing of the report is stored anywhere.
   * @param plan the previewed plan. @param overwrite the controls ticked 覆盖.
   * @returns once the panel shows the outcome; never rejects.
   */
  async function fill(plan: FillPlan, overwrite: ReadonlySet<number>): Promise<void> {
    // The controls the preview was planned on, not the page as re-read since: a redraw while the
    // preview was open numbers them otherwise, and each value would go one field down (probe 15 item 0).
    const filledOn = plan.snapshot;
    /** What the reconnect note adds should the extension go meanwhile: set before the first write. */
    let goneNote = '';
    let failure: unknown = null;
    try {
      await context.takeStoredProfile();
      const { profile } = context.inputs;
      if (!profile || JSON.stringify(profile) !== JSON.stringify(plan.profile)) {
        // Another applicant's values, or values he has since corrected, are not what the preview showed.
        model.autofill = { phase: 'idle' };
        if (profile) model.notice = t('overlay_notice_fill_profile_changed');
      } else {
        const needsUser = plan.items.filter((item) => item.action === 'needs-user').map((item) => item.label);
        const left = needsUser.length > 0 ? ` ${t('overlay_notice_fill_left_to_user', listText(needsUser))}` : '';
        const writtenNote = t('overlay_notice_fill_unreported', COUNT_SLOT) + left;
        goneNote = t('overlay_notice_fill_interrupted') + left;
        // Our writes' events are untrusted, like the page's own, so the controller's input listener cannot tell them (breaker 31a LT2).
        context.endLetThrough();
        lastRun?.abort();
        const run = (lastRun = new AbortController());
        // Stopped, the rows not reached say 已取消 and those written 已填写: nothing is undone.
        // The page as the writes leave it, planned like the preview: what they revealed is written too (probe 20 F5).
        const replan = () => {
          context.reread();
          const { snapshot, evaluation } = context;
          return planFill(forFill(snapshot), evaluation.matches, plan.profile, plan.step, { ...(plan.recordIndex === null ? {} : { recordIndex: plan.recordIndex }), savedSequences: savedRecords });
        };
        // A cascade child the page redrew after the fill and the fill wrote again: its shown row says so (keepChildren).
        const id = ++fills;
        const onRewritten = (index: number, row: FillReportItem) => {
          const state = model.autofill;
          if (lastFill?.id !== id || state.phase !== 'report') return;
          const items = state.report.items.map((shown, i) => (i === index ? { ...row, control: shown.control } : shown));
          model.autofill = { phase: 'report', report: { ...state.report, items } };
          draw();
        };
        const written = await applyFillAcrossPostBack(document, filledOn, plan, { overwrite: new Set(overwrite), signal: run.signal, replan, onRewritten });
        goneNote = writtenNote.replace(COUNT_SLOT, String(written.items.filter((item) => item.result === 'filled').length));
        const report = numberedAsNow(written, written.snapshot ?? filledOn);
        model.autofill = { phase: 'report', report };
        // The step the page shows as the fill ends (not the preview's: a preview applied after the
        // page moved on reports on the step it was written to).
        lastFill = { snapshot: context.snapshot, step: context.evaluation.recognition.step, until: performance.now() + REDRAW_WATCH_MS, id };
        userLeft = new WeakMap();
        for (const ms of SILENT_CHANGE_LOOKS_MS) setTimeout(() => {
            if (lastFill?.id === id) context.refresh();
          }, ms);
      }
    } catch (error) {
      // Also a text read once the extension is gone (t() throws then): refresh below finds it so.
      model.autofill = { phase: 'idle' };
      failure = error;
    }
    context.refresh();
    const note = reconnectNote();
    if (note) {
      // Added to the note as it stands: nothing of ours draws again once it is shown.
      if (goneNote) note.append(' ', goneNote);
      return;
    }
    if (failure) {
      model.notice = t('overlay_notice_fill_failed', failure instanceof Error ? failure.message : String(failure));
      draw();
    }
    // The report replaces the preview the user had scrolled through: show its top.
    context.shadow.getElementById('zc-sec-fill')?.scrollIntoView({ block: 'start' });
  }

  /**
   * 用档案填写本页 (startAutofill) or a record chosen (chooseRecord): plans with the active profile as
   * stored now, not as it was when the page opened: it may have been edited, replaced or locked
   * (锁定) in another tab since (probe: a stale tab filled old values). Without one the panel's
   * notice says why (the background's problem, else none set up). Here, not in the content script,
   * which loads on-demand.js for it first (its size budget, issue 9).
   * @param recordIndex on a record step, the profile's row the user chose (0-based); undefined for the one the plan takes next.
   */
  async function autofill(recordIndex?: number): Promise<void> {
    await context.takeStoredProfile();
    const { profile } = inputs;
    if (!profile) {
      model.notice ??= t('overlay_notice_no_profile');
      model.autofill = { phase: 'idle' };
      return draw();
    }
    await actions.planAutofill(profile, recordIndex);
  }

  const actions: OnDemandActions = {
    async inspectPhoto(input) {
      const file = input.files?.[0];
      const control = context.snapshot.controls.findIndex((c) => resolveControl(document, c) === input);
      const doc = input.ownerDocument;
      // A box of a frame is the frame's, labelled as a box would be; its findings point at no control of this page.
      if (
        context.evaluation.matches.find((m) => m.control === control)?.key !== 'page.photo' &&
        (doc == document || doc.querySelector('[data-zc-root]') || !labelsOf(doc.defaultView!.frameElement!).some((l) => labelKeys(l.text).includes('page.photo')))
      )
        return;
      // The choice cleared: no photo is chosen now (the controller's re-read after the event follows).
      if (!file) {
        inputs.photo = null;
        return;
      }
      inputs.photo = inspectPhoto(new Uint8Array(await file.arrayBuffer()), file.size, control < 0 ? undefined : control, file.name);
      context.refresh();
    },
    openMore() {
      model.more = true;
      draw();
    },
    // The headline count's press (only then is on-demand.js needed: the content script's size budget, issue 9).
    showSection(section) {
      model.collapsed = false;
      draw();
      context.shadow.getElementById(`zc-sec-${section}`)?.scrollIntoView({ block: 'nearest' });
    },
    // 定位 and a field's marker (only then is on-demand.js needed: the content script's size budget, issue 9).
    jumpTo(control) {
      const el = context.resolve(control);
      if (el instanceof HTMLElement) {
        el.scrollIntoView({ block: 'center', behavior: 'smooth' });
        el.focus({ preventScroll: true });
      }
    },
    // 重新检查, against the profile as stored now: another may have been imported or made current since (breaker 39).
    recheck: () => void context.takeStoredProfile().then(context.refresh),
    startAutofill: () => void autofill(),
    chooseRecord: (index) => void autofill(index),
    async planAutofill(profile, recordIndex) {
      lastRun?.abort();
      // A redraw not yet read (the page settles for SETTLE_MS first) is read and reported now,
      // before the record memory is asked: a 保存并新增 it answers is then remembered as saved.
      // Asked from the popup there is no press of his on the page to read it first, as the
      // controller's onClick does (breaker 29 E5, E6: the next fill took record 1 again).
      context.refresh();
      // The 记录序号 saved on this step before, as the background remembers them from the step's
      // pages and saves in this tab (lib/background/record-memory.ts): for the next record.
      savedRecords = await requestSavedRecords(context.evaluation.recognition.step);
      context.reread();
      const { snapshot, evaluation } = context;
      const plan = planFill(forFill(snapshot), evaluation.matches, profile, evaluation.recognition.step, { recordIndex, savedSequences: savedRecords });
      model.collapsed = false;
      // Last year's file taken up again: its 年度考核结果 or 在岗在职证明材料 note is said to be old here,
      // where it would be written, not only on the options page it was imported on.
      const yearNotes = staleYearNotes(profile, new Date(), evaluation.recognition.step);
      // The boxes the preview lists (each list of a date in lists, each box of a value in parts),
      // which its panel keeps clear of where the frame has room (lib/overlay/preview-dock.ts).
      const listed = new Set(plan.items.flatMap((i) => [i.control, ...(i.lists ?? []).map((l) => l.control), ...(i.parts ?? []).map((p) => p.control)]));
      const obstacles = () => measurePreviewObstacles(window, context.snapshot, context.resolve, listed, (el) => context.shadow.host.contains(el));
      model.autofill = { phase: 'preview', plan, overwrite: new Set(), yearNotes, obstacles };
      draw();
      context.shadow.getElementById('zc-sec-fill')?.scrollIntoView({ block: 'nearest' });
    },
    toggleOverwrite(control) {
      if (model.autofill.phase !== 'preview') return;
      const next = new Set(model.autofill.overwrite);
      if (next.has(control)) next.delete(control);
      else next.add(control);
      model.autofill = { ...model.autofill, overwrite: next };
      draw();
    },
    applyAutofill() {
      if (model.autofill.phase !== 'preview') return;
      const { plan, overwrite } = model.autofill;
      model.autofill = { phase: 'applying' };
      draw();
      void fill(plan, overwrite);
    },
    stopAutofill() {
      lastRun?.abort();
    },
    closeAutofill() {
      model.autofill = { phase: 'idle' };
      draw();
    },
    checkFillRedrawn() {
      // A redraw or his own entries while the preview is open: 应用 would skip or keep fields the preview shows as written.
      if (model.autofill.phase === 'preview') {
        const stale = changedSincePreview(document, model.autofill.plan, context.snapshot, model.autofill.overwrite);
        if (stale !== !!model.autofill.stale) model.autofill = { ...model.autofill, stale };
      }
      // Another step shown in place (a single-page app's 下一步, a wizard): the report is of fields
      // that step no longer shows, not of values the page lost: it goes, and 用档案填写本页 is
      // offered for this step (breaker 65 B65-9). A page read as no step (a loading mask) is no other step.
      const step = context.evaluation.recognition.step;
      if (lastFill && model.autofill.phase === 'report' && step !== lastFill.step && step !== 'unknown' && lastFill.step !== 'unknown') {
        model.autofill = { phase: 'idle' };
        lastFill = null;
      }
      if (lastFill && model.autofill.phase === 'report' && performance.now() < lastFill.until) {
        const after = reportAfterRedraw(document, lastFill.snapshot.controls, model.autofill.report, (el) => userLeft.has(el) && userLeft.get(el) === (el as HTMLInputElement).value);
        if (after) model.autofill = { phase: 'report', report: after };
      }
    },
    showCarriedFill(carried) {
      model.autofill = { phase: 'report', report: reportAfterRedraw(document, carried.controls, carried.report) ?? carried.report };
      draw();
    },
    exportStructure() {
      exportDiagnostics({ hints: inputs.hints, recognize: { taught: inputs.taught, synonyms: inputs.synonyms } });
    },
    startTeach() {
      model.teach = { phase: 'picking' };
      draw();
    },
    teachAs(key) {
      if (model.teach?.phase !== 'choose') return;
      const control = context.snapshot.controls[model.teach.control];
      const label = model.teach.label;
      if (!control) return;
      void teachMapping(control, context.evaluation.recognition.step, key).then((reply) => {
        if (!reply.ok) {
          model.teach = { phase: 'idle' };
          model.notice = reply.error;
          draw();
          return;
        }
        const all = reply.own;
        const packed = inputs.taught.filter((m) => !context.ownTaught.includes(m));
        context.ownTaught = all;
        inputs.taught = [...all, ...packed];
        model.teach = { phase: 'saved', label, title: key && specOf(key).title };
        context.refresh();
      }, settleGone);
    },
    cancelTeach() {
      model.teach = { phase: 'idle' };
      draw();
    },
    async startCapture() {
      // The profile as stored now, as planAutofill takes it: pressed before the overlay's first
      // answer there is none yet, and a record form's values would go to the first record
      // (capture.ts recordIndexOf) — another record's values replaced; edited in another tab
      // since, its rows may have moved. Taught mappings likewise (fields matched by them).
      await context.takeStoredProfile();
      context.reread();
      const { evaluation } = context;
      const { previewed, state } = await previewCapture(evaluation.fields, evaluation.recognition.step, inputs.profile ?? null);
      capturedForPreview = previewed;
      model.capture = state;
      draw();
    },
    applyCapture() {
      // What the preview showed is saved, not the page as it is now: a page script could change
      // the fields between the preview and the press (security probe: 1 item shown, 3 saved).
      void saveCapture(capturedForPreview).then(async (message) => {
        model.capture = { phase: 'done', message };
        // The saved profile, and with it the eligibility estimate, as the background now has them.
        await context.takeStoredProfile();
        context.refresh();
      }, settleGone);
    },
    closeCapture() {
      model.capture = { phase: 'idle' };
      draw();
    },
    startTour() {
      context.reread();
      const { snapshot, evaluation } = context;
      const step = evaluation.recognition.step;
      const definition = stepById(step);
      const stops = buildTourStops({
        step: definition,
        text: localStep(definition),
        advice: isApplicationStep(step) ? localAdvice(step) : [],
        snapshot,
        matches: evaluation.matches,
        findings: evaluation.findings,
      });
      model.tour = { stops, index: 0, elementsOf };
      draw();
    },
    tourGo(index) {
      if (!model.tour || index < 0 || index >= model.tour.stops.length) return;
      model.tour = { ...model.tour, index };
      draw();
    },
    endTour() {
      model.tour = null;
      draw();
    },
    onTeachEvent(event) {
      // Teach mode: the next press on a page field chooses it instead of acting on it. Taken at
      // mousedown, before the page focuses the field or opens a drop-down; its click is swallowed.
      if (event.type === 'click') {
        if (swallowClickOn && event.target instanceof Element && swallowClickOn.contains(event.target)) {
          event.preventDefault();
          event.stopImmediatePropagation();
          swallowClickOn = null;
        }
        return;
      }
      // The user's own press and Esc only: a page script's must neither choose the field to
      // teach nor end what he started.
      if (model.teach?.phase !== 'picking' || !event.isTrusted) return;
      if (event.type === 'keydown') {
        if ((event as KeyboardEvent).key === 'Escape') actions.cancelTeach();
        return;
      }
      const target = event.target instanceof Element ? event.target.closest('input, select, textarea') : null;
      if (!target || target.closest('[data-zc-root]')) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      swallowClickOn = target;
      context.reread();
      const { snapshot, evaluation } = context;
      const control = snapshot.controls.find((c) => resolveControl(document, c) === target);
      if (!control) return;
      const current = evaluation.matches.find((m) => m.control === control.index)?.key ?? null;
      const label = control.labels[0]?.raw ?? control.groupLabel ?? control.name;
      model.teach = { phase: 'choose', control: control.index, label, step: evaluation.recognition.step, current };
      draw();
    },
    // The pre-submit dialog's answers (only then is on-demand.js needed, the dialog being its own: the content script's size budget, issue 9).
    preSubmitContinue() {
      const shown = model.preSubmit?.errors ?? [];
      context.answerPreSubmit((pending) => actions.pressHeld(pending, shown));
    },
    preSubmitCancel() {
      // Back to the button the user pressed, as a modal dialog gives the focus back (breaker probe).
      context.answerPreSubmit()?.element.focus();
    },
    pressHeld(held, shown) {
      // 送审 is never pressed for the user (spec/test-contract.md §Never), nor a script link
      // Chrome would not follow for an extension: he presses it again himself.
      if (pressedByUser(held)) return;
      // The step as last read is the dialog's (another one read since closed it: the controller's
      // present()); a router's step drawn in the same elements since, not yet read, is not its to
      // save: Vue may have reused its 保存 for the new step's (spa66 item 1).
      const raisedOn = context.evaluation.recognition.step;
      context.refresh();
      if (context.evaluation.recognition.step != raisedOn) {
        model.notice = t('overlay_notice_step_changed', held.text);
        return draw();
      }
      // Each error the dialog listed stands for one now: a grid's rows repeat a message (breaker 28 item 6).
      const listed = shown.map((f) => f.message);
      const unseen = blockingFindings(context.evaluation.findings, held.action).some((f) => {
        const at = listed.indexOf(f.message);
        if (at >= 0) listed.splice(at, 1);
        return at < 0;
      });
      const button = held.element.isConnected ? held.element : redrawnButton(held, context.evaluation.recognition.step, document);
      if (button && !unseen) return button.click();
      model.notice = t(unseen ? 'overlay_notice_page_changed' : 'overlay_notice_press_again', held.text);
      draw();
    },
  };
  return actions;
}
