// Breaker 61 finding 4: 撤销 of a delete put the profile back under its old name even when
// another profile had taken that name meanwhile — his file imported again after the delete (the
// name was free then, so it kept it), or another profile renamed to it — leaving two entries alike
// in the list and in the overlay's 使用档案 line, which rename and the editor refuse and an import
// avoids (breaker 39). The profile put back now gets the list's next free name, as an import does.
import { describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { listProfiles } from '../../../lib/profile/db';
import { optionsPageRoot } from '../options/page-root';
import { SAMPLE_TEXT } from '../profile/fixtures';

vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));

const { $$, byTestId, click, chooseFile, mountWithSample } = optionsPageRoot();
const LABEL = '张小明 · 2020 初级';
const labels = () => $$('[data-testid="profile-item-label"]').map((e) => e.textContent);

describe('撤销 of a delete after another profile took the name', () => {
  it('puts the profile back under a name of its own', async () => {
    await mountWithSample(<OptionsApp />, () => expect(byTestId('profile-active')?.textContent).toBe(LABEL));
    const [deleted] = await listProfiles();
    await click('profile-delete');
    await vi.waitFor(() => expect(byTestId('profile-undo')).not.toBeNull());
    await vi.waitFor(() => expect(byTestId('profile-list-empty')).not.toBeNull());
    await chooseFile('profile-import', new File([SAMPLE_TEXT], 'sample.json'));
    await vi.waitFor(() => expect(byTestId('profile-active')?.textContent).toBe(LABEL), { timeout: 5000 });
    expect(labels()).toEqual([LABEL]);
    await click('profile-undo');
    await vi.waitFor(() => expect(labels()).toHaveLength(2), { timeout: 5000 });
    const stored = await listProfiles();
    expect(stored.map((p) => p.profile.label).sort()).toEqual([LABEL, `${LABEL}（2）`]);
    // The one put back is the deleted profile, its data and id kept.
    const back = stored.find((p) => p.id === deleted!.id);
    expect(back?.profile.label).toBe(`${LABEL}（2）`);
    expect(back?.profile.basic).toEqual(deleted!.profile.basic);
  });
});
