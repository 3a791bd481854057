/**
 * The profile photo between its two forms: a `data:image/…;base64,…` URL in zc-profile files
 * (spec/profile-format.md) and a Blob in IndexedDB (issue 4: "photo kept as a Blob").
 * Only magic bytes are checked here; full JPEG inspection (components, size, pixels) is
 * lib/photo/inspect.ts.
 */

/** Image kinds a profile photo may hold. The portal wants JPEG (seed step 3(2)); PNG is kept so the photo fixer can convert it. */
export type PhotoMime = 'image/jpeg' | 'image/png';

const JPEG_MAGIC = [0xff, 0xd8, 0xff];
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * Tells the image kind from the first bytes (JPEG SOI `FF D8 FF`, PNG signature).
 * @param bytes the file's leading bytes (8 are enough)
 * @returns the MIME type, or null when the bytes are neither JPEG nor PNG
 */
export function detectImageMime(bytes: Uint8Array): PhotoMime | null {
  if (startsWith(bytes, JPEG_MAGIC)) return 'image/jpeg';
  if (startsWith(bytes, PNG_MAGIC)) return 'image/png';
  return null;
}

/**
 * Decodes a base64 data URL.
 * @param dataUrl `data:<mime>;base64,<payload>` (whitespace in the payload is ignored)
 * @returns the declared MIME type and the bytes, or null when it is not a base64 data URL or the payload is not base64
 */
export function decodeDataUrl(dataUrl: string): { mime: string; bytes: Uint8Array } | null {
  const m = /^data:([^;,]+);base64,([\s\S]*)$/.exec(dataUrl);
  if (!m) return null;
  let binary: string;
  try {
    binary = atob(m[2]!.replace(/\s+/g, ''));
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { mime: m[1]!, bytes };
}

/**
 * Checks that a photo data URL really holds a JPEG or PNG image.
 * @param dataUrl the `photo.dataUrl` of a profile file
 * @returns null when fine, else a Chinese message for the user
 */
export function photoDataUrlProblem(dataUrl: string): string | null {
  const decoded = decodeDataUrl(dataUrl);
  if (!decoded) return '照片数据不是有效的 base64 data URL';
  if (decoded.bytes.length === 0) return '照片数据为空';
  if (!detectImageMime(decoded.bytes)) return '照片内容不是 JPEG 或 PNG 图片（文件头不符）';
  return null;
}

/**
 * Turns image bytes into a Blob typed by their real content (not by the declared MIME type).
 * @param bytes image bytes
 * @returns a Blob of type image/jpeg or image/png
 * @throws Error with a Chinese message when the bytes are not JPEG or PNG
 */
export function imageBytesToBlob(bytes: Uint8Array): Blob {
  const mime = detectImageMime(bytes);
  if (!mime) throw new Error('照片内容不是 JPEG 或 PNG 图片（文件头不符）');
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime });
}

/**
 * Converts a photo data URL to a Blob for storage.
 * @param dataUrl `data:image/…;base64,…`
 * @returns a Blob of type image/jpeg or image/png
 * @throws Error with a Chinese message when the data URL is malformed or not an image
 */
export function dataUrlToBlob(dataUrl: string): Blob {
  const decoded = decodeDataUrl(dataUrl);
  if (!decoded) throw new Error('照片数据不是有效的 base64 data URL');
  return imageBytesToBlob(decoded.bytes);
}

/**
 * Converts bytes to standard base64 (with padding, no line breaks).
 * @param bytes any bytes
 */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/**
 * Converts a stored photo Blob back to the data URL form used in files and messages.
 * @param blob the stored photo
 * @returns `data:<blob.type>;base64,<payload>`
 */
export async function blobToDataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return `data:${blob.type || 'application/octet-stream'};base64,${bytesToBase64(bytes)}`;
}

/**
 * A chosen photo larger than this is not stored as it is: the options page hands it straight to
 * the one-click fixer, whose output (≤ 499,999 bytes, lib/photo/fix.ts) is what the profile keeps.
 */
export const PHOTO_STORE_MAX_BYTES = 5_000_000;
/**
 * A chosen photo larger than this is refused: the fixer decodes it whole in the page's memory. A
 * phone's photo is 2–12 MB (a 3000 × 4000 JPEG about 5.5 MB: newcomer 25 item 1).
 */
export const PHOTO_SOURCE_MAX_BYTES = 20_000_000;
