/**
 * The profile photo between its two forms: a `data:image/…;base64,…` URL in zc-profile files
 * (spec/profile-format.md) and a Blob in IndexedDB (issue 4: "photo kept as a Blob").
 * Only magic bytes are checked here; full JPEG inspection (components, size, pixels) is
 * lib/photo/inspect.ts.
 */

import { t } from '../i18n/t';

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
 * What a photo whose file is cut short or has no image data is told (imageDamage), in the UI's
 * language (public/_locales `profile_photo_damaged`).
 */
export const damagedPhotoMessage = (): string => t('profile_photo_damaged');

/** Offset of the first SOS segment (FF DA) of a JPEG, walking the segments from SOI; -1 when there is none. */
function jpegScanStart(bytes: Uint8Array): number {
  let i = 2;
  while (i + 1 < bytes.length) {
    if (bytes[i] !== 0xff) return -1;
    const marker = bytes[i + 1]!;
    if (marker === 0xff) {
      i += 1; // fill byte
    } else if (marker === 0xda) {
      return i;
    } else if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      i += 2; // markers without a length
    } else {
      if (i + 3 >= bytes.length) return -1;
      i += 2 + ((bytes[i + 2]! << 8) | bytes[i + 3]!);
    }
  }
  return -1;
}

/** Whether `needle` occurs in `bytes` at or after `from`. */
function hasBytes(bytes: Uint8Array, needle: readonly number[], from: number): boolean {
  outer: for (let i = Math.max(0, from); i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Tells a photo file that is cut short (an interrupted download or copy) from a whole one, from
 * its structure: a JPEG must have its segments up to a scan (SOS, FF DA) and an end marker (EOI,
 * FF D9) after it (ITU T.81 B.2; FF D9 cannot occur inside the scan data, where FF is followed by
 * 00); a PNG must have its IEND chunk (PNG spec §11.2.5). Bytes after the end (some cameras
 * add them) are allowed. The first bytes alone (detectImageMime) say nothing of this, and a
 * browser shows a cut JPEG as a picture with a grey lower part; the options page also reports a
 * file its `<img>` cannot decode (components/options/PhotoField.tsx).
 * @param bytes the whole file
 * @returns damagedPhotoMessage() when a JPEG or PNG is incomplete, else null (also for bytes that are neither)
 */
export function imageDamage(bytes: Uint8Array): string | null {
  const mime = detectImageMime(bytes);
  if (mime === 'image/jpeg') {
    const scan = jpegScanStart(bytes);
    return scan >= 0 && hasBytes(bytes, [0xff, 0xd9], scan + 2) ? null : damagedPhotoMessage();
  }
  if (mime === 'image/png') return hasBytes(bytes, [0x49, 0x45, 0x4e, 0x44], PNG_MAGIC.length) ? null : damagedPhotoMessage();
  return null;
}

/**
 * imageDamage of a stored photo.
 * @param photo the photo Blob, or null
 * @returns the message, or null when there is no photo or it is whole
 */
export async function photoBlobDamage(photo: Blob | null | undefined): Promise<string | null> {
  return photo ? imageDamage(new Uint8Array(await photo.arrayBuffer())) : null;
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
 * @returns null when fine, else a message for the user in the UI's language (a file refusal)
 */
export function photoDataUrlProblem(dataUrl: string): string | null {
  const decoded = decodeDataUrl(dataUrl);
  if (!decoded) return t('profile_photo_not_data_url');
  if (decoded.bytes.length === 0) return t('profile_photo_empty');
  if (!detectImageMime(decoded.bytes)) return t('profile_photo_not_image');
  return null;
}

/**
 * Turns image bytes into a Blob typed by their real content (not by the declared MIME type).
 * @param bytes image bytes
 * @returns a Blob of type image/jpeg or image/png
 * @throws Error with a message in the UI's language (`profile_photo_not_image`) when the bytes are not JPEG or PNG
 */
export function imageBytesToBlob(bytes: Uint8Array): Blob {
  const mime = detectImageMime(bytes);
  if (!mime) throw new Error(t('profile_photo_not_image'));
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime });
}

/**
 * Converts a photo data URL to a Blob for storage.
 * @param dataUrl `data:image/…;base64,…`
 * @returns a Blob of type image/jpeg or image/png
 * @throws Error with a message in the UI's language when the data URL is malformed or not an image
 */
export function dataUrlToBlob(dataUrl: string): Blob {
  const decoded = decodeDataUrl(dataUrl);
  if (!decoded) throw new Error(t('profile_photo_not_data_url'));
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
