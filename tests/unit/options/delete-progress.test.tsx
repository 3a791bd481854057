import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { optionsPageRoot } from './page-root';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { handleBackgroundRequest } from '../../../lib/background/router';
import { importProfileText } from '../../../lib/profile/import-export';
import { SAMPLE_TEXT } from '../profile/fixtures';

// The 助手设置 sections (components/settings) have their own tests; these are about profiles.
vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));

const { root, byTestId, click } = optionsPageRoot();

const KEY = 'https://portal.example';
const LABEL = '张小明 · 2020 初级';

/** What browser.storage.local holds under `name`. */
const stored = async (name: string): Promise<unknown> => (await fakeBrowser.storage.local.get(name))[name];

describe('deleting a profile on the options page forgets its applicant’s progress (breaker 39)', () => {
  it('删除 forgets it; 撤销 puts it back with the profile', async () => {
    // The background, as entrypoints/background.ts registers it (WXT's fake runtime delivers the page's messages to it).
    fakeBrowser.runtime.onMessage.addListener((message: unknown, sender: unknown) => handleBackgroundRequest(message, sender as Runtime.MessageSender));
    const imported = await importProfileText(SAMPLE_TEXT);
    if (!imported.ok) throw new Error('sample refused');
    const id = imported.value.id;
    await handleBackgroundRequest({ type: 'progress:report', event: { key: KEY, step: 'fetch-history', kind: 'visit', errors: [], at: new Date().toISOString() } }, { tab: { id: 1 } } as Runtime.MessageSender);
    expect(await stored(`progress.${id}`)).toMatchObject({ current: KEY });

    await act(() => render(<OptionsApp />, root()));
    await vi.waitFor(() => expect(byTestId('profile-active')?.textContent).toBe(LABEL));
    await click('profile-delete');
    if (byTestId('profile-delete-confirm')) await click('profile-delete-confirm');
    await vi.waitFor(() => expect(byTestId('profile-undo')).not.toBeNull());
    await vi.waitFor(async () => expect(await stored(`progress.${id}`)).toBeUndefined());

    await click('profile-undo');
    await vi.waitFor(() => expect(byTestId('profile-active')?.textContent).toBe(LABEL));
    await vi.waitFor(async () => expect(await stored(`progress.${id}`)).toMatchObject({ current: KEY }));
  });
});
