import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { LOAD_WAIT_LIMIT_MS, startAfterPageLoad } from '../../../lib/content/idle-start';

/** The parts of WXT's context the start-up uses: timers and the abort signal. */
function fakeContext(): ContentScriptContext {
  const controller = new AbortController();
  return {
    signal: controller.signal,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
  } as unknown as ContentScriptContext;
}

/** A window whose document is in `readyState`, with a real event target for `load`. */
function fakeWindow(readyState: DocumentReadyState): Window & { fireLoad(): void } {
  const target = new EventTarget();
  return Object.assign(target, {
    document: { readyState },
    fireLoad: () => target.dispatchEvent(new Event('load')),
  }) as unknown as Window & { fireLoad(): void };
}

describe('startAfterPageLoad', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts one task later when the page has already loaded', async () => {
    const start = vi.fn(() => Promise.resolve());
    const done = startAfterPageLoad(fakeContext(), start, fakeWindow('complete'));
    expect(start).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(start).toHaveBeenCalledTimes(1);
    await expect(done).resolves.toBeUndefined();
  });

  it('waits for the load event, then starts in the task after it, once', async () => {
    const start = vi.fn(() => Promise.resolve());
    const win = fakeWindow('interactive');
    void startAfterPageLoad(fakeContext(), start, win);
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_LIMIT_MS - 5);
    expect(start).not.toHaveBeenCalled();
    win.fireLoad();
    expect(start).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(start).toHaveBeenCalledTimes(1);
    // The limit passing afterwards does not start it a second time.
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_LIMIT_MS);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('does not wait past the limit for a page whose load never comes', async () => {
    const start = vi.fn(() => Promise.resolve());
    void startAfterPageLoad(fakeContext(), start, fakeWindow('interactive'));
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_LIMIT_MS + 1);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('passes on a failed start', async () => {
    const done = startAfterPageLoad(fakeContext(), () => Promise.reject(new Error('broken page')), fakeWindow('complete'));
    const settled = expect(done).rejects.toThrow('broken page');
    await vi.advanceTimersByTimeAsync(0);
    await settled;
  });
});
