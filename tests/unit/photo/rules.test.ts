import { describe, expect, it } from 'vitest';
import { checkPhoto, inspectPhoto } from '../../../lib/photo/rules';
import { PHOTO_RULES } from '../../../lib/photo/rule-table';
import { adobeSegment, exifSegment, headerJpeg, realJpeg, withSegments, withSofMarker } from './jpeg-bytes';

const ids = (bytes: Uint8Array, size = bytes.length) => checkPhoto(bytes, size).map((f) => `${f.checkId}:${f.severity}`);

describe('checkPhoto (seed step 3(2))', () => {
  it('passes a compliant 295 × 413 baseline colour JPEG', () => {
    expect(checkPhoto(realJpeg(295, 413), 60_000)).toEqual([]);
  });

  it('applies the strictest reading of "500k": under 500 000 bytes', () => {
    expect(PHOTO_RULES.maxBytes).toBe(499_999);
    const jpeg = realJpeg(295, 413);
    expect(ids(jpeg, 499_999)).toEqual([]);
    expect(ids(jpeg, 500_000)).toEqual(['photo-size:error']);
    expect(checkPhoto(jpeg, 512_000)[0]!.message).toContain('1 KB = 1000 字节');
  });

  it('rejects a PNG named .jpg', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    const findings = checkPhoto(png, png.length);
    expect(findings.map((f) => f.checkId)).toEqual(['photo-format']);
    expect(findings[0]!.message).toContain('PNG');
  });

  it('warns of a JPEG chosen under another name than .jpg / .jpeg (.jfif, as Windows saves a downloaded photo; .png): 照片为jpg格式 (probe 20 F4)', () => {
    const named = (name: string) => inspectPhoto(realJpeg(295, 413), 60_000, 3, name).findings.map((f) => `${f.checkId}:${f.severity}:${f.control}`);
    for (const name of ['照片.jfif', 'photo.png', 'photo', 'photo.jpg.bmp']) expect(named(name), name).toEqual(['photo-format:warning:3']);
    for (const name of ['照片.jpg', 'PHOTO.JPG', 'photo.jpeg']) expect(named(name), name).toEqual([]);
    expect(inspectPhoto(realJpeg(295, 413), 60_000, 3, 'photo.jfif').findings[0]!.message).toContain('photo.jfif');
    // Not a JPEG at all: the one error says so, whatever the name.
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect(inspectPhoto(png, png.length, 3, 'photo.png').findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('rejects CMYK, greyscale and 16-bit; warns on progressive', () => {
    expect(ids(headerJpeg({ width: 295, height: 413, components: 4 }, adobeSegment(0)))).toEqual(['photo-color-depth:error']);
    expect(ids(headerJpeg({ width: 295, height: 413, components: 1 }))).toEqual(['photo-color-depth:error']);
    expect(ids(headerJpeg({ sof: 0xc1, precision: 16, width: 295, height: 413, components: 3 }))).toEqual(['photo-color-depth:error']);
    expect(ids(withSofMarker(realJpeg(295, 413), 0xc2))).toEqual(['photo-format:warning']);
  });

  it('names an Adobe YCCK photo CMYK, as the options page’s photo card does (newcomer 66: the finding said YCCK, the card CMYK)', () => {
    const [finding] = checkPhoto(headerJpeg({ width: 295, height: 413, components: 4 }, adobeSegment(2)), 60_000);
    expect(finding!.message).toContain('CMYK（印刷色彩，以 YCCK 方式存储）');
    expect(finding!.message).toContain('4 通道 × 8 位');
  });

  it('wants at least 295 wide × 413 high, portrait', () => {
    expect(ids(realJpeg(294, 413))).toEqual(['photo-dimensions:error']);
    expect(ids(realJpeg(413, 295))).toEqual(['photo-dimensions:error']);
    expect(ids(realJpeg(600, 600))).toEqual(['photo-dimensions:warning']);
  });

  it('does not trust EXIF rotation: a landscape file shown upright is an error', () => {
    expect(ids(withSegments(realJpeg(413, 295), exifSegment(6)))).toEqual(['photo-dimensions:error']);
    expect(ids(withSegments(realJpeg(295, 413), exifSegment(3)))).toEqual(['photo-dimensions:warning']);
  });
});
