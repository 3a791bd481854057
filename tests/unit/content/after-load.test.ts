import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOAD_WAIT_LIMIT_MS, afterPageLoad } from '../../../lib/content/after-load';

interface FakeWindow extends Window {
  fireDomContentLoaded(): void;
  fireLoad(): void;
}

/** A window whose document is in `readyState`, with real event targets and (faked) timers. */
function fakeWindow(readyState: DocumentReadyState): FakeWindow {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { readyState });
  return Object.assign(win, {
    document: doc,
    setTimeout: (fn: () => void, ms?: number) => setTimeout(fn, ms),
    fireDomContentLoaded: () => doc.dispatchEvent(new Event('DOMContentLoaded')),
    fireLoad: () => win.dispatchEvent(new Event('load')),
  }) as unknown as FakeWindow;
}

describe('afterPageLoad', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('injected while the page is parsed, evaluates nothing before the load event, then once in the task after it', async () => {
    const evaluate = vi.fn();
    const win = fakeWindow('loading');
    afterPageLoad(evaluate, win);
    // A slow parse: no limit runs before DOMContentLoaded.
    await vi.advanceTimersByTimeAsync(10 * LOAD_WAIT_LIMIT_MS);
    expect(evaluate).not.toHaveBeenCalled();
    win.fireDomContentLoaded();
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_LIMIT_MS - 5);
    expect(evaluate).not.toHaveBeenCalled();
    win.fireLoad();
    // Not inside the load event: the page's own onload handlers come first.
    expect(evaluate).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(evaluate).toHaveBeenCalledTimes(1);
    // The limit passing afterwards does not evaluate the script a second time.
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_LIMIT_MS);
    expect(evaluate).toHaveBeenCalledTimes(1);
  });

  it('does not wait past the limit for a page whose load never comes', async () => {
    const evaluate = vi.fn();
    const win = fakeWindow('loading');
    afterPageLoad(evaluate, win);
    win.fireDomContentLoaded();
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_LIMIT_MS - 1);
    expect(evaluate).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(evaluate).toHaveBeenCalledTimes(1);
    win.fireLoad();
    await vi.advanceTimersByTimeAsync(0);
    expect(evaluate).toHaveBeenCalledTimes(1);
  });

  it('injected after DOMContentLoaded (a registration at document_idle), waits for load or the limit from then', async () => {
    const evaluate = vi.fn();
    afterPageLoad(evaluate, fakeWindow('interactive'));
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_LIMIT_MS - 1);
    expect(evaluate).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(evaluate).toHaveBeenCalledTimes(1);
  });

  it('injected into a loaded page, evaluates one task later', async () => {
    const evaluate = vi.fn();
    afterPageLoad(evaluate, fakeWindow('complete'));
    expect(evaluate).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(evaluate).toHaveBeenCalledTimes(1);
  });
});
