import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { applyFillAcrossPostBack } from '../../../lib/fill/carry';
import type { FillReport } from '../../../lib/fill/apply';
import type { FillPlan } from '../../../lib/fill/plan';
import { onDemandActions, type OnDemandActionContext } from '../../../lib/content/on-demand-actions';
import { onDemandContext } from './on-demand-context';
import { requestActiveProfile } from '../../../lib/content/background-client';
import { DisconnectedNote } from '../../../lib/content/disconnected-note';
import { t } from '../../../lib/i18n/t';
import type { OverlayModel } from '../../../components/overlay/model';

vi.mock('../../../lib/fill/carry', () => ({ applyFillAcrossPostBack: vi.fn() }));

/**
 * 填写 pressed in a preview, and what can happen under it (probe 14a O1, O8, L1b): the extension
 * updated under the page (its messages reject, its i18n API throws, and the controller shows
 * its reconnect note once it looks), or the profile locked (锁定) since the preview was planned.
 */
const GONE = 'Extension context invalidated.';
const RECONNECT = t('overlay_notice_reconnect');

/** A plan of three fields, 照片 left to the user. */
const plan = {
  items: [
    { control: 0, key: 'basic.name', label: '姓名', value: '李明远', action: 'fill', outcome: 'will-fill' },
    { control: 1, key: 'basic.mobile', label: '手机号码', value: '13912345678', action: 'fill', outcome: 'will-fill' },
    { control: 2, key: 'page.photo', label: '照片', value: '', action: 'needs-user', outcome: 'needs-user', reason: '请自己上传' },
  ],
  snapshot: { controls: [] },
  profile: { label: '李明远' },
} as unknown as FillPlan;

const report: FillReport = {
  items: [
    { control: 0, key: 'basic.name', label: '姓名', value: '李明远', result: 'filled', outcome: 'filled' },
    { control: 1, key: 'basic.mobile', label: '手机号码', value: '13912345678', result: 'filled', outcome: 'filled' },
    { control: 2, key: 'page.photo', label: '照片', value: '', result: 'needs-user', outcome: 'needs-user', detail: '请自己上传' },
  ],
};

/** The extension as an orphaned content script sees it from now on. */
function extensionGoes(state: { gone: boolean }): void {
  state.gone = true;
  vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error(GONE));
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(() => {
    throw new Error(GONE);
  });
}

/** A preview on screen, with the controller's refresh drawing the reconnect note once the extension is gone (as its cutOff does). */
function preview(answer: unknown = { profile: { label: '李明远' }, label: '李明远' }) {
  const state = { gone: false };
  const shadow = document.createElement('div').attachShadow({ mode: 'open' });
  const model = { autofill: { phase: 'preview', plan, overwrite: new Set() }, notice: null } as unknown as OverlayModel;
  const context = onDemandContext(model, {
    snapshot: { controls: [] } as unknown as OnDemandActionContext['snapshot'],
    refresh: vi.fn(() => {
      if (state.gone) render(<DisconnectedNote texts={{ appName: '职称申报助手', stepId: 'basic-info', stepTitle: '基本信息', notice: RECONNECT }} />, shadow);
    }),
    shadow,
  });
  vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(answer as never);
  const note = () => shadow.querySelector('[data-testid="zc-disconnected"]')?.textContent ?? null;
  return { state, model, context, note, actions: onDemandActions(context) };
}

describe('填写 with the extension updated or the profile locked under the page', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.mocked(applyFillAcrossPostBack).mockReset();
  });

  it('the extension goes as the fill ends: the reconnect note says how many fields were written and what is left to him (probe 14a O8)', async () => {
    const { state, context, note, actions } = preview();
    vi.mocked(applyFillAcrossPostBack).mockImplementation(async () => {
      extensionGoes(state);
      return report;
    });
    actions.applyAutofill();
    await vi.waitFor(() => expect(context.refresh).toHaveBeenCalled());
    await vi.waitFor(() => expect(note()).toContain('已在本页填写 2 项'));
    expect(note()).toContain(RECONNECT);
    expect(note()).toContain('请逐项核对本页内容后再保存');
    expect(note()).toContain('以下各项需您自己处理：照片。');
  });

  it('the extension goes in the middle of the fill (a text of the report can no longer be read): the note says it may be part-filled', async () => {
    const { state, model, note, actions } = preview();
    vi.mocked(applyFillAcrossPostBack).mockImplementation(async () => {
      extensionGoes(state);
      return Promise.reject(new Error(GONE));
    });
    actions.applyAutofill();
    await vi.waitFor(() => expect(note()).toContain('可能只填了一部分'));
    expect(note()).toContain('照片');
    expect(model.autofill).toEqual({ phase: 'idle' });
  });

  it('the extension already gone at the press: nothing is written, the reconnect note as it was (probe 14a O1)', async () => {
    const { state, context, note, actions } = preview();
    extensionGoes(state);
    actions.applyAutofill();
    await vi.waitFor(() => expect(context.refresh).toHaveBeenCalled());
    expect(applyFillAcrossPostBack).not.toHaveBeenCalled();
    expect(note()).toBe(RECONNECT);
  });

  it('锁定 after the preview: nothing is written and the panel says how to unlock (probe 14a L1b)', async () => {
    const locked = '档案已加密，请在扩展的选项页输入密码解锁后再使用自动填写。';
    const { model, context, note, actions } = preview({ profile: null, error: { kind: 'locked', message: locked } });
    actions.applyAutofill();
    await vi.waitFor(() => expect(context.refresh).toHaveBeenCalled());
    expect(applyFillAcrossPostBack).not.toHaveBeenCalled();
    expect(model.autofill).toEqual({ phase: 'idle' });
    expect(model.notice).toBe(locked);
    expect(note()).toBeNull();
  });

  it('unlocked: the fill is written and its report shown', async () => {
    const { model, context, note, actions } = preview();
    vi.mocked(applyFillAcrossPostBack).mockResolvedValue(report);
    actions.applyAutofill();
    await vi.waitFor(() => expect(context.refresh).toHaveBeenCalled());
    // Numbered as the page reads now (breaker 31a F5): this stub page has none of the fields.
    expect(model.autofill).toEqual({ phase: 'report', report: { items: report.items.map((item) => ({ ...item, control: -1 })) } });
    expect(note()).toBeNull();
  });
});

describe('the profile asked for with the extension gone (breaker 30c: 用档案填写本页 right after an update)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('has an empty problem, not null: the controller’s `notice ??= t(…)` then calls no dead API', async () => {
    extensionGoes({ gone: false });
    expect(await requestActiveProfile()).toMatchObject({ profile: null, problem: '' });
  });
});
