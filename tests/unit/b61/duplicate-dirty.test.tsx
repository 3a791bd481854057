// Breaker 61 finding 3: 复制 pressed while the editor held unsaved edits copied the profile as
// stored, opened the copy, and dropped the edits from the page without a word: the 手机号码 just
// typed into last year's profile was in neither the copy nor, when he went back, the original
// (every other way away from unsaved edits asks first: another profile, an import). Like the
// exports, which also write what is stored, 复制 now waits until the edits are saved or discarded,
// and says so; once saved, the copy holds them.
import { describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { listProfiles } from '../../../lib/profile/db';
import { optionsPageRoot } from '../options/page-root';

vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));

const { $$, byTestId, click, fieldValue, typeInto, mountWithSample } = optionsPageRoot();
const labels = () => $$('[data-testid="profile-item-label"]').map((e) => e.textContent);
const TYPED = '13911112222';

describe('复制 while the editor holds unsaved edits', () => {
  it('waits for them to be saved or discarded, and says why; the edits stay', async () => {
    await mountWithSample(<OptionsApp />, () => expect(byTestId('profile-active')?.textContent).toBe('张小明 · 2020 初级'));
    await typeInto('basic.mobile', TYPED);
    await vi.waitFor(() => expect((byTestId('profile-save') as HTMLButtonElement).disabled).toBe(false));
    const copy = byTestId('profile-duplicate') as HTMLButtonElement;
    expect(copy.disabled).toBe(true);
    expect(copy.title).toBe('复制的是已保存的内容：请先保存或放弃正在编辑的修改，再复制。');
    await click('profile-duplicate');
    expect(labels()).toEqual(['张小明 · 2020 初级']);
    expect(fieldValue('basic.mobile')).toBe(TYPED);
    expect((await listProfiles()).length).toBe(1);
  });

  it('copies them once saved', async () => {
    await mountWithSample(<OptionsApp />, () => expect(byTestId('profile-active')?.textContent).toBe('张小明 · 2020 初级'));
    await typeInto('basic.mobile', TYPED);
    await click('profile-save');
    await vi.waitFor(() => expect(byTestId('profile-save-status')?.textContent).toMatch(/^已保存/));
    await vi.waitFor(() => expect((byTestId('profile-duplicate') as HTMLButtonElement).disabled).toBe(false));
    await click('profile-duplicate');
    await vi.waitFor(() => expect(labels()).toHaveLength(2));
    expect((await listProfiles()).map((p) => p.profile.basic.mobile)).toEqual([TYPED, TYPED]);
  });
});
