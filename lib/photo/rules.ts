import type { Finding, PhotoFacts } from '../checks/types';
import { t, type MessageKey } from '../i18n/t';
import { inspectJpeg, type JpegInfo, type NotJpeg } from './inspect';
import { PHOTO_CHECK_IDS, PHOTO_RULES, type PhotoCheckId } from './rule-table';

/**
 * The 个人照片 rules of ./rule-table.ts applied to one file, with the messages that say what is
 * wrong and how to fix it, in the browser's language (public/_locales, `check_photo_*`). Run
 * where a photo is read — on-demand.js when one is chosen on a portal page, the options page's
 * photo checker — never in the content script every page loads (issue 9): the photo-* checks
 * there read the findings from CheckContext.photo.
 */

/** What the rules read of a file. */
interface PhotoFile {
  /** Bytes of the file. */
  size: number;
  /** Inspection result (./inspect.ts). */
  info: JpegInfo | NotJpeg;
  /** Which page control the file came from, when on a page. */
  control?: number;
  /** The file's name, when known (a page's file box): the portal asks for "jpg格式". */
  name?: string;
}

/** The findings' field: the page's photo box's key, as photo-missing names it (one `data-field` for every photo finding). */
const FIELD = 'page.photo';
/** Format names, the same in every language; other kinds are described by a message. */
const KIND_NAMES: Record<string, string> = { png: 'PNG', gif: 'GIF', bmp: 'BMP', webp: 'WebP' };
/** The colour model (JPEG's Adobe transform) as the findings name it, by inspectJpeg's `colorTransform`. */
const COLOR_NAMES: Record<string, MessageKey> = {
  rgb: 'check_photo_color_depth_rgb',
  ycbcr: 'check_photo_color_depth_ycbcr',
  cmyk: 'check_photo_color_depth_cmyk',
  ycck: 'check_photo_color_depth_ycck',
  grey: 'check_photo_color_depth_grey',
};

/** The sentence that ends most findings: the options page's photo fixer makes a compliant copy. */
const fixHint = () => t('check_photo_fix_hint');

/** What a file that is not a JPEG is: its format's name, a broken JPEG, or unrecognised. */
function kindName(detected: string): string {
  return KIND_NAMES[detected] ?? t(detected === 'broken-jpeg' ? 'check_photo_format_broken_jpeg' : 'check_photo_format_unknown');
}

function finding(checkId: PhotoCheckId, severity: Finding['severity'], message: string, facts: PhotoFile): Finding {
  return { checkId, severity, message, field: FIELD, ...(facts.control !== undefined ? { control: facts.control } : {}) };
}

/**
 * photo-format: a real JPEG (magic bytes), decodable by any server: not arithmetic-coded, not
 * lossless; and, its name known, named .jpg or .jpeg — a JPEG saved as .jfif (as Windows saves a
 * downloaded photo) or renamed .png meets "jpg格式" in its bytes only, and a server checking
 * the name refuses it (a warning: whether the portal checks it is unknown; probe 20 F4).
 */
function formatFindings(facts: PhotoFile): Finding[] {
  const info = facts.info;
  if (info.kind !== 'jpeg') {
    return [finding('photo-format', 'error', t('check_photo_format_not_jpeg', kindName(info.detected), fixHint()), facts)];
  }
  const named = facts.name !== undefined && !/\.jpe?g$/i.test(facts.name) ? [finding('photo-format', 'warning', t('check_photo_format_extension', facts.name), facts)] : [];
  if (info.arithmetic || [0xc3, 0xc5, 0xc6, 0xc7].includes(info.sofMarker)) {
    return [finding('photo-format', 'error', t('check_photo_format_rare_coding', info.sofMarker.toString(16).toUpperCase(), fixHint()), facts), ...named];
  }
  if (info.progressive) {
    return [finding('photo-format', 'warning', t('check_photo_format_progressive', fixHint()), facts), ...named];
  }
  return named;
}

/** photo-color-depth: "24位RGB真彩色" = 3 components × 8 bits, colour (not CMYK, not greyscale). */
function colorDepthFindings(facts: PhotoFile): Finding[] {
  const info = facts.info;
  if (info.kind !== 'jpeg') return [];
  const colourOk = info.components === PHOTO_RULES.components && (info.colorTransform === 'ycbcr' || info.colorTransform === 'rgb');
  if (colourOk && info.precision === PHOTO_RULES.precision) return [];
  const bits = info.components * info.precision;
  const colour = t(COLOR_NAMES[info.colorTransform] ?? 'check_photo_color_depth_unknown');
  return [
    finding(
      'photo-color-depth',
      'error',
      t('check_photo_color_depth_wrong', info.components, info.precision, bits, colour, fixHint()),
      facts,
    ),
  ];
}

