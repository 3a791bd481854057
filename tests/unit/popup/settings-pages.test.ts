import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useFakeWebLocks } from '../options/fake-locks';

// The popup's 演示设置 and the options page's 助手设置 write the same stored settings, each page
// with its own copy of lib/settings (its own chain of writes). A write reads the settings, then
// stores them with its change: the options page's write read before the popup's stored put the
// popup's switch back. Storage held back here (its writes end only when the test lets them)
// stands for a browser slow to answer.

useFakeWebLocks();

type Local = typeof fakeBrowser.storage.local;
const realSet: Local['set'] = fakeBrowser.storage.local.set;
afterEach(() => {
  fakeBrowser.storage.local.set = realSet;
  fakeBrowser.reset();
});

/** One extension page's own copy of lib/settings (a module evaluated anew, as each page does). */
async function pageSettings() {
  vi.resetModules();
  return import('../../../lib/settings');
}

describe('settings written from two extension pages at once', () => {
  it('the popup’s switch and the options page’s date are both kept', async () => {
    const popup = await pageSettings();
    const options = await pageSettings();
    expect(popup.writeSettings).not.toBe(options.writeSettings);
    const held: (() => void)[] = [];
    fakeBrowser.storage.local.set = ((items: Record<string, unknown>) =>
      new Promise<void>((done, fail) => held.push(() => void realSet(items).then(done, fail)))) as Local['set'];

    const fromPopup = popup.writeSettings({ largeText: true });
    const fromOptions = options.writeSettings({ countingDate: '2025-12-31' });
    // Each store is let through once asked for; the second page's read must come after the first's store.
    for (let stored = 0; stored < 2; stored++) {
      await vi.waitFor(() => expect(held.length).toBeGreaterThan(0));
      held.shift()!();
    }
    await Promise.all([fromPopup, fromOptions]);
    expect(await popup.readSettings()).toEqual({ ...popup.DEFAULT_SETTINGS, largeText: true, countingDate: '2025-12-31' });
  });
});
