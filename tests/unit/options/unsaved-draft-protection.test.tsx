import { afterEach, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { optionsPageRoot } from './page-root';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { enableProtection } from '../../../lib/profile/protection';
import { SAMPLE_TEXT } from '../profile/fixtures';
import { useFakeWebLocks } from './fake-locks';
import { keptEntries, reopenLocked, unlockForOffer } from './kept-drafts';

vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));

const page = optionsPageRoot();
const { root, byTestId, typeInto, fieldValue, chooseFile } = page;
useFakeWebLocks();
afterEach(() => {
  vi.restoreAllMocks();
});

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
  await reopenLocked(page);
  await unlockForOffer(page, '我的申报密码 2024');
  expect(byTestId('unsaved-draft-offer')?.textContent).toContain('个人照片');
});
