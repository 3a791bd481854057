import { profileSchema, type Profile } from './schema';
import { formatIssuePath, parseWithIssues, receivedSuffix } from './issues';
import { profilePlace } from './problem-place';
import { photoDataUrlProblem } from './photo-data';
import { findJsonError, lineColumn as placeOf } from './json-error';
import { t, type MessageKey } from '../i18n/t';

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
const BACKUP_ENTRY_TIMES: readonly (readonly [(typeof BACKUP_ENTRY_KEYS)[number], MessageKey])[] = [
  ['createdAt', 'profile_backup_created'],
  ['updatedAt', 'profile_backup_updated'],
];

/**
 * Upgrades of the `profile` body between format versions: `BODY_UPGRADES[v]` turns a version-v
 * body into a version-(v+1) body. Empty while v1 is the only version; a v2 release adds
 * `1: (body) => …` here and raises PROFILE_FORMAT_VERSION, so v1 files keep importing.
 */
const BODY_UPGRADES: Record<number, (body: unknown) => unknown> = {};

/**
 * One reason a file is refused. `message` is plain text in the UI's language (public/_locales,
 * `profile_file_…`, `profile_backup_…`) for the applicant and names the value
 * the way the options page does ("学历 第 2 条 · 结束时间：应为真实日期，写作 YYYY-MM-DD 或 YYYY-MM");
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

// The sentences are read when a file is refused, not when the module loads: the UI's language
// is the browser's at that moment (`profile_file_use_exported`: what an applicant should do with
// a file this build cannot read; `profile_file_wrong_button_…`: a file chosen under the other
// import button, what it is and which button of 导入与导出 takes it).

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
  return first === last ? String(first) : t('profile_range', first, last);
}

/**
 * Tells whether a file is too large to import, before reading it.
 * @param sizeBytes the file's size in bytes (File.size or the UTF-8 length of its text)
 * @param limitBytes PROFILE_FILE_MAX_BYTES or BACKUP_FILE_MAX_BYTES
 * @returns null when acceptable, else `{ message: "文件太大（30.0 MB），上限为 10.0 MB。…" }`
 */
export function fileSizeProblem(sizeBytes: number, limitBytes: number): FileProblem | null {
  if (sizeBytes <= limitBytes) return null;
  return { message: t('profile_file_too_big', formatMegabytes(sizeBytes), formatMegabytes(limitBytes)) };
}

/** Leading bytes of files people pick by mistake (photos, scans, archives, Office files). */
const BINARY_SIGNATURES: readonly [number[], MessageKey][] = [
  [[0xff, 0xd8, 0xff], 'profile_file_kind_jpeg'],
  [[0x89, 0x50, 0x4e, 0x47], 'profile_file_kind_png'],
  [[0x47, 0x49, 0x46, 0x38], 'profile_file_kind_gif'],
  [[0x42, 0x4d], 'profile_file_kind_bmp'],
  [[0x25, 0x50, 0x44, 0x46], 'profile_file_kind_pdf'],
  [[0x50, 0x4b, 0x03, 0x04], 'profile_file_kind_zip'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'profile_file_kind_ole'],
];

/**
 * What a file that is not text is, when it can be told: a known signature, else "binary" when
 * it holds NUL bytes in its first 512 bytes (text files never do, GBK or UTF-8). Null for text.
 */
function binaryKind(bytes: Uint8Array): MessageKey | null {
  for (const [signature, name] of BINARY_SIGNATURES) if (signature.every((b, i) => bytes[i] === b)) return name;
  const utf16Bom = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  return !utf16Bom && bytes.subarray(0, 512).includes(0) ? 'profile_file_kind_binary' : null;
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
    if (kind) return { ok: false, errors: [{ message: t('profile_file_binary', t(kind)) }] };
    // A UTF-16 byte-order mark is never valid UTF-8; without one, Chinese editors' default is GBK.
    const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    return {
      ok: false,
      errors: [{ message: t('profile_file_not_utf8', utf16 ? 'UTF-16' : 'GBK') }],
    };
  }
}

