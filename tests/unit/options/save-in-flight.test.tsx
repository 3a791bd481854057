import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { optionsPageRoot } from './page-root';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { getProfile, listProfiles, saveProfile } from '../../../lib/profile/db';

// saveProfile passes through to the real one; a test holds one save open to type meanwhile.
vi.mock('../../../lib/profile/db', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/profile/db')>();
  return { ...real, saveProfile: vi.fn(real.saveProfile) };
});
// The 助手设置 sections (components/settings) have their own tests.
vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));

const { $, byTestId, typeInto, mountWithSample: mountOptionsWithSample } = optionsPageRoot();

const mountWithSample = () => mountOptionsWithSample(<OptionsApp />, () => expect(($('[data-field="basic.name"]') as HTMLInputElement | null)?.value).toBe('张小明'));

/**
 * Holds the next saveProfile until the returned function is called, then lets it run as usual.
 * @returns the release.
 */
function holdNextSave(): () => void {
  const realSave = vi.mocked(saveProfile).getMockImplementation()!;
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  vi.mocked(saveProfile).mockImplementationOnce(async (...args) => {
    await gate;
    return realSave(...args);
  });
  return release;
}

describe('typing while 保存 runs (breaker 30b O4)', () => {
  it('keeps an edit made while the save was in flight, rebased on the saved record and still unsaved', async () => {
    await mountWithSample();
    const release = holdNextSave();

    await typeInto('basic.email', 'new@example.com');
    await act(() => byTestId('profile-save')!.click());
    expect(byTestId('profile-save-status')?.textContent).toBe('正在保存…');
    await typeInto('basic.mobile', '13733333333');
    // The save still runs: its line stays and 保存 stays disabled (a second save would be refused).
    expect(byTestId('profile-save-status')?.textContent).toBe('正在保存…');
    expect((byTestId('profile-save') as HTMLButtonElement).disabled).toBe(true);

    await act(async () => release());
    await vi.waitFor(() => expect(byTestId('profile-save-status')?.textContent).toContain('已保存'));
    await vi.waitFor(() => expect(byTestId('changed-elsewhere')).toBeNull());
    const stored = (await listProfiles())[0]!;
    expect(stored.profile.basic.email).toBe('new@example.com');
    expect(stored.profile.basic.mobile).toBe('13800000000');
    expect(($('[data-field="basic.mobile"]') as HTMLInputElement).value).toBe('13733333333');
    expect(($('[data-field="basic.email"]') as HTMLInputElement).value).toBe('new@example.com');
    expect(byTestId('profile-dirty')).not.toBeNull();

    // The kept edit saves normally, based on the version the first save stored.
    await act(() => byTestId('profile-save')!.click());
    await vi.waitFor(() => expect(byTestId('profile-dirty')).toBeNull());
    expect(byTestId('profile-save-status')?.textContent).toContain('已保存');
    expect((await getProfile(stored.id))!.profile.basic.mobile).toBe('13733333333');
  });

  it('放弃修改 is disabled while 保存 runs, like 保存 (breaker 31b B9)', async () => {
    await mountWithSample();
    const release = holdNextSave();
    await typeInto('basic.email', 'new@example.com');
    await act(() => byTestId('profile-save')!.click());
    expect((byTestId('profile-discard') as HTMLButtonElement).disabled).toBe(true);
    await act(async () => release());
    await vi.waitFor(() => expect(byTestId('profile-save-status')?.textContent).toContain('已保存'));
    expect(($('[data-field="basic.email"]') as HTMLInputElement).value).toBe('new@example.com');
    expect(byTestId('profile-dirty')).toBeNull();
  });
});
