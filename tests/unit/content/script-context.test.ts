import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';
import { ContentScriptContext as OwnContext, type ScriptContext } from '../../../lib/content/script-context';

/**
 * The production content script's own context (lib/content/script-context.ts, aliased in
 * place of WXT's by wxt.config.ts) behaves as WXT's does in everything the content script uses:
 * each case runs against both classes.
 */

/** The extension updated or reloaded under the page: its id is gone. @returns a function that brings it back. */
function extensionGone(): () => void {
  const runtime = browser.runtime as { id?: string };
  const id = runtime.id;
  runtime.id = undefined;
  return () => (runtime.id = id);
}

const CONTEXTS: [string, () => ScriptContext][] = [
  ['WXT', () => new WxtContext('content', { noScriptStartedPostMessage: true })],
  ['own', () => new OwnContext('content', { noScriptStartedPostMessage: true })],
];

describe.each(CONTEXTS)('content script context (%s)', (_name, make) => {
  afterEach(() => vi.useRealTimers());

  it('stays valid while the extension is there', () => {
    const ctx = make();
    const invalidated = vi.fn();
    ctx.onInvalidated(invalidated);
    expect(ctx.isValid).toBe(true);
    expect(ctx.signal.aborted).toBe(false);
    expect(invalidated).not.toHaveBeenCalled();
  });

  it('notices the extension gone when asked, and runs its listeners once', () => {
    const ctx = make();
    const invalidated = vi.fn();
    const removed = vi.fn();
    ctx.onInvalidated(invalidated);
    ctx.onInvalidated(removed)();
    const restore = extensionGone();
    try {
      expect(ctx.isValid).toBe(false);
      expect(ctx.isValid).toBe(false);
    } finally {
      restore();
    }
    expect(ctx.signal.aborted).toBe(true);
    expect(invalidated).toHaveBeenCalledTimes(1);
    expect(removed).not.toHaveBeenCalled();
    // Once invalidated it stays so, the extension's id back or not.
    expect(ctx.isValid).toBe(false);
  });

  it('is invalidated by abort, with its reason, and removes listeners registered with its signal', () => {
    const ctx = make();
    const heard = vi.fn();
    document.addEventListener('zc-test', heard, { signal: ctx.signal });
    ctx.abort('a newer copy started');
    document.dispatchEvent(new Event('zc-test'));
    expect(heard).not.toHaveBeenCalled();
    expect(ctx.signal.reason).toBe('a newer copy started');
    expect(ctx.isValid).toBe(false);
  });

  it('runs an interval only while valid: the first tick after the extension went invalidates and stops it', () => {
    vi.useFakeTimers();
    const ctx = make();
    const tick = vi.fn();
    const invalidated = vi.fn();
    ctx.onInvalidated(invalidated);
    ctx.setInterval(tick, 2_000);
    vi.advanceTimersByTime(4_000);
    expect(tick).toHaveBeenCalledTimes(2);
    const restore = extensionGone();
    try {
      vi.advanceTimersByTime(2_000);
      expect(tick).toHaveBeenCalledTimes(2);
      expect(invalidated).toHaveBeenCalledTimes(1);
    } finally {
      restore();
    }
    // Cleared: no further tick, though the extension's id is back.
    vi.advanceTimersByTime(10_000);
    expect(tick).toHaveBeenCalledTimes(2);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('the content script’s own context', () => {
  it('hears no "newer script started" event: a page forging it switches nothing off', () => {
    const ctx = new OwnContext('content');
    const invalidated = vi.fn();
    ctx.onInvalidated(invalidated);
    const eventName = `${browser.runtime.id}:content:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(eventName, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
    expect(ctx.isValid).toBe(true);
    expect(invalidated).not.toHaveBeenCalled();
  });
});
