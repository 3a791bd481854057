import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { holdMessagesUntil, reportProgress, requestActiveProfile, requestProgress } from '../../../lib/content/background-client';
// The context the content script's build gives it (wxt.config.ts aliases WXT's to this one).
import { ContentScriptContext } from '../../../lib/content/script-context';
import { startContentScript } from '../../../lib/content/controller';
import type { ProgressEvent } from '../../../lib/progress/model';

/**
 * Messages to the background wait for the overlay's first frame (issue 9: the background's work
 * on them, done while the page's renderer drew that frame, put the panel on screen about 20 ms
 * later on a 2-core machine).
 */
const EVENT: ProgressEvent = { key: 'http://portal.test', step: 'basic-info', kind: 'visit', at: '2026-12-03T00:00:00.000Z' } as ProgressEvent;

/** A promise with its resolve and reject at hand. */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void } {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const sentTypes = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.map(([m]) => (m as { type: string }).type);
const ticks = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('holdMessagesUntil (lib/content/background-client.ts)', () => {
  afterEach(() => {
    holdMessagesUntil(Promise.resolve());
    vi.restoreAllMocks();
  });

  it('sends nothing while held, then every message asked for, in the order asked', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const hold = deferred();
    holdMessagesUntil(hold.promise);
    const replies = [reportProgress(EVENT), requestActiveProfile(), requestProgress()];
    await ticks(20);
    expect(send).not.toHaveBeenCalled();
    hold.resolve();
    await Promise.all(replies);
    expect(sentTypes(send)).toEqual(['progress:report', 'profile:get-active', 'progress:get']);
  });

  it('a hold that fails still lets the messages go', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const hold = deferred();
    holdMessagesUntil(hold.promise);
    const reply = requestProgress();
    hold.reject(new Error('no frame'));
    await reply;
    expect(sentTypes(send)).toEqual(['progress:get']);
  });
});

describe('the content script holds its messages until the panel’s first frame', () => {
  let ctx: ContentScriptContext | undefined;
  /** Animation-frame callbacks asked for and not yet run: the test draws the frames. */
  let frames: FrameRequestCallback[];

  beforeEach(() => {
    frames = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    document.body.innerHTML = '<div class="ptitle">基本信息</div><table><tr><td>姓名：</td><td><input id="txtXM"></td></tr><tr><td>手机号码：</td><td><input id="txtSJ"></td></tr></table><input type="submit" value="保存">';
  });

  afterEach(() => {
    ctx?.abort();
    ctx = undefined;
    document.querySelector('[data-zc-root]')?.remove();
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  /** Runs the frames asked for so far, as the browser would draw them. */
  function drawFrames(): void {
    for (const callback of frames.splice(0)) callback(performance.now());
  }

  it('no visit, profile or field-map request goes before the frame that shows the panel is drawn', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    ctx = new ContentScriptContext('content');
    void startContentScript(ctx);
    await ticks(50);
    expect(document.querySelector('[data-zc-root]')?.shadowRoot?.querySelector('.zc-panel')).not.toBeNull();
    expect(sentTypes(send)).toEqual([]);
    drawFrames();
    await ticks(20);
    expect(sentTypes(send)).toEqual(expect.arrayContaining(['progress:report', 'profile:get-active', 'fieldmap:get']));
  });

  it('a tab that draws no frame (hidden) still reports its visit, after FIRST_FRAME_WAIT_MS', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    ctx = new ContentScriptContext('content');
    void startContentScript(ctx);
    await ticks(100);
    expect(sentTypes(send)).toEqual([]);
    // Sent once the wait ends: polled, as a loaded machine (two test suites beside this one) may
    // take longer than the wait to start the script itself.
    await vi.waitFor(() => expect(sentTypes(send)).toEqual(expect.arrayContaining(['progress:report', 'profile:get-active', 'fieldmap:get'])), { timeout: 5_000 });
  });
});
