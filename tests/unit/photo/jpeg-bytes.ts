import { encode } from 'jpeg-js';

/** Test helpers that build JPEG bytes: real ones from jpeg-js, and hand-built header variants. */

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** A real baseline JPEG (jpeg-js) of `width` × `height` filled by `pixel(x, y) → [r, g, b, a]`. */
export function realJpeg(width: number, height: number, pixel: (x: number, y: number) => number[] = () => [40, 90, 200, 255], quality = 80): Uint8Array {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set(pixel(x, y), (y * width + x) * 4);
  return new Uint8Array(encode({ data, width, height }, quality).data);
}

/** RGBA pixels of `width` × `height` filled by `pixel`. */
export function rgba(width: number, height: number, pixel: (x: number, y: number) => number[]): Uint8ClampedArray {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set(pixel(x, y), (y * width + x) * 4);
  return data;
}

/** A marker segment: FF marker, big-endian length (payload + 2), payload. */
export function segment(marker: number, payload: number[]): number[] {
  const length = payload.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...payload];
}

/** Inserts segments right after SOI. */
export function withSegments(jpeg: Uint8Array, ...segments: number[][]): Uint8Array {
  return new Uint8Array([...jpeg.subarray(0, 2), ...segments.flat(), ...jpeg.subarray(2)]);
}

/** APP1 EXIF with one IFD0 entry Orientation = `orientation` (big- or little-endian TIFF). */
export function exifSegment(orientation: number, littleEndian = false): number[] {
  const u16 = (v: number) => (littleEndian ? [v & 0xff, v >> 8] : [v >> 8, v & 0xff]);
  const u32 = (v: number) => (littleEndian ? [...u16(v & 0xffff), ...u16(v >>> 16)] : [...u16(v >>> 16), ...u16(v & 0xffff)]);
  const tiff = [...(littleEndian ? ascii('II') : ascii('MM')), ...u16(42), ...u32(8), ...u16(1), ...u16(0x0112), ...u16(3), ...u32(1), ...u16(orientation), 0, 0, ...u32(0)];
  return segment(0xe1, [...ascii('Exif'), 0, 0, ...tiff]);
}

/** APP14 Adobe with a colour transform flag (0 = none/RGB or CMYK, 1 = YCbCr, 2 = YCCK). */
export function adobeSegment(transform: number): number[] {
  return segment(0xee, [...ascii('Adobe'), 0, 100, 0, 0, 0, 0, transform]);
}

/** A header-only JPEG: SOI, extra segments, one SOFn, EOI (enough for inspection, not decodable). */
export function headerJpeg(opts: { sof?: number; precision?: number; width: number; height: number; components: number; ids?: number[] }, ...extra: number[][]): Uint8Array {
  const comps = Array.from({ length: opts.components }, (_, i) => [opts.ids?.[i] ?? i + 1, 0x11, 0]).flat();
  const sof = segment(opts.sof ?? 0xc0, [opts.precision ?? 8, opts.height >> 8, opts.height & 0xff, opts.width >> 8, opts.width & 0xff, opts.components, ...comps]);
  return new Uint8Array([0xff, 0xd8, ...extra.flat(), ...sof, 0xff, 0xd9]);
}

/** Rewrites the SOF0 marker of a jpeg-js file into another SOFn (e.g. 0xC2 progressive). */
export function withSofMarker(jpeg: Uint8Array, marker: number): Uint8Array {
  const copy = jpeg.slice();
  for (let i = 2; i + 1 < copy.length; i++) {
    if (copy[i] === 0xff && copy[i + 1] === 0xc0) {
      copy[i + 1] = marker;
      return copy;
    }
  }
  throw new Error('no SOF0');
}
