import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installLocale } from '../i18n-fake';

/**
 * Where a unit test renders `<Popup />`: the extension's messages in Chinese (installLocale),
 * WXT's fake browser given the `commands` namespace it lacks (the popup reads its shortcut with
 * `commands.getAll`, answered here with none), and a `div` in the body.
 * @returns the `div`, and `unmount` for after the test: unrenders the popup, removes the `div`,
 *   resets the fake browser.
 */
export function popupRoot(): { root: HTMLElement; unmount: () => void } {
  installLocale();
  (fakeBrowser as unknown as { commands: { getAll: () => Promise<unknown[]> } }).commands = { getAll: async () => [] };
  const root = document.createElement('div');
  document.body.append(root);
  return {
    root,
    unmount() {
      render(null, root);
      root.remove();
      fakeBrowser.reset();
    },
  };
}
