import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOAD_MAIN_REQUEST, startLoader } from '../../../lib/content/loader';
import { injectMainScript, loaderMatches, MAIN_SCRIPT_FILE } from '../../../lib/background/main-script';
import { ADDED_HOST_SCRIPT_IDS, CONTENT_SCRIPT_FILES } from '../../../lib/hosts/registration';

/** A frame's isolated world: its own global object, with the extension's messaging. */
function isolatedWorld(sendMessage = vi.fn(async () => ({ ok: true }))) {
  return { scope: { chrome: { runtime: { sendMessage } } } as unknown as typeof globalThis, sendMessage };
}

/** A window whose document is in `readyState`, with a real event target and (faked) timers. */
function fakeWindow(readyState: DocumentReadyState) {
  const doc = Object.assign(new EventTarget(), { readyState });
  return {
    document: doc,
    setTimeout: (fn: () => void, ms?: number) => setTimeout(fn, ms),
    becomes(state: DocumentReadyState) {
      doc.readyState = state;
      doc.dispatchEvent(new Event('readystatechange'));
    },
  } as unknown as Window & { becomes(state: DocumentReadyState): void };
}

describe('startLoader (the only script injected before the page’s load)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks for the overlay’s script once, after the load, however many loaders the frame got', async () => {
    const { scope, sendMessage } = isolatedWorld();
    const win = fakeWindow('loading');
    startLoader(scope, win, () => true);
    // The manifest's loader and a registration's in the same frame.
    startLoader(scope, win, () => true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sendMessage).not.toHaveBeenCalled();
    win.becomes('interactive');
    win.becomes('complete');
    await vi.advanceTimersByTimeAsync(1000);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledWith({ type: LOAD_MAIN_REQUEST });
  });

  it('asks for nothing when the extension was reloaded while the page loaded, and drops a failed request', async () => {
    const gone = isolatedWorld();
    const win = fakeWindow('complete');
    startLoader(gone.scope, win, () => false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(gone.sendMessage).not.toHaveBeenCalled();
    const failing = isolatedWorld(vi.fn(async () => Promise.reject(new Error('Extension context invalidated.'))));
    startLoader(failing.scope, fakeWindow('complete'), () => true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(failing.sendMessage).toHaveBeenCalledTimes(1);
  });
});

describe('injectMainScript (background side)', () => {
  let execute: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    execute = vi.fn(async () => []);
    const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
    scripting.executeScript = execute;
    scripting.getRegisteredContentScripts = vi.fn(async () => [{ id: ADDED_HOST_SCRIPT_IDS.overlay, matches: ['*://added.example/*'], js: [CONTENT_SCRIPT_FILES.overlay] }]);
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'x',
      version: '1',
      content_scripts: [
        { matches: ['*://portal.example/*'], js: ['content-scripts/compat.js'] },
        { matches: ['*://gzrsj.hrssgz.gov.cn/*', 'http://127.0.0.1/*'], exclude_matches: ['http://127.0.0.1/zc-unmatched/*'], js: [CONTENT_SCRIPT_FILES.overlay] },
      ],
    });
  });

  it('injects the overlay’s script into the asking document only, at once, once per document', async () => {
    const sender = { tab: { id: 7 } as never, frameId: 3, documentId: 'doc-a', url: 'http://gzrsj.hrssgz.gov.cn/vsgzhr/page.aspx' };
    expect(await injectMainScript(sender)).toEqual({ ok: true });
    expect(execute).toHaveBeenCalledWith({ target: { tabId: 7, documentIds: ['doc-a'] }, files: [MAIN_SCRIPT_FILE], injectImmediately: true });
    expect(await injectMainScript(sender)).toEqual({ ok: true });
    expect(execute).toHaveBeenCalledTimes(1);
  });

  it('injects into the frame where the browser names no document (Firefox), and on hosts the user added', async () => {
    expect(await injectMainScript({ tab: { id: 7 } as never, frameId: 2, url: 'https://added.example/a.aspx' })).toEqual({ ok: true });
    expect(execute).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [2] }, files: [MAIN_SCRIPT_FILE], injectImmediately: true });
  });

  it('never injects into a frame our content scripts do not match, nor under the excluded path', async () => {
    expect(await loaderMatches('https://example.com/')).toBe(false);
    // Matched only by the main-world shim's entry, which is not the loader's.
    expect(await loaderMatches('https://portal.example/x')).toBe(false);
    expect(await loaderMatches('http://127.0.0.1:8080/zc-unmatched/p.aspx')).toBe(false);
    expect(await loaderMatches('http://127.0.0.1:8080/p.aspx')).toBe(true);
    expect(await injectMainScript({ tab: { id: 7 } as never, frameId: 0, documentId: 'doc-b', url: 'https://example.com/' })).toEqual({ ok: false, error: 'not a frame of the portal' });
    expect(execute).not.toHaveBeenCalled();
  });

  it('reports the browser’s reason, and tries again on the next request', async () => {
    execute.mockRejectedValueOnce(new Error('Frame with ID 0 was removed.'));
    const sender = { tab: { id: 7 } as never, frameId: 0, documentId: 'doc-c', url: 'http://127.0.0.1/p.aspx' };
    expect(await injectMainScript(sender)).toEqual({ ok: false, error: 'Frame with ID 0 was removed.' });
    expect(await injectMainScript(sender)).toEqual({ ok: true });
    expect(await injectMainScript({})).toEqual({ ok: false, error: 'not sent from a tab' });
  });
});
