// Breaker 39: a folded section of the editor opens itself when it has a problem, but it also
// folded itself again the moment the last problem was put right — under his hands, while he typed
// the corrected date into 学历, or as the photo fixer's result replaced a photo the portal
// refuses (the notice 已换成修正后的照片 folded away with it). A section he is working in stays open.
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { optionsPageRoot } from '../options/page-root';

vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));

const { $, typeInto, mountWithSample } = optionsPageRoot();
const section = (id: string) => $(`[data-testid="profile-section"][data-section="${id}"]`) as HTMLDetailsElement;

describe('a section of the editor once its problem is put right (breaker 39)', () => {
  it('stays open: 学历 opened, a wrong end date typed, then corrected', async () => {
    await mountWithSample(<OptionsApp />, () => expect($('[data-field="basic.name"]')).not.toBeNull());
    const education = section('education');
    await act(() => {
      education.open = true;
      education.dispatchEvent(new Event('toggle'));
    });
    await typeInto('education[0].endDate', '2015/06/30');
    expect(education.querySelector('summary .badge.error')).not.toBeNull();
    expect(education.open).toBe(true);
    await typeInto('education[0].endDate', '2015-06-30');
    expect(education.querySelector('summary .badge.error')).toBeNull();
    expect(education.open).toBe(true);
  });

});
