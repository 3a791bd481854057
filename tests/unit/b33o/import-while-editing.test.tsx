// Task b33o item 3 (re-applying next year): importing last year's exported file while the editor
// held unsaved edits (this year's new phone number, typed but not saved) opened the imported
// profile at once and dropped the edits unasked — not kept, not offered back. Now the imported
// profile is stored and made the current one as before, but the editor stays on the edited
// profile and the 切换 banner asks first, as a click in the list does.
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { getActiveProfile, listProfiles } from '../../../lib/profile/db';
import { SAMPLE_TEXT } from '../profile/fixtures';
import { optionsPageRoot } from '../options/page-root';

vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));
const { $, byTestId, chooseFile, mountWithSample, typeInto, fieldValue } = optionsPageRoot();

const selectedLabel = () => $('[data-testid="profile-item"].selected')?.textContent ?? '';

describe('importing last year’s file while this year’s edits are unsaved', () => {
  it('keeps the edits in the editor and asks before opening the imported profile', async () => {
    await mountWithSample(<OptionsApp />, () => expect($('[data-field="basic.name"]')).not.toBeNull());
    await typeInto('basic.mobile', '13900000000');
    await vi.waitFor(() => expect((byTestId('profile-save') as HTMLButtonElement).disabled).toBe(false));
    await chooseFile('profile-import', new File([SAMPLE_TEXT], 'last-year.zc-profile.json'));
    await vi.waitFor(() => expect(byTestId('options-message')?.textContent).toContain('已导入“张小明 · 2020 初级（2）”'));
    expect((await getActiveProfile())?.profile.label).toBe('张小明 · 2020 初级（2）');
    expect((await listProfiles()).length).toBe(2);
    // The edit is still there, in its profile, and the page asks.
    await vi.waitFor(() => expect(byTestId('unsaved-switch')).not.toBeNull());
    expect(byTestId('unsaved-switch')?.querySelector('p')?.textContent).toBe('“张小明 · 2020 初级”有未保存的修改。打开“张小明 · 2020 初级（2）”将放弃这些修改。');
    expect(fieldValue('basic.mobile')).toBe('13900000000');
    expect(selectedLabel()).not.toContain('（2）');
    // 继续编辑, 保存: the edit is stored in the profile it was typed in.
    await act(() => ([...byTestId('unsaved-switch')!.querySelectorAll('button')].find((b) => b.textContent === '继续编辑') as HTMLButtonElement).click());
    await act(() => (byTestId('profile-save') as HTMLButtonElement).click());
    await vi.waitFor(async () => expect((await listProfiles()).find((p) => p.profile.label === '张小明 · 2020 初级')?.profile.basic.mobile).toBe('13900000000'));
  });

  it('放弃修改并切换 opens the imported profile', async () => {
    await mountWithSample(<OptionsApp />, () => expect($('[data-field="basic.name"]')).not.toBeNull());
    await typeInto('basic.mobile', '13900000000');
    await vi.waitFor(() => expect((byTestId('profile-save') as HTMLButtonElement).disabled).toBe(false));
    await chooseFile('profile-import', new File([SAMPLE_TEXT], 'last-year.zc-profile.json'));
    await vi.waitFor(() => expect(byTestId('unsaved-switch')).not.toBeNull());
    await act(() => (byTestId('unsaved-discard') as HTMLButtonElement).click());
    await vi.waitFor(() => expect(selectedLabel()).toContain('张小明 · 2020 初级（2）'));
    expect(fieldValue('basic.mobile')).toBe('13800000000');
  });

  it('with nothing edited, opens the imported profile at once, as before', async () => {
    await mountWithSample(<OptionsApp />, () => expect($('[data-field="basic.name"]')).not.toBeNull());
    await chooseFile('profile-import', new File([SAMPLE_TEXT], 'last-year.zc-profile.json'));
    await vi.waitFor(() => expect(selectedLabel()).toContain('张小明 · 2020 初级（2）'));
    expect(byTestId('unsaved-switch')).toBeNull();
  });
});
