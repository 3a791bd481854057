import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadOnDemandFeatures, loadedOnDemandFeatures, publishOnDemandFeatures, type OnDemandFeatures } from '../../../lib/content/on-demand';
import { injectOnDemand, ON_DEMAND_FILE } from '../../../lib/background/on-demand';

const SLOT = Symbol.for('zc.on-demand-features');
const features = { planFill: vi.fn() } as unknown as OnDemandFeatures;

describe('on-demand features (content script side)', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[SLOT];
  });

  it('asks the background once for concurrent callers and hands over what the injected script published', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => {
      publishOnDemandFeatures(features);
      return { ok: true };
    });
    expect(loadedOnDemandFeatures()).toBeNull();
    const [a, b] = await Promise.all([loadOnDemandFeatures(), loadOnDemandFeatures()]);
    expect(a).toBe(features);
    expect(b).toBe(features);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ type: 'content:load-on-demand' });
    await loadOnDemandFeatures();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('fails with the browser’s reason, and tries again on the next call', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValueOnce({ ok: false, error: 'Cannot access contents of the page' });
    await expect(loadOnDemandFeatures()).rejects.toThrow('Cannot access contents of the page');
    send.mockImplementationOnce(async () => {
      publishOnDemandFeatures(features);
      return { ok: true };
    });
    await expect(loadOnDemandFeatures()).resolves.toBe(features);
  });
});

describe('injectOnDemand (background side)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('injects on-demand.js into the asking frame only, at once (not at the frame\'s document_idle)', async () => {
    const execute = vi.fn(async () => []);
    (fakeBrowser.scripting as unknown as Record<string, unknown>).executeScript = execute;
    const sender = { id: fakeBrowser.runtime.id, tab: { id: 7 } as never, frameId: 3 };
    expect(await injectOnDemand(sender)).toEqual({ ok: true });
    expect(execute).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: [ON_DEMAND_FILE], injectImmediately: true });
  });

  it('reports why it could not, and refuses a sender outside a tab', async () => {
    (fakeBrowser.scripting as unknown as Record<string, unknown>).executeScript = vi.fn(async () => {
      throw new Error('Missing host permission for the tab');
    });
    expect(await injectOnDemand({ tab: { id: 7 } as never, frameId: 0 })).toEqual({ ok: false, error: 'Missing host permission for the tab' });
    expect(await injectOnDemand({})).toEqual({ ok: false, error: 'not sent from a tab' });
  });
});
