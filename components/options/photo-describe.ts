import type { Finding } from '../../lib/checks/types';
import type { JpegInfo, NotJpeg } from '../../lib/photo/inspect';
import { PHOTO_RULES, type PhotoCheckId } from '../../lib/photo/rule-table';
import { t, type MessageKey } from '@/lib/i18n/t';

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

/**
 * The line shown next to the photo for one rule, in the UI language, with the thresholds of
 * PHOTO_RULES filled in.
 * @param checkId the rule
 */
export function photoRuleText(checkId: PhotoCheckId): string {
  switch (checkId) {
    case 'photo-format':
      return t('options_photo_rule_format');
    case 'photo-color-depth':
      return t('options_photo_rule_colour', PHOTO_RULES.components, PHOTO_RULES.precision);
    case 'photo-size':
      return t('options_photo_rule_size', BYTES_PER_KB, PHOTO_RULES.maxBytes.toLocaleString('en-US'));
    case 'photo-dimensions':
      return t('options_photo_rule_dimensions', PHOTO_RULES.minWidth, PHOTO_RULES.minHeight);
  }
}

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

/** Colour model names: a plain string is the same in every language, an object a message name. */
const MODEL_NAMES: Record<JpegInfo['colorTransform'], string | { key: MessageKey }> = {
  rgb: 'RGB',
  ycbcr: 'RGB',
  grey: { key: 'options_colour_grey' },
  cmyk: 'CMYK',
  ycck: 'CMYK',
  unknown: { key: 'options_colour_unknown' },
};

/** Files that are not a readable JPEG: another image format's name, or a message name. */
const OTHER_FORMATS: Record<NotJpeg['detected'], { other: string } | { key: MessageKey }> = {
  png: { other: 'PNG' },
  gif: { other: 'GIF' },
  bmp: { other: 'BMP' },
  webp: { other: 'WebP' },
  unknown: { key: 'options_format_unknown' },
  'broken-jpeg': { key: 'options_format_broken_jpeg' },
};

export interface PhotoDescription {
  /** `JPEG（基线）`, `JPEG（渐进式）`, `PNG（不是 JPEG）`… (English: `JPEG (baseline)`…) */
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
  if (info.kind !== 'jpeg') {
    const other = OTHER_FORMATS[info.detected];
    return { format: 'other' in other ? t('options_format_not_jpeg', other.other) : t(other.key), colour: null, width: null, height: null };
  }
  const coding =
    info.sofMarker === 0xc0 ? t('options_jpeg_baseline') : info.progressive ? t('options_jpeg_progressive') : `SOF 0x${info.sofMarker.toString(16).toUpperCase()}`;
  const bits = info.components * info.precision;
  const model = MODEL_NAMES[info.colorTransform];
  return {
    format: t('options_format_jpeg', coding),
    colour: t('options_photo_colour', typeof model === 'string' ? model : t(model.key), bits, info.components, info.precision),
    width: info.width,
    height: info.height,
  };
}

const stemOf = (fileName: string | undefined) => (fileName ?? '').replace(/\.[^.]*$/, '').trim() || t('options_photo_file_stem');

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
 * The file name recorded for a photo made by the fixer: `照片.png` → `照片-修正.jpg` (English
 * `photo-fixed.jpg`; the suffix is not repeated when a fixed photo is fixed again).
 * @param fileName the original photo's file name
 */
export function fixedPhotoFileName(fileName: string | undefined): string {
  const suffix = t('options_photo_fixed_suffix');
  const stem = stemOf(fileName);
  return `${stem.endsWith(suffix) ? stem.slice(0, -suffix.length) : stem}${suffix}.jpg`;
}
