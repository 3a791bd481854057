import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspectJpeg, stripExif } from '../../../lib/photo/inspect';
import { adobeSegment, exifSegment, headerJpeg, realJpeg, withSegments, withSofMarker } from './jpeg-bytes';

describe('inspectJpeg', () => {
  it('reads a real baseline JPEG from jpeg-js', () => {
    expect(inspectJpeg(realJpeg(300, 420))).toEqual({
      kind: 'jpeg',
      width: 300,
      height: 420,
      rawWidth: 300,
      rawHeight: 420,
      components: 3,
      precision: 8,
      colorTransform: 'ycbcr',
      progressive: false,
      arithmetic: false,
      sofMarker: 0xc0,
      orientation: 1,
    });
  });

  it('tells other formats by magic bytes', () => {
    const cases: [number[], string][] = [
      [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'png'],
      [[...'GIF89a'].map((c) => c.charCodeAt(0)), 'gif'],
      [[0x42, 0x4d, 0, 0], 'bmp'],
      [[...'RIFF\0\0\0\0WEBPVP8 '].map((c) => c.charCodeAt(0)), 'webp'],
      [[1, 2, 3], 'unknown'],
      [[], 'unknown'],
      [[0xff, 0xd8, 0xff, 0xe0, 0x00], 'broken-jpeg'],
    ];
    for (const [bytes, detected] of cases) expect(inspectJpeg(new Uint8Array(bytes))).toEqual({ kind: 'not-jpeg', detected });
  });

  it('flags progressive and arithmetic frames', () => {
    const progressive = inspectJpeg(withSofMarker(realJpeg(16, 16), 0xc2));
    expect(progressive).toMatchObject({ progressive: true, arithmetic: false, sofMarker: 0xc2 });
    expect(inspectJpeg(withSofMarker(realJpeg(16, 16), 0xc9))).toMatchObject({ arithmetic: true });
  });

  it('reads greyscale, CMYK, YCCK, RGB and 12/16-bit frames from the headers', () => {
    expect(inspectJpeg(headerJpeg({ width: 300, height: 420, components: 1 }))).toMatchObject({ components: 1, colorTransform: 'grey' });
    expect(inspectJpeg(headerJpeg({ width: 300, height: 420, components: 4 }, adobeSegment(0)))).toMatchObject({ components: 4, colorTransform: 'cmyk' });
    expect(inspectJpeg(headerJpeg({ width: 300, height: 420, components: 4 }, adobeSegment(2)))).toMatchObject({ colorTransform: 'ycck' });
    expect(inspectJpeg(headerJpeg({ width: 300, height: 420, components: 3 }, adobeSegment(0)))).toMatchObject({ colorTransform: 'rgb' });
    expect(inspectJpeg(headerJpeg({ width: 300, height: 420, components: 3, ids: [0x52, 0x47, 0x42] }))).toMatchObject({ colorTransform: 'rgb' });
    expect(inspectJpeg(headerJpeg({ sof: 0xc1, precision: 12, width: 300, height: 420, components: 3 }))).toMatchObject({ precision: 12 });
    expect(inspectJpeg(headerJpeg({ sof: 0xc3, precision: 16, width: 300, height: 420, components: 3 }))).toMatchObject({ precision: 16, sofMarker: 0xc3 });
  });

  it('applies EXIF orientation 6 (big- and little-endian) to the displayed size', () => {
    for (const little of [false, true]) {
      const info = inspectJpeg(withSegments(realJpeg(413, 295), exifSegment(6, little)));
      expect(info).toMatchObject({ orientation: 6, rawWidth: 413, rawHeight: 295, width: 295, height: 413 });
    }
    expect(inspectJpeg(withSegments(realJpeg(20, 10), exifSegment(3)))).toMatchObject({ orientation: 3, width: 20, height: 10 });
    expect(inspectJpeg(withSegments(realJpeg(20, 10), exifSegment(9)))).toMatchObject({ orientation: 1 });
  });

  it('skips fill bytes before markers', () => {
    const jpeg = realJpeg(20, 10);
    const filled = new Uint8Array([0xff, 0xd8, 0xff, 0xff, ...jpeg.subarray(2)]);
    expect(inspectJpeg(filled)).toMatchObject({ kind: 'jpeg', width: 20, height: 10 });
  });

  it('never throws on garbage, with or without a JPEG signature (fuzz)', () => {
    const base = withSegments(realJpeg(16, 16), exifSegment(6), adobeSegment(1));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.boolean(), (bytes, signed) => {
        const input = signed ? new Uint8Array([0xff, 0xd8, 0xff, ...bytes]) : bytes;
        const info = inspectJpeg(input);
        return info.kind === 'jpeg' || info.kind === 'not-jpeg';
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: base.length - 1 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: base.length }), (at, value, cut) => {
        const mutated = base.slice(0, cut);
        if (at < mutated.length) mutated[at] = value;
        const info = inspectJpeg(mutated);
        return info.kind === 'jpeg' || info.kind === 'not-jpeg';
      }),
      { numRuns: 2000 },
    );
  });
});

describe('stripExif', () => {
  it('removes the EXIF segment and nothing else', () => {
    const plain = realJpeg(20, 10);
    const rotated = withSegments(plain, exifSegment(6));
    const stripped = stripExif(rotated);
    expect(stripped).toEqual(plain);
    expect(inspectJpeg(stripped)).toMatchObject({ orientation: 1, width: 20 });
  });

  it('returns a copy of anything that is not a well-formed JPEG', () => {
    const garbage = new Uint8Array([1, 2, 3]);
    expect(stripExif(garbage)).toEqual(garbage);
  });
});
