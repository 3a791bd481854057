import encode from 'jpeg-js/lib/encoder.js';
import { inspectJpeg, stripExif, type JpegInfo, type NotJpeg } from './inspect';
import { PHOTO_RULES } from './rule-table';
import { imageDamage } from '../profile/photo-data';
import { t } from '../i18n/t';

/**
 * The one-click photo fixer: turns an acceptable picture into a JPEG the portal accepts
 * (seed step 3(2)): baseline, 3 components × 8 bit (JFIF YCbCr, i.e. "24位RGB真彩色"),
 * portrait 295 × 413 px (1-inch at 300 dpi), EXIF orientation applied to the pixels and no EXIF
 * left, smaller than PHOTO_RULES.maxBytes.
 *
 * The pure core (fixPhotoPixels) works on RGBA pixels and runs in node; the browser wrapper
 * (fixPhoto) only decodes with the browser's image decoder. Encoding is jpeg-js, not
 * canvas.toBlob, so the output format never depends on the browser.
 */

export const FIXED_WIDTH = PHOTO_RULES.minWidth;
export const FIXED_HEIGHT = PHOTO_RULES.minHeight;
/** Qualities tried in turn until the file is under the size limit. */
const QUALITIES = [92, 85, 75, 60, 45] as const;

export type PhotoFixProblem = 'too-small' | 'bad-input' | 'too-large-output' | 'decode-failed' | 'too-many-pixels' | 'damaged';

/** Why a picture could not be fixed; `message` (in the browser's language, public/_locales) tells the user what to do. */
export class PhotoFixError extends Error {
  constructor(
    readonly problem: PhotoFixProblem,
    message: string,
  ) {
    super(message);
    this.name = 'PhotoFixError';
  }
}

/**
 * Maps a displayed pixel (x, y) of the upright image back to the stored pixel for an EXIF
 * orientation (TIFF 6.0 / EXIF 2.3 Orientation tag: 1 normal, 2 mirror, 3 rotate 180°,
 * 4 flip, 5 transpose, 6 rotate 90° CW to view, 7 transverse, 8 rotate 270° CW to view).
 */
function sourceCoord(orientation: number, x: number, y: number, rawW: number, rawH: number): [number, number] {
  switch (orientation) {
    case 2: return [rawW - 1 - x, y];
    case 3: return [rawW - 1 - x, rawH - 1 - y];
    case 4: return [x, rawH - 1 - y];
    case 5: return [y, x];
    case 6: return [y, rawH - 1 - x];
    case 7: return [rawW - 1 - y, rawH - 1 - x];
    case 8: return [rawW - 1 - y, x];
    default: return [x, y];
  }
}

/**
 * Rotates/flips stored RGBA pixels into the upright image, compositing transparency onto white.
 * @returns RGBA of the upright image and its size in pixels
 */
function uprightRgba(rgba: Uint8ClampedArray, rawW: number, rawH: number, orientation: number) {
  const swap = orientation >= 5 && orientation <= 8;
  const width = swap ? rawH : rawW;
  const height = swap ? rawW : rawH;
  const out = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [sx, sy] = sourceCoord(orientation, x, y, rawW, rawH);
      const s = (sy * rawW + sx) * 4;
      const d = (y * width + x) * 4;
      const alpha = rgba[s + 3]! / 255;
      for (let c = 0; c < 3; c++) out[d + c] = rgba[s + c]! * alpha + 255 * (1 - alpha);
      out[d + 3] = 255;
    }
  }
  return { pixels: out, width, height };
}

/**
 * The largest crop with the 295:413 aspect ratio: centred horizontally; vertically, a too-tall
 * picture loses one third of the excess at the top and two thirds at the bottom, because heads
 * sit near the top of portraits.
 */
function portraitCrop(width: number, height: number) {
  if (width * FIXED_HEIGHT > height * FIXED_WIDTH) {
    const w = Math.round((height * FIXED_WIDTH) / FIXED_HEIGHT);
    return { x: Math.floor((width - w) / 2), y: 0, w, h: height };
  }
  const h = Math.round((width * FIXED_HEIGHT) / FIXED_WIDTH);
  return { x: 0, y: Math.floor((height - h) / 3), w: width, h };
}

