import { profileSchema, type Profile } from './schema';
import { formatIssuePath, parseWithIssues, receivedSuffix } from './issues';
import { profilePlace } from './problem-place';
import { photoDataUrlProblem } from './photo-data';

/**
 * The public `zc-profile` exchange file (spec/profile-format.md) and the all-profiles backup
 * file built from it. Pure functions: text in, validated data out, every problem named by path.
 */

export const PROFILE_FORMAT = 'zc-profile';
/** The newest `zc-profile` version this build reads and writes. */
export const PROFILE_FORMAT_VERSION = 1;
export const BACKUP_FORMAT = 'zc-profile-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** A single-profile file larger than this is refused before parsing (a profile with a 500 KB photo is well under 1 MB). */
export const PROFILE_FILE_MAX_BYTES = 10_000_000;
/** A backup holds many profiles, each with a photo. */
export const BACKUP_FILE_MAX_BYTES = 50_000_000;

/** Keys of the file envelope that this format defines; every other top-level key is kept as is. */
const ENVELOPE_KEYS = ['format', 'version', 'exportedAt', 'profile'] as const;
/** Extra keys a backup entry carries beside the envelope (the stored profile's timestamps). */
const BACKUP_ENTRY_KEYS = ['createdAt', 'updatedAt'] as const;
/** How messages name those keys. */
const BACKUP_ENTRY_TIMES: readonly (readonly [(typeof BACKUP_ENTRY_KEYS)[number], string])[] = [
  ['createdAt', '创建时间'],
  ['updatedAt', '修改时间'],
];

/**
 * Upgrades of the `profile` body between format versions: `BODY_UPGRADES[v]` turns a version-v
 * body into a version-(v+1) body. Empty while v1 is the only version; a v2 release adds
 * `1: (body) => …` here and raises PROFILE_FORMAT_VERSION, so v1 files keep importing.
 */
const BODY_UPGRADES: Record<number, (body: unknown) => unknown> = {};

/**
 * One reason a file is refused. `message` is plain Chinese for the applicant and names the value
 * the way the options page does ("学历 第 2 条 · 结束时间：日期格式应为 YYYY-MM-DD 或 YYYY-MM");
 * `path`, when the problem sits at one value, is where it is in the file
 * (`education[1].endDate`, spec/profile-format.md), for helpdesk staff who edit the file.
 */
export interface FileProblem {
  message: string;
  path?: string;
}

export type ParseProfileResult =
  | { ok: true; profile: Profile; unknownTopLevel: Record<string, unknown> }
  | { ok: false; errors: FileProblem[] };

export interface BackupEntry {
  profile: Profile;
  /** Unknown keys of the entry's envelope, written back on export. */
  unknownTopLevel: Record<string, unknown>;
  createdAt?: string;
  updatedAt?: string;
}

export type ParseBackupResult =
  | { ok: true; entries: BackupEntry[]; activeIndex: number | null }
  | { ok: false; errors: FileProblem[] };

/** What an applicant should do with a file this build cannot read. */
const USE_EXPORTED_FILE = '请选择用本助手“导出所选档案”保存的文件（文件名以 .zc-profile.json 结尾）。';
const UPDATE_HELPER = '请先更新职称申报助手再导入。';
/** A file chosen under the other import button: what it is and which button of 导入与导出 takes it. */
const WRONG_BUTTON_BACKUP = '这是“备份全部档案”保存的备份文件（含全部档案），不是单个档案：请用本页“导入与导出”中的“恢复备份”导入。';
const WRONG_BUTTON_PROFILE = '这是单个档案文件，不是备份：请用本页“导入与导出”中的“导入档案文件（zc-profile）”导入。';

/**
 * A file size for messages: `5.5 MB`, one decimal. A MB is 1,000,000 bytes, as the options page's
 * KB is 1000 (components/options/photo-describe.ts BYTES_PER_KB): the notice's "500k" read the
 * strictest way (lib/photo/rule-table.ts), so every size the extension shows counts alike.
 * @param bytes a size in bytes
 */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** `1` or `1 至 3`: a range with one element is written as that element. */
