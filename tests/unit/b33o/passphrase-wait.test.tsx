// Task b33o item 2: during the wait after wrong passphrases (lib/profile/passphrase-backoff.ts)
// the 解锁 button stayed enabled; pressing it, or Enter in the box, only repeated 请 N 秒后再试
// with the same number. Now 解锁 is disabled while the wait lasts, Enter tries nothing, the
// message counts the seconds down and the button comes back at the end; a screen reader hears
// the wait once when it starts and once when it ends (a polite status), not every second.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { saveProfile } from '../../../lib/profile/db';
import { clearWrongPassphrases, noteWrongPassphrase, passphraseWait } from '../../../lib/profile/passphrase-backoff';
import { enableProtection, getProtectionStatus, lockProfiles } from '../../../lib/profile/protection';
import { emptyProfile } from '../../../lib/profile/schema';
import { optionsPageRoot } from '../options/page-root';

vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));

const { root, byTestId } = optionsPageRoot();
const PASS = '我的申报密码 2024';

beforeEach(() => clearWrongPassphrases());

const submit = () => byTestId('unlock-submit') as HTMLButtonElement;

async function type(value: string) {
  const input = byTestId('unlock-passphrase') as HTMLInputElement;
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** A locked store whose wait after three wrong passphrases ends `leftMs` from now; the page mounted on it. */
async function lockedWithWait(leftMs: number) {
  await saveProfile({ profile: emptyProfile('张小明') });
  await enableProtection(PASS);
  await lockProfiles();
  const now = Date.now();
  for (let i = 0; i < 3; i++) await noteWrongPassphrase(now - 5000 + leftMs); // the third owes 5 s
  await act(() => render(<OptionsApp />, root()));
  await vi.waitFor(() => expect(byTestId('unlock-panel')).not.toBeNull());
}

describe('the unlock form during the wait after wrong passphrases', () => {
  it('keeps 解锁 disabled, counting down, and ignores Enter; the button comes back at the end', async () => {
    await lockedWithWait(2500);
    await type(PASS);
    await vi.waitFor(() => expect(byTestId('unlock-error')?.textContent).toBe('密码已连续输错 3 次，请 3 秒后再试。'));
    expect(submit().disabled).toBe(true);
    // Enter in the box submits the form: nothing is tried (a try now would be refused as retry-later,
    // and the box emptied); the wait and the typed passphrase stay.
    await act(() => (byTestId('unlock-passphrase') as HTMLInputElement).form!.requestSubmit());
    await new Promise((r) => setTimeout(r, 100));
    expect((byTestId('unlock-passphrase') as HTMLInputElement).value).toBe(PASS);
    expect((await passphraseWait()).failures).toBe(3);
    const announced = byTestId('unlock-error-status')?.textContent;
    expect(announced).toBe('密码已连续输错 3 次，请 3 秒后再试。');
    // It counts down, while what is announced stays as it was.
    await vi.waitFor(() => expect(byTestId('unlock-error')?.textContent).toBe('密码已连续输错 3 次，请 1 秒后再试。'), { timeout: 3000 });
    expect(submit().disabled).toBe(true);
    expect(byTestId('unlock-error-status')?.textContent).toBe(announced);
    await vi.waitFor(() => expect(submit().disabled).toBe(false), { timeout: 3000 });
    expect(byTestId('unlock-error-status')?.textContent).toBe('现在可以再次输入密码了。');
    await act(() => submit().click());
    await vi.waitFor(() => expect(byTestId('unlock-panel')).toBeNull(), { timeout: 5000 });
    expect(await getProtectionStatus()).toMatchObject({ enabled: true, unlocked: true });
  });

  it('starts the wait at the wrong passphrase that calls for it, with that try’s wording', async () => {
    await lockedWithWait(-10_000); // three wrong tries, their wait long over
    expect(submit().disabled).toBe(true); // nothing typed
    await type('wrong passphrase');
    expect(submit().disabled).toBe(false);
    await act(() => submit().click());
    await vi.waitFor(() => expect(byTestId('unlock-error')?.textContent).toBe('密码不正确（已连续输错 4 次）。请 10 秒后再试。'), { timeout: 5000 });
    await type(PASS);
    expect(submit().disabled).toBe(true);
    expect(byTestId('unlock-error-status')?.textContent).toBe('密码不正确（已连续输错 4 次）。请 10 秒后再试。');
  });
});

describe('the forms that ask the current passphrase (修改密码, 关闭密码保护) during the wait', () => {
  it('disable their button while it lasts, count down, and come back at the end', async () => {
    await saveProfile({ profile: emptyProfile('张小明') });
    await enableProtection(PASS);
    await act(() => render(<OptionsApp />, root()));
    await vi.waitFor(() => expect(byTestId('passphrase-disable-start')).not.toBeNull());
    const now = Date.now();
    for (let i = 0; i < 3; i++) await noteWrongPassphrase(now - 5000 + 2500); // 2.5 s left
    await act(() => byTestId('passphrase-disable-start')!.click());
    const box = byTestId('passphrase-current') as HTMLInputElement;
    await act(() => {
      box.value = PASS;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const button = () => byTestId('passphrase-disable') as HTMLButtonElement;
    await vi.waitFor(() => expect(byTestId('passphrase-wait')?.textContent).toBe('密码已连续输错 3 次，请 3 秒后再试。'));
    expect(button().disabled).toBe(true);
    await act(() => box.form!.requestSubmit());
    await new Promise((r) => setTimeout(r, 100));
    expect(await getProtectionStatus()).toMatchObject({ enabled: true });
    expect(byTestId('passphrase-error')).toBeNull();
    await vi.waitFor(() => expect(button().disabled).toBe(false), { timeout: 4000 });
    expect(byTestId('passphrase-wait')).toBeNull();
    expect(byTestId('passphrase-wait-status')?.textContent).toBe('现在可以再次输入密码了。');
    await act(() => button().click());
    await vi.waitFor(async () => expect(await getProtectionStatus()).toEqual({ enabled: false }), { timeout: 5000 });
  });
});
