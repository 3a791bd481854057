import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Runs `start` in a task of its own, after whatever the page has already queued: the browser
 * injects the content script at `document_idle`, and a page whose `load` event (or onload
 * scripts, first paint) is already waiting gets it before our page reading and rendering
 * (issue 9: page load with the extension ≤ 1.05 × without), at the cost of one task's delay to
 * the overlay. Nothing runs once the context is invalidated (WXT clears the timer).
 * @param ctx WXT's content-script context.
 * @param start the frame's start-up; its promise is returned.
 * @returns a promise settled with `start`'s.
 */
export function startAfterQueuedWork(ctx: ContentScriptContext, start: () => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    ctx.setTimeout(() => start().then(resolve, reject), 0);
  });
}
