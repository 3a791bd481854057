import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyFillAcrossPostBack } from '../../../lib/fill/carry';
import { reportAfterRedraw, type FillReport } from '../../../lib/fill/apply';
import type { FillPlan } from '../../../lib/fill/plan';
import { onDemandActions } from '../../../lib/content/on-demand-actions';
import { onDemandContext } from './on-demand-context';
import { collectSnapshot } from '../../../lib/page/collect';
import type { OverlayModel } from '../../../components/overlay/model';
import type { PageEvaluation } from '../../../lib/content/evaluate';
import { profileSchema } from '../../../lib/profile/schema';

vi.mock('../../../lib/fill/carry', () => ({ applyFillAcrossPostBack: vi.fn() }));
vi.mock('../../../lib/fill/apply', () => ({ reportAfterRedraw: vi.fn() }));

/** An event as the browser would dispatch it, with `isTrusted` chosen (happy-dom's are never trusted). */
function pageEvent(type: string, target: EventTarget, isTrusted: boolean, key = ''): Event & { stopped: boolean } {
  const event = { type, target, isTrusted, key, defaultPrevented: false, stopped: false } as unknown as Event & { stopped: boolean };
  event.preventDefault = () => Object.assign(event, { defaultPrevented: true });
  event.stopImmediatePropagation = () => Object.assign(event, { stopped: true });
  return event;
}

/** Teach mode's actions over a page with one labelled field, in the picking phase. */
function picking() {
  document.body.innerHTML = '<label for="name">姓名</label><input id="name" name="name">';
  const input = document.querySelector('input')!;
  const model = { teach: { phase: 'picking' } } as OverlayModel;
  const context = onDemandContext(model, {
    snapshot: collectSnapshot(document, window),
    evaluation: { matches: [], recognition: { step: 'basic' } } as unknown as PageEvaluation,
  });
  return { input, model, context, actions: onDemandActions(context) };
}

describe('teach mode’s page listener (on-demand.js)', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('takes the user’s press on a field: the mousedown and its click are swallowed, the chooser opens', () => {
    const { input, model, actions } = picking();
    const down = pageEvent('mousedown', input, true);
    actions.onTeachEvent(down);
    expect(down.defaultPrevented && down.stopped).toBe(true);
    expect(model.teach).toMatchObject({ phase: 'choose', label: '姓名', step: 'basic', current: null });
    const click = pageEvent('click', input, true);
    actions.onTeachEvent(click);
    expect(click.defaultPrevented && click.stopped).toBe(true);
    // Only that one click.
    const next = pageEvent('click', input, true);
    actions.onTeachEvent(next);
    expect(next.stopped).toBe(false);
  });

  it('ignores a page script’s synthetic mousedown and Esc', () => {
    const { input, model, actions } = picking();
    const down = pageEvent('mousedown', input, false);
    actions.onTeachEvent(down);
    actions.onTeachEvent(pageEvent('keydown', document, false, 'Escape'));
    expect(down.stopped).toBe(false);
    expect(model.teach).toEqual({ phase: 'picking' });
  });

  it('ends picking on the user’s Esc; presses outside a field go to the page', () => {
    const { model, actions, context } = picking();
    const press = pageEvent('mousedown', document.body, true);
    actions.onTeachEvent(press);
    expect(press.stopped).toBe(false);
    actions.onTeachEvent(pageEvent('keydown', document, true, 'Escape'));
    expect(model.teach).toEqual({ phase: 'idle' });
    expect(context.draw).toHaveBeenCalled();
  });
});