/**
 * The size of a text once saved as a UTF-8 file, as the size limits count it.
 * @param text any text
 * @returns its UTF-8 length in bytes
 */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Where a JSON syntax error is, in words: where lib/profile/json-error.ts finds it, naming the
 * slips of hand editing (a comma after the last item, a Chinese quotation mark or comma, a
 * comment) — else from the engine's message (V8 gives a position,
 * Firefox line and column): at the end (a file cut off), at a line and column (1-based), or
 * not JSON at all (V8 names no position for text that is not JSON from its first character).
 */
function jsonErrorPlace(error: unknown, text: string): string {
  const found = findJsonError(text);
  if (found) {
    const { line, column } = placeOf(text, found.offset);
    switch (found.kind) {
      case 'end': return t('profile_json_cut');
      case 'trailing-comma': return t('profile_json_trailing_comma', line, column);
      case 'fullwidth': return t('profile_json_fullwidth', line, column, text[found.offset]!);
      case 'comment': return t('profile_json_comment', line, column);
      // Refused at its first character: not JSON at all (a text file, a page saved from a browser).
      default: return found.offset === text.length - text.trimStart().length ? t('profile_json_not') : t('profile_json_at', line, column);
    }
  }
  // Our reader found nothing the engine refused (it should not happen): the engine's own words.
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message);
  if (/end of (JSON )?(input|data)/i.test(message) || (position && Number(position[1]) >= text.trimEnd().length)) return t('profile_json_cut');
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return t('profile_json_at', lineColumn[1]!, lineColumn[2]!);
  if (!position) return t('profile_json_not');
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return t('profile_json_at', line, column);
}

/**
 * How deep a file's values may nest. A profile nests four levels (the file, `profile`, a record
 * list, a record); unknown keys a later version adds may nest more. A value nested thousands of
 * levels deep (a hand-made file of 13 KB) parses, but the browser cannot store it (IndexedDB's
 * structured clone gives up), and the import said the profile database could not be opened —
 * 可能处于无痕模式 — instead of that the file is not a profile (breaker 62 finding 3).
 */
export const FILE_MAX_DEPTH = 100;

/**
 * Whether a parsed JSON value nests deeper than FILE_MAX_DEPTH (walked without recursion, so
 * that the check itself cannot overflow the stack).
 * @param value what JSON.parse returned
 */
function nestsTooDeep(value: unknown): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > FILE_MAX_DEPTH) return true;
    for (const child of Object.values(v)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

/** Decodes JSON text into an object, or explains why not. */
function decodeJsonObject(text: string, limitBytes: number): { ok: true; value: Record<string, unknown> } | { ok: false; errors: FileProblem[] } {
  const tooBig = fileSizeProblem(utf8Length(text), limitBytes);
  if (tooBig) return { ok: false, errors: [tooBig] };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, errors: [{ message: t('profile_file_empty', t('profile_file_use_exported')) }] };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    const where = jsonErrorPlace(e, body);
    return { ok: false, errors: [{ message: t('profile_file_not_json', where, t('profile_file_use_exported')) }] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: [{ message: t('profile_file_not_profile', t('profile_file_use_exported')) }] };
  }
  if (nestsTooDeep(value)) return { ok: false, errors: [{ message: t('profile_file_too_deep', FILE_MAX_DEPTH, t('profile_file_use_exported')) }] };
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

