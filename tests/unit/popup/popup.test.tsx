import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../../components/popup/Popup';
import { EMPTY_PROGRESS, type ProgressState } from '../../../lib/progress/model';
import { popupRoot } from './popup-root';

const KEY = 'app-1';
const STARTED: ProgressState = {
  version: 1,
  current: KEY,
  applications: { [KEY]: { key: KEY, steps: {}, pendingSave: null, updatedAt: '2026-01-01T00:00:00.000Z' } },
} as ProgressState;

let root: HTMLElement;
let unmount: () => void;
let sent: unknown[];

beforeEach(() => {
  sent = [];
  fakeBrowser.runtime.sendMessage = (async (msg: { type: string }) => {
    sent.push(msg);
    // The background's answers to `progress:shown` and `progress:reset` (no profile: none named).
    return { progress: msg.type === 'progress:reset' ? EMPTY_PROGRESS : STARTED, owner: null };
  }) as typeof fakeBrowser.runtime.sendMessage;
  ({ root, unmount } = popupRoot());
});

afterEach(() => unmount());

const byTestId = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

async function mountWithProgress() {
  await act(() => render(<Popup />, root));
  await vi.waitFor(() => expect(byTestId('zc-popup-reset')).not.toBeNull());
}

describe('popup 重新开始', () => {
  it('asks inline first, saying what is cleared and that the profile is kept; 取消 clears nothing', async () => {
    await mountWithProgress();
    await act(() => byTestId('zc-popup-reset')!.click());
    expect(sent.filter((m) => (m as { type: string }).type === 'progress:reset')).toEqual([]);
    const panel = byTestId('zc-popup-reset-panel');
    expect(panel?.textContent).toContain('清除本次申报在本助手中的进度记录');
    expect(panel?.textContent).toContain('档案会保留');
    expect(byTestId('zc-popup-reset')?.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(byTestId('zc-popup-reset-cancel'));
    await act(() => byTestId('zc-popup-reset-cancel')!.click());
    expect(byTestId('zc-popup-reset-panel')).toBeNull();
    expect(sent.filter((m) => (m as { type: string }).type === 'progress:reset')).toEqual([]);
    expect(document.activeElement).toBe(byTestId('zc-popup-reset'));
  });

  it('clears the progress only after 清除进度 is pressed', async () => {
    await mountWithProgress();
    await act(() => byTestId('zc-popup-reset')!.click());
    await act(() => byTestId('zc-popup-reset-confirm')!.click());
    await vi.waitFor(() => expect(byTestId('zc-popup-reset')).toBeNull());
    expect(sent).toContainEqual({ type: 'progress:reset', key: KEY });
    expect(byTestId('zc-popup-reset-panel')).toBeNull();
  });

  it('closes the confirmation with Escape', async () => {
    await mountWithProgress();
    await act(() => byTestId('zc-popup-reset')!.click());
    await act(() => {
      byTestId('zc-popup-reset-cancel')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(byTestId('zc-popup-reset-panel')).toBeNull();
  });
});

describe('popup before the background answers', () => {
  it('marks the step list busy until the progress arrives, then not', async () => {
    let answer: (state: ProgressState) => void = () => {};
    fakeBrowser.runtime.sendMessage = (() => new Promise((resolve) => (answer = (progress) => resolve({ progress, owner: null })))) as unknown as typeof fakeBrowser.runtime.sendMessage;
    await act(() => render(<Popup />, root));
    expect(byTestId('zc-progress')?.getAttribute('aria-busy')).toBe('true');
    await act(() => answer(STARTED));
    await vi.waitFor(() => expect(byTestId('zc-progress')?.getAttribute('aria-busy')).toBe('false'));
  });

  it('says neither how many steps are done nor that no application is known until the progress arrives', async () => {
    let answer: (state: ProgressState) => void = () => {};
    fakeBrowser.runtime.sendMessage = (() => new Promise((resolve) => (answer = (progress) => resolve({ progress, owner: null })))) as unknown as typeof fakeBrowser.runtime.sendMessage;
    await act(() => render(<Popup />, root));
    const noApplication = () => root.textContent?.includes('打开申报系统的填报页面后') ?? false;
    expect(byTestId('zc-progress-summary')?.textContent).toBe('');
    expect(noApplication()).toBe(false);
    await act(() => answer(EMPTY_PROGRESS));
    await vi.waitFor(() => expect(byTestId('zc-progress-summary')?.textContent).toBe('已完成 0 / 11'));
    expect(noApplication()).toBe(true);
  });
});
