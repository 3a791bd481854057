import { options, render } from 'preact';
import type { ScriptContext } from './script-context';
import overlayCss from '@/components/overlay/overlay.css?inline';
import { Overlay } from '@/components/overlay/Overlay';
import { FieldMarkers } from '@/components/overlay/FieldMarkers';
import { shownTextFor } from '@/components/overlay/presenter';
import { initialOverlayModel, type OverlayActions, type PreSubmitState } from '@/components/overlay/model';
import { readPage, LAYDATE_KEY, resolveControl } from '../page/collect';
import type { ControlSnapshot, PageSnapshot } from '../page/snapshot';
import { stepById } from '../portal/steps';
import { NO_HINTS, recognizeStep } from '../portal/recognize-step';
import { isApplicationStep, type ApplicationStepId } from '../portal/step-ids';
import { evaluatePage, type EvaluationInputs, type PageEvaluation } from './evaluate';
import { shouldMountOverlay } from './frame-role';
import { changesSheets, mountShadowHost } from './shadow-host';
import { acceptUserEventsOnly } from './user-events';
import { claimFrame } from './single-instance';
import { DisconnectedNote, type DisconnectedTexts } from './disconnected-note';
import { watchLegacyFlags } from '../compat/flags';
import { blockingFindings, isHeldButton, portalButtonOf, pressedByUser, type HeldPress } from './presubmit';
import { choosePanelPlacement, type Rect } from '../overlay/placement';
import { outerFrames, visibleBand } from '../overlay/frame-band';
import { noticeLineRects } from '../overlay/notice-lines';
import { editorFrame, noticeElements, type NoticeElement } from '../page/page-text';
import { takeEarlySettingsRead } from './early-settings';
import { readSettings, writeOverlayCollapsed, watchSettings } from '../settings';
import { holdMessagesUntil, requestActiveProfile, reportProgress, requestCarriedFill, requestProgress, requestFieldMaps, type ActiveProfile } from './background-client';
import { isMessage, type TabRequest } from '../messaging/messages';
import { progressFacts } from './progress-report';
import { localAdvice, localStep } from '../i18n/steps';
import { loadOnDemandFeatures, loadedOnDemandFeatures, type OnDemandFeatures } from './on-demand';
import { ELIGIBILITY_STEPS } from '../checks/eligibility-steps';
import type { OnDemandActionContext, OnDemandActionName, OnDemandActions } from './on-demand-actions';
import { t } from '../i18n/t';

/** Quiet period after the last DOM mutation or keystroke before re-evaluating, in ms. */
const SETTLE_MS = 250;
/** Longest a re-evaluation waits for quiet under mutations less than SETTLE_MS apart, in ms. */
const MAX_WAIT_MS = 1_000;
/**
 * What the page's MutationObserver hears (startContentScript). Text rewritten in place too: a
 * single-page app's framework (Vue 2 patching an unkeyed list) swaps one step's view for another
 * of the same shape by changing only its text nodes' data (breaker 65 B65-7).
 */
const WATCHED: MutationObserverInit = { childList: true, characterData: true, subtree: true, attributeFilter: ['style', 'class', 'hidden', LAYDATE_KEY] };
/**
 * User-timing measure recorded for every read-and-evaluate of the page (name only, no page
 * data): how often and how long the page is re-read, for the mutation-storm bound of
 * tests/e2e/resilience.test.ts and for scripts/bench.ts. Entries go with the document.
 */
const EVALUATE_MEASURE = 'zc:evaluate';

/**
 * Longest hold (milliseconds) of the messages to the background for the panel's first frame: a
 * hidden tab draws no frames until it is shown, and its progress must still be reported.
 */
const FIRST_FRAME_WAIT_MS = 200;

/** How long after the user's own press, let through after the pre-submit dialog, the page's clicks go through too (see `continuing`). */
const LET_THROUGH_MS = 3000;

/**
 * The content script's work in one frame: read the page, recognise the step, and — in the
 * frame that holds the form — mount the overlay, keep findings fresh as the user types, check
 * before the portal's 保存/送审, and autofill on request. The page is read with
 * `readPage` (lib/page/collect.ts) and decided on by pure functions; the DOM is touched only to mount our
 * shadow root, write fields the user confirmed, scroll to a field, and hold back a click on
 * 保存/送审 while errors are shown.
 *
 * @param ctx the content-script context (./script-context.ts, or WXT's); everything registered here is released when it is
 *   invalidated (extension updated or disabled).
 */
