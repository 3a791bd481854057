/**
 * The 个人照片 upload rules of the portal (seed 3(2): jpg, 24-bit RGB, ≤ 500K, not under
 * 413×295 px; spec/portal.md step 2), as the practice server applies them on upload.
 */

/** 500 KB, the seed's "大小在500k以内" (500 × 1024 bytes). */
export const MAX_PHOTO_BYTES = 512_000;
/** Minimum size in pixels: 295 wide × 413 high (1 inch at 300 dpi). */
export const MIN_PHOTO_WIDTH = 295;
export const MIN_PHOTO_HEIGHT = 413;

/** Frame header of a JPEG: sample precision (bits), size (pixels), component count. */
export interface JpegFrame {
  precision: number;
  width: number;
  height: number;
  components: number;
}

/**
 * Finds the first SOF marker of a JPEG and reads its frame header.
 * @param bytes the file.
 * @returns the frame, or null when the bytes are not a JPEG (no FF D8 FF start) or hold no SOF.
 */
export function readJpegFrame(bytes: Uint8Array): JpegFrame | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) return null;
  let pos = 2;
  while (pos + 4 <= bytes.length) {
    if (bytes[pos] !== 0xff) return null;
    const marker = bytes[pos + 1] ?? 0;
    if (marker === 0xff) {
      pos += 1; // fill byte
      continue;
    }
    const length = ((bytes[pos + 2] ?? 0) << 8) | (bytes[pos + 3] ?? 0);
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (pos + 10 > bytes.length) return null;
      return {
        precision: bytes[pos + 4] ?? 0,
        height: ((bytes[pos + 5] ?? 0) << 8) | (bytes[pos + 6] ?? 0),
        width: ((bytes[pos + 7] ?? 0) << 8) | (bytes[pos + 8] ?? 0),
        components: bytes[pos + 9] ?? 0,
      };
    }
    if (marker === 0xda || length < 2) return null; // start of scan before any frame header
    pos += 2 + length;
  }
  return null;
}

/**
 * Checks an uploaded photo against the portal's rules.
 * @param bytes the uploaded file.
 * @returns the error messages in the portal's wording; empty when the photo is accepted.
 */
export function photoErrors(bytes: Uint8Array): string[] {
  const frame = readJpegFrame(bytes);
  if (!frame) return ['照片格式不正确，请上传jpg格式的照片！'];
  const errors: string[] = [];
  if (frame.components !== 3 || frame.precision !== 8) errors.push('照片须为24位RGB真彩色，请转换后重新上传！');
  if (bytes.length > MAX_PHOTO_BYTES) errors.push('照片大小不能超过500K！');
  if (frame.width < MIN_PHOTO_WIDTH || frame.height < MIN_PHOTO_HEIGHT) {
    errors.push(`照片像素不能小于${MIN_PHOTO_HEIGHT}×${MIN_PHOTO_WIDTH}（高×宽），当前为${frame.height}×${frame.width}！`);
  }
  return errors;
}
