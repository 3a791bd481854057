import { decode } from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { FIXED_HEIGHT, FIXED_WIDTH, fixPhotoPixels, PhotoFixError } from '../../../lib/photo/fix';
import { inspectJpeg } from '../../../lib/photo/inspect';
import { checkPhoto } from '../../../lib/photo/rules';
import { rgba } from './jpeg-bytes';

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

  it('refuses pixel arrays that do not match the size', () => {
    expect(() => fixPhotoPixels(new Uint8ClampedArray(10), 295, 413, 1)).toThrowError(/图片数据不完整/);
  });
});
