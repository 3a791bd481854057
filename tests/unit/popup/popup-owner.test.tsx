import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../../components/popup/Popup';
import { EMPTY_PROGRESS, type ProgressState, type ShownProgress } from '../../../lib/progress/model';
import { popupRoot } from './popup-root';

/**
 * The popup says whose progress it shows (the active profile's name, as text), follows a switch
 * of the active profile made while it is open, and 重新开始 names the applicant it showed
 * (breaker 39: the next applicant at a helpdesk saw the previous one's steps).
 */

const KEY = 'https://portal.example';
const started = (): ProgressState => ({
  version: 1,
  current: KEY,
  applications: { [KEY]: { key: KEY, steps: { 'fetch-history': { visitedAt: '2026-12-06T01:00:00.000Z', savedAt: '2026-12-06T01:00:00.000Z', errors: [] } }, pendingSave: null, updatedAt: new Date().toISOString() } },
});
/** A label a page could not mistake for markup. */
const A = { id: 'id-a', label: '<b>张三</b> 2026' };
const B = { id: 'id-b', label: '李四' };

let root: HTMLElement;
let unmount: () => void;
let sent: { type: string }[];
/** What the background answers `progress:shown` with now. */
let answer: ShownProgress;

beforeEach(() => {
  sent = [];
  answer = { progress: started(), owner: A };
  fakeBrowser.runtime.sendMessage = (async (msg: { type: string }) => {
    sent.push(msg);
    return msg.type === 'progress:reset' ? { progress: EMPTY_PROGRESS, owner: A } : answer;
  }) as typeof fakeBrowser.runtime.sendMessage;
  ({ root, unmount } = popupRoot());
});
afterEach(() => unmount());

const byTestId = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const doneSteps = () => root.querySelectorAll('[data-testid="zc-progress-step"][data-status="done"]').length;

describe('the popup names the applicant whose progress it shows', () => {
  it('shows the active profile’s name as text', async () => {
    await act(() => render(<Popup />, root));
    await vi.waitFor(() => expect(byTestId('zc-progress-owner')).not.toBeNull());
    const owner = byTestId('zc-progress-owner')!;
    expect(owner.textContent).toBe('进度所属档案：<b>张三</b> 2026');
    expect(owner.querySelector('b')).toBeNull();
    expect(owner.dataset.profileId).toBe('id-a');
    expect(doneSteps()).toBe(1);
  });

  it('says the profile is locked when its name cannot be read', async () => {
    answer = { progress: started(), owner: { id: 'id-a', label: null } };
    await act(() => render(<Popup />, root));
    await vi.waitFor(() => expect(byTestId('zc-progress-owner')?.textContent).toContain('当前档案已锁定'));
  });

  it('names nobody with no profile at all', async () => {
    answer = { progress: started(), owner: null };
    await act(() => render(<Popup />, root));
    await vi.waitFor(() => expect(doneSteps()).toBe(1));
    expect(byTestId('zc-progress-owner')).toBeNull();
  });

  it('follows the active profile switched on the options page while it is open', async () => {
    await act(() => render(<Popup />, root));
    await vi.waitFor(() => expect(doneSteps()).toBe(1));
    answer = { progress: EMPTY_PROGRESS, owner: B };
    // What lib/profile/db.ts setActiveProfile announces from the options page.
    const optionsPage = new BroadcastChannel('zc-profiles-changed');
    optionsPage.postMessage('changed');
    await vi.waitFor(() => expect(byTestId('zc-progress-owner')?.textContent).toBe('进度所属档案：李四'));
    expect(doneSteps()).toBe(0);
    optionsPage.close();
  });

  it('重新开始 clears the progress of the applicant it showed, by his profile id', async () => {
    await act(() => render(<Popup />, root));
    await vi.waitFor(() => expect(byTestId('zc-popup-reset')).not.toBeNull());
    await act(() => byTestId('zc-popup-reset')!.click());
    await act(() => byTestId('zc-popup-reset-confirm')!.click());
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'progress:reset', key: KEY, owner: 'id-a' }));
    await vi.waitFor(() => expect(doneSteps()).toBe(0));
    expect(byTestId('zc-progress-owner')?.textContent).toBe('进度所属档案：<b>张三</b> 2026');
  });
});
