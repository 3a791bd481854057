import { beforeEach, describe, expect, it, vi } from 'vitest';
import { optionsPageRoot } from './page-root';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act } from 'preact/test-utils';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { downloadBlob } from '../../../components/options/download';
import { fixPhoto, fixPhotoPixels, PhotoFixError, type PhotoFixResult } from '../../../lib/photo/fix';
import { inspectJpeg, type JpegInfo } from '../../../lib/photo/inspect';
import { checkPhoto } from '../../../lib/photo/rules';
import { getActiveProfile } from '../../../lib/profile/db';

// The 助手设置 sections (components/settings) need browser APIs the fake browser lacks and have
// their own tests; these tests are about the profile part of the page.
vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));
import { rgba } from '../photo/jpeg-bytes';

// The photo checker and fixer in the profile editor. happy-dom has no createImageBitmap or
// OffscreenCanvas, so the browser-decoding wrapper fixPhoto is replaced at the module boundary
// by the real pure core (fixPhotoPixels) on known pixels; tests/e2e/photo-fixer.test.ts runs the
// real fixPhoto in Chromium.
vi.mock('../../../lib/photo/fix', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/photo/fix')>()),
  fixPhoto: vi.fn(),
}));
vi.mock('../../../components/options/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../components/options/download')>()),
  downloadBlob: vi.fn(),
}));

const fixPhotoMock = vi.mocked(fixPhoto);
const downloadMock = vi.mocked(downloadBlob);
const CMYK = new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures/photos/cmyk.jpg')));

/** fixPhoto with the browser decoder replaced by a 600 × 800 gradient. */
async function fixWithKnownPixels(blob: Blob): Promise<PhotoFixResult> {
  const jpeg = fixPhotoPixels(rgba(600, 800, (x, y) => [(x * 3) % 256, (y * 2) % 256, 160, 255]), 600, 800, 1);
  return {
    blob: new Blob([jpeg as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }),
    before: inspectJpeg(new Uint8Array(await blob.arrayBuffer())),
    after: inspectJpeg(jpeg) as JpegInfo,
  };
}

const { $, $$, byTestId, mountWithSample: mountOptionsWithSample } = optionsPageRoot();
beforeEach(() => {
  fixPhotoMock.mockReset().mockImplementation(fixWithKnownPixels);
  downloadMock.mockReset();
});

const findings = () => $$('[data-testid="photo-finding"]').map((f) => [f.dataset.checkId, f.dataset.severity]);
const ruleStates = () => Object.fromEntries($$('[data-testid="photo-rule"]').map((r) => [r.dataset.checkId, r.dataset.state]));

async function click(el: HTMLElement | null) {
  if (!el) throw new Error('element to click not found');
  await act(() => el.click());
}

async function choosePhoto(bytes: Uint8Array, name: string) {
  const input = byTestId('photo-input') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([bytes as Uint8Array<ArrayBuffer>], name)], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Mounts the page and imports the sample (its stored photo is an 8 × 8 JPEG). */
const mountWithSample = () => mountOptionsWithSample(<OptionsApp />, () => expect(byTestId('photo-findings')).not.toBeNull());

