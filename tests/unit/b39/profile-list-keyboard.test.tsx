import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { optionsPageRoot } from '../options/page-root';
import { SAMPLE_COPY_LABEL } from '../profile/fixtures';

// Breaker 39: the profile list by keyboard. Each action of the list (重命名, 复制, 设为当前, 删除)
// takes away the button that was pressed, and the focus went with it to <body>: a keyboard user
// started again from the top of the page after each one.
vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));

const { byTestId, $$, click, mountWithSample } = optionsPageRoot();

const sampleShown = () => expect(byTestId('profile-active')?.textContent).toBe('张小明 · 2020 初级');
const focused = () => document.activeElement as HTMLElement | null;
const labels = () => $$('[data-testid="profile-item-label"]').map((e) => e.textContent);

async function press(key: string) {
  await act(() => {
    focused()?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

describe('the profile list by keyboard (breaker 39)', () => {
  it('重命名 puts the focus in the name box, Esc cancels, and the focus comes back to the profile', async () => {
    await mountWithSample(<OptionsApp />, sampleShown);
    byTestId('profile-rename')!.focus();
    await click('profile-rename');
    const input = byTestId('profile-rename-input') as HTMLInputElement;
    expect(focused()).toBe(input);
    await press('Escape');
    expect(byTestId('profile-rename-input')).toBeNull();
    expect(focused()?.dataset.testid).toBe('profile-select');
  });

  it('确定 on a new name gives the focus back to the renamed profile', async () => {
    await mountWithSample(<OptionsApp />, sampleShown);
    await click('profile-rename');
    const input = byTestId('profile-rename-input') as HTMLInputElement;
    await act(() => {
      input.value = '张小明 · 2021 中级';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click('profile-rename-ok');
    await vi.waitFor(() => expect(labels()).toEqual(['张小明 · 2021 中级']));
    expect(focused()?.dataset.testid).toBe('profile-select');
    expect(focused()?.textContent).toContain('张小明 · 2021 中级');
  });

  it('复制, 设为当前 and 删除 leave the focus on a profile of the list, not on the page', async () => {
    await mountWithSample(<OptionsApp />, sampleShown);
    byTestId('profile-duplicate')!.focus();
    await click('profile-duplicate');
    await vi.waitFor(() => expect(labels()).toHaveLength(2));
    await vi.waitFor(() => expect(focused()?.dataset.testid).toBe('profile-select'));
    expect(focused()?.textContent).toContain(SAMPLE_COPY_LABEL);

    byTestId('profile-activate')!.focus();
    await click('profile-activate');
    await vi.waitFor(() => expect(byTestId('profile-active')?.textContent).toBe(SAMPLE_COPY_LABEL));
    await vi.waitFor(() => expect(focused()?.dataset.testid).toBe('profile-select'));
    expect(focused()?.textContent).toContain(SAMPLE_COPY_LABEL);

    byTestId('profile-delete')!.focus();
    await click('profile-delete');
    await vi.waitFor(() => expect(labels()).toEqual(['张小明 · 2020 初级']));
    // The next thing he may want is 撤销.
    await vi.waitFor(() => expect(focused()?.dataset.testid).toBe('profile-undo'));
  });
});
