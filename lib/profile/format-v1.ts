import { profileSchema, type Profile } from './schema';
import { issueLines, parseWithIssues } from './issues';
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
export const PROFILE_FILE_MAX_BYTES = 10 * 1024 * 1024;
/** A backup holds many profiles, each with a photo. */
export const BACKUP_FILE_MAX_BYTES = 50 * 1024 * 1024;

/** Keys of the file envelope that this format defines; every other top-level key is kept as is. */
const ENVELOPE_KEYS = ['format', 'version', 'exportedAt', 'profile'] as const;
/** Extra keys a backup entry carries beside the envelope (the stored profile's timestamps). */
const BACKUP_ENTRY_KEYS = ['createdAt', 'updatedAt'] as const;

/**
 * Upgrades of the `profile` body between format versions: `BODY_UPGRADES[v]` turns a version-v
 * body into a version-(v+1) body. Empty while v1 is the only version; a v2 release adds
 * `1: (body) => …` here and raises PROFILE_FORMAT_VERSION, so v1 files keep importing.
 */
const BODY_UPGRADES: Record<number, (body: unknown) => unknown> = {};

export type ParseProfileResult =
  | { ok: true; profile: Profile; unknownTopLevel: Record<string, unknown> }
  | { ok: false; errors: string[] };

export interface BackupEntry {
  profile: Profile;
  /** Unknown keys of the entry's envelope, written back on export. */
  unknownTopLevel: Record<string, unknown>;
  createdAt?: string;
  updatedAt?: string;
}

export type ParseBackupResult =
  | { ok: true; entries: BackupEntry[]; activeIndex: number | null }
  | { ok: false; errors: string[] };

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Tells whether a file is too large to import, before reading it.
 * @param sizeBytes the file's size in bytes (File.size or the UTF-8 length of its text)
 * @param limitBytes PROFILE_FILE_MAX_BYTES or BACKUP_FILE_MAX_BYTES
 * @returns null when acceptable, else `(文件): 文件太大（30.0 MB），上限为 10.0 MB`
 */
export function fileSizeProblem(sizeBytes: number, limitBytes: number): string | null {
  if (sizeBytes <= limitBytes) return null;
  return `(文件): 文件太大（${formatMegabytes(sizeBytes)}），上限为 ${formatMegabytes(limitBytes)}`;
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Decodes JSON text into an object, or explains why not. */
function decodeJsonObject(text: string, limitBytes: number): { ok: true; value: Record<string, unknown> } | { ok: false; errors: string[] } {
  const tooBig = fileSizeProblem(utf8Length(text), limitBytes);
  if (tooBig) return { ok: false, errors: [tooBig] };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, errors: [`(文件): 不是有效的 JSON（${e instanceof Error ? e.message : String(e)}）`] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: ['(文件): 应为 JSON 对象（{ … }）'] };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

function pathOf(prefix: readonly PropertyKey[], key: string): string {
  const head = prefix.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  return head === '' ? key : `${head}.${key}`;
}

/**
 * Validates one zc-profile envelope object (a whole file, or one entry of a backup).
 * @param doc the decoded object
 * @param prefix path of `doc` inside its file ([] for a single-profile file)
 * @param extraKeys keys that belong to the container and are neither validated nor kept here
 */
function parseEnvelope(doc: Record<string, unknown>, prefix: readonly PropertyKey[], extraKeys: readonly string[]): ParseProfileResult {
  const errors: string[] = [];
  if (doc.format !== PROFILE_FORMAT) {
    errors.push(
      doc.format === BACKUP_FORMAT
        ? `${pathOf(prefix, 'format')}: 这是“全部档案备份”文件，请用“恢复备份”导入`
        : `${pathOf(prefix, 'format')}: 应为 "${PROFILE_FORMAT}"`,
    );
  }
  const version = doc.version;
  let bodyVersion = PROFILE_FORMAT_VERSION;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    errors.push(`${pathOf(prefix, 'version')}: 应为正整数（本程序支持第 1 至 ${PROFILE_FORMAT_VERSION} 版）`);
  } else if (version > PROFILE_FORMAT_VERSION) {
    errors.push(
      `${pathOf(prefix, 'version')}: 此文件为第 ${version} 版格式，本程序只能读取第 1 至 ${PROFILE_FORMAT_VERSION} 版，请更新职称申报助手后再导入`,
    );
  } else {
    bodyVersion = version;
  }
  if (doc.exportedAt !== undefined && typeof doc.exportedAt !== 'string') {
    errors.push(`${pathOf(prefix, 'exportedAt')}: 应为文本（导出时间）`);
  }
  let profile: Profile | undefined;
  if (doc.profile === undefined) {
    errors.push(`${pathOf(prefix, 'profile')}: 缺少档案内容`);
  } else {
    let body: unknown = doc.profile;
    for (let v = bodyVersion; v < PROFILE_FORMAT_VERSION; v++) body = BODY_UPGRADES[v]!(body);
    const parsed = parseWithIssues(profileSchema, body, prefix.length === 0 ? [] : [...prefix, 'profile']);
    if (parsed.ok) {
      profile = parsed.value;
      const photoProblem = profile.photo ? photoDataUrlProblem(profile.photo.dataUrl) : null;
      if (photoProblem) errors.push(`${pathOf(prefix.length === 0 ? [] : [...prefix, 'profile'], 'photo.dataUrl')}: ${photoProblem}`);
    } else {
      errors.push(...issueLines(parsed.issues));
    }
  }
  if (errors.length > 0 || !profile) return { ok: false, errors };
  const reserved = new Set<string>([...ENVELOPE_KEYS, ...extraKeys]);
  const unknownTopLevel = Object.fromEntries(Object.entries(doc).filter(([k]) => !reserved.has(k)));
  return { ok: true, profile, unknownTopLevel };
}