describe('photo checker and fixer on the options page', () => {
  it('checks the stored photo and a newly chosen one, one row per portal rule with the KB definition', async () => {
    await mountWithSample();
    expect(byTestId('photo-findings')?.dataset.state).toBe('error');
    expect(findings()).toEqual([['photo-dimensions', 'error']]);
    expect($('[data-testid="photo-finding"]')?.textContent).toContain('8×8 像素');

    await choosePhoto(CMYK, 'cmyk.jpg');
    await vi.waitFor(() => expect(findings()).toEqual([['photo-color-depth', 'error']]));
    expect(ruleStates()).toEqual({ 'photo-format': 'ok', 'photo-color-depth': 'error', 'photo-size': 'ok', 'photo-dimensions': 'ok' });
    expect($('[data-testid="photo-rule"][data-check-id="photo-size"]')?.textContent).toContain('按 1 KB = 1000 字节计，即不超过 499,999 字节');
    expect($('[data-testid="photo-finding"]')?.textContent).toContain('24 位 RGB 真彩色');
  });

  it('marks the colour and pixel rules as not judged for a PNG, and the format as failed', async () => {
    await mountWithSample();
    const png = new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures/photos/png-renamed.jpg')));
    await choosePhoto(png, 'photo.jpg');
    await vi.waitFor(() => expect(findings()).toEqual([['photo-format', 'error']]));
    expect(ruleStates()).toEqual({ 'photo-format': 'error', 'photo-color-depth': 'unknown', 'photo-size': 'ok', 'photo-dimensions': 'unknown' });
  });

  it('fixes the photo, shows before/after, and stores the fixed photo only through 保存', async () => {
    await mountWithSample();
    await choosePhoto(CMYK, 'cmyk.jpg');
    await vi.waitFor(() => expect(byTestId('photo-findings')?.dataset.state).toBe('error'));
    await click(byTestId('photo-fix'));
    await vi.waitFor(() => expect(byTestId('photo-fix-after')).not.toBeNull());
    expect(fixPhotoMock).toHaveBeenCalledTimes(1);
    expect(new Uint8Array(await fixPhotoMock.mock.calls[0]![0].arrayBuffer())).toEqual(CMYK);

    const before = byTestId('photo-fix-before')!;
    const after = byTestId('photo-fix-after')!;
    expect(before.dataset).toMatchObject({ width: '295', height: '413', bytes: String(CMYK.length), colour: 'CMYK 32 位（4 通道 × 8 位）' });
    expect(after.dataset).toMatchObject({ width: '295', height: '413', colour: 'RGB 24 位（3 通道 × 8 位）' });
    expect(Number(after.dataset.bytes)).toBeLessThan(500_000);
    expect(after.querySelector('[data-testid="photo-card-pixels"]')?.textContent).toBe('295×413 px');
    expect(after.querySelector('[data-testid="photo-card-size"]')?.textContent).toMatch(/^\d+\.\d KB$/);
    await vi.waitFor(() => expect([before.dataset.errors, after.dataset.errors]).toEqual(['1', '0']));
    expect((await getActiveProfile())?.photo?.size).not.toBe(CMYK.length);

    await click(byTestId('photo-fix-accept'));
    expect(byTestId('photo-fix-compare')).toBeNull();
    expect(byTestId('photo-fix-accepted')).not.toBeNull();
    expect(byTestId('profile-dirty')).not.toBeNull();
    expect(byTestId('photo-info')?.textContent).toContain('cmyk-修正.jpg');
    await vi.waitFor(() => expect(byTestId('photo-findings')?.dataset.state).toBe('ok'));
    expect(byTestId('profile-save-status')).toBeNull();

    await click(byTestId('profile-save'));
    await vi.waitFor(() => expect(byTestId('profile-save-status')?.textContent).toMatch(/^已保存/));
    const stored = await getActiveProfile();
    const bytes = new Uint8Array(await stored!.photo!.arrayBuffer());
    expect(checkPhoto(bytes, bytes.length)).toEqual([]);
    expect(stored!.photoInfo?.fileName).toBe('cmyk-修正.jpg');
    await vi.waitFor(() => expect(byTestId('photo-findings')?.dataset.state).toBe('ok'));
    expect(byTestId('photo-fix-accepted')).toBeNull();
  });

  it('放弃 keeps the photo and the draft unchanged', async () => {
    await mountWithSample();
    await click(byTestId('photo-fix'));
    await vi.waitFor(() => expect(byTestId('photo-fix-compare')).not.toBeNull());
    await click(byTestId('photo-fix-discard'));
    expect(byTestId('photo-fix-compare')).toBeNull();
    expect(byTestId('profile-dirty')).toBeNull();
    expect(findings()).toEqual([['photo-dimensions', 'error']]);
  });

  it('shows why a picture cannot be fixed and changes nothing', async () => {
    await mountWithSample();
    fixPhotoMock.mockRejectedValueOnce(new PhotoFixError('too-small', '原图为 8×8 像素，请换用更清晰的原图。'));
    await click(byTestId('photo-fix'));
    await vi.waitFor(() => expect(byTestId('photo-fix-error')?.textContent).toBe('原图为 8×8 像素，请换用更清晰的原图。'));
    expect(byTestId('photo-fix-compare')).toBeNull();
    expect(byTestId('profile-dirty')).toBeNull();
    // A new photo clears the old failure.
    await choosePhoto(CMYK, 'cmyk.jpg');
    await vi.waitFor(() => expect(byTestId('photo-fix-error')).toBeNull());
  });

  it('refuses a picture with more pixels than the fixer decodes, by its header, and changes nothing (fill 26 item 3)', async () => {
    await mountWithSample();
    // A 30000 × 30000 PNG's signature and IHDR: a few bytes, 900 million pixels.
    const png = new Uint8Array(33);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x75, 0x30, 0, 0, 0x75, 0x30, 1]);
    await choosePhoto(png, 'scan.png');
    await vi.waitFor(() => expect(byTestId('photo-error')?.textContent).toContain('这张图片有 30000×30000 像素，超过一键修正能处理的 50,000,000 像素'));
    expect(byTestId('profile-dirty')).toBeNull();
    expect(fixPhotoMock).not.toHaveBeenCalled();
  });

  it('导出照片 downloads the current photo, the fixed one once accepted', async () => {
    await mountWithSample();
    await click(byTestId('photo-download'));
    expect(downloadMock).toHaveBeenCalledTimes(1);
    const [first, firstName] = downloadMock.mock.calls[0]!;
    expect([first.type, first.size, firstName]).toEqual(['image/jpeg', (await getActiveProfile())!.photo!.size, 'photo.jpg']);

    await click(byTestId('photo-fix'));
    await vi.waitFor(() => expect(byTestId('photo-fix-accept')).not.toBeNull());
    await click(byTestId('photo-fix-accept'));
    await click(byTestId('photo-download'));
    const [fixed, fixedName] = downloadMock.mock.calls[1]!;
    const bytes = new Uint8Array(await fixed.arrayBuffer());
    expect(fixedName).toBe('photo-修正.jpg');
    expect(checkPhoto(bytes, fixed.size)).toEqual([]);
  });
});
