import type { Finding, PhotoFacts } from '../checks/types';
import { inspectJpeg, type JpegInfo, type NotJpeg } from './inspect';
import { PHOTO_CHECK_IDS, PHOTO_RULES, type PhotoCheckId } from './rule-table';

/**
 * The 个人照片 rules of ./rule-table.ts applied to one file, with the messages that say what is
 * wrong and how to fix it. Run where a photo is read — on-demand.js when one is chosen on a
 * portal page, the options page's photo checker — never in the content script every page loads
 * (issue 9): the photo-* checks there read the findings from CheckContext.photo.
 */

/** What the rules read of a file. */
interface PhotoFile {
  /** Bytes of the file. */
  size: number;
  /** Inspection result (./inspect.ts). */
  info: JpegInfo | NotJpeg;
  /** Which page control the file came from, when on a page. */
  control?: number;
}

/** The findings' field: the page's photo box's key, as photo-missing names it (one `data-field` for every photo finding). */
const FIELD = 'page.photo';
const FIX_HINT = '可用本助手的“一键修正照片”重新生成合格的照片。';
const KIND_NAMES: Record<string, string> = {
  png: 'PNG',
  gif: 'GIF',
  bmp: 'BMP',
  webp: 'WebP',
  unknown: '无法识别的格式',
  'broken-jpeg': '已损坏的 JPEG（文件结构不完整）',
};
const COLOR_NAMES: Record<string, string> = {
  rgb: 'RGB',
  ycbcr: 'YCbCr（标准彩色）',
  cmyk: 'CMYK（印刷色彩）',
  ycck: 'YCCK（印刷色彩）',
  grey: '灰度（黑白）',
  unknown: '未知色彩',
};

/** 512 345 → "512,345 字节（约 512.3 KB，按 1 KB = 1000 字节）". */
function describeBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} 字节（约 ${(bytes / 1000).toFixed(1)} KB，按 1 KB = 1000 字节）`;
}

function finding(checkId: PhotoCheckId, severity: Finding['severity'], message: string, facts: PhotoFile): Finding {
  return { checkId, severity, message, field: FIELD, ...(facts.control !== undefined ? { control: facts.control } : {}) };
}

/** photo-format: a real JPEG (magic bytes), decodable by any server: not arithmetic-coded, not lossless. */
function formatFindings(facts: PhotoFile): Finding[] {
  const info = facts.info;
  if (info.kind !== 'jpeg') {
    const what = KIND_NAMES[info.detected] ?? KIND_NAMES.unknown!;
    return [finding('photo-format', 'error', `照片文件实际是 ${what}，不是 JPEG（门户要求 jpg 格式，只改扩展名无效）。${FIX_HINT}`, facts)];
  }
  if (info.arithmetic || [0xc3, 0xc5, 0xc6, 0xc7].includes(info.sofMarker)) {
    return [finding('photo-format', 'error', `照片使用了少见的 JPEG 编码方式（SOF 0x${info.sofMarker.toString(16).toUpperCase()}），门户可能无法读取。${FIX_HINT}`, facts)];
  }
  if (info.progressive) {
    return [finding('photo-format', 'warning', `照片是“渐进式”JPEG，老旧系统有时无法处理；建议转成标准（基线）JPEG。${FIX_HINT}`, facts)];
  }
  return [];
}

/** photo-color-depth: "24位RGB真彩色" = 3 components × 8 bits, colour (not CMYK, not greyscale). */
function colorDepthFindings(facts: PhotoFile): Finding[] {
  const info = facts.info;
  if (info.kind !== 'jpeg') return [];
  const colourOk = info.components === PHOTO_RULES.components && (info.colorTransform === 'ycbcr' || info.colorTransform === 'rgb');
  if (colourOk && info.precision === PHOTO_RULES.precision) return [];
  const bits = info.components * info.precision;
  const colour = COLOR_NAMES[info.colorTransform] ?? COLOR_NAMES.unknown!;
  return [
    finding(
      'photo-color-depth',
      'error',
      `照片是 ${info.components} 通道 × ${info.precision} 位（${bits} 位，${colour}），门户要求 24 位 RGB 真彩色（3 通道 × 8 位）。${FIX_HINT}`,
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
      `照片大小为 ${describeBytes(facts.size)}，超过 500k。门户未说明 1k 按 1000 还是 1024 字节计，为稳妥请控制在 500,000 字节以内（小于 500000 字节）。${FIX_HINT}`,
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
        `照片为 ${info.width}×${info.height} 像素（宽×高），门户要求竖版、不小于 ${minWidth}×${minHeight} 像素（宽×高，一寸 300dpi）。请换用更大的竖版照片，或用“一键修正照片”裁剪。`,
        facts,
      ),
    ];
  }
  if (info.orientation !== 1 && !fits(info.rawWidth, info.rawHeight)) {
    return [
      finding(
        'photo-dimensions',
        'error',
        `照片靠 EXIF 旋转标记显示为竖版，但文件实际存储为 ${info.rawWidth}×${info.rawHeight} 像素；门户通常不理会旋转标记，会当作横版或判为尺寸不足。${FIX_HINT}`,
        facts,
      ),
    ];
  }
  if (info.orientation !== 1) {
    return [finding('photo-dimensions', 'warning', `照片带有 EXIF 旋转/翻转标记（方向 ${info.orientation}），门户显示时可能方向不对。${FIX_HINT}`, facts)];
  }
  if (info.width * 7 > info.height * 5 * 1.1) {
    return [
      finding(
        'photo-dimensions',
        'warning',
        `照片为 ${info.width}×${info.height} 像素，不是一寸证件照的竖版比例（宽:高 约 5:7，如 295×413）。建议用“一键修正照片”裁剪。`,
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
 * @returns PhotoFacts: the control and every rule's findings, errors first (Chinese messages
 *   with the measured value and the fix); no findings when the photo meets every rule. Never throws.
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
 * @returns PhotoFacts as evaluatePhoto. Never throws.
 */
export function inspectPhoto(bytes: Uint8Array, size: number, control?: number): PhotoFacts {
  return evaluatePhoto({ size, info: inspectJpeg(bytes), ...(control !== undefined ? { control } : {}) });
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
