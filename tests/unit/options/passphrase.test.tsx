import { afterEach, describe, expect, it, vi } from 'vitest';
import { optionsPageRoot } from './page-root';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { listProfiles, openProfileDb } from '../../../lib/profile/db';
import { getProtectionStatus, lockProfiles } from '../../../lib/profile/protection';
import { SAMPLE_TEXT } from '../profile/fixtures';

// The 助手设置 sections (components/settings) have their own tests; these are about profiles.
vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));

const { root, byTestId, click, chooseFile, mountWithSample: mountOptionsWithSample } = optionsPageRoot();
afterEach(() => {
  vi.restoreAllMocks();
});

const LABEL = '张小明 · 2020 初级';
const PASS = '我的申报密码 2024';

async function type(testId: string, value: string) {
  const el = byTestId(testId) as HTMLInputElement;
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function check(testId: string) {
  const el = byTestId(testId) as HTMLInputElement;
  await act(() => {
    el.checked = true;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const mountWithSample = () => mountOptionsWithSample(<OptionsApp />, () => expect(byTestId('profile-active')?.textContent).toBe(LABEL));

const enableButton = () => byTestId('passphrase-enable') as HTMLButtonElement;

/** Mounts the page with the sample, turns 密码保护 on with PASS through its form and waits for 锁定. */
async function mountProtected() {
  await mountWithSample();
  await click('passphrase-start-enable');
  await type('passphrase-new', PASS);
  await type('passphrase-repeat', PASS);
  await check('passphrase-confirm');
  await click('passphrase-enable');
  await vi.waitFor(() => expect(byTestId('passphrase-lock')).not.toBeNull(), { timeout: 5000 });
}

describe('密码保护 on the options page', () => {
  it('warns plainly and enables only after matching passphrases and the confirmation', async () => {
    await mountWithSample();
    expect(byTestId('passphrase-status')?.dataset.state).toBe('off');
    await click('passphrase-start-enable');
    expect(byTestId('passphrase-warning')?.textContent).toContain('忘记密码，档案将无法找回，任何人（包括本助手的开发者）都无法恢复');
    expect(enableButton().disabled).toBe(true);
    await type('passphrase-new', 'short');
    expect(byTestId('passphrase-error')?.textContent).toBe('密码至少需要 8 个字符。');
    await type('passphrase-new', PASS);
    await type('passphrase-repeat', `${PASS}x`);
    expect(byTestId('passphrase-error')?.textContent).toBe('两次输入的新密码不一致。');
    await type('passphrase-repeat', PASS);
    expect(byTestId('passphrase-error')).toBeNull();
    expect(enableButton().disabled).toBe(true); // not confirmed yet
    expect(await getProtectionStatus()).toEqual({ enabled: false });

    await check('passphrase-confirm');
    expect(enableButton().disabled).toBe(false);
    await click('passphrase-enable');
    await vi.waitFor(() => expect(byTestId('passphrase-status')?.dataset.state).toBe('on'), { timeout: 5000 });
    expect(byTestId('options-message')?.textContent).toContain('已启用密码保护，1 份档案已加密保存');
    expect(byTestId('profile-active')?.textContent).toBe(LABEL);
    const raw = JSON.stringify(await (await openProfileDb()).getAll('profiles'));
    expect(raw).not.toContain('张小明');
  });

  it('locks, refuses a wrong passphrase, and unlocks with the right one', async () => {
    await mountProtected();

    await click('passphrase-lock');
    await vi.waitFor(() => expect(byTestId('unlock-panel')).not.toBeNull());
    expect(byTestId('profile-list')).toBeNull();
    expect(byTestId('profile-active')?.textContent).toBe('');
    expect(byTestId('profiles-locked')?.textContent).toBe('已锁定');
    expect(root().textContent).not.toContain('张小明');

    await type('unlock-passphrase', 'wrong passphrase');
    await click('unlock-submit');
    await vi.waitFor(() => expect(byTestId('unlock-error')?.textContent).toBe('密码不正确。'), { timeout: 5000 });
    expect(byTestId('unlock-panel')).not.toBeNull();

    await type('unlock-passphrase', PASS);
    await click('unlock-submit');
    await vi.waitFor(() => expect(byTestId('profile-active')?.textContent).toBe(LABEL), { timeout: 5000 });
    expect((root().querySelector('[data-field="basic.name"]') as HTMLInputElement).value).toBe('张小明');
  });

  it('shows the unlock form when another page locked, instead of an error banner', async () => {
    await mountProtected();
    await vi.waitFor(() => expect((byTestId('profile-new') as HTMLButtonElement).disabled).toBe(false));
    await lockProfiles(); // 锁定 in another tab
    await click('profile-new');
    await vi.waitFor(() => expect(byTestId('unlock-panel')).not.toBeNull());
    expect(byTestId('storage-problem')).toBeNull();
    expect(await (await openProfileDb()).count('profiles')).toBe(1);
  });
});

describe('IndexedDB unavailable (e.g. private mode)', () => {
  it('says so plainly, shows no profile list, and an import does not pretend to be saved', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    });
    await act(() => render(<OptionsApp />, root()));
    await vi.waitFor(() => expect(byTestId('storage-problem')?.dataset.kind).toBe('unavailable'));
    expect(byTestId('storage-problem')?.textContent).toContain('无法打开浏览器中的档案数据库');
    expect(byTestId('profile-list')).toBeNull();
    expect(byTestId('profile-list-empty')).toBeNull();

    await chooseFile('profile-import', new File([SAMPLE_TEXT], 'sample.json'));
    await vi.waitFor(() => expect(byTestId('profile-import-error')?.hidden).toBe(false));
    expect(byTestId('profile-import-error')?.textContent).toContain('无法打开浏览器中的档案数据库');
    expect(byTestId('options-message')).toBeNull();
    expect(byTestId('profile-active')?.textContent).toBe('');

    vi.restoreAllMocks();
    expect(await listProfiles()).toEqual([]);
  });
});
