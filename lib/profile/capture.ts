import type { Profile } from './schema';
import { validateProfile } from './issues';
import { newRecord, type TableSection } from './records';

/**
 * Values read from a portal page back into the profile ("capture from the page"). The page gives
 * text; this decides where it goes, converts it to the profile's type, and refuses what the
 * schema would refuse, reporting a diff the user can review before saving.
 */

export interface CapturedValue {
  /** `basic.idNumber`, `awards`, or a record path `education[0].school` (0-based row). */
  path: string;
  /** The text as read from the page. */
  value: string;
}

export interface CaptureChange {
  path: string;
  before: unknown;
  after: unknown;
}

export interface CaptureRejection {
  path: string;
  value: string;
  /** Chinese reason. */
  reason: string;
}

/** Record properties that are not text (everything else in the profile is a string). */
const FIELD_KINDS: Record<string, 'int' | 'optional-int' | 'bool' | 'nullable-date'> = {
  'qualificationHistory.seq': 'int',
  'education.seq': 'int',
  'workHistory.seq': 'int',
  'workHistory.socialInsurancePaid': 'bool',
  'workHistory.endDate': 'nullable-date',
  'achievements.seq': 'int',
  'achievements.endDate': 'nullable-date',
  'publications.seq': 'int',
  'publications.authorRank': 'optional-int',
  'annualReviews.year': 'int',
};

const TABLES: ReadonlySet<string> = new Set([
  'qualificationHistory',
  'education',
  'workHistory',
  'achievements',
  'publications',
  'annualReviews',
  'attachments',
]);
const OBJECTS: ReadonlySet<string> = new Set(['application', 'basic']);
const TOP_TEXT: ReadonlySet<string> = new Set(['label', 'awards', 'workSummary']);

/** Words a page uses for 至今 (an open end date). */
const OPEN_END = /^(至今|今|现在|—|-)?$/;

/**
 * Normalises a date as pages write it (`2020/1/2`, `2020年1月2日`, `2020.01`) to `YYYY-MM-DD` or
 * `YYYY-MM`; other text is returned trimmed, for the schema to judge.
 */
function normaliseDate(text: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(\d{1,2})\s*日?|月)?$/.exec(text.trim());
  if (!m) return text.trim();
  const ym = `${m[1]}-${m[2]!.padStart(2, '0')}`;
  return m[3] ? `${ym}-${m[3].padStart(2, '0')}` : ym;
}

const DATE_FIELD = /(Date|^workStartDate)$/;

/** Converts page text to the value type of `kindKey` (`section.property` or `basic.birthDate`). */
function convert(kindKey: string, property: string, text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  const kind = FIELD_KINDS[kindKey];
  const trimmed = text.trim();
  if (kind === 'int' || kind === 'optional-int') {
    if (kind === 'optional-int' && trimmed === '') return { ok: true, value: undefined };
    return /^\d+$/.test(trimmed) ? { ok: true, value: Number(trimmed) } : { ok: false, reason: '应为整数' };
  }
  if (kind === 'bool') {
    if (/^(是|已缴纳|true|1|y|yes)$/i.test(trimmed)) return { ok: true, value: true };
    if (/^(否|未缴纳|false|0|n|no)$/i.test(trimmed)) return { ok: true, value: false };
    return { ok: false, reason: '应为 是 或 否' };
  }
  if (kind === 'nullable-date' && OPEN_END.test(trimmed)) return { ok: true, value: null };
  if (DATE_FIELD.test(property)) return { ok: true, value: normaliseDate(trimmed) };
  return { ok: true, value: trimmed };
}

type Located =
  | { ok: true; kind: 'top'; key: string }
  | { ok: true; kind: 'object'; object: string; key: string }
  | { ok: true; kind: 'row'; table: string; index: number; key: string }
  | { ok: false; reason: string };

