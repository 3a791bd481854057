// Breaker 39: last year's file with a photo the portal refuses (a 2 MB camera photo, 602,808
// bytes here) imported without a word, and its 个人照片 section stayed folded and unmarked: the
// photo's findings (over 499,999 bytes) were seen only by opening it. A damaged photo opened and
// marked the section (breaker 32p item 2); a photo breaking the portal's rules now does too.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { bytesToBase64 } from '../../../lib/profile/photo-data';
import { sampleDoc } from '../profile/fixtures';
import { optionsPageRoot } from '../options/page-root';

vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));

const { $, byTestId, chooseFile, mountWithSample } = optionsPageRoot();
const photo = (name: string) => new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures/photos', name)));
const photoSection = () => $('[data-testid="profile-section"][data-section="photo"]') as HTMLDetailsElement;

describe('a photo the portal refuses, in the editor (breaker 39)', () => {
  it('opens and marks the 个人照片 section, as other sections with a problem; a photo that meets the rules does not', async () => {
    const doc = sampleDoc();
    doc.profile.label = '张小明 · 2021 初级';
    doc.profile.photo = { fileName: 'IMG_2041.jpg', dataUrl: `data:image/jpeg;base64,${bytesToBase64(photo('too-large.jpg'))}` };
    await mountWithSample(<OptionsApp />, () => expect($('[data-field="basic.name"]')).not.toBeNull());
    await chooseFile('profile-import', new File([JSON.stringify(doc)], 'last-year.zc-profile.json'));
    await vi.waitFor(() => expect(byTestId('profile-active')?.textContent).toBe('张小明 · 2021 初级'));
    await vi.waitFor(() => expect(photoSection().open).toBe(true));
    expect(photoSection().querySelector('summary .badge.error')?.textContent).toMatch(/^\d+ 处问题$/);

    const fine = sampleDoc();
    fine.profile.label = '张小明 · 2022 初级';
    fine.profile.photo = { fileName: 'ok.jpg', dataUrl: `data:image/jpeg;base64,${bytesToBase64(photo('ok.jpg'))}` };
    await chooseFile('profile-import', new File([JSON.stringify(fine)], 'fine.zc-profile.json'));
    await vi.waitFor(() => expect(byTestId('profile-active')?.textContent).toBe('张小明 · 2022 初级'));
    await vi.waitFor(() => expect(byTestId('photo-findings')).not.toBeNull());
    expect(photoSection().querySelector('summary .badge.error')).toBeNull();
    expect(photoSection().open).toBe(false);
  });
});
