/**
 * The content script's context in its production build, in place of WXT's
 * `ContentScriptContext` (wxt.config.ts aliases `wxt/utils/content-script-context` to this module
 * for content.js only; the tests and the other bundles keep WXT's). It is the part of WXT's class
 * the content script uses — `signal`, `isValid`, `onInvalidated`, `setInterval`, `abort` — with
 * the same behaviour, and leaves out what it never uses: the URL-change watcher, the timer and
 * frame wrappers, and the "newer copy started" event, which a page could forge to switch the
 * helper off: a newer copy of our script ends the older one through the isolated world instead
 * (./single-instance.ts). About 700 bytes gzip of the content script's budget (issue 9: ≤ 50,000).
 */
/** What the content script uses of its context: WXT's ContentScriptContext and this module's both have it. */
export interface ScriptContext {
  readonly signal: AbortSignal;
  readonly isValid: boolean;
  abort(reason?: unknown): void;
  onInvalidated(cb: () => void): () => void;
  setInterval(handler: () => void, timeout: number): unknown;
}

/**
 * An AbortController itself: its `signal` is aborted once the context is invalidated (extension
 * updated, reloaded or removed, or a newer copy started), and its `abort(reason)` invalidates the
 * context, once. Extending it, rather than holding one, leaves the content script without a field
 * and a method that only hand on the controller's (about 30 bytes gzip, issue 9).
 */
class Context extends AbortController implements ScriptContext {
  /**
   * Whether the extension is still there; asking notices that it is gone (its runtime id is
   * gone with it) and then invalidates the context, as WXT's does (without WXT's reason text:
   * nothing of ours reads an invalidation's reason, and it cost the content script's budget).
   */
  get isValid(): boolean {
    if (browser.runtime?.id == null) this.abort();
    return !this.signal.aborted;
  }

  /**
   * Calls `cb` when the context is invalidated.
   * @returns a function that removes the listener.
   */
  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  /**
   * `setInterval` whose handler runs only while the context is valid (each tick asks `isValid`,
   * which notices an extension gone), cleared when the context is invalidated.
   * @param handler what to run. @param timeout the interval, in ms.
   */
  setInterval(handler: () => void, timeout: number): ReturnType<typeof setInterval> {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => clearInterval(id));
    return id;
  }
}

/**
 * The context's class, as the content script's entry constructs it (`new ContentScriptContext()`,
 * wxt.config.ts callContentScriptMainDirectly) and WXT's elsewhere, `new ContentScriptContext(name,
 * options)`: neither is used, so the class takes them without a constructor of its own (bytes).
 */
export const ContentScriptContext: new (name?: string, options?: unknown) => Context = Context;
export type ContentScriptContext = Context;
