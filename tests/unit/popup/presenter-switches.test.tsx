import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PresenterSection } from '../../../components/settings/PresenterSection';
import { DEFAULT_SETTINGS, readSettings, writeSettings } from '../../../lib/settings';
import { installLocale } from '../i18n-fake';

// CI run 62: the popup's three presenter switches, flipped one after another by the helpdesk
// test, were not all stored. Each flip read the stored settings and stored them with its switch;
// a flip made before the one before it had stored read the old settings, and its store put the
// earlier switch back. Storage held back here (its writes end only when a test lets them) stands
// for a browser slow to answer: the flips come faster than storage, as they did under CI's load.

type Local = typeof fakeBrowser.storage.local;
const realSet: Local['set'] = fakeBrowser.storage.local.set;

/** Stores asked for and not yet let through, oldest first. */
let held: (() => void)[] = [];

/** Holds every `storage.local.set` until `letOneWriteThrough` (reads answer at once). */
function holdWrites() {
  fakeBrowser.storage.local.set = ((items: Record<string, unknown>) =>
    new Promise<void>((done, fail) => held.push(() => void realSet(items).then(done, fail)))) as Local['set'];
}

/** Lets the oldest held store through and waits until the page has taken its answer. */
async function letOneWriteThrough() {
  await vi.waitFor(() => expect(held.length).toBeGreaterThan(0));
  await act(async () => {
    held.shift()!();
    await new Promise((settle) => setTimeout(settle, 0));
  });
}

let root: HTMLElement;

beforeEach(() => {
  installLocale();
  held = [];
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  fakeBrowser.storage.local.set = realSet;
  fakeBrowser.reset();
});

const box = (key: string) => root.querySelector<HTMLInputElement>(`[data-testid="presenter-${key}"]`)!;
const KEYS = ['largeText', 'highContrast', 'maskPersonal'] as const;
const shown = () => KEYS.map((key) => box(key).checked);

/** The popup's switches, once the stored settings are read (disabled until then). */
async function mountSwitches() {
  await act(() => render(<PresenterSection compact />, root));
  await vi.waitFor(() => expect(box('largeText').disabled).toBe(false));
}

describe('presenter settings written one after another (CI run 62)', () => {
  it('writeSettings begun before the one before it has stored keeps that one’s change', async () => {
    await Promise.all([writeSettings({ largeText: true }), writeSettings({ highContrast: true }), writeSettings({ maskPersonal: true })]);
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, largeText: true, highContrast: true, maskPersonal: true });
  });

  it('a write refused for its value does not stop the next one', async () => {
    const refused = writeSettings({ countingDate: '2019年7月' });
    const next = writeSettings({ largeText: true });
    await expect(refused).rejects.toThrow(RangeError);
    await next;
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, largeText: true });
  });

  it('three switches flipped before storage has stored the first are all stored, and stay drawn on meanwhile', async () => {
    await mountSwitches();
    holdWrites();
    for (const key of KEYS) await act(() => box(key).click());
    expect(shown()).toEqual([true, true, true]);
    // Each store that ends, and the storage.onChanged it sends, holds only the flips before it:
    // the switches flipped after it stay drawn on.
    for (let i = 0; i < KEYS.length; i++) {
      await letOneWriteThrough();
      expect(shown()).toEqual([true, true, true]);
    }
    await vi.waitFor(async () => expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, largeText: true, highContrast: true, maskPersonal: true }));
    expect(shown()).toEqual([true, true, true]);
  });

  it('a switch flipped on and off again before storage answers ends off, stored and drawn', async () => {
    await mountSwitches();
    holdWrites();
    await act(() => box('highContrast').click());
    await act(() => box('highContrast').click());
    expect(box('highContrast').checked).toBe(false);
    await letOneWriteThrough();
    // The first flip's store has ended: the box still shows the second flip.
    expect(box('highContrast').checked).toBe(false);
    await letOneWriteThrough();
    await vi.waitFor(async () => expect((await readSettings()).highContrast).toBe(false));
    expect(box('highContrast').checked).toBe(false);
  });
});