/** Box-filter (area average) resample of a crop of `src` down to FIXED_WIDTH × FIXED_HEIGHT; the crop is never smaller (checked by the caller). */
function resample(src: Uint8ClampedArray, srcW: number, crop: { x: number; y: number; w: number; h: number }): Uint8Array {
  const out = new Uint8Array(FIXED_WIDTH * FIXED_HEIGHT * 4);
  const sx = crop.w / FIXED_WIDTH;
  const sy = crop.h / FIXED_HEIGHT;
  for (let y = 0; y < FIXED_HEIGHT; y++) {
    const y0 = crop.y + Math.floor(y * sy);
    const y1 = Math.max(y0 + 1, crop.y + Math.floor((y + 1) * sy));
    for (let x = 0; x < FIXED_WIDTH; x++) {
      const x0 = crop.x + Math.floor(x * sx);
      const x1 = Math.max(x0 + 1, crop.x + Math.floor((x + 1) * sx));
      let r = 0, g = 0, b = 0;
      for (let yy = y0; yy < y1; yy++) {
        for (let xx = x0; xx < x1; xx++) {
          const s = (yy * srcW + xx) * 4;
          r += src[s]!;
          g += src[s + 1]!;
          b += src[s + 2]!;
        }
      }
      const n = (y1 - y0) * (x1 - x0);
      const d = (y * FIXED_WIDTH + x) * 4;
      out[d] = Math.round(r / n);
      out[d + 1] = Math.round(g / n);
      out[d + 2] = Math.round(b / n);
      out[d + 3] = 255;
    }
  }
  return out;
}

/**
 * Encodes RGBA with jpeg-js. jpeg-js returns `Buffer.from(...)` whenever a CommonJS `module`
 * object exists, which bundlers provide in the browser where `Buffer` does not exist; a
 * minimal stand-in is installed for the duration of the call only.
 */
function encodeBaseline(data: Uint8Array, quality: number): Uint8Array {
  const g = globalThis as { Buffer?: unknown };
  const installed = g.Buffer === undefined;
  if (installed) g.Buffer = { from: (a: ArrayLike<number>) => Uint8Array.from(a) };
  try {
    const result = encode({ data, width: FIXED_WIDTH, height: FIXED_HEIGHT }, quality).data;
    return new Uint8Array(result.buffer, result.byteOffset, result.byteLength);
  } finally {
    if (installed) delete g.Buffer;
  }
}

/**
 * Pure core of the fixer.
 * @param rgba the picture's pixels as stored (row-major RGBA, 4 bytes per pixel, not premultiplied)
 * @param width stored width in pixels
 * @param height stored height in pixels
 * @param orientation EXIF orientation 1–8 of the source (1 or anything else = as stored)
 * @returns a baseline JFIF JPEG of exactly 295 × 413 px (upright, centre-cropped to 295:413,
 *   transparency on white), 3 components × 8 bit, at most PHOTO_RULES.maxBytes bytes
 * @throws PhotoFixError 'bad-input' when the array length does not match width × height × 4;
 *   'too-small' when the upright crop is smaller than 295 × 413 (enlarging would blur the
 *   photo; the user needs a better original); 'too-large-output' if no quality fits the limit
 */
export function fixPhotoPixels(rgba: Uint8ClampedArray, width: number, height: number, orientation: number): Uint8Array {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1 || rgba.length !== width * height * 4) {
    throw new PhotoFixError('bad-input', t('options_photo_fix_bad_input'));
  }
  const upright = uprightRgba(rgba, width, height, orientation >= 1 && orientation <= 8 ? orientation : 1);
  const crop = portraitCrop(upright.width, upright.height);
  if (crop.w < FIXED_WIDTH || crop.h < FIXED_HEIGHT) {
    throw new PhotoFixError(
      'too-small',
      t('options_photo_fix_too_small', upright.width, upright.height, crop.w, crop.h, FIXED_WIDTH, FIXED_HEIGHT),
    );
  }
  const pixels = resample(upright.pixels, upright.width, crop);
  for (const quality of QUALITIES) {
    const jpeg = encodeBaseline(pixels, quality);
    if (jpeg.length <= PHOTO_RULES.maxBytes) return jpeg;
  }
  throw new PhotoFixError('too-large-output', t('options_photo_fix_too_large_output'));
}

export interface PhotoFixResult {
  /** The compliant JPEG (`image/jpeg`). */
  blob: Blob;
  /** The original file's inspection. */
  before: JpegInfo | NotJpeg;
  /** The new file's inspection (always baseline, 3 × 8 bit, 295 × 413). */
  after: JpegInfo;
}

/**
 * The most pixels a picture may have to be decoded (fill 26 item 3): the fixer holds it as RGBA,
 * 4 bytes a pixel, three times over (the browser's bitmap, the canvas read back, the upright
 * copy), some 600 MB at 50 million pixels, which a tab still holds; a small PNG of 30000 × 30000
 * px (3.6 GB a copy) would freeze or crash it. Phones' usual photos (12–50 megapixels) are under it.
 */