function rangeText(first: number, last: number): string {
  return first === last ? String(first) : `${first} 至 ${last}`;
}

/**
 * Tells whether a file is too large to import, before reading it.
 * @param sizeBytes the file's size in bytes (File.size or the UTF-8 length of its text)
 * @param limitBytes PROFILE_FILE_MAX_BYTES or BACKUP_FILE_MAX_BYTES
 * @returns null when acceptable, else `{ message: "文件太大（30.0 MB），上限为 10.0 MB。…" }`
 */
export function fileSizeProblem(sizeBytes: number, limitBytes: number): FileProblem | null {
  if (sizeBytes <= limitBytes) return null;
  return { message: `文件太大（${formatMegabytes(sizeBytes)}），上限为 ${formatMegabytes(limitBytes)}。请确认选择的是本助手导出的文件。` };
}

/** Leading bytes of files people pick by mistake (photos, scans, archives, Office files). */
const BINARY_SIGNATURES: readonly [number[], string][] = [
  [[0xff, 0xd8, 0xff], '一张 JPEG 图片'],
  [[0x89, 0x50, 0x4e, 0x47], '一张 PNG 图片'],
  [[0x47, 0x49, 0x46, 0x38], '一张 GIF 图片'],
  [[0x42, 0x4d], '一张 BMP 图片'],
  [[0x25, 0x50, 0x44, 0x46], '一个 PDF 文件'],
  [[0x50, 0x4b, 0x03, 0x04], '一个压缩包或 Office 文档'],
  [[0xd0, 0xcf, 0x11, 0xe0], '一个旧版 Office 文档'],
];

/**
 * What a file that is not text is, when it can be told: a known signature, else "binary" when
 * it holds NUL bytes in its first 512 bytes (text files never do, GBK or UTF-8). Null for text.
 */
function binaryKind(bytes: Uint8Array): string | null {
  for (const [signature, name] of BINARY_SIGNATURES) if (signature.every((b, i) => bytes[i] === b)) return name;
  const utf16Bom = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  return !utf16Bom && bytes.subarray(0, 512).includes(0) ? '二进制文件（不是文本）' : null;
}

/**
 * Decodes a chosen file's bytes as UTF-8 (spec/profile-format.md: files are UTF-8), refusing
 * anything else instead of reading replacement characters into the profile: a file saved as GBK
 * (common with Chinese Windows editors) would otherwise import with garbled names or fail with
 * misleading field errors.
 * @param bytes the file's bytes
 * @returns the text (a UTF-8 byte-order mark removed), or the problem: a picture, archive or
 *   other binary file picked by mistake, or text in another encoding (GBK, UTF-16)
 */
export function decodeUtf8File(bytes: Uint8Array): { ok: true; text: string } | { ok: false; errors: FileProblem[] } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const kind = binaryKind(bytes);
    if (kind) return { ok: false, errors: [{ message: `这不是档案文件：选中的文件是${kind}。请选择本助手“导出所选档案”保存的 .zc-profile.json 文件。` }] };
    // A UTF-16 byte-order mark is never valid UTF-8; without one, Chinese editors' default is GBK.
    const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    return {
      ok: false,
      errors: [{ message: `文件不是 UTF-8 编码（可能是 ${utf16 ? 'UTF-16' : 'GBK'}），无法正确读取其中的中文。请用本助手导出的文件，或用文本编辑器把它另存为 UTF-8 后再导入。` }],
    };
  }
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Where a JSON syntax error is, in words, from the engine's message (V8 gives a position,
 * Firefox line and column): at the end (a file cut off), at a line and column (1-based), or
 * not JSON at all (V8 names no position for text that is not JSON from its first character).
 */
function jsonErrorPlace(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message);
  if (/end of (JSON )?(input|data)/i.test(message) || (position && Number(position[1]) >= text.trimEnd().length)) return '内容在结尾处中断';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return `第 ${lineColumn[1]} 行第 ${lineColumn[2]} 列附近有错误`;
  if (!position) return '内容不是 JSON 格式';
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `第 ${line} 行第 ${column} 列附近有错误`;
}

