import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Longest wait (milliseconds after DOMContentLoaded) for the page's `load` event before starting
 * anyway: a page whose images or scripts are slow must still get its overlay soon.
 */
export const LOAD_WAIT_LIMIT_MS = 40;

/**
 * Runs `start` once the page has finished loading, in a task of its own. The content script is
 * injected at `document_start` and only registers listeners then; its page reading and first
 * render wait for the page's `load` event and for the task after it (so the page's own onload
 * handlers finish first), which keeps the page's load time its own (issue 9: load with the
 * extension ≤ 1.05 × without). A page still loading `LOAD_WAIT_LIMIT_MS` after
 * DOMContentLoaded is not waited for any longer: its load is bound by the network, not by our
 * work. Nothing runs once the context is invalidated (WXT clears its timers and listeners).
 * @param ctx WXT's content-script context.
 * @param start the frame's start-up; its promise is returned.
 * @param win the frame's window (tests pass their own).
 * @returns a promise settled with `start`'s.
 */
export function startAfterPageLoad(ctx: ContentScriptContext, start: () => Promise<void>, win: Window = window): Promise<void> {
  return new Promise((resolve, reject) => {
    let started = false;
    const go = () => {
      if (started) return;
      started = true;
      ctx.setTimeout(() => start().then(resolve, reject), 0);
    };
    const doc = win.document;
    if (doc.readyState === 'complete') return go();
    win.addEventListener('load', go, { once: true, signal: ctx.signal });
    const startWaitLimit = () => ctx.setTimeout(go, LOAD_WAIT_LIMIT_MS);
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', startWaitLimit, { once: true, signal: ctx.signal });
    else startWaitLimit();
  });
}