export const MAX_DECODED_PIXELS = 50_000_000;

/**
 * A picture's stored size in pixels, read from its header without decoding it: a JPEG's frame
 * header (inspectJpeg), a PNG's IHDR chunk (PNG spec §11.2.2: width, height as 4-byte
 * big-endian integers at bytes 16 and 20).
 * @param bytes the file's bytes. @returns the size, or null for another format or a header cut short.
 */
export function headerSize(bytes: Uint8Array): { width: number; height: number } | null {
  const jpeg = inspectJpeg(bytes);
  if (jpeg.kind === 'jpeg') return { width: jpeg.rawWidth, height: jpeg.rawHeight };
  if (jpeg.detected !== 'png' || bytes.length < 24) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Why a picture of `width` × `height` pixels is not decoded (over MAX_DECODED_PIXELS), in the
 * browser's language, or null when it may be.
 */
export function tooManyPixels(width: number, height: number): string | null {
  return width * height > MAX_DECODED_PIXELS ? t('options_photo_too_many_pixels', width, height, MAX_DECODED_PIXELS.toLocaleString('en-US')) : null;
}

/** Throws PhotoFixError 'too-many-pixels' for a picture over MAX_DECODED_PIXELS (tooManyPixels). */
function refuseHuge(size: { width: number; height: number } | null): void {
  const refused = size && tooManyPixels(size.width, size.height);
  if (refused) throw new PhotoFixError('too-many-pixels', refused);
}

/**
 * Decodes an image blob to RGBA with the browser's decoder (createImageBitmap + OffscreenCanvas
 * or a canvas). A format whose size fixPhoto could not read from its header is refused by the
 * bitmap's size before it is drawn (refuseHuge).
 */
async function decodeToRgba(blob: Blob): Promise<{ data: Uint8ClampedArray; width: number; height: number }> {
  const bitmap = await createImageBitmap(blob);
  try {
    const { width, height } = bitmap;
    refuseHuge(bitmap);
    const canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(width, height) : Object.assign(document.createElement('canvas'), { width, height });
    const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
    if (!context) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    return { data: context.getImageData(0, 0, width, height).data, width, height };
  } finally {
    bitmap.close();
  }
}

/**
 * Browser wrapper: decodes any image the browser can read (JPEG incl. CMYK/greyscale, PNG,
 * WebP, BMP, GIF) and returns a compliant JPEG. EXIF is stripped before decoding so the
 * orientation is applied exactly once, by fixPhotoPixels.
 * @param blob the chosen file
 * @returns `{ blob, before, after }` (see PhotoFixResult)
 * @throws PhotoFixError 'too-many-pixels' for a picture over MAX_DECODED_PIXELS, never decoded;
 *   'damaged' (damagedPhotoMessage) for a JPEG or PNG cut short (lib/profile/photo-data
 *   imageDamage), never decoded: the browser would draw its missing part grey, and the fixed
 *   copy would look valid;
 *   'decode-failed' when the browser cannot decode the picture (e.g. a 12/16-bit JPEG), plus
 *   the errors of fixPhotoPixels
 */
export async function fixPhoto(blob: Blob): Promise<PhotoFixResult> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const before = inspectJpeg(bytes);
  const orientation = before.kind === 'jpeg' ? before.orientation : 1;
  const decodable = before.kind === 'jpeg' ? new Blob([stripExif(bytes) as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }) : blob;
  // Refused before the browser decodes it: the decoding itself is what takes the memory.
  refuseHuge(headerSize(bytes));
  // A file cut short decodes to its first part over grey: re-encoded, it would pass every rule.
  const damage = imageDamage(bytes);
  if (damage) throw new PhotoFixError('damaged', damage);
  let rgba: Awaited<ReturnType<typeof decodeToRgba>>;
  try {
    rgba = await decodeToRgba(decodable);
  } catch (e) {
    if (e instanceof PhotoFixError) throw e;
    throw new PhotoFixError('decode-failed', t('options_photo_fix_decode_failed'));
  }
  const jpeg = fixPhotoPixels(rgba.data, rgba.width, rgba.height, orientation);
  const after = inspectJpeg(jpeg);
  if (after.kind !== 'jpeg') throw new PhotoFixError('too-large-output', t('options_photo_fix_unverifiable'));
  return { blob: new Blob([jpeg as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }), before, after };
}
