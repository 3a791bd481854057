import { afterEach, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { optionsPageRoot } from './page-root';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { openProfileDb } from '../../../lib/profile/db';
import { enableProtection } from '../../../lib/profile/protection';
import { SAMPLE_TEXT } from '../profile/fixtures';
import { useFakeWebLocks } from './fake-locks';

vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));

const { root, $, byTestId, typeInto, click } = optionsPageRoot();
useFakeWebLocks();
afterEach(() => {
  vi.restoreAllMocks();
});

const fieldValue = (path: string) => ($(`[data-field="${path}"]`) as HTMLInputElement | null)?.value;
/** The pages' kept entries (not the photo bytes kept beside one, `…#photo`). */
const keptEntries = async () => {
  const db = await openProfileDb();
  const [keys, values] = await Promise.all([db.getAllKeys('meta'), db.getAll('meta')]);
  return values.filter((value, i) => typeof value !== 'string' && !keys[i]!.endsWith('#photo'));
};

async function chooseFile(testId: string, file: File) {
  const input = byTestId(testId) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/**
 * Turning protection on drops every kept entry (lib/profile/protection.ts); an options page still
 * open with unsaved edits (a new photo among them) keeps them again at once, sealed, not only at
 * its next keystroke: an extension update right after would lose them (breaker b7d finding 5).
 */
it('protection turned on while a page holds an unsaved photo and edit: they are kept again (sealed), and offered after the update', async () => {
  await act(() => render(<OptionsApp />, root()));
  await vi.waitFor(() => expect(byTestId('profile-list-empty') ?? byTestId('profile-editor')).not.toBeNull());
  await chooseFile('profile-import', new File([SAMPLE_TEXT], 'sample.json'));
  await vi.waitFor(() => expect(fieldValue('basic.name')).toBe('张小明'));

  await typeInto('basic.mobile', '13733333333');
  await chooseFile('photo-input', new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7, 7])], 'new.png'));
  await vi.waitFor(async () => expect(await keptEntries()).toHaveLength(1), { timeout: 3000 });

  await enableProtection('我的申报密码 2024');
  await new Promise((resolve) => setTimeout(resolve, 1500));
  // The page is still open, unlocked, with the same unsaved edits.
  expect(fieldValue('basic.mobile')).toBe('13733333333');
  expect(await keptEntries()).toHaveLength(1);

  // The extension update: the page closes, the session key goes; after 解锁 the edits are offered.
  await act(() => render(null, root()));
  await fakeBrowser.storage.session.clear();
  await act(() => render(<OptionsApp />, root()));
  await vi.waitFor(() => expect(byTestId('unlock-panel')).not.toBeNull());
  const passphrase = byTestId('unlock-passphrase') as HTMLInputElement;
  await act(() => {
    passphrase.value = '我的申报密码 2024';
    passphrase.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await click('unlock-submit');
  await vi.waitFor(() => expect(byTestId('unsaved-draft-offer')).not.toBeNull(), { timeout: 5000 });
  expect(byTestId('unsaved-draft-offer')?.textContent).toContain('个人照片');
});