/** Decodes JSON text into an object, or explains why not. */
function decodeJsonObject(text: string, limitBytes: number): { ok: true; value: Record<string, unknown> } | { ok: false; errors: FileProblem[] } {
  const tooBig = fileSizeProblem(utf8Length(text), limitBytes);
  if (tooBig) return { ok: false, errors: [tooBig] };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, errors: [{ message: `文件是空的，不是本助手导出的档案文件。${USE_EXPORTED_FILE}` }] };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    const where = jsonErrorPlace(e, body);
    return { ok: false, errors: [{ message: `不是有效的 JSON 文件：${where}。文件可能不完整或被改动过。${USE_EXPORTED_FILE}` }] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: [{ message: `不是本助手导出的档案文件（文件内容不是一份档案）。${USE_EXPORTED_FILE}` }] };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/**
 * Where a value sits in its file, e.g. `profiles[2].profile.education[1].endDate`; inside a
 * single-profile file, paths start at the profile (`education[1].endDate`, spec/profile-format.md),
 * so the profile itself is `profile`.
 */
function filePath(segments: readonly PropertyKey[]): string {
  return segments.length === 0 ? 'profile' : formatIssuePath(segments);
}

/** Joins the entry's name (backups) and the place inside it: "备份中第 2 个档案（李四） · 学历 第 1 条". */
function placeText(entryName: string | null, place: string | null): string {
  return [entryName, place].filter((p) => p !== null).join(' · ');
}

/**
 * Validates one zc-profile envelope object (a whole file, or one entry of a backup).
 * @param doc the decoded object
 * @param prefix path of `doc` inside its file ([] for a single-profile file)
 * @param entryName how messages name `doc` ("备份中第 2 个档案（李四）"), null for a single-profile file
 * @param extraKeys keys that belong to the container and are neither validated nor kept here
 */
function parseEnvelope(
  doc: Record<string, unknown>,
  prefix: readonly PropertyKey[],
  entryName: string | null,
  extraKeys: readonly string[],
): ParseProfileResult {
  const errors: FileProblem[] = [];
  const at = (...segments: PropertyKey[]) => filePath([...prefix, ...segments]);
  const about = (message: string) => (entryName ? `${entryName}：${message}` : message);
  // A backup chosen under 导入档案文件 has no `profile` of its own: its other "problems" would only confuse (newcomer 25 item 3).
  if (doc.format === BACKUP_FORMAT) return { ok: false, errors: [{ message: about(WRONG_BUTTON_BACKUP), path: at('format') }] };
  if (doc.format !== PROFILE_FORMAT) {
    errors.push({ message: about(`不是本助手导出的档案文件（缺少“${PROFILE_FORMAT}”格式标记）。${USE_EXPORTED_FILE}`), path: at('format') });
  }
  const version = doc.version;
  let bodyVersion = PROFILE_FORMAT_VERSION;
  const readable = `本助手能读取第 ${rangeText(1, PROFILE_FORMAT_VERSION)} 版`;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    errors.push({ message: about(`档案文件的版本号缺失或无效（${readable}）。${USE_EXPORTED_FILE}`), path: at('version') });
  } else if (version > PROFILE_FORMAT_VERSION) {
    errors.push({ message: about(`档案文件版本不受支持：此文件为第 ${version} 版格式，${readable}。${UPDATE_HELPER}`), path: at('version') });
  } else {
    bodyVersion = version;
  }
  if (doc.exportedAt !== undefined && typeof doc.exportedAt !== 'string') {
    errors.push({ message: about('文件中的导出时间不是文本。'), path: at('exportedAt') });
  }
  let profile: Profile | undefined;
  if (doc.profile === undefined) {
    errors.push({ message: about(`文件中没有档案内容。${USE_EXPORTED_FILE}`), path: at('profile') });
  } else {
    let body: unknown = doc.profile;
    for (let v = bodyVersion; v < PROFILE_FORMAT_VERSION; v++) body = BODY_UPGRADES[v]!(body);
    const bodyPrefix = prefix.length === 0 ? [] : [...prefix, 'profile'];
    const parsed = parseWithIssues(profileSchema, body);
    if (parsed.ok) {
      profile = parsed.value;
      const photoProblem = profile.photo ? photoDataUrlProblem(profile.photo.dataUrl) : null;
      if (photoProblem) {
        errors.push({ message: `${placeText(entryName, profilePlace(['photo']))}：${photoProblem}`, path: filePath([...bodyPrefix, 'photo', 'dataUrl']) });
      }
    } else {
      for (const issue of parsed.issues) {
        errors.push({ message: `${placeText(entryName, profilePlace(issue.segments))}：${issue.message}${receivedSuffix(issue)}`, path: filePath([...bodyPrefix, ...issue.segments]) });
      }
    }
  }
  if (errors.length > 0 || !profile) return { ok: false, errors };
  const reserved = new Set<string>([...ENVELOPE_KEYS, ...extraKeys]);
  const unknownTopLevel = Object.fromEntries(Object.entries(doc).filter(([k]) => !reserved.has(k)));
  return { ok: true, profile, unknownTopLevel };
}