/** A problem at a place: "学历 第 2 条 · 结束时间：应为真实日期，写作 …" ("…: Must be a real date written …"). */
function atPlace(place: string, message: string): string {
  return t('profile_issue_at', place, message);
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
  const about = (message: string) => (entryName ? atPlace(entryName, message) : message);
  const useExported = t('profile_file_use_exported');
  // A backup chosen under 导入档案文件 has no `profile` of its own: its other "problems" would only confuse (newcomer 25 item 3).
  if (doc.format === BACKUP_FORMAT) return { ok: false, errors: [{ message: about(t('profile_file_wrong_button_backup')), path: at('format') }] };
  if (doc.format !== PROFILE_FORMAT) {
    errors.push({ message: about(t('profile_file_no_format', PROFILE_FORMAT, useExported)), path: at('format') });
  }
  const version = doc.version;
  let bodyVersion = PROFILE_FORMAT_VERSION;
  const readable = t('profile_file_readable', rangeText(1, PROFILE_FORMAT_VERSION));
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    errors.push({ message: about(t('profile_file_version_invalid', readable, useExported)), path: at('version') });
  } else if (version > PROFILE_FORMAT_VERSION) {
    errors.push({ message: about(t('profile_file_version_new', version, readable, t('profile_file_update_helper'))), path: at('version') });
  } else {
    bodyVersion = version;
  }
  if (doc.exportedAt !== undefined && typeof doc.exportedAt !== 'string') {
    errors.push({ message: about(t('profile_file_exported_at')), path: at('exportedAt') });
  }
  let profile: Profile | undefined;
  if (doc.profile === undefined) {
    errors.push({ message: about(t('profile_file_no_profile', useExported)), path: at('profile') });
  } else {
    let body: unknown = doc.profile;
    for (let v = bodyVersion; v < PROFILE_FORMAT_VERSION; v++) body = BODY_UPGRADES[v]!(body);
    const bodyPrefix = prefix.length === 0 ? [] : [...prefix, 'profile'];
    const parsed = parseWithIssues(profileSchema, body);
    if (parsed.ok) {
      profile = parsed.value;
      const photoProblem = profile.photo ? photoDataUrlProblem(profile.photo.dataUrl) : null;
      if (photoProblem) {
        errors.push({ message: atPlace(placeText(entryName, profilePlace(['photo'])), photoProblem), path: filePath([...bodyPrefix, 'photo', 'dataUrl']) });
      }
    } else {
      for (const issue of parsed.issues) {
        errors.push({ message: atPlace(placeText(entryName, profilePlace(issue.segments)), `${issue.message}${receivedSuffix(issue)}`), path: filePath([...bodyPrefix, ...issue.segments]) });
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
 *   `{ message: "学历 第 2 条 · 结束时间：应为真实日期，写作 YYYY-MM-DD 或 YYYY-MM", path: "education[1].endDate" }`,
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
  if (doc.format === PROFILE_FORMAT) return { ok: false, errors: [{ message: t('profile_file_wrong_button_profile'), path: 'format' }] };
  const errors: FileProblem[] = [];
  if (doc.format !== BACKUP_FORMAT) {
    errors.push({ message: t('profile_backup_not_backup'), path: 'format' });
  }
  const readable = t('profile_file_readable', rangeText(1, BACKUP_FORMAT_VERSION));
  if (typeof doc.version !== 'number' || !Number.isInteger(doc.version) || doc.version < 1) {
    errors.push({ message: t('profile_backup_version_invalid', readable), path: 'version' });
  } else if (doc.version > BACKUP_FORMAT_VERSION) {
    errors.push({ message: t('profile_backup_version_new', doc.version, readable, t('profile_file_update_helper')), path: 'version' });
  }
  if (!Array.isArray(doc.profiles)) {
    errors.push({ message: t('profile_backup_no_list'), path: 'profiles' });
    return { ok: false, errors };
  }
  const profiles: unknown[] = doc.profiles;
  const activeIndex = doc.activeIndex ?? null;
  if (activeIndex !== null && (typeof activeIndex !== 'number' || !Number.isInteger(activeIndex) || activeIndex < 0 || activeIndex >= profiles.length)) {
    errors.push({
      message: profiles.length === 0
        ? t('profile_backup_active_empty')
        : t('profile_backup_active_invalid', rangeText(1, profiles.length)),
      path: 'activeIndex',
    });
  }
  const entries: BackupEntry[] = [];
  profiles.forEach((raw, i) => {
    const entryName = t('profile_backup_entry', i + 1);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      errors.push({ message: t('profile_backup_entry_invalid', entryName), path: filePath(['profiles', i]) });
      return;
    }
    const entry = raw as Record<string, unknown>;
    const label = (entry.profile as { label?: unknown } | undefined)?.label;
    const named = typeof label === 'string' && label.trim() !== '' ? t('profile_backup_entry_named', entryName, label) : entryName;
    const parsed = parseEnvelope(entry, ['profiles', i], named, BACKUP_ENTRY_KEYS);
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      return;
    }
    for (const [key, what] of BACKUP_ENTRY_TIMES) {
      if (entry[key] !== undefined && typeof entry[key] !== 'string') errors.push({ message: t('profile_backup_time_not_text', named, t(what)), path: filePath(['profiles', i, key]) });
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

