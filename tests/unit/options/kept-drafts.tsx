import { expect, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { optionsPageRoot } from './page-root';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { openProfileDb } from '../../../lib/profile/db';

type OptionsPage = ReturnType<typeof optionsPageRoot>;

/**
 * The entries the editor kept in the profile database, one per page: the `meta` values other than
 * the active profile's id and the photo bytes kept beside an entry (`…#photo`).
 */
export async function keptEntries(): Promise<unknown[]> {
  const db = await openProfileDb();
  const [keys, values] = await Promise.all([db.getAllKeys('meta'), db.getAll('meta')]);
  return values.filter((value, i) => typeof value !== 'string' && !keys[i]!.endsWith('#photo'));
}

/**
 * An extension update under passphrase protection: the options page closes without a word, the
 * session key (`storage.session`) goes with it, and the page opens again, locked.
 */
export async function reopenLocked(page: OptionsPage): Promise<void> {
  await act(() => render(null, page.root()));
  await fakeBrowser.storage.session.clear();
  await act(() => render(<OptionsApp />, page.root()));
  await vi.waitFor(() => expect(page.byTestId('unlock-panel')).not.toBeNull());
}

/** Types `passphrase` into the unlock panel, presses 解锁 and waits for the kept edits' offer. */
export async function unlockForOffer(page: OptionsPage, passphrase: string): Promise<void> {
  const input = page.byTestId('unlock-passphrase') as HTMLInputElement;
  await act(() => {
    input.value = passphrase;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.click('unlock-submit');
  await vi.waitFor(() => expect(page.byTestId('unsaved-draft-offer')).not.toBeNull(), { timeout: 5000 });
}
