// Task b33o item 1: a damaged photo (cut short) was said to be damaged on the options page, but
// 一键修正照片 and 导出照片 were still offered beside it, and a damaged phone photo (over
// PHOTO_STORE_MAX_BYTES) went straight to the fixer. The browser draws a cut JPEG's missing part
// grey; re-encoded, that half-grey picture passes every portal rule — a valid-looking wrong
// photo. Now the page offers only 更换照片 / 删除照片 for it, and fixPhoto refuses it undecoded.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { fixPhoto, PhotoFixError } from '../../../lib/photo/fix';
import { damagedPhotoMessage, PHOTO_STORE_MAX_BYTES } from '../../../lib/profile/photo-data';
import { optionsPageRoot } from '../options/page-root';

vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));

const { $, byTestId, chooseFile, mountWithSample } = optionsPageRoot();
const OK = new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures/photos/ok.jpg')));
const cut = (bytes: Uint8Array) => bytes.slice(0, Math.floor(bytes.length * 0.6));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a damaged photo and the one-click fixer', () => {
  it('fixPhoto refuses a file cut short without decoding it', async () => {
    const decode = vi.fn(() => Promise.reject(new Error('not to be called')));
    vi.stubGlobal('createImageBitmap', decode);
    const refused = await fixPhoto(new Blob([cut(OK)], { type: 'image/jpeg' })).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PhotoFixError);
    expect((refused as PhotoFixError).problem).toBe('damaged');
    expect((refused as PhotoFixError).message).toBe(damagedPhotoMessage());
    expect(decode).not.toHaveBeenCalled();
  });

  it('the editor offers no 一键修正照片 nor 导出照片 for it, only choosing the original again; a whole photo brings them back', async () => {
    await mountWithSample(<OptionsApp />, () => expect($('[data-field="basic.name"]')).not.toBeNull());
    await vi.waitFor(() => expect(byTestId('photo-fix')).not.toBeNull());
    await chooseFile('photo-input', new File([cut(OK)], 'IMG_0001.jpg'));
    await vi.waitFor(() => expect(byTestId('photo-damaged')?.textContent).toContain('请重新选择原始照片'));
    expect(byTestId('photo-fix')).toBeNull();
    expect(byTestId('photo-download')).toBeNull();
    expect($('.photo-field')?.textContent).not.toContain('导出照片');
    expect(byTestId('photo-remove')).not.toBeNull();
    expect(byTestId('photo-input')).not.toBeNull();
    await chooseFile('photo-input', new File([OK], 'IMG_0002.jpg'));
    await vi.waitFor(() => expect(byTestId('photo-damaged')).toBeNull());
    expect(byTestId('photo-fix')).not.toBeNull();
    expect(byTestId('photo-download')).not.toBeNull();
  });

  it('a damaged phone photo (over the stored size) is not fixed: the page says it is damaged', async () => {
    vi.stubGlobal('createImageBitmap', vi.fn(() => Promise.reject(new Error('not to be called'))));
    await mountWithSample(<OptionsApp />, () => expect($('[data-field="basic.name"]')).not.toBeNull());
    const big = new Uint8Array(PHOTO_STORE_MAX_BYTES + 1000);
    big.set(cut(OK));
    await chooseFile('photo-input', new File([big], 'IMG_2024.jpg'));
    await vi.waitFor(() => expect(byTestId('photo-fix-error')?.textContent).toBe(damagedPhotoMessage()));
    expect(byTestId('photo-fix-compare')).toBeNull();
  });
});
