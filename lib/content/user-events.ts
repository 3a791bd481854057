import type { options as preactOptions } from 'preact';

/**
 * Makes Preact run our handlers for the user's own input only. The overlay's shadow root is
 * open (spec/test-contract.md), so a page script can reach our buttons and `.click()` them —
 * even take one out of the tree to click it there, past any listener on the root — or tick a
 * 覆盖 box (security probes: a page pressed 用档案填写本页 and 确认填写 and read the preview,
 * and overwrote the stored profile through 存入档案). Such events are untrusted (`isTrusted`
 * false). Here, before any handler, their default action is cancelled (a ticked box springs
 * back) and an error ends the dispatch: Preact offers no other way to skip a handler; the error
 * goes to the extension's console, not to the page. `change` and `input` pass: Playwright's
 * selectOption chooses in our lists with untrusted events, and a choice alone acts on nothing
 * until a button is pressed.
 * @param options Preact's `options` of the bundle that renders (content.js and on-demand.js each
 *   bundle their own Preact); its `event` hook, unused otherwise, is replaced.
 */
export function acceptUserEventsOnly(options: typeof preactOptions): void {
  options.event = (event: Event) => {
    if (!event.isTrusted && event.type !== 'change' && event.type !== 'input') {
      event.preventDefault();
      throw Error('untrusted event');
    }
    return event;
  };
}
