/**
 * Longest wait (milliseconds after the page is parsed) for the page's `load` event before
 * starting anyway: a page whose images or scripts are slow must still get its overlay soon.
 */
export const LOAD_WAIT_LIMIT_MS = 40;

/**
 * How often (milliseconds) the page's readiness is looked at again, for pages whose
 * `document.open()` removed the listeners registered at injection (breaker 13 item 3).
 */
export const READINESS_POLL_MS = 250;

/** Whether this copy of the content script still belongs to a running extension (not reloaded or removed since). */
function extensionConnected(): boolean {
  return Boolean((globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id);
}

/**
 * Runs `evaluate` once the page has finished loading, in a task of its own (so the page's own
 * onload handlers finish first), or `LOAD_WAIT_LIMIT_MS` after the page is parsed (`readyState`
 * `interactive`) if it has not loaded by then: its load is bound by the network, not by our work,
 * and its form can already be filled and sent (a slow deferred script holds DOMContentLoaded back:
 * breaker 13 item 2). Once at most, and not at all when the extension was reloaded or removed
 * while the page loaded (breaker 13 item 1: a cut-off copy would only throw into the page).
 *
 * The build wraps the whole content script in this (wxt.config.ts,
 * `deferContentScriptEvaluation`): injected at `document_start`, content.js only registers these
 * listeners, and evaluating its modules (about 1 ms of the page's main thread on 基本信息,
 * traced), asking for the settings and reading the page all wait for the page's load — issue 9:
 * page load with the extension ≤ 1.05 × without. This module is bundled on its own for that
 * wrapper, so it imports nothing.
 * @param evaluate the content script's code (its modules, then WXT's `main`).
 * @param win the frame's window (tests pass their own).
 * @param connected whether the extension is still there (tests pass their own).
 */
export function afterPageLoad(evaluate: () => void, win: Window = window, connected: () => boolean = extensionConnected): void {
  let started = false;
  let limitSet = false;
  const go = () => {
    if (started) return;
    started = true;
    if (connected()) evaluate();
  };
  const doc = win.document;
  // `complete` is set, and readystatechange fired, in the task that then fires `load`.
  const check = () => {
    if (doc.readyState === 'complete') win.setTimeout(go);
    else if (doc.readyState === 'interactive' && !limitSet) {
      limitSet = true;
      win.setTimeout(go, LOAD_WAIT_LIMIT_MS);
    }
  };
  doc.addEventListener('readystatechange', check);
  const poll = () => {
    if (started) return;
    check();
    win.setTimeout(poll, READINESS_POLL_MS);
  };
  win.setTimeout(poll, READINESS_POLL_MS);
  check();
}