function locate(path: string): Located {
  const row = /^([A-Za-z]+)\[(\d+)\]\.([A-Za-z]+)$/.exec(path);
  if (row) {
    if (!TABLES.has(row[1]!)) return { ok: false, reason: '不是可记录的表格' };
    return { ok: true, kind: 'row', table: row[1]!, index: Number(row[2]), key: row[3]! };
  }
  const dotted = /^([A-Za-z]+)\.([A-Za-z]+)$/.exec(path);
  if (dotted && OBJECTS.has(dotted[1]!)) return { ok: true, kind: 'object', object: dotted[1]!, key: dotted[2]! };
  if (TOP_TEXT.has(path)) return { ok: true, kind: 'top', key: path };
  return { ok: false, reason: '档案中没有这一项' };
}

/** Path of the schema issue a change can cause (what validateProfile reports). */
function issuePathOf(loc: Exclude<Located, { ok: false }>): string {
  if (loc.kind === 'top') return loc.key;
  if (loc.kind === 'object') return `${loc.object}.${loc.key}`;
  return `${loc.table}[${loc.index}].${loc.key}`;
}

/**
 * Puts values read from a page into a copy of the profile.
 * @param profile the current profile (not changed)
 * @param captured page values by profile path; record rows are 0-based and a row one past the
 *   end is created (with 记录序号 = row + 1); dates like `2020/1/2` become `2020-01-02`;
 *   `是`/`否` become booleans; `至今` or empty end dates become null
 * @returns `profile` with the accepted values, `diff` with one entry per value that changed
 *   (`before` undefined for a new row's field), and `rejected` for paths the profile does not
 *   have, rows beyond the end, and values the schema refuses (e.g. `日期格式应为 YYYY-MM-DD`)
 */
export function applyCapturedValues(
  profile: Profile,
  captured: readonly CapturedValue[],
): { profile: Profile; diff: CaptureChange[]; rejected: CaptureRejection[] } {
  let current: Profile = structuredClone(profile);
  const diff: CaptureChange[] = [];
  const rejected: CaptureRejection[] = [];
  for (const { path, value } of captured) {
    const loc = locate(path);
    if (!loc.ok) {
      rejected.push({ path, value, reason: loc.reason });
      continue;
    }
    const kindKey = loc.kind === 'row' ? `${loc.table}.${loc.key}` : loc.kind === 'object' ? `${loc.object}.${loc.key}` : loc.key;
    const converted = convert(kindKey, loc.key, value);
    if (!converted.ok) {
      rejected.push({ path, value, reason: converted.reason });
      continue;
    }
    const next: Profile = structuredClone(current);
    let before: unknown;
    if (loc.kind === 'top') {
      before = next[loc.key];
      next[loc.key] = converted.value;
    } else if (loc.kind === 'object') {
      const target = next[loc.object] as Record<string, unknown>;
      if (!(loc.key in target)) {
        rejected.push({ path, value, reason: '档案中没有这一项' });
        continue;
      }
      before = target[loc.key];
      target[loc.key] = converted.value;
    } else {
      const rows = next[loc.table] as Record<string, unknown>[];
      if (loc.index > rows.length) {
        rejected.push({ path, value, reason: `第 ${loc.index + 1} 行之前还缺少记录` });
        continue;
      }
      const row = rows[loc.index] ?? newRecord(loc.table as TableSection, loc.index + 1);
      if (!(loc.key in row) && FIELD_KINDS[kindKey] !== 'optional-int') {
        rejected.push({ path, value, reason: '档案中没有这一项' });
        continue;
      }
      before = rows[loc.index] ? row[loc.key] : undefined;
      row[loc.key] = converted.value;
      rows[loc.index] = row;
    }
    if (Object.is(before, converted.value)) continue;
    const checked = validateProfile(next);
    if (!checked.ok) {
      const own = checked.issues.find((i) => i.path === issuePathOf(loc)) ?? checked.issues[0]!;
      rejected.push({ path, value, reason: own.message });
      continue;
    }
    current = next;
    diff.push({ path, before, after: converted.value });
  }
  return { profile: current, diff, rejected };
}
