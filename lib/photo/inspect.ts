/**
 * JPEG inspection from the bytes alone: file kind by magic bytes, frame header (SOFn) facts,
 * EXIF orientation (APP1) and the Adobe colour transform (APP14). No pixel is decoded, so the
 * answer does not depend on what a browser's decoder tolerates (the portal's server-side
 * validator may be stricter; seed step 3(2) asks for "jpg格式，24位RGB真彩色").
 */

export type ColorTransform = 'rgb' | 'ycbcr' | 'cmyk' | 'ycck' | 'grey' | 'unknown';

export interface JpegInfo {
  kind: 'jpeg';
  /** Pixels as displayed, i.e. after EXIF orientation (5–8 swap width and height). */
  width: number;
  height: number;
  /** Pixels as stored in the frame header (what a server that ignores EXIF sees). */
  rawWidth: number;
  rawHeight: number;
  /** Number of colour components in the frame (3 = colour, 1 = greyscale, 4 = CMYK/YCCK). */
  components: number;
  /** Bits per sample (8 for ordinary JPEG, 12/16 for extended/lossless). */
  precision: number;
  colorTransform: ColorTransform;
  /** SOF2/SOF6/SOF10/SOF14: progressive scan order. */
  progressive: boolean;
  /** SOF9–SOF15 (except 12): arithmetic entropy coding, which many decoders lack. */
  arithmetic: boolean;
  /** The SOF marker's low byte (0xC0 baseline, 0xC1 extended, 0xC2 progressive, …). */
  sofMarker: number;
  /** EXIF orientation 1–8; 1 when absent or unreadable. */
  orientation: number;
}

export type NotJpegKind = 'png' | 'gif' | 'bmp' | 'webp' | 'unknown' | 'broken-jpeg';

export interface NotJpeg {
  kind: 'not-jpeg';
  /** What the bytes look like instead; `broken-jpeg` = JPEG signature but no readable frame header. */
  detected: NotJpegKind;
}

