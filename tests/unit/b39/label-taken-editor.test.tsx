// Breaker 39: the editor's 档案名称 is the other way to rename a profile; like 重命名 in the list
// it saved a name another profile has, two entries alike in the list and in the overlay's
// 使用档案 line. Said under the box, and 保存 waits for another name.
import { describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { listProfiles } from '../../../lib/profile/db';
import { optionsPageRoot } from '../options/page-root';
import { SAMPLE_COPY_LABEL } from '../profile/fixtures';

vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));

const { $$, byTestId, click, typeInto, mountWithSample } = optionsPageRoot();
const labels = () => $$('[data-testid="profile-item-label"]').map((e) => e.textContent);

describe('档案名称 in the editor, the name of another profile (breaker 39)', () => {
  it('is refused under the box; another name saves', async () => {
    await mountWithSample(<OptionsApp />, () => expect(byTestId('profile-active')?.textContent).toBe('张小明 · 2020 初级'));
    await click('profile-duplicate');
    await vi.waitFor(() => expect(labels()).toEqual(['张小明 · 2020 初级', SAMPLE_COPY_LABEL]));
    await typeInto('label', '张小明 · 2020 初级');
    expect($$('[data-testid="field-error"][data-field="label"]').map((e) => e.textContent)).toEqual(['已有同名档案“张小明 · 2020 初级”。请换一个名称，以便在列表中区分。']);
    await click('profile-save');
    expect((await listProfiles()).map((p) => p.profile.label).sort()).toEqual(['张小明 · 2020 初级', SAMPLE_COPY_LABEL]);
    await typeInto('label', '张小明 · 2021 中级');
    expect($$('[data-testid="field-error"][data-field="label"]')).toEqual([]);
    await click('profile-save');
    await vi.waitFor(() => expect(labels()).toEqual(['张小明 · 2020 初级', '张小明 · 2021 中级']));
  });
});