/**
 * Reads a `zc-profile` file (spec/profile-format.md).
 * @param text the file's text (UTF-8 decoded; a leading BOM is ignored)
 * @returns `{ ok: true, profile, unknownTopLevel }` (the profile normalised: defaults filled,
 *   unknown keys kept; unknownTopLevel = envelope keys other than format/version/exportedAt/profile),
 *   or `{ ok: false, errors }` with one `path: 消息` line per problem — every bad path at once
 *   (`education[1].endDate: 日期格式应为 YYYY-MM-DD`, `format: 应为 "zc-profile"`,
 *   `(文件): 不是有效的 JSON …`, `(文件): 文件太大 …`). Never throws.
 */
export function parseProfileFile(text: string): ParseProfileResult {
  const decoded = decodeJsonObject(text, PROFILE_FILE_MAX_BYTES);
  if (!decoded.ok) return decoded;
  return parseEnvelope(decoded.value, [], []);
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
  const errors: string[] = [];
  if (doc.format !== BACKUP_FORMAT) {
    errors.push(
      doc.format === PROFILE_FORMAT
        ? 'format: 这是单个档案文件，请用“导入档案”导入'
        : `format: 应为 "${BACKUP_FORMAT}"`,
    );
  }
  if (typeof doc.version !== 'number' || !Number.isInteger(doc.version) || doc.version < 1) {
    errors.push('version: 应为正整数');
  } else if (doc.version > BACKUP_FORMAT_VERSION) {
    errors.push(`version: 此备份为第 ${doc.version} 版格式，本程序只能读取第 1 版，请更新职称申报助手后再导入`);
  }
  if (!Array.isArray(doc.profiles)) {
    errors.push('profiles: 应为档案列表');
    return { ok: false, errors };
  }
  const profiles: unknown[] = doc.profiles;
  const activeIndex = doc.activeIndex ?? null;
  if (activeIndex !== null && (typeof activeIndex !== 'number' || !Number.isInteger(activeIndex) || activeIndex < 0 || activeIndex >= profiles.length)) {
    errors.push(`activeIndex: 应为 0 至 ${profiles.length - 1} 之间的整数或 null`);
  }
  const entries: BackupEntry[] = [];
  profiles.forEach((raw, i) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      errors.push(`profiles[${i}]: 应为档案对象`);
      return;
    }
    const entry = raw as Record<string, unknown>;
    const parsed = parseEnvelope(entry, ['profiles', i], BACKUP_ENTRY_KEYS);
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      return;
    }
    for (const key of BACKUP_ENTRY_KEYS) {
      if (entry[key] !== undefined && typeof entry[key] !== 'string') errors.push(`profiles[${i}].${key}: 应为文本（时间）`);
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

