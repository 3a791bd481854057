import type { Finding } from '../../lib/checks/types';
import type { JpegInfo, NotJpeg } from '../../lib/photo/inspect';
import { PHOTO_RULES, type PhotoCheckId } from '../../lib/photo/rules';

/**
 * Words and numbers the options page shows about a photo file: the portal's four photo rules
 * (seed step 3(2), thresholds from lib/photo/rules PHOTO_RULES) and a file's format, pixels,
 * size and colour model. Sizes are shown in KB of 1000 bytes, the definition the size rule
 * applies (see PHOTO_RULES: the notice's "500k" is read the strictest way).
 */

/** Bytes per KB in everything the page shows, matching the size rule. */
export const BYTES_PER_KB = 1000;

/** The rules in the order the notice lists them, each with the check that evaluates it. */
export const PHOTO_RULE_ORDER: readonly PhotoCheckId[] = ['photo-format', 'photo-color-depth', 'photo-size', 'photo-dimensions'];

/** One line per rule, as shown next to the photo. */
export const PHOTO_RULE_TEXT: Record<PhotoCheckId, string> = {
  'photo-format': 'JPG 格式：按文件内容（文件头）判断，只改扩展名无效。',
  'photo-color-depth': `24 位 RGB 真彩色：${PHOTO_RULES.components} 通道 × ${PHOTO_RULES.precision} 位；CMYK、灰度（黑白）、16 位照片都不合格。`,
  'photo-size': `小于 500 KB，本助手按 1 KB = ${BYTES_PER_KB} 字节计，即不超过 ${PHOTO_RULES.maxBytes.toLocaleString('en-US')} 字节：通知只写“500k”，没有说明 1K 是 1000 还是 1024 字节，取较严的算法，两种算法下都合格。`,
  'photo-dimensions': `不小于 ${PHOTO_RULES.minWidth}×${PHOTO_RULES.minHeight} 像素（宽×高，竖版）：按 EXIF 旋转后的方向和文件实际存储的方向都要满足。`,
};

/** State of one rule for a file: met, broken, met with a warning, or not judged (not a JPEG). */
export type PhotoRuleState = 'ok' | 'error' | 'warning' | 'unknown';

/**
 * The state of one rule from checkPhoto's findings.
 * @param checkId the rule
 * @param findings checkPhoto's findings for the file
 * @param info the file's inspectJpeg result (colour and pixel rules cannot be judged for a non-JPEG)
 */
export function photoRuleState(checkId: PhotoCheckId, findings: readonly Finding[], info: JpegInfo | NotJpeg): PhotoRuleState {
  const mine = findings.filter((f) => f.checkId === checkId);
  if (mine.some((f) => f.severity === 'error')) return 'error';
  if (mine.length > 0) return 'warning';
  if (info.kind !== 'jpeg' && checkId !== 'photo-format' && checkId !== 'photo-size') return 'unknown';
  return 'ok';
}

/**
 * A size for people: `123.5 KB`.
 * @param bytes file size in bytes
 * @returns kilobytes of 1000 bytes with one decimal
 */
export function formatKB(bytes: number): string {
  return `${(bytes / BYTES_PER_KB).toFixed(1)} KB`;
}

const MODEL_NAMES: Record<JpegInfo['colorTransform'], string> = {
  rgb: 'RGB',
  ycbcr: 'RGB',
  grey: '灰度',
  cmyk: 'CMYK',
  ycck: 'CMYK',
  unknown: '未知色彩',
};

const OTHER_FORMATS: Record<NotJpeg['detected'], string> = {
  png: 'PNG（不是 JPEG）',
  gif: 'GIF（不是 JPEG）',
  bmp: 'BMP（不是 JPEG）',
  webp: 'WebP（不是 JPEG）',
  unknown: '无法识别的格式',
  'broken-jpeg': '已损坏的 JPEG',
};

export interface PhotoDescription {
  /** `JPEG（基线）`, `JPEG（渐进式）`, `PNG（不是 JPEG）`… */
  format: string;
  /** Colour model and depth, `RGB 24 位（3 通道 × 8 位）`; null when the file is not a readable JPEG. */
  colour: string | null;
  /** Displayed pixels (after EXIF orientation); null when not a readable JPEG. */
  width: number | null;
  height: number | null;
}

/**
 * Describes a photo file from its inspection (no pixel decoding).
 * @param info inspectJpeg result of the file
 * @returns format, colour model with bits, and displayed pixel size
 */
export function describePhoto(info: JpegInfo | NotJpeg): PhotoDescription {
  if (info.kind !== 'jpeg') return { format: OTHER_FORMATS[info.detected], colour: null, width: null, height: null };
  const coding = info.sofMarker === 0xc0 ? '基线' : info.progressive ? '渐进式' : `SOF 0x${info.sofMarker.toString(16).toUpperCase()}`;
  const bits = info.components * info.precision;
  return {
    format: `JPEG（${coding}）`,
    colour: `${MODEL_NAMES[info.colorTransform]} ${bits} 位（${info.components} 通道 × ${info.precision} 位）`,
    width: info.width,
    height: info.height,
  };
}

const stemOf = (fileName: string | undefined) => (fileName ?? '').replace(/\.[^.]*$/, '').trim() || '个人照片';

/**
 * The suggested name of an exported photo: the stored name's stem and the extension of the
 * real content.
 * @param fileName the stored photo's file name (may be empty or missing)
 * @param mime the photo Blob's type
 */
export function photoFileName(fileName: string | undefined, mime: string): string {
  return `${stemOf(fileName)}${mime === 'image/png' ? '.png' : '.jpg'}`;
}

/**
 * The file name recorded for a photo made by the fixer: `照片.png` → `照片-修正.jpg` (the
 * suffix is not repeated when a fixed photo is fixed again).
 * @param fileName the original photo's file name
 */
export function fixedPhotoFileName(fileName: string | undefined): string {
  return `${stemOf(fileName).replace(/-修正$/, '')}-修正.jpg`;
}
