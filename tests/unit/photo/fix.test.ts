import { decode } from 'jpeg-js';
import { describe, expect, it, vi } from 'vitest';
import { FIXED_HEIGHT, FIXED_WIDTH, fixPhoto, fixPhotoPixels, headerSize, MAX_DECODED_PIXELS, PhotoFixError, tooManyPixels } from '../../../lib/photo/fix';
import { inspectJpeg } from '../../../lib/photo/inspect';
import { checkPhoto } from '../../../lib/photo/rules';
import { headerJpeg, rgba } from './jpeg-bytes';
import { installLocale } from '../i18n-fake';

const RED = [220, 20, 20, 255];
const BLUE = [20, 40, 220, 255];

/** The decoded colour at (x, y) of a JPEG. */
function colourAt(jpeg: Uint8Array, x: number, y: number): number[] {
  const { data, width } = decode(jpeg, { useTArray: true });
  return [...data.subarray((y * width + x) * 4, (y * width + x) * 4 + 3)];
}
const isRed = (c: number[]) => c[0]! > 150 && c[2]! < 100;
const isBlue = (c: number[]) => c[2]! > 150 && c[0]! < 100;

describe('fixPhotoPixels', () => {
  it('produces a compliant baseline 3 × 8-bit 295 × 413 JPEG that checkPhoto passes', () => {
    const jpeg = fixPhotoPixels(rgba(600, 800, (x, y) => [(x * 7) % 256, (y * 3) % 256, 128, 255]), 600, 800, 1);
    expect(inspectJpeg(jpeg)).toMatchObject({
      kind: 'jpeg',
      width: FIXED_WIDTH,
      height: FIXED_HEIGHT,
      components: 3,
      precision: 8,
      colorTransform: 'ycbcr',
      progressive: false,
      sofMarker: 0xc0,
      orientation: 1,
    });
    expect(checkPhoto(jpeg, jpeg.length)).toEqual([]);
  });

  it('applies EXIF orientation 6 (rotate 90° clockwise to view)', () => {
    // Stored landscape 800 × 600 whose top 150 rows are red: upright it is portrait with red on the right.
    const stored = rgba(800, 600, (_, y) => (y < 150 ? RED : BLUE));
    const jpeg = fixPhotoPixels(stored, 800, 600, 6);
    expect(inspectJpeg(jpeg)).toMatchObject({ width: 295, height: 413 });
    expect(isRed(colourAt(jpeg, 290, 200))).toBe(true);
    expect(isBlue(colourAt(jpeg, 5, 200))).toBe(true);
  });

  it('crops a wide picture centrally', () => {
    // 1200 × 800: left and right quarters red, the middle blue; the 571-px-wide crop is all blue.
    const wide = rgba(1200, 800, (x) => (x < 300 || x >= 900 ? RED : BLUE));
    const jpeg = fixPhotoPixels(wide, 1200, 800, 1);
    expect(isBlue(colourAt(jpeg, 3, 200))).toBe(true);
    expect(isBlue(colourAt(jpeg, 291, 200))).toBe(true);
  });

  it('puts transparency on white', () => {
    const jpeg = fixPhotoPixels(rgba(295, 413, () => [0, 0, 0, 0]), 295, 413, 1);
    expect(colourAt(jpeg, 100, 100).every((v) => v > 240)).toBe(true);
  });

  it('refuses to enlarge a picture smaller than 295 × 413', () => {
    expect(() => fixPhotoPixels(rgba(200, 300, () => BLUE), 200, 300, 1)).toThrowError(PhotoFixError);
    try {
      fixPhotoPixels(rgba(200, 300, () => BLUE), 200, 300, 1);
    } catch (error) {
      expect((error as PhotoFixError).problem).toBe('too-small');
      expect((error as PhotoFixError).message).toContain('200×300');
    }
  });

  it('tells why in the browser’s language', () => {
    installLocale('en');
    try {
      expect(() => fixPhotoPixels(rgba(200, 300, () => BLUE), 200, 300, 1)).toThrowError(
        'The original is 200×300 pixels; cropped to a portrait one-inch photo it is only 200×280, smaller than the 295×413 the portal requires.',
      );
      expect(() => fixPhotoPixels(new Uint8ClampedArray(10), 295, 413, 1)).toThrowError('The picture data is incomplete and cannot be processed.');
    } finally {
      installLocale('zh_CN');
    }
  });

  it('refuses pixel arrays that do not match the size', () => {
    expect(() => fixPhotoPixels(new Uint8ClampedArray(10), 295, 413, 1)).toThrowError(/图片数据不完整/);
  });
});

describe('a picture with too many pixels is refused before it is decoded (fill 26 item 3)', () => {
  /** A PNG's signature and IHDR chunk for `width` × `height` (no image data: nothing may read it). */
  const pngHeader = (width: number, height: number) => {
    const bytes = new Uint8Array(33);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const view = new DataView(bytes.buffer);
    view.setUint32(16, width);
    view.setUint32(20, height);
    bytes.set([1, 0, 0, 0, 0], 24);
    return bytes;
  };

  it('reads the size from a PNG’s or a JPEG’s header, nothing from another format', () => {
    expect(headerSize(pngHeader(30_000, 30_000))).toEqual({ width: 30_000, height: 30_000 });
    expect(headerSize(headerJpeg({ width: 9_000, height: 7_000, components: 3 }))).toEqual({ width: 9_000, height: 7_000 });
    expect(headerSize(new TextEncoder().encode('GIF89a\u0010\u0000\u0010\u0000'))).toBeNull();
  });

  it('says which picture and the limit, in Chinese; a phone’s 48-megapixel photo passes', () => {
    expect(tooManyPixels(30_000, 30_000)).toBe(`这张图片有 30000×30000 像素，超过一键修正能处理的 50,000,000 像素：解码这么大的图片要占用大量内存，可能使浏览器卡死。请先用看图软件把它缩小（例如长边不超过 4000 像素）再选。`);
    expect(MAX_DECODED_PIXELS).toBe(50_000_000);
    expect(tooManyPixels(8_000, 6_000)).toBeNull();
  });

  it('fixPhoto refuses a 30000 × 30000 PNG of a few bytes without handing it to the browser’s decoder', async () => {
    const decoder = vi.fn(() => Promise.reject(new Error('decoded')));
    vi.stubGlobal('createImageBitmap', decoder);
    try {
      const refused = await fixPhoto(new Blob([pngHeader(30_000, 30_000)], { type: 'image/png' })).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(PhotoFixError);
      expect(refused).toMatchObject({ problem: 'too-many-pixels', message: expect.stringContaining('30000×30000') });
      expect(decoder).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
