// Breaker 32p item 2: a photo cut short (an interrupted download or copy) passed as fine — only
// its first bytes were checked — so a profile carried a photo the portal refuses, and nothing
// said so. The structure is now checked (a JPEG's scan and end marker, a PNG's IEND), the editor
// says plainly that the photo is damaged, and an import keeps the rest of the profile and says
// which profile's photo to choose again.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { getActiveProfile } from '../../../lib/profile/db';
import { bytesToBase64, decodeDataUrl, imageDamage } from '../../../lib/profile/photo-data';
import { sampleDoc } from '../profile/fixtures';
import { optionsPageRoot } from '../options/page-root';

vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));

const { $, byTestId, chooseFile, mountWithSample } = optionsPageRoot();
const photo = (name: string) => new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures/photos', name)));
const SAMPLE_PHOTO = decodeDataUrl(sampleDoc().profile.photo.dataUrl)!.bytes;
const cut = (bytes: Uint8Array, share = 0.6) => bytes.slice(0, Math.floor(bytes.length * share));

describe('a damaged photo', () => {
  it('is told from a whole one by its structure, JPEG and PNG', () => {
    for (const whole of [SAMPLE_PHOTO, photo('ok.jpg'), photo('cmyk.jpg'), photo('png-renamed.jpg')]) {
      expect(imageDamage(whole)).toBeNull();
      expect(imageDamage(cut(whole))).toContain('照片文件已损坏');
      expect(imageDamage(whole.slice(0, 40))).toContain('照片文件已损坏');
    }
    // Bytes after the end marker (some cameras write them) are no damage.
    expect(imageDamage(new Uint8Array([...photo('ok.jpg'), 0, 0, 0, 0]))).toBeNull();
    // The check must not be fooled by an end marker inside an EXIF thumbnail before the scan.
    const ok = photo('ok.jpg');
    const thumb = [0xff, 0xe1, 0x00, 0x08, 0xff, 0xd8, 0xff, 0xd9, 0x00, 0x00];
    expect(imageDamage(new Uint8Array([...ok.slice(0, 2), ...thumb, ...cut(ok.slice(2))]))).toContain('照片文件已损坏');
  });

  it('imported with a profile file: the rest of the profile is imported, and the page says the photo is damaged', async () => {
    const doc = sampleDoc();
    doc.profile.photo.dataUrl = `data:image/jpeg;base64,${bytesToBase64(cut(SAMPLE_PHOTO))}`;
    await mountWithSample(<OptionsApp />, () => expect($('[data-field="basic.name"]')).not.toBeNull());
    await chooseFile('profile-import', new File([JSON.stringify(doc)], 'cut-photo.zc-profile.json'));
    await vi.waitFor(() => expect(byTestId('options-message')?.textContent).toContain('照片文件已损坏'));
    expect(byTestId('options-message')?.textContent).toContain('张小明 · 2020 初级（2）');
    expect(byTestId('profile-import-error')?.hidden).toBe(true);
    const active = await getActiveProfile();
    expect(active?.profile.label).toBe('张小明 · 2020 初级（2）');
    expect(active?.profile.education.length).toBe(sampleDoc().profile.education.length);
    await vi.waitFor(() => expect(byTestId('photo-damaged')?.textContent).toContain('请重新选择原始照片'));
    // Its section (closed by default) is opened and marked, so the message is seen in the editor too.
    const section = $('[data-testid="profile-section"][data-section="photo"]') as HTMLDetailsElement;
    await vi.waitFor(() => expect(section.open).toBe(true));
    expect(section.querySelector('summary .badge.error')?.textContent).toBe('1 处问题');
    expect((byTestId('profile-save') as HTMLButtonElement | null)?.disabled ?? true).toBe(true); // nothing edited yet
  });

  it('chosen in the editor: said under the photo; a whole photo chosen after it clears the message', async () => {
    await mountWithSample(<OptionsApp />, () => expect($('[data-field="basic.name"]')).not.toBeNull());
    expect(byTestId('photo-damaged')).toBeNull();
    await chooseFile('photo-input', new File([cut(photo('ok.jpg'))], 'IMG_0001.jpg'));
    await vi.waitFor(() => expect(byTestId('photo-damaged')?.textContent).toContain('照片文件已损坏'));
    // Its header alone passes every rule: no "符合门户的全部要求" beside the damage.
    expect(byTestId('photo-findings')).toBeNull();
    await chooseFile('photo-input', new File([photo('ok.jpg')], 'IMG_0002.jpg'));
    await vi.waitFor(() => expect(byTestId('photo-info')?.textContent).toContain('IMG_0002.jpg'));
    await vi.waitFor(() => expect(byTestId('photo-damaged')).toBeNull());
    await vi.waitFor(() => expect(byTestId('photo-findings')).not.toBeNull());
  });
});