/** Start-of-frame markers (ITU T.81 Table B.1): C0–C3, C5–C7, C9–CB, CD–CF. C4/C8/CC are not frames. */
function isSof(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function startsWith(bytes: Uint8Array, at: number, sig: readonly number[]): boolean {
  if (bytes.length < at + sig.length) return false;
  return sig.every((b, i) => bytes[at + i] === b);
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Kind of a non-JPEG file from its signature. */
function detectOther(bytes: Uint8Array): NotJpegKind {
  if (startsWith(bytes, 0, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (startsWith(bytes, 0, ascii('GIF8'))) return 'gif';
  if (startsWith(bytes, 0, ascii('BM'))) return 'bmp';
  if (startsWith(bytes, 0, ascii('RIFF')) && startsWith(bytes, 8, ascii('WEBP'))) return 'webp';
  return 'unknown';
}

function u16be(b: Uint8Array, at: number): number {
  return ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
}

/**
 * Reads the Orientation tag (0x0112) from IFD0 of an EXIF block.
 * @param b the file bytes; `start`/`end` bound the APP1 payload (after the length field)
 * @returns 1–8, or 1 when absent, malformed or out of range
 */
function readExifOrientation(b: Uint8Array, start: number, end: number): number {
  if (!startsWith(b, start, [...ascii('Exif'), 0, 0])) return 1;
  const tiff = start + 6;
  if (tiff + 8 > end) return 1;
  const little = b[tiff] === 0x49 && b[tiff + 1] === 0x49;
  const big = b[tiff] === 0x4d && b[tiff + 1] === 0x4d;
  if (!little && !big) return 1;
  const u16 = (at: number) => (little ? (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) : u16be(b, at));
  const u32 = (at: number) =>
    little ? (u16(at) + u16(at + 2) * 0x10000) : u16(at) * 0x10000 + u16(at + 2);
  const ifd0 = tiff + u32(tiff + 4);
  if (ifd0 + 2 > end) return 1;
  const count = u16(ifd0);
  for (let i = 0; i < count; i++) {
    const entry = ifd0 + 2 + i * 12;
    if (entry + 12 > end) return 1;
    if (u16(entry) !== 0x0112) continue;
    const type = u16(entry + 2);
    // SHORT (3) is the standard type; value sits in the first two bytes of the value field.
    const value = type === 3 ? u16(entry + 8) : type === 4 ? u32(entry + 8) : 0;
    return value >= 1 && value <= 8 ? value : 1;
  }
  return 1;
}

function colorTransformOf(
  components: number,
  componentIds: number[],
  adobeTransform: number | null,
  jfif: boolean,
): ColorTransform {
  if (components === 1) return 'grey';
  if (components === 3) {
    if (adobeTransform === 0) return 'rgb';
    if (adobeTransform === 1 || jfif) return 'ycbcr';
    // Without JFIF/Adobe markers, component ids "R","G","B" signal RGB (libjpeg's heuristic).
    if (componentIds.join(',') === ascii('RGB').join(',')) return 'rgb';
    return 'ycbcr';
  }
  if (components === 4) return adobeTransform === 2 ? 'ycck' : 'cmyk';
  return 'unknown';
}

/**
 * Inspects an image file's bytes.
 * @param bytes the whole file (or at least everything up to the first SOS marker)
 * @returns JpegInfo for a JPEG with a readable frame header; `{ kind: 'not-jpeg', detected }`
 *   otherwise (`broken-jpeg` when the JPEG signature is there but no frame header can be read).
 *   Never throws, whatever the bytes.
 */
export function inspectJpeg(bytes: Uint8Array): JpegInfo | NotJpeg {
  if (!startsWith(bytes, 0, [0xff, 0xd8, 0xff])) return { kind: 'not-jpeg', detected: detectOther(bytes) };
  let orientation = 1;
  let adobeTransform: number | null = null;
  let jfif = false;
  let pos = 2;
  while (pos + 1 < bytes.length) {
    if (bytes[pos] !== 0xff) return { kind: 'not-jpeg', detected: 'broken-jpeg' };
    // Any number of 0xFF fill bytes may precede a marker (T.81 B.1.1.2).
    while (bytes[pos + 1] === 0xff) pos++;
    const marker = bytes[pos + 1] ?? 0;
    pos += 2;
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue; // no length
    if (marker === 0xd9 || marker === 0xda) break; // EOI, or SOS before any frame header
    const length = u16be(bytes, pos);
    const end = pos + length;
    if (length < 2 || end > bytes.length) break;
    const payload = pos + 2;
    if (marker === 0xe0 && startsWith(bytes, payload, [...ascii('JFIF'), 0])) jfif = true;
    if (marker === 0xe1 && orientation === 1) orientation = readExifOrientation(bytes, payload, end);
    if (marker === 0xee && startsWith(bytes, payload, ascii('Adobe')) && length >= 14) {
      adobeTransform = bytes[payload + 11] ?? null;
    }
    if (isSof(marker)) {
      if (length < 8) break;
      const components = bytes[payload + 5] ?? 0;
      const componentIds: number[] = [];
      for (let i = 0; i < components && payload + 6 + i * 3 < end; i++) componentIds.push(bytes[payload + 6 + i * 3]!);
      const rawHeight = u16be(bytes, payload + 1);
      const rawWidth = u16be(bytes, payload + 3);
      const swap = orientation >= 5;
      return {
        kind: 'jpeg',
        width: swap ? rawHeight : rawWidth,
        height: swap ? rawWidth : rawHeight,
        rawWidth,
        rawHeight,
        components,
        precision: bytes[payload] ?? 0,
        colorTransform: colorTransformOf(components, componentIds, adobeTransform, jfif),
        progressive: [0xc2, 0xc6, 0xca, 0xce].includes(marker),
        arithmetic: marker >= 0xc9,
        sofMarker: marker,
        orientation,
      };
    }
    pos = end;
  }
  return { kind: 'not-jpeg', detected: 'broken-jpeg' };
}

/**
 * Removes EXIF (APP1 "Exif") segments from a JPEG, leaving every other byte unchanged, so a
 * browser decoder cannot apply the orientation on its own (lib/photo/fix.ts applies it itself).
 * @param bytes a JPEG file
 * @returns a new array without EXIF segments; the input unchanged (copied) when it is not a
 *   well-formed JPEG up to its first SOS. Never throws.
 */
export function stripExif(bytes: Uint8Array): Uint8Array {
  if (!startsWith(bytes, 0, [0xff, 0xd8])) return bytes.slice();
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  let pos = 2;
  while (pos + 3 < bytes.length && bytes[pos] === 0xff) {
    const marker = bytes[pos + 1]!;
    if (marker === 0xda || marker === 0xd9) break;
    const end = pos + 2 + u16be(bytes, pos + 2);
    if (end > bytes.length || end <= pos + 3) return bytes.slice();
    if (!(marker === 0xe1 && startsWith(bytes, pos + 4, ascii('Exif')))) kept.push(bytes.subarray(pos, end));
    pos = end;
  }
  kept.push(bytes.subarray(pos));
  const out = new Uint8Array(kept.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of kept) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
