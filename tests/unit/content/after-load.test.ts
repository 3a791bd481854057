import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOAD_WAIT_LIMIT_MS, READINESS_POLL_MS, afterPageLoad } from '../../../lib/content/after-load';

interface FakeWindow extends Window {
  /** Moves the document to `state` and fires readystatechange, as the parser and `load` do. */
  becomes(state: DocumentReadyState): void;
  /** Moves the document to `state` without an event (its listeners were removed by document.open()). */
  silentlyBecomes(state: DocumentReadyState): void;
}

/** A window whose document is in `readyState`, with a real event target and (faked) timers. */
function fakeWindow(readyState: DocumentReadyState): FakeWindow {
  const doc = Object.assign(new EventTarget(), { readyState });
  return {
    document: doc,
    setTimeout: (fn: () => void, ms?: number) => setTimeout(fn, ms),
    becomes(state: DocumentReadyState) {
      doc.readyState = state;
      doc.dispatchEvent(new Event('readystatechange'));
    },
    silentlyBecomes(state: DocumentReadyState) {
      doc.readyState = state;
    },
  } as unknown as FakeWindow;
}

const connected = () => true;

describe('afterPageLoad', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('injected while the page is parsed, evaluates nothing before the load, then once in the task after it', async () => {
    const evaluate = vi.fn();
    const win = fakeWindow('loading');
    afterPageLoad(evaluate, win, connected);
    // A slow parse: no limit runs before the page is parsed.
    await vi.advanceTimersByTimeAsync(10 * LOAD_WAIT_LIMIT_MS);
    expect(evaluate).not.toHaveBeenCalled();
    win.becomes('interactive');
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_LIMIT_MS - 5);
    expect(evaluate).not.toHaveBeenCalled();
    win.becomes('complete');
    // Not inside the load task: the page's own onload handlers come first.
    expect(evaluate).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(evaluate).toHaveBeenCalledTimes(1);
    // The limit and the readiness poll passing afterwards do not evaluate the script again.
    await vi.advanceTimersByTimeAsync(4 * READINESS_POLL_MS);
    expect(evaluate).toHaveBeenCalledTimes(1);
  });

  it('starts the limit when the page is parsed, not at a DOMContentLoaded a slow deferred script holds back (breaker 13 item 2)', async () => {
    const evaluate = vi.fn();
    const win = fakeWindow('loading');
    afterPageLoad(evaluate, win, connected);
    win.becomes('interactive');
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_LIMIT_MS - 1);
    expect(evaluate).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(evaluate).toHaveBeenCalledTimes(1);
    win.becomes('complete');
    await vi.advanceTimersByTimeAsync(0);
    expect(evaluate).toHaveBeenCalledTimes(1);
  });

  it('still starts when document.open() removed its listeners (breaker 13 item 3)', async () => {
    const evaluate = vi.fn();
    const win = fakeWindow('loading');
    afterPageLoad(evaluate, win, connected);
    win.silentlyBecomes('complete');
    await vi.advanceTimersByTimeAsync(READINESS_POLL_MS - 1);
    expect(evaluate).not.toHaveBeenCalled();
    // The poll sees the page loaded and starts in the task after its own (a timer set inside a
    // fake-timer tick is due 1 ms later).
    await vi.advanceTimersByTimeAsync(2);
    expect(evaluate).toHaveBeenCalledTimes(1);
  });

  it('evaluates nothing when the extension was reloaded while the page loaded (breaker 13 item 1)', async () => {
    const evaluate = vi.fn();
    const win = fakeWindow('loading');
    let alive = true;
    afterPageLoad(evaluate, win, () => alive);
    alive = false;
    win.becomes('complete');
    await vi.advanceTimersByTimeAsync(4 * READINESS_POLL_MS);
    expect(evaluate).not.toHaveBeenCalled();
  });

  it('injected after the page was parsed (a registration at document_idle), waits for load or the limit from then', async () => {
    const evaluate = vi.fn();
    afterPageLoad(evaluate, fakeWindow('interactive'), connected);
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_LIMIT_MS - 1);
    expect(evaluate).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(evaluate).toHaveBeenCalledTimes(1);
  });

  it('injected into a loaded page, evaluates one task later', async () => {
    const evaluate = vi.fn();
    afterPageLoad(evaluate, fakeWindow('complete'), connected);
    expect(evaluate).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(evaluate).toHaveBeenCalledTimes(1);
  });
});
