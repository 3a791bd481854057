// Task b33o item 3 (re-applying next year): progress is kept per portal origin, so next year's
// application on the same portal started with last year's steps — the popup said 已完成 11 / 11
// before a page was opened, and the 送审 checklist (unfinished-steps) counted last year's saves
// as this year's. Progress older than PREVIOUS_APPLICATION_DAYS is now an earlier application's:
// the first event starts afresh, and the popup shows none of it as this one's.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../../components/popup/Popup';
import { APPLICATION_STEP_IDS } from '../../../lib/portal/step-ids';
import { applicationStatuses, EMPTY_PROGRESS, reduceProgress, type ProgressEvent, type ProgressState } from '../../../lib/progress/model';
import { popupRoot } from '../popup/popup-root';

const KEY = 'https://rsj.gz.example';

/** Every step saved at `day` (ISO date), each through its page's 保存并下一步 and the next page. */
function appliedOn(day: string): ProgressState {
  let state = EMPTY_PROGRESS;
  APPLICATION_STEP_IDS.forEach((step, i) => {
    const at = `${day}T09:${String(i).padStart(2, '0')}:00.000Z`;
    const ev = (kind: ProgressEvent['kind']): ProgressEvent => ({ key: KEY, step, kind, errors: [], at, ...(kind === 'saved' ? { advances: true } : {}) });
    state = reduceProgress(reduceProgress(state, ev('visit')), ev('saved'));
  });
  return reduceProgress(state, { key: KEY, step: 'submit', kind: 'visit', errors: [], at: `${day}T10:00:00.000Z` });
}

const statuses = (state: ProgressState) => applicationStatuses(state.applications[KEY]).map((s) => s.status);

describe('progress of last year’s application', () => {
  it('is not this year’s: the first page seen starts afresh; within one application nothing is dropped', () => {
    const lastYear = appliedOn('2025-11-20');
    expect(statuses(lastYear).filter((s) => s === 'done').length).toBeGreaterThanOrEqual(10);
    const thisYear = reduceProgress(lastYear, { key: KEY, step: 'basic-info', kind: 'visit', errors: [], at: '2026-11-25T09:00:00.000Z' });
    expect(statuses(thisYear)).toEqual(APPLICATION_STEP_IDS.map((s) => (s === 'basic-info' ? 'in-progress' : 'todo')));
    expect(thisYear.applications[KEY]!.steps.education).toBeUndefined();
    // Returned for corrections five weeks later: the same application, kept whole.
    const returned = reduceProgress(lastYear, { key: KEY, step: 'education', kind: 'visit', errors: [], at: '2025-12-28T09:00:00.000Z' });
    expect(statuses(returned).filter((s) => s === 'done').length).toBe(statuses(lastYear).filter((s) => s === 'done').length);
  });
});

describe('the popup over last year’s progress', () => {
  let root: HTMLElement;
  let unmount: () => void;
  beforeEach(() => ({ root, unmount } = popupRoot()));
  afterEach(() => {
    unmount();
    vi.useRealTimers();
  });

  async function popupOver(state: ProgressState) {
    // The background's answer to the popup's `progress:shown`: no profile, the progress kept without one.
    fakeBrowser.runtime.sendMessage = (async () => ({ progress: state, owner: null })) as typeof fakeBrowser.runtime.sendMessage;
    await act(() => render(<Popup />, root));
    await vi.waitFor(() => expect(root.querySelector('[data-testid="zc-popup-reset"]')).not.toBeNull());
  }
  const shown = () => [...root.querySelectorAll<HTMLElement>('[data-testid="zc-progress-step"]')].map((li) => li.dataset.status);

  it('shows every step 未开始 with a note of when it stopped, and still offers 重新开始', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-05T08:00:00Z'));
    await popupOver(appliedOn('2025-11-20'));
    expect(shown()).toEqual(APPLICATION_STEP_IDS.map(() => 'todo'));
    expect(root.querySelector('[data-testid="zc-progress-summary"]')?.textContent).toBe('已完成 0 / 11');
    expect(root.querySelector('[data-testid="zc-progress-previous"]')?.textContent).toContain('停在 2025-11-20');
  });

  it('shows this year’s progress as it is', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-12-05T08:00:00Z'));
    await popupOver(appliedOn('2025-11-20'));
    expect(shown().filter((s) => s === 'done').length).toBeGreaterThanOrEqual(10);
    expect(root.querySelector('[data-testid="zc-progress-previous"]')).toBeNull();
  });
});