describe('autofill’s preview choices and writing (on-demand.js)', () => {
  const plan = { items: [], snapshot: { controls: [] }, profile: { label: '李明远' }, step: 'basic' } as unknown as FillPlan;
  const written = { items: [], written: 1 } as unknown as FillReport;
  const redrawn = { written: 0 } as unknown as FillReport;

  // 填写 writes only once the background has read the profile again (probe 14a L1b: tests/unit/content/fill-cut-off.test.tsx).
  beforeEach(() => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ profile: { label: '李明远' } } as never);
  });
  afterEach(() => vi.restoreAllMocks());

  it('toggles 覆盖 in the preview, writes it, and reports a redraw of the written form afterwards', async () => {
    const { model, context, actions } = picking();
    model.autofill = { phase: 'preview', plan, overwrite: new Set() };
    actions.toggleOverwrite(3);
    actions.toggleOverwrite(4);
    actions.toggleOverwrite(3);
    expect(model.autofill).toMatchObject({ phase: 'preview', overwrite: new Set([4]) });
    vi.mocked(applyFillAcrossPostBack).mockResolvedValueOnce(written);
    actions.applyAutofill();
    expect(model.autofill).toEqual({ phase: 'applying' });
    await vi.waitFor(() => expect(context.refresh).toHaveBeenCalled());
    expect(applyFillAcrossPostBack).toHaveBeenCalledWith(document, plan.snapshot, plan, { overwrite: new Set([4]), signal: expect.any(AbortSignal), replan: expect.any(Function), onRewritten: expect.any(Function) });
    expect(model.autofill).toEqual({ phase: 'report', report: written });
    vi.mocked(reportAfterRedraw).mockReturnValueOnce(redrawn);
    actions.checkFillRedrawn();
    expect(model.autofill).toEqual({ phase: 'report', report: redrawn });
    actions.closeAutofill();
    expect(model.autofill).toEqual({ phase: 'idle' });
  });

  it('drops the fill’s report once the page shows another step in place (a single-page app’s 下一步: breaker 65 B65-9), not while it shows none (a loading mask)', async () => {
    const { model, context, actions } = picking();
    model.autofill = { phase: 'preview', plan, overwrite: new Set() };
    vi.mocked(applyFillAcrossPostBack).mockResolvedValueOnce(written);
    actions.applyAutofill();
    await vi.waitFor(() => expect(model.autofill.phase).toBe('report'));
    vi.mocked(reportAfterRedraw).mockReturnValue(null);
    for (const step of ['unknown', 'basic']) {
      context.evaluation.recognition.step = step as never;
      actions.checkFillRedrawn();
      expect(model.autofill).toEqual({ phase: 'report', report: written });
    }
    context.evaluation.recognition.step = 'qualification-history';
    actions.checkFillRedrawn();
    expect(model.autofill).toEqual({ phase: 'idle' });
    // Back on the step filled, the report stays gone: it was of the view the page left.
    context.evaluation.recognition.step = 'basic' as never;
    actions.checkFillRedrawn();
    expect(model.autofill).toEqual({ phase: 'idle' });
  });

  it('shows a cascade child the fill wrote again after the page redrew it: its row 已填写 with the note, numbered as shown; an earlier fill’s is not shown (fill 26 item 1)', async () => {
    const { model, context, actions } = picking();
    const row = { control: 7, key: 'application.committee', label: '申报评委会', value: '初级评委会', result: 'failed', outcome: 'failed', detail: '页面刷新后此栏又空了' } as const;
    const again = { ...row, control: 2, result: 'filled', outcome: 'filled', detail: '页面稍后重绘了此列表，已按档案重新选上' } as const;
    const fillOnce = async () => {
      model.autofill = { phase: 'preview', plan, overwrite: new Set() };
      vi.mocked(applyFillAcrossPostBack).mockResolvedValueOnce({ items: [row] });
      actions.applyAutofill();
      await vi.waitFor(() => expect(model.autofill.phase).toBe('report'));
      return vi.mocked(applyFillAcrossPostBack).mock.lastCall![3].onRewritten!;
    };
    const first = await fillOnce();
    const drawn = vi.mocked(context.draw).mock.calls.length;
    first(0, again);
    // The plan's snapshot has no controls: the row shown points at none (-1), and keeps doing so.
    expect(model.autofill).toEqual({ phase: 'report', report: { items: [{ ...again, control: -1 }] } });
    expect(context.draw).toHaveBeenCalledTimes(drawn + 1);
    await fillOnce();
    first(0, again);
    expect(model.autofill).toEqual({ phase: 'report', report: { items: [{ ...row, control: -1 }] } });
  });

  it('a new preview or fill ends the last fill’s watch on the cascade children it wrote (its signal aborted), not before', async () => {
    const { model, actions } = picking();
    const fillOnce = async () => {
      model.autofill = { phase: 'preview', plan, overwrite: new Set() };
      vi.mocked(applyFillAcrossPostBack).mockResolvedValueOnce(written);
      actions.applyAutofill();
      await vi.waitFor(() => expect(model.autofill.phase).toBe('report'));
      return vi.mocked(applyFillAcrossPostBack).mock.lastCall![3].signal!;
    };
    const first = await fillOnce();
    expect(first.aborted).toBe(false);
    const second = await fillOnce();
    expect([first.aborted, second.aborted]).toEqual([true, false]);
    // The abort comes at once; the preview once the background said which records are saved.
    const planned = actions.planAutofill(profileSchema.parse({ label: '李明远' }), undefined);
    expect(second.aborted).toBe(true);
    await planned;
    expect(model.autofill.phase).toBe('preview');
  });

  it('tells reportAfterRedraw the boxes showing what the user typed since the fill (trusted events only), not the page’s script', async () => {
    const listeners: EventListener[] = [];
    const add = vi.spyOn(document, 'addEventListener').mockImplementation((type, listener) => {
      if (type === 'input') listeners.push(listener as EventListener);
    });
    const { input, model, context, actions } = picking();
    add.mockRestore();
    const other = document.createElement('input');
    const typeIn = (target: EventTarget, isTrusted: boolean) => listeners.forEach((l) => l(pageEvent('input', target, isTrusted)));
    // Typed before the fill: the fill's own report is about what came after.
    typeIn(other, true);
    model.autofill = { phase: 'preview', plan, overwrite: new Set() };
    vi.mocked(applyFillAcrossPostBack).mockResolvedValueOnce(written);
    actions.applyAutofill();
    await vi.waitFor(() => expect(context.refresh).toHaveBeenCalled());
    typeIn(input, true);
    typeIn(document.body, false);
    vi.mocked(reportAfterRedraw).mockReturnValueOnce(null);
    actions.checkFillRedrawn();
    const userEdited = vi.mocked(reportAfterRedraw).mock.lastCall![3]!;
    expect([input, document.body, other].map((el) => userEdited(el))).toEqual([true, false, false]);
    // The page's script changes what he typed (its 重填 empties the box): no longer his (breaker 26 F8).
    input.value = `${input.value}改`;
    expect(userEdited(input)).toBe(false);
  });

  it('停止填写 aborts the fill being written; its report (written rows and 已取消 ones) is shown', async () => {
    const { model, context, actions } = picking();
    model.autofill = { phase: 'preview', plan, overwrite: new Set() };
    // The fill waits (a cascade's redraw) until it is aborted, then reports as applyFill does.
    let writing = false;
    vi.mocked(applyFillAcrossPostBack).mockImplementationOnce((_doc, _snapshot, _plan, opts) => {
      writing = true;
      return new Promise((done) => opts.signal!.addEventListener('abort', () => done(written)));
    });
    actions.stopAutofill(); // nothing being written yet: nothing happens
    actions.applyAutofill();
    await vi.waitFor(() => expect(writing).toBe(true));
    expect(model.autofill).toEqual({ phase: 'applying' });
    actions.stopAutofill();
    await vi.waitFor(() => expect(context.refresh).toHaveBeenCalled());
    expect(model.autofill).toEqual({ phase: 'report', report: written });
  });

  it('shows why a fill failed, and a report carried across a postback as the page shows it now', async () => {
    const { model, context, actions } = picking();
    model.autofill = { phase: 'preview', plan, overwrite: new Set() };
    vi.mocked(applyFillAcrossPostBack).mockRejectedValueOnce(new Error('gone'));
    actions.applyAutofill();
    await vi.waitFor(() => expect(context.refresh).toHaveBeenCalled());
    expect(model.autofill).toEqual({ phase: 'idle' });
    expect(model.notice).toContain('gone');
    vi.mocked(reportAfterRedraw).mockReturnValueOnce(null);
    actions.showCarriedFill({ step: 'basic', to: [], controls: [], report: written });
    expect(model.autofill).toEqual({ phase: 'report', report: written });
  });
});

describe('定位 (on-demand.js: the content script carries no code for the press)', () => {
  it('scrolls the finding’s field into the middle of the view and focuses it without a second scroll; a control no longer on the page is passed over', () => {
    document.body.innerHTML = '<label for="name">姓名</label><input id="name" name="name"><input id="mobile">';
    const input = document.getElementById('mobile') as HTMLInputElement;
    const scroll = vi.spyOn(input, 'scrollIntoView');
    const focus = vi.spyOn(input, 'focus');
    const context = onDemandContext({} as OverlayModel, { resolve: (control: number) => (control === 1 ? input : null) });
    const actions = onDemandActions(context);
    actions.jumpTo(0);
    expect(scroll).not.toHaveBeenCalled();
    actions.jumpTo(1);
    expect(scroll).toHaveBeenCalledWith({ block: 'center', behavior: 'smooth' });
    expect(focus).toHaveBeenCalledWith({ preventScroll: true });
    expect(document.activeElement).toBe(input);
  });
});
