/**
 * Longest wait (milliseconds after DOMContentLoaded) for the page's `load` event before starting
 * anyway: a page whose images or scripts are slow must still get its overlay soon.
 */
export const LOAD_WAIT_LIMIT_MS = 40;

/**
 * Runs `evaluate` once the page has finished loading, in a task of its own (so the page's own
 * onload handlers finish first), or `LOAD_WAIT_LIMIT_MS` after DOMContentLoaded if the page is
 * still loading then: its load is bound by the network, not by our work. Once at most.
 *
 * The build wraps the whole content script in this (wxt.config.ts,
 * `deferContentScriptEvaluation`): injected at `document_start`, content.js only registers these
 * listeners, and evaluating its modules (about 1 ms of the page's main thread on 基本信息,
 * traced), asking for the settings and reading the page all wait for the page's load — issue 9:
 * page load with the extension ≤ 1.05 × without. This module is bundled on its own for that
 * wrapper, so it imports nothing.
 * @param evaluate the content script's code (its modules, then WXT's `main`).
 * @param win the frame's window (tests pass their own).
 */
export function afterPageLoad(evaluate: () => void, win: Window = window): void {
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    evaluate();
  };
  const doc = win.document;
  if (doc.readyState === 'complete') {
    win.setTimeout(go);
    return;
  }
  win.addEventListener('load', () => win.setTimeout(go), { once: true });
  const startWaitLimit = () => win.setTimeout(go, LOAD_WAIT_LIMIT_MS);
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', startWaitLimit, { once: true });
  else startWaitLimit();
}