/**
 * Reads a `zc-profile` file (spec/profile-format.md).
 * @param text the file's text (UTF-8 decoded, see decodeUtf8File; a leading BOM is ignored)
 * @returns `{ ok: true, profile, unknownTopLevel }` (the profile normalised: defaults filled,
 *   unknown keys kept; unknownTopLevel = envelope keys other than format/version/exportedAt/profile),
 *   or `{ ok: false, errors }` with one FileProblem per problem — every bad value at once, e.g.
 *   `{ message: "学历 第 2 条 · 结束时间：日期格式应为 YYYY-MM-DD 或 YYYY-MM", path: "education[1].endDate" }`,
 *   `{ message: "不是有效的 JSON 文件：第 3 行第 5 列附近有错误。…" }`. Never throws.
 */
export function parseProfileFile(text: string): ParseProfileResult {
  const decoded = decodeJsonObject(text, PROFILE_FILE_MAX_BYTES);
  if (!decoded.ok) return decoded;
  return parseEnvelope(decoded.value, [], null, []);
}

/** The envelope object of one profile, keys in the spec's order, unknown keys after `exportedAt`. */
function envelopeOf(profile: Profile, extra: Record<string, unknown>, exportedAt: string): Record<string, unknown> {
  const kept = Object.fromEntries(Object.entries(extra).filter(([k]) => !(ENVELOPE_KEYS as readonly string[]).includes(k)));
  return { format: PROFILE_FORMAT, version: PROFILE_FORMAT_VERSION, exportedAt, ...kept, profile };
}

/**
 * Writes a `zc-profile` v1 file.
 * @param profile the profile, with `photo.dataUrl` when it has a photo
 * @param extra unknown top-level keys read from the imported file (written back; reserved keys ignored)
 * @param exportedAt ISO 8601 timestamp written as `exportedAt` (default: now)
 * @returns pretty-printed JSON text (2-space indent)
 */
export function serializeProfileFile(profile: Profile, extra: Record<string, unknown> = {}, exportedAt = new Date().toISOString()): string {
  return `${JSON.stringify(envelopeOf(profile, extra, exportedAt), null, 2)}\n`;
}

/**
 * Reads a backup of all profiles: `{ format: "zc-profile-backup", version: 1, exportedAt,
 * activeIndex, profiles: [ <zc-profile v1 envelope + createdAt/updatedAt>, … ] }`.
 * @param text the file's text
 * @returns every entry (in file order) and the index of the active one, or every problem by path
 *   (`profiles[2].profile.education[1].endDate: …`). Never throws.
 */
