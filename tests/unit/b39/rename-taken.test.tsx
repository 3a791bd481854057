import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { listProfiles } from '../../../lib/profile/db';
import { optionsPageRoot } from '../options/page-root';
import { SAMPLE_COPY_LABEL } from '../profile/fixtures';

// Breaker 39: an import makes its label unique (…（2）, breaker 31p F3) so the list tells two
// profiles apart, but 重命名 gave a second profile the first one's name: two entries alike in
// the list, and in the overlay's 使用档案 line, which is which for autofill.
vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));

const { byTestId, $$, click, mountWithSample } = optionsPageRoot();
const labels = () => $$('[data-testid="profile-item-label"]').map((e) => e.textContent);

describe('重命名 to a name another profile has (breaker 39)', () => {
  it('is refused in the form, with the reason, until the name differs', async () => {
    await mountWithSample(<OptionsApp />, () => expect(byTestId('profile-active')?.textContent).toBe('张小明 · 2020 初级'));
    await click('profile-duplicate');
    await vi.waitFor(() => expect(labels()).toEqual(['张小明 · 2020 初级', SAMPLE_COPY_LABEL]));
    await click('profile-rename');
    const input = byTestId('profile-rename-input') as HTMLInputElement;
    // Its own name, as the form opens with it, is no clash.
    expect(byTestId('profile-rename-taken')).toBeNull();
    const type = (value: string) =>
      act(() => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    await type(' 张小明 · 2020 初级 ');
    expect(byTestId('profile-rename-taken')?.textContent).toBe('已有同名档案“张小明 · 2020 初级”。请换一个名称，以便在列表中区分。');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect((byTestId('profile-rename-ok') as HTMLButtonElement).disabled).toBe(true);
    // Enter in the box submits the form even with 确定 disabled in some browsers: refused too.
    await act(() => input.form!.requestSubmit());
    expect((await listProfiles()).map((p) => p.profile.label).sort()).toEqual(['张小明 · 2020 初级', SAMPLE_COPY_LABEL]);

    await type('张小明 · 2021 中级');
    expect(byTestId('profile-rename-taken')).toBeNull();
    await click('profile-rename-ok');
    await vi.waitFor(() => expect(labels()).toEqual(['张小明 · 2020 初级', '张小明 · 2021 中级']));
  });

});