export async function startContentScript(ctx: ScriptContext): Promise<void> {
  // Asked for at injection (./early-settings.ts), or first here, so the storage round trip
  // overlaps the page's load or the page reading below (issue 9: overlay visible ≤ 50 ms after
  // DOMContentLoaded).
  const settingsRead = readSettings(takeEarlySettingsRead());
  claimFrame(ctx);
  acceptUserEventsOnly(options);
  // A frame that shows nothing stops after step recognition.
  let snapshot: PageSnapshot = readPage(document, window);
  const firstRecognition = recognizeStep(snapshot, NO_HINTS);
  if (!shouldMountOverlay(snapshot, firstRecognition.step)) {
    // Settings read again when the frame qualifies: by then they may have changed.
    watchUntilMountable(ctx, () => startContentScript(ctx));
    return;
  }
  // The lists in its frames without fields are this page's (snapshot.frameGrids), once the frame's
  // role is decided by what it holds itself: they never move the overlay.
  snapshot.grids.push(...snapshot.frameGrids!);
  const inputs: EvaluationInputs = {
    // No profile, photo, estimate or history (the 送审 checklist waits for it) until the
    // background has answered or a photo is chosen: absent (EvaluationInputs).
    taught: [],
    synonyms: [],
    // Until field-map packs arrive: the hints the first recognition above was made with.
    hints: NO_HINTS,
  };
  let evaluation: PageEvaluation = evaluatePage(snapshot, inputs, firstRecognition);
  const settings = await settingsRead;

  const model = initialOverlayModel(stepById(evaluation.recognition.step), evaluation.findings, settings.overlayCollapsed, settings);
  let composing = false;
  /** The held press whose button the user's next press of is let through (送审, a script link, on-demand.js not loading). */
  // This and the other states below start undefined, which their readers take as none (null).
  let bypass: HeldPress | null | undefined;
  /**
   * While a press we let through is dispatched, the clicks the page's scripts make go through
   * too (a visible 保存 whose script clicks a hidden server 保存): 1 while 仍然保存 presses the
   * held button for the user (never a 送审 inside it); 2 for LET_THROUGH_MS after the user's own
   * press, let through after the dialog, all of them (a visible 提交送审 clicking a hidden server
   * 送审, at once, from a javascript: link or after a short timer; a 保存并提交 clicking hidden
   * 保存 then 送审: breaker 26b item 5, 27b item 4, 29 items 2 and 4b). Never his own presses
   * (breaker 28 item 1), and 0 once he edits the form (`agreedOn`): a script click then (Enter →
   * the default button) is checked.
   */
  let continuing = 0;
  /**
   * After his own let-through press of a 送审, one later script click on a 送审, however long
   * after (the page's own 确定提交吗？ box read at leisure: breaker 28 item 4). Only a 送审: a 保存
   * let through, or a script 保存 (an auto-save), is no 送审 he chose (breaker 29 items 1, 3, 4).
   * Ends at that click (or a script 送审 sent in the window), his next press of a portal button,
   * his 仍然… in a later dialog, or when he edits the form (`agreedOn`); not used while a dialog
   * holds another press (a 保存并提交's 保存 held: its 送审 is held too, never sent without it:
   * breaker 30b L4).
   */
  let submitArmed = false;
  /**
   * The page as read when his last let-through press went: its fields then shown are the form he
   * chose to send. Only his edit of one of them ends `continuing` and `submitArmed`; the page's
   * own events and what it shows after his press (its 确定提交吗？ box with a 承诺 box to tick) do
   * not, or its 确定's 送审 would be held for good (breaker 30b L1, L2).
   */
  let agreedOn = snapshot;
  /** Ends his let-through press: the form is no longer the one he chose to send (his edit, or our fill: breaker 31a LT2). */
  const endLetThrough = () => {
    continuing = 0;
    submitArmed = false;
  };
  let pendingAction: HeldPress | null | undefined;
  /** The press held for the 完成并送审 checklist (onClick), until it is in. */
  let awaited: HeldPress | null | undefined;
  /** Whether this is 完成并送审 and its checklist not in yet: no history, or its check (lib/checks/late-checks.ts) neither here nor failed to load. */
  const checklistPending = () => evaluation.recognition.step === 'submit' && !(inputs.history && inputs.lateChecks);
  let lastErrorKey: string | undefined;
  /** The application step last reported to progress. */
  let reportedStep: ApplicationStepId | undefined;
  /**
   * His last save that went through to the page, with the form's 记录序号 and its box then, while
   * no click or edit of his has followed (see present).
   */
  let watchedSave: { seq?: string; box?: Element | null } | null | undefined;
  /** The form's 记录序号 box and its value as now shown (progressFacts' `seq`). */
  const seqShown = () => {
    const field = evaluation.fields.find((f) => f.key.endsWith('.seq'));
    return { seq: field?.value, box: field && resolve(field.control) };
  };
  let disconnected = false;
  // Read now and kept current: once the extension is gone, its i18n API is gone with it. The
  // step's id and title are written by present(), which runs before the invalidation below is
  // listened for.
  const farewell = {
    appName: t('app_name'),
    notice: t('overlay_notice_reconnect'),
  } as DisconnectedTexts;
  /** The IE-era dead end the compat shim saw on this page, if any (lib/compat/notice.ts). */
  let legacy: string | null | undefined;
  /** on-demand.js asked for the eligibility check (present), once. */
  let eligibilityLoad: Promise<void> | undefined;

  const ui = mountShadowHost(document, overlayCss);
  // Every listener below is registered with this signal: invalidation removes them all at once.
  const listening = { capture: true, signal: ctx.signal } as const;

  // A rich-text editor's box is drawn as the editor's frame (../page/page-text.ts editorFrame): its
  // marker follows the frame, and so do the panel's placement, 定位 and the tour.
  const drawnAs = (c: ControlSnapshot | undefined): Element | null => {
    const el = c ? resolveControl(document, c) : null;
    return (el && editorFrame(el)) || el;
  };
  const resolve = (control: number) => drawnAs(snapshot.controls[control]);

  /** Reads the page again (values change without DOM mutations) and re-decides everything. */
  function reread(): void {
    const start = performance.now();
    // Their frames' changes, and typing in a rich-text editor's document (a same-origin frame's
    // editable body, ../page/page-text.ts editorBody; FCKeditor's and eWebEditor's a frame deeper),
    // are heard as this page's: each reading hears the frames drawn or re-created since (the same
    // listener or target added again is no second one).
    snapshot = readPage(document, window, (child) => {
      observer.observe(child, WATCHED);
      child.addEventListener('input', onInput, listening);
    });
    snapshot.grids.push(...snapshot.frameGrids!);
    // The late checks, once on-demand.js is here (loaded for them on 完成并送审 and, once the eligibility estimate is here, on its steps: present());
    // none (`[]`) once loading them failed.
    inputs.lateChecks = loadedOnDemandFeatures()?.lateChecks ?? inputs.lateChecks;
    evaluation = evaluatePage(snapshot, inputs);
    performance.measure(EVALUATE_MEASURE, { start });
  }

  /**
   * Whether the extension is gone. Asking `ctx.isValid` notices it at once (and runs the
   * invalidation below) instead of at the next 2 s poll: a timer firing in between would
   * otherwise call the dead i18n API and throw into the page's console.
   */
  const cutOff = () => disconnected || !ctx.isValid;

  function refresh(): void {
    // Cut off from the extension (late timers, promises): nothing can be shown or reported.
    if (cutOff()) return;
    reread();
    // A partial postback may redraw the form the fill just wrote: its report must say so.
    later?.checkFillRedrawn();
    present();
    if (awaited && !checklistPending()) settleAwaited();
  }


  /** Shows the current evaluation (step, advice, findings) and reports a changed error list or saved rows. */
  function present(): void {
    const step = evaluation.recognition.step;
    // The pre-submit dialog is the step's it was raised on: another step drawn in place (a
    // router's 下一步 while it stands) closes it, or its 仍然保存 would press the button Vue
    // reused for the new step's 保存 (spa66 item 1).
    if (model.step.id != step) model.preSubmit = pendingAction = null;
    model.step = stepById(step);
    farewell.stepId = step;
    farewell.stepTitle = localStep(model.step).title;
    model.advice = isApplicationStep(step) ? localAdvice(step) : [];
    model.findings = evaluation.findings;
    // Drawn first: sending the report costs the page's main thread time the panel need not wait for.
    draw();
    // The eligibility estimate's warning is a late check (lib/checks/late-checks.ts): on its steps,
    // once the estimate is here (with the profile, after the panel's first frame), on-demand.js is
    // loaded for it, quietly: a warning holds no press, and a failure leaves the page as it was.
    if (inputs.eligibility && ELIGIBILITY_STEPS.includes(step)) eligibilityLoad ??= loadOnDemandFeatures().then(refresh, () => {});
    // A row any list gains (a partial postback's save) is news too, also beside another list that
    // has rows (breaker 19a item 1, 21a), and so is a list emptied or the record form shown.
    // Not the lists' headers: a clock in a header cell would report every second (breaker 12p item 3).
    const facts = progressFacts(step, snapshot, evaluation.fields, model.findings);
    const key = JSON.stringify([step, facts.errors, snapshot.grids.map((grid) => grid.rows.length), facts.form]);
    // The page, not he, redrawing the form's 记录序号 box or changing its number after his save (a
    // partial postback drawing the form emptied, with the next number, with the same number and a
    // refusal, or the list; a layui reset in place) answers it as a page load would: the step's
    // page is visited anew, which settles the save in the record memory and progress (breaker 29
    // E3, 30). The box kept with its number (a 保存中… spinner for the button) is no answer yet.
    // Another step drawn (保存并下一步 answered in place) is a visit anyway.
    const now = watchedSave && seqShown();
    const answered = now && (now.seq !== watchedSave!.seq || now.box !== watchedSave!.box);
    if (answered) watchedSave = now;
    if (isApplicationStep(step) && (key !== lastErrorKey || answered)) {
      lastErrorKey = key;
      if (step === reportedStep && !answered) return void report(step, 'evaluated', '', facts);
      reportedStep = step;
      // A step shown without a page load (a partial postback, a tab, a wizard's 下一步) is a visit
      // as the page's first one is: it settles a pending 保存并下一步 (probe 15 item 5). What
      // progress knows of the other steps (the 完成并送审 checklist) is read once the visit is
      // recorded, with its 保存并下一步 settled.
      const visited = report(step, 'visit', '', facts);
      // The checklist itself comes with on-demand.js (lib/checks/late-checks.ts), asked for beside
      // that answer, after the panel's first frame (the visit waits for it): it says nothing before
      // the answer anyway. Only on this step: other pages never load on-demand.js for it.
      if (step === 'submit') void visited.then(loadLateChecks);
      void visited
        .then(requestProgress)
        .then((progress) => {
          // The steps' facts as progress keeps them for this portal (the step-11 checklist's history).
          inputs.history = progress?.applications[location.origin]?.steps ?? {};
          refresh();
        });
    }
  }

  /**
   * @param buttonText for `saved`: the portal button pressed (保存并下一步 moves on; the next page then tells whether the portal accepted it).
   * @param facts the current evaluation's progressFacts when the caller has them already (present reads them to tell news).
   */
  function report(step: ApplicationStepId, kind: 'visit' | 'evaluated' | 'saved', buttonText = '', facts = progressFacts(step, snapshot, evaluation.fields, evaluation.findings)): Promise<void> {
    return reportProgress({
      key: location.origin,
      step,
      kind,
      ...facts,
      advances: /下一步/.test(buttonText),
      opened: !!top?.opener || undefined,
      at: new Date().toISOString(),
    });
  }

  /**
   * Field markers are rendered in the animation frame after the panel's first (see queuePlace),
   * not with it: the panel does not need them to appear, and rendering, styling and laying out
   * fourteen markers in its frame put the panel on screen about 15 ms later (two A/B runs of 24
   * loads: 114.5 against 100.1 ms, 112.3 against 96.5 ms after DOMContentLoaded). Each shows once
   * placed, in the frame after its own first (components/overlay/FieldMarkers.tsx).
   */
  let markersShown = false;
  /** Ends the hold of the messages to the background (set where the hold begins, before the first present()). */
  let firstFrameShown = () => {};

  /** Renders the overlay from the model (no measuring). */
  function renderOverlay(): void {
    render(
      <>
        <Overlay model={{ ...model, notice: model.notice ?? legacy }} actions={actions} />
        {markersShown && <FieldMarkers findings={model.findings} resolve={resolve} onJump={actions.jumpTo} shownText={shownTextFor(model.presenter.maskPersonal)} />}
      </>,
      ui.container,
    );
  }

  function draw(): void {
    if (cutOff()) return;
    renderOverlay();
    queuePlace();
  }

  let placeQueued = false;
  /** The panel measured (place) since it was last drawn, or the page scrolled or resized (queuePlace): its frame need not measure again. */
  let placed = false;
  /**
   * Places the panel in the next animation frame — before that frame is painted, so it never
   * shows in the wrong corner — once however often asked, unless it was placed since; the first
   * time, the field markers follow in the frame after. Measuring the page's fields forces a
   * layout; done here, it is the layout the browser needs for that frame anyway. The start-up
   * places the panel at the end of its task instead, with the same one layout: its frame then
   * only paints (issue 9: overlay ≤ 50 ms after DOMContentLoaded).
   */
  function queuePlace(): void {
    placed = false;
    if (placeQueued) return;
    placeQueued = true;
    requestAnimationFrame(() => {
      placeQueued = false;
      if (cutOff()) return;
      if (!placed) place();
      if (markersShown) return;
      requestAnimationFrame(showMarkers);
      // A task posted from an animation frame runs once that frame is painted.
      setTimeout(firstFrameShown);
    });
  }

  function showMarkers(): void {
    if (markersShown || cutOff()) return;
    markersShown = true;
    renderOverlay();
  }

  /**
   * The page's notice elements, red from its stylesheets included (the panel must not cover
   * what the page draws red), found again only when the page has been re-read.
   */
  let notices: { of: PageSnapshot; elements: NoticeElement[] } | undefined;
  function noticesOfSnapshot(): NoticeElement[] {
    if (notices?.of !== snapshot) notices = { of: snapshot, elements: noticeElements(document, (el) => ui.host.contains(el), window) };
    return notices.elements;
  }

  /**
   * Moves the panel to the corner that covers none of the portal's buttons and 注意说明 and the
   * fewest fields; on a small frame it is shortened (scrolling inside) to fit beside the form
   * instead.
   */
  function place(): void {
    const panel = ui.shadow.querySelector<HTMLElement>('.zc-panel');
    if (!panel) return;
    // Set first: a corner changed below draws again, which asks for another measure.
    placed = true;
    // Measured at its natural height; the limit is ours alone (Preact never sets this style).
    panel.style.maxHeight = '';
    // In a frame as tall as its page, the panel goes in the band the user sees (the corner
    // classes measure from the band's edges): rectangles are taken relative to it.
    const band = visibleBand(window);
    panel.style.setProperty('--zc-band-top', `${band.top}px`);
    panel.style.setProperty('--zc-band-bottom', `${innerHeight - band.bottom}px`);
    const inBand = (r: Rect) => ({ x: r.x, y: r.y - band.top, width: r.width, height: r.height });
    const buttons: Rect[] = [];
    const fields: Rect[] = [];
    for (const c of snapshot.controls) {
      if (!c.visible || c.kind === 'hidden') continue;
      const r = resolve(c.index)?.getBoundingClientRect();
      // A file input is its 选择文件 button: never covered, like the portal's own buttons.
      if (r && r.width > 0) (c.kind === 'button' || c.kind === 'file' ? buttons : fields).push(inBand(r));
    }
    const box = panel.getBoundingClientRect();
    const viewport = { width: document.documentElement.clientWidth || innerWidth, height: band.bottom - band.top };
    const notices = noticeLineRects(noticesOfSnapshot(), window).map(inBand);
    const current = choosePanelPlacement(viewport, { width: box.width, height: box.height }, buttons, fields, notices);
    // The pre-submit dialog is shown whole, never in a shortened panel: reading it is what the
    // user is doing. The autofill preview is shortened like the panel, to leave the fields it
    // will change in sight (newcomer 66), down to a floor of its own (on-demand.css).
    if (current?.maxHeight && !model.collapsed && !model.preSubmit) panel.style.maxHeight = `${current.maxHeight}px`;
    // A page with buttons in every corner: keep the panel open where it is (collapsing it would
    // hide what the user came for); the header's 收起 is always at hand (the pre-submit dialog, which
    // hides the header, has its own 返回修改).
    if (current && current.corner !== model.corner) {
      model.corner = current.corner;
      draw();
    }
  }

  /**
   * The pre-submit dialog answered (./on-demand-actions.ts preSubmitContinue, preSubmitCancel):
   * closed, its press held no more. With `press` (仍然保存 / 仍然上传照片, which press the button
   * for the user: pressHeld), that click and the page's clicks inside it are let through and
   * recorded like his own (a visible 保存 whose handler clicks a hidden server 保存; probe 13b
   * item 3). What is never pressed for him (送审, a script link) lets his next press of it through;
   * what pressHeld leaves because the page changed is checked again (breaker 28 item 5).
   * @returns the press the dialog held, or null.
   */
  const answerPreSubmit = (press?: (pending: HeldPress) => void): HeldPress | null | undefined => {
    const pending = pendingAction;
    model.preSubmit = pendingAction = null;
    draw();
    if (pending && press) {
      if (pressedByUser(pending)) bypass = pending;
      // His answer to this dialog is a new decision: an older armed 送审 never rides on the press we make (breaker 30b L3).
      submitArmed = false;
      continuing = 1;
      press(pending);
      continuing = 0;
    }
    return pending;
  };

  /** What on-demand.js's actions need of this controller (./on-demand-actions.ts). */
  const context: OnDemandActionContext = {
    model,
    inputs,
    get snapshot() {
      return snapshot;
    },
    get evaluation() {
      return evaluation;
    },
    ownTaught: [],
    reread,
    refresh,
    draw,
    resolve,
    takeStoredProfile,
    endLetThrough,
    answerPreSubmit,
    shadow: ui.shadow,
  };
  /** on-demand.js's actions, made on the first use of one (one object for the overlay's lifetime). */
  let later: OnDemandActions | undefined;
  /** Runs `use` with on-demand.js's actions, loading it first when needed (withOnDemand). */
  const withActions = (use: (actions: OnDemandActions) => void) => withOnDemand((features) => use((later ??= features.overlayActions(context))));
  /** The overlay action `name`, run by on-demand.js. */
  const onDemand = <K extends OnDemandActionName>(name: K) => ((arg?: unknown) => withActions((later) => (later[name] as (arg?: unknown) => void)(arg))) as OverlayActions[K];

  const ownActions: Omit<OverlayActions, OnDemandActionName> = {
    toggleCollapsed() {
      // The pre-submit dialog is answered first (返回修改 or continue): collapsed, the panel kept
      // it without its header (breaker 17b item 3).
      if (model.preSubmit) return;
      model.collapsed = !model.collapsed;
      void writeOverlayCollapsed(model.collapsed);
      draw();
    },
  };
  // Every other action (OnDemandActionName) is run by on-demand.js, loaded first: asked for by
  // name, made on the first read of that name and kept with the own ones (the same function at every render).
  const actions = new Proxy(ownActions, { get: (own, name) => ((own as Record<PropertyKey, unknown>)[name] ??= onDemand(name as OnDemandActionName)) }) as OverlayActions;

  // First paint from the evaluation made above: the page is not read a second time. Drawn
  // before the listeners below are added: all of it runs in this same task, so no event can come
  // in between. What goes to the background (the visit, the profile and field maps asked for
  // below) waits until that frame is on screen (issue 9: overlay ≤ 50 ms after DOMContentLoaded).
  holdMessagesUntil(new Promise<void>((resolve) => {
    firstFrameShown = resolve;
    setTimeout(resolve, FIRST_FRAME_WAIT_MS);
  }));
  present();
  // Measured now, not in the panel's frame: the layout is the one that frame needs, and the frame,
  // which may come only at the next vsync, then has only the paint left (queuePlace).
  place();

  // Teach mode's listeners (./on-demand-actions.ts), registered now: they run before the page's
  // own later listeners, and are removed with the others on invalidation.
  // Not once the extension is gone: a dead teach mode would swallow his click (probe 14a O6).
  const onTeachEvent = (event: Event) => cutOff() || later?.onTeachEvent(event);
  for (const type of ['mousedown', 'click', 'keydown']) document.addEventListener(type, onTeachEvent, listening);

  /** Takes the active profile as the background has it (with its label, estimate and problem). */
  function takeProfile(active: ActiveProfile): void {
    inputs.profile = active.profile;
    inputs.eligibility = active.eligibility;
    model.profileLabel = active.label;
    model.notice = active.problem;
  }

  /**
   * Takes the active profile as stored now, not as it was when the page opened: it may have been
   * edited, replaced or locked (锁定) in another tab since (probe: a stale tab filled old values).
   * Pressed right at load, it first waits for the start-up answers below: a fill or 存入档案
   * planned before them would miss the mappings taught on this site and the field-map packs.
   * @returns once `inputs` and the panel's profile line hold the answer (or the note why there is
   *   none: ./background-client.ts requestActiveProfile); never rejects.
   */
  async function takeStoredProfile(): Promise<void> {
    await started;
    takeProfile(await requestActiveProfile());
  }

  /**
   * Loads on-demand.js for the late checks and re-evaluates with them. Failed, the notice says why
   * (withOnDemand) and there are none: a press held for them is decided on what is known.
   */
  function loadLateChecks(): void {
    withOnDemand(refresh, () => {
      inputs.lateChecks = [];
      refresh();
    });
  }

  /**
   * Runs `use` with the on-demand features (lib/content/on-demand.ts), loading them first on
   * the first use in this frame; a failure to load runs `failed` and is shown as the overlay's notice.
   */
  function withOnDemand(use: (features: OnDemandFeatures) => void, failed?: () => void): void {
    const loaded = loadedOnDemandFeatures();
    if (loaded) return use(loaded);
    loadOnDemandFeatures().then(
      (features) => {
        if (!cutOff()) use(features);
      },
      (error: unknown) => {
        if (cutOff()) return;
        failed?.();
        model.notice = t('overlay_notice_feature_failed', error instanceof Error ? error.message : String(error));
        draw();
      },
    );
  }

  // Pre-submit checks: a capture listener on the document runs before the portal's own
  // handlers (onclick, __doPostBack), so errors can be shown before anything is sent.
  const onClick = (event: MouseEvent) => {
    // Any press of his (清空 after a save the page's validator stopped: breaker 30 U10) ends the
    // watch, once a redraw not yet read is (breaker 29 E5: his press within SETTLE_MS of it).
    if (event.isTrusted) {
      if (watchedSave) refresh();
      watchedSave = null;
    }
    const step = evaluation.recognition.step;
    const button = portalButtonOf(event.target, step, (dialog) => dialog && evaluation.fields.filter((f) => dialog.contains(resolve(f.control))).length > 1);
    // A box's own 提交 beside the application (意见反馈, 在线咨询: lib/page/aside-headings.ts) sends
    // none of it, so none of its findings hold it (spa66 item 3).
    if (!button || snapshot.asides?.some((box) => box.contains(button.element))) return;
    const saved = () => {
      // An attachment upload saves the step as a save does (step 10 is done by its uploads).
      if (button.action !== 'save' && button.action !== 'attach') return;
      // The step as read for the press (refresh below), not before it: a view a router swapped in
      // just before his press, not yet re-read, is the one saved (breaker 65 B65-5).
      const at = evaluation.recognition.step;
      // The background remembers the record form's 记录序号 from it too (lib/background/record-memory.ts).
      if (isApplicationStep(at)) void report(at, 'saved', button.text);
      watchedSave = seqShown();
    };
    const isSubmit = button.action === 'submit';
    // His own press ends the armed 送审; it is checked unless it is the held button (bypass).
    if (event.isTrusted) submitArmed = false;
    const letThrough = !!bypass && isHeldButton(bypass, button);
    // A 送审 a script clicks goes through only after the user's own press (continuing 2 or armed).
    if (letThrough || (!event.isTrusted && (continuing > (isSubmit ? 1 : 0) || (isSubmit && submitArmed && !pendingAction)))) {
      // His 送审 arms one script 送审 besides the window; a script 送审 going through uses it up.
      if (letThrough && event.isTrusted) {
        continuing = 2;
        setTimeout(() => (continuing = 0), LET_THROUGH_MS);
        submitArmed = isSubmit;
        agreedOn = snapshot;
      } else if (isSubmit) submitArmed = false;
      bypass = null;
      return saved();
    }
    refresh();
    // The extension gone (found just now): nothing of ours can show, so his press goes on (probe 14a O4).
    if (cutOff()) return;
    // Before 送审 also the steps never saved (warnings, since our record may miss a save made
    // elsewhere): sending an incomplete application is what gets it sent back.
    const errors = blockingFindings(model.findings, button.action);
    // On 完成并送审 before its checklist is in (the history or on-demand.js on its way), a 送审,
    // which its findings hold (presubmit.ts blockingFindings), is held until it is
    // (settleAwaited): never sent unchecked.
    awaited = isSubmit && checklistPending() ? button : null;
    if (!errors[0] && !awaited) return saved();
    event.preventDefault();
    event.stopImmediatePropagation();
    hold(button, errors);
  };

  /** Holds the pressed button: the pre-submit dialog lists `errors` (none yet: only held, for the checklist). */
  function hold(button: HeldPress, errors: PreSubmitState['errors']): void {
    pendingAction = button;
    if (!errors[0]) return;
    model.preSubmit = { buttonText: button.text, kind: pressedByUser(button) ? 'submit' : 'save', errors };
    model.collapsed = false;
    // The dialog is on-demand.js's. When that cannot load, the notice says why and the user's
    // next press goes through: the checks never trap him.
    withOnDemand(draw, () => {
      bypass = button;
      model.preSubmit = pendingAction = null;
    });
  }

  /**
   * Once the checklist is in (or its loading failed), decides the press held for it, unless he
   * answered its dialog meanwhile: the dialog with what now holds it, else his next press of it
   * goes through (we never press 送审 for him) and the notice says to press it again.
   */
  function settleAwaited(): void {
    const press = awaited!;
    awaited = null;
    if (pendingAction !== press) return;
    const errors = blockingFindings(model.findings, press.action);
    if (errors[0]) return hold(press, errors);
    bypass = press;
    model.preSubmit = pendingAction = null;
    // Not when loading the checklist failed: the notice says that instead.
    if (inputs.lateChecks![0]) model.notice = t('overlay_notice_checked_press_again', press.text);
    draw();
  }
  document.addEventListener('click', onClick, listening);
  // A 保存 the page around this frame draws for its form (a layui layer's button bar over the
  // record form's <iframe>, sending the frame's form from its handler: breaker 32k item 1) is
  // checked against this form too. A frame hidden (a layer closed by hiding it) shows no field,
  // so holds nothing. The top page is its own parent: its listener above is that one (the same
  // function is added once). Another origin's page: not ours to hear.
  try {
    parent.document.addEventListener('click', onClick, listening);
  } catch {}

  // Re-evaluate once the page is quiet for SETTLE_MS, or after MAX_WAIT_MS of changes coming
  // faster than that (a marquee, a clock): never in a loop. A page changing more slowly (a notice
  // blinking every 500 ms) is re-read after each change, so at most once per SETTLE_MS; each read
  // is a few ms (breaker 31c item 4: 20 reads, 54 ms in 10 s).
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let waitingSince: number | null | undefined;
  const schedule = () => {
    clearTimeout(settleTimer);
    waitingSince ??= performance.now();
    const overdue = performance.now() - waitingSince >= MAX_WAIT_MS;
    settleTimer = setTimeout(
      () => {
        if (composing) return;
        waitingSince = null;
        refresh();
      },
      overdue ? 0 : SETTLE_MS,
    );
  };
  const onInput = (event: Event) => {
    // What he types after the dialog is checked at his next press: no press is let through unread
    // (Enter's implicit submission would send the form's first button, 送审: breaker 27b item 3).
    // His let-through press stands until he edits a field the form showed when he pressed: not at
    // the page's script events, nor in the box it opened after (breaker 30b L1, L2).
    // Typing in a rich-text editor is an edit of its box: the element typed in, in this document,
    // is then the editor's frame (drawnAs; FCKeditor's editing frame is one frame deeper).
    bypass = null;
    if (event.isTrusted) watchedSave = null;
    let from = event.target as Element | null | undefined;
    while (from && from.ownerDocument !== document) from = from.ownerDocument?.defaultView?.frameElement;
    // Only while a let-through press stands: matching every control costs each keystroke a look-up.
    if (event.isTrusted && (continuing || submitArmed) && agreedOn.controls.find((c) => (from === event.target ? resolveControl(document, c) : drawnAs(c)) === from)?.visible) endLetThrough();
    // Not `instanceof HTMLInputElement`: a box in a frame (an upload frame's, heard by reread) is another window's.
    // A file chosen: on-demand.js tells a 个人照片 box and reads the photo (its JPEG reader and rules come with it).
    if ((event.target as HTMLInputElement).type == 'file') withActions((later) => later.inspectPhoto(event.target as HTMLInputElement));
    schedule();
  };
  const onCompositionStart = () => {
    composing = true;
  };
  const onCompositionEnd = () => {
    composing = false;
    schedule();
  };
  document.addEventListener('input', onInput, listening);
  document.addEventListener('change', onInput, listening);
  document.addEventListener('compositionstart', onCompositionStart, listening);
  document.addEventListener('compositionend', onCompositionEnd, listening);
  // Focus going into a frame (an editor made editable since the last reading, whose document
  // reread then starts to hear) reads the page again.
  window.addEventListener('blur', schedule, { signal: ctx.signal });

  // Content added after load (AJAX panels, record forms opened in place), a new body, or a
  // section shown by its style, class or hidden attribute (a tab strip, a wizard's 下一步: probe 15
  // item 2), a box a picker library marks as a date box by its class or key after load (probe 16
  // item 2): re-read once the page settles. Our own UI lives in a shadow root, whose changes
  // (the panel's and markers' styles) do not reach this observer; its host, after the body and
  // with no child of its own, is in place before it starts: only its own attributes are left out.
  // A stylesheet added, removed or rewritten may zoom <html>: its zoom is read again (only then:
  // reading it computes the whole page's style; keepUnzoomed hears <html>'s own attributes).
  const observer = new MutationObserver((records) => {
    if (records.some(changesSheets)) ui.unzoom();
    if (records.some((r) => r.target !== ui.host)) schedule();
  });
  observer.observe(document.documentElement, WATCHED);
  // A frame loading (its list's page, reloaded after a save: childFrameGrids) is re-read, and so is
  // an image (loaded, its size tells an icon from a photo): load events reach the document captured.
  document.addEventListener('load', schedule, listening);

  window.addEventListener('resize', queuePlace, { signal: ctx.signal });
  // A "..." chooser window writes its result without any event on the page: re-check when the
  // user comes back to this window.
  window.addEventListener('focus', schedule, { signal: ctx.signal });
  window.addEventListener('scroll', queuePlace, listening);
  // A frame as tall as its page moves when the outer page scrolls (lib/overlay/frame-band.ts).
  for (const { outer } of outerFrames(window)) {
    outer.addEventListener('scroll', queuePlace, listening);
    outer.addEventListener('resize', queuePlace, listening);
  }

  // Answered through `sendResponse`: the content script uses the browser's own API object, whose
  // onMessage (unlike webextension-polyfill's) does not take a returned promise as the answer.
  const onTabMessage = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
    if (!isMessage(message, 'overlay:')) return;
    const request = message as TabRequest;
    if (request.type === 'overlay:autofill') actions.startAutofill();
    if (request.type === 'overlay:toggle') actions.toggleCollapsed();
    if (request.type === 'overlay:tour') actions.startTour();
    sendResponse({ step: evaluation.recognition.step, mounted: true });
  };
  browser.runtime.onMessage.addListener(onTabMessage);

  // Presenter switches flipped in the popup or the options page apply at once. The settings are
  // the model's presenter settings as they are (the overlay reads only those of them).
  const unwatchSettings = watchSettings((next) => {
    model.presenter = next;
    draw();
  });

  // The compat script flags an IE-era dead end (a picker's showModalDialog, a blocked pop-up, an
  // IE-only script failing) after something on the page ran it, never before this watch starts
  // at load: what to tell him comes with on-demand.js, loaded then (lib/compat/notice.ts).
  const unwatchLegacy = watchLegacyFlags(document, () =>
    withOnDemand(({ legacyNotice }) => {
      legacy = legacyNotice(document);
      draw();
    }),
  );

  // The extension was updated or reloaded while this page stayed open: this script is cut off
  // from the extension. Stop everything, leave the page's own behaviour and the user's input
  // alone, and say how to reconnect (WXT notices through `ctx.isValid`, polled here).
  ctx.setInterval(() => undefined, 2_000);
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(settleTimer);
    unwatchLegacy();
    disconnected = true;
    render(<DisconnectedNote texts={farewell} />, ui.container);
    // Last, each on its own: the extension's APIs may be gone already (WXT's storage watcher
    // then throws), and that must not keep the note above from being shown.
    for (const release of [() => browser.runtime.onMessage.removeListener(onTabMessage), unwatchSettings]) {
      try {
        release();
      } catch {
        // The listener went away with the extension's API.
      }
    }
  });


  // Profile and field maps arrive from the background (progress after the visit: present());
  // the overlay is already visible meanwhile.
  const started = Promise.all([requestActiveProfile(), requestFieldMaps(location.hostname)]);
  const [profile, { own: taught, pack: packs }] = await started;
  context.ownTaught = taught;
  inputs.taught = [...taught, ...packs.taught];
  inputs.hints = packs.hints;
  inputs.synonyms = packs.synonyms;
  takeProfile(profile);
  refresh();

  // The report of a fill whose last list posted this page back (lib/fill/carry.ts), as the
  // redrawn form shows it now.
  const carried = await requestCarriedFill();
  if (carried?.step === evaluation.recognition.step) {
    withActions((later) => later.showCarriedFill(carried));
  }
}

/**
 * A frame that shows nothing yet may get its form later (content loaded by script): re-check
 * after the DOM settles, and start once it qualifies. A frame in it loading is heard too (load
 * events reach the document captured): the list frame beside a breadcrumb that then names the page
 * (../page/page-text.ts collectHeadings; breaker 28 E10, b30 U7) changes nothing in this document.
 */
function watchUntilMountable(ctx: ScriptContext, start: () => Promise<void>): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = new AbortController();
  const check = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const snapshot = readPage(document, window);
      if (shouldMountOverlay(snapshot, recognizeStep(snapshot).step)) {
        stop.abort();
        void start();
      }
    }, SETTLE_MS);
  };
  const observer = new MutationObserver(check);
  // The whole document, not its body: a page that writes itself anew with document.open()
  // replaces the body (breaker 13 item 3). What is shown by its style or class too, as the overlay
  // hears it: a record form in a dialog the page shows (an el-dialog's v-show) over a list that
  // made no step (breaker 65 B65-10).
  observer.observe(document, WATCHED);
  document.addEventListener('load', check, { capture: true, signal: stop.signal });
  stop.signal.onabort = () => observer.disconnect();
  ctx.onInvalidated(() => {
    stop.abort();
    clearTimeout(timer);
  });
}