export function parseBackupFile(text: string): ParseBackupResult {
  const decoded = decodeJsonObject(text, BACKUP_FILE_MAX_BYTES);
  if (!decoded.ok) return decoded;
  const doc = decoded.value;
  // A single profile chosen under 恢复备份: one message saying where it goes, not the backup's missing parts too.
  if (doc.format === PROFILE_FORMAT) return { ok: false, errors: [{ message: WRONG_BUTTON_PROFILE, path: 'format' }] };
  const errors: FileProblem[] = [];
  if (doc.format !== BACKUP_FORMAT) {
    errors.push({ message: '不是本助手导出的备份文件。请选择用“备份全部档案”保存的文件。', path: 'format' });
  }
  const readable = `本助手能读取第 ${rangeText(1, BACKUP_FORMAT_VERSION)} 版`;
  if (typeof doc.version !== 'number' || !Number.isInteger(doc.version) || doc.version < 1) {
    errors.push({ message: `备份文件的版本号缺失或无效（${readable}）。`, path: 'version' });
  } else if (doc.version > BACKUP_FORMAT_VERSION) {
    errors.push({ message: `备份文件版本不受支持：此备份为第 ${doc.version} 版格式，${readable}。${UPDATE_HELPER}`, path: 'version' });
  }
  if (!Array.isArray(doc.profiles)) {
    errors.push({ message: '备份文件中没有档案列表。', path: 'profiles' });
    return { ok: false, errors };
  }
  const profiles: unknown[] = doc.profiles;
  const activeIndex = doc.activeIndex ?? null;
  if (activeIndex !== null && (typeof activeIndex !== 'number' || !Number.isInteger(activeIndex) || activeIndex < 0 || activeIndex >= profiles.length)) {
    errors.push({
      message: profiles.length === 0
        ? '备份中没有档案，却记录了当前档案。'
        : `备份中记录的当前档案编号无效（应为第 ${rangeText(1, profiles.length)} 个档案之一）。`,
      path: 'activeIndex',
    });
  }
  const entries: BackupEntry[] = [];
  profiles.forEach((raw, i) => {
    const entryName = `备份中第 ${i + 1} 个档案`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      errors.push({ message: `${entryName}不是有效的档案内容。`, path: filePath(['profiles', i]) });
      return;
    }
    const entry = raw as Record<string, unknown>;
    const label = (entry.profile as { label?: unknown } | undefined)?.label;
    const named = typeof label === 'string' && label.trim() !== '' ? `${entryName}（${label}）` : entryName;
    const parsed = parseEnvelope(entry, ['profiles', i], named, BACKUP_ENTRY_KEYS);
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      return;
    }
    for (const [key, what] of BACKUP_ENTRY_TIMES) {
      if (entry[key] !== undefined && typeof entry[key] !== 'string') errors.push({ message: `${named}：${what}不是文本。`, path: filePath(['profiles', i, key]) });
    }
    entries.push({
      profile: parsed.profile,
      unknownTopLevel: parsed.unknownTopLevel,
      ...(typeof entry.createdAt === 'string' ? { createdAt: entry.createdAt } : {}),
      ...(typeof entry.updatedAt === 'string' ? { updatedAt: entry.updatedAt } : {}),
    });
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, entries, activeIndex: activeIndex as number | null };
}

/**
 * Writes a backup of all profiles (format described at parseBackupFile).
 * @param entries profiles in list order, each with `photo.dataUrl` when it has a photo
 * @param activeIndex index of the active profile in `entries`, or null
 * @param exportedAt ISO 8601 timestamp (default: now)
 * @returns pretty-printed JSON text
 */
export function serializeBackupFile(entries: readonly BackupEntry[], activeIndex: number | null, exportedAt = new Date().toISOString()): string {
  const profiles = entries.map((e) => ({
    ...envelopeOf(e.profile, e.unknownTopLevel, exportedAt),
    ...(e.createdAt ? { createdAt: e.createdAt } : {}),
    ...(e.updatedAt ? { updatedAt: e.updatedAt } : {}),
  }));
  return `${JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_FORMAT_VERSION, exportedAt, activeIndex, profiles }, null, 2)}\n`;
}