/** photo-size: strictly under 500 000 bytes (see the table's docstring for why). */
function sizeFindings(facts: PhotoFile): Finding[] {
  if (facts.size <= PHOTO_RULES.maxBytes) return [];
  return [
    finding(
      'photo-size',
      'error',
      t('check_photo_size_too_big', facts.size.toLocaleString('en-US'), (facts.size / 1000).toFixed(1), fixHint()),
      facts,
    ),
  ];
}

/** photo-dimensions: ≥ 295 × 413 px both as stored and as displayed; portrait; EXIF rotation flagged. */
function dimensionFindings(facts: PhotoFile): Finding[] {
  const info = facts.info;
  if (info.kind !== 'jpeg') return [];
  const { minWidth, minHeight } = PHOTO_RULES;
  const fits = (w: number, h: number) => w >= minWidth && h >= minHeight;
  if (!fits(info.width, info.height)) {
    return [
      finding(
        'photo-dimensions',
        'error',
        t('check_photo_dimensions_too_small', info.width, info.height, minWidth, minHeight),
        facts,
      ),
    ];
  }
  if (info.orientation !== 1 && !fits(info.rawWidth, info.rawHeight)) {
    return [
      finding(
        'photo-dimensions',
        'error',
        t('check_photo_dimensions_stored_rotated', info.rawWidth, info.rawHeight, fixHint()),
        facts,
      ),
    ];
  }
  if (info.orientation !== 1) {
    return [finding('photo-dimensions', 'warning', t('check_photo_dimensions_orientation_tag', info.orientation, fixHint()), facts)];
  }
  if (info.width * 7 > info.height * 5 * 1.1) {
    return [
      finding(
        'photo-dimensions',
        'warning',
        t('check_photo_dimensions_not_portrait', info.width, info.height),
        facts,
      ),
    ];
  }
  return [];
}

const EVALUATORS: Record<PhotoCheckId, (facts: PhotoFile) => Finding[]> = {
  'photo-format': formatFindings,
  'photo-size': sizeFindings,
  'photo-dimensions': dimensionFindings,
  'photo-color-depth': colorDepthFindings,
};

/**
 * Applies every rule of PHOTO_RULES to a file already inspected.
 * @param file size in bytes, the inspectJpeg result, and the page control it came from (if any).
 * @returns PhotoFacts: the control and every rule's findings, errors first (messages in the
 *   browser's language with the measured value and the fix); no findings when the photo meets
 *   every rule. Never throws.
 */
export function evaluatePhoto(file: PhotoFile): PhotoFacts {
  const all = PHOTO_CHECK_IDS.flatMap((id) => EVALUATORS[id](file));
  const findings = [...all.filter((f) => f.severity === 'error'), ...all.filter((f) => f.severity !== 'error')];
  return { ...(file.control !== undefined ? { control: file.control } : {}), findings };
}

/**
 * Reads a chosen photo file and applies every rule of PHOTO_RULES to it.
 * @param bytes the file's bytes (at least everything up to the first SOS marker)
 * @param size the file's size in bytes (`File.size`; the size limit applies to it)
 * @param control the page control the file was chosen in, if any (findings point at it)
 * @param name the file's name (`File.name`), if known: its extension is checked too
 * @returns PhotoFacts as evaluatePhoto. Never throws.
 */
export function inspectPhoto(bytes: Uint8Array, size: number, control?: number, name?: string): PhotoFacts {
  return evaluatePhoto({ size, info: inspectJpeg(bytes), ...(control !== undefined ? { control } : {}), ...(name !== undefined ? { name } : {}) });
}

/**
 * Checks a photo file against every rule of PHOTO_RULES (the options page's photo checker).
 * @param bytes the file's bytes (at least everything up to the first SOS marker)
 * @param size the file's size in bytes (`File.size`; the size limit applies to it)
 * @returns findings, errors first; empty when the photo meets every rule. Never throws.
 */
export function checkPhoto(bytes: Uint8Array, size: number): Finding[] {
  return inspectPhoto(bytes, size).findings;
}
