import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { optionsPageRoot } from './page-root';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { getActiveProfile } from '../../../lib/profile/db';
import { importProfileText } from '../../../lib/profile/import-export';
import { SAMPLE_TEXT } from '../profile/fixtures';

// The 助手设置 sections (components/settings) have their own tests; these are about profiles.
vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));

const { root, byTestId, click } = optionsPageRoot();

const ZHANG = '张小明 · 2020 初级';
const LI = '李明远 · 2020 初级';

/** The list entry whose label contains `name`. */
const itemOf = (name: string) => [...root().querySelectorAll('[data-testid="profile-item"]')].find((i) => i.textContent?.includes(name)) as HTMLElement;

/** Opens the entry (its actions are shown on the opened one), then 删除 and its confirmation. */
async function deleteItem(name: string) {
  await act(() => (itemOf(name).querySelector('[data-testid="profile-select"]') as HTMLElement).click());
  await vi.waitFor(() => expect(itemOf(name).querySelector<HTMLButtonElement>('[data-testid="profile-delete"]')?.disabled).toBe(false));
  await act(() => (itemOf(name).querySelector('[data-testid="profile-delete"]') as HTMLElement).click());
  if (byTestId('profile-delete-confirm')) await click('profile-delete-confirm');
  await vi.waitFor(() => expect(byTestId('profile-deleted')?.textContent).toContain(`已删除“${name}`));
}

// Deleting the active profile while others remain makes the oldest remaining one active
// (deleteProfile): a helpdesk deleting one applicant must be told whose profile the portal
// pages now fill from, not find out on the next page.
describe('deleting the active profile says which one is active now', () => {
  it('names the profile that became active, and says nothing of it for an inactive one or the last one', async () => {
    const zhang = await importProfileText(SAMPLE_TEXT);
    const li = await importProfileText(SAMPLE_TEXT.replace('张小明', '李明远'));
    if (!zhang.ok || !li.ok) throw new Error('sample refused');
    await act(() => render(<OptionsApp />, root()));
    await vi.waitFor(() => expect(root().querySelectorAll('[data-testid="profile-item"]')).toHaveLength(2));
    // An import makes its profile active: 李明远's, the newer.
    expect((await getActiveProfile())?.profile.label).toBe(LI);

    await deleteItem('李明远');
    await vi.waitFor(() => expect(byTestId('profile-now-active')?.textContent).toBe(`当前档案已改为“${ZHANG}”：网页上的填写和检查从现在起用它。`));
    expect(byTestId('profile-deleted')?.textContent).toContain(`已删除“${LI}”。`);
    expect((await getActiveProfile())?.profile.label).toBe(ZHANG);

    // 撤销 puts 李明远 back active; deleting the inactive 张小明 changes nothing active.
    await click('profile-undo');
    await vi.waitFor(() => expect(byTestId('profile-active')?.textContent).toBe(LI));
    await deleteItem('张小明');
    expect(byTestId('profile-deleted')?.textContent).toContain(`已删除“${ZHANG}”。`);
    expect(byTestId('profile-now-active')).toBeNull();

    // The last one: none becomes active, so nothing is named.
    await deleteItem('李明远');
    await vi.waitFor(() => expect(root().querySelectorAll('[data-testid="profile-item"]')).toHaveLength(0));
    expect(byTestId('profile-now-active')).toBeNull();
  });
});
