import { MONTH_RE, type Profile } from './schema';
import { validateProfile } from './issues';
import { newRecord, type TableSection } from './records';
import { contentProblems } from './field-checks';
import { compact, MASKED_VALUE, NEAR_NONE_RE } from '../checks/common';
import { NONE as AWARDS_NONE } from '../checks/awards-empty';
import { normalizeIdNumber } from '../identifiers/gb11643';
import { normalizeLandline, validateEmail, validateMobile, validatePostcode, type FormatResult } from '../identifiers/formats';
import { toHalfWidthCompact } from '../identifiers/normalize';
import { t, type MessageKey } from '../i18n/t';

/**
 * Values read from a portal page back into the profile ("capture from the page"). The page gives
 * text; this decides where it goes, converts it to the profile's type and spelling, and refuses
 * what the profile's own validation would flag (the schema and the options editor's content
 * rules), reporting a diff the user can review before saving.
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
  /** Why, in the UI's language (worded by the background, as the page's texts). */
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
 * A box that says "nothing" (compacted text): the words NEAR_NONE_RE knows (无, 暂无, 没有…) or
 * only dashes and slashes (-, —, /). In free text such a box is empty: no value to keep.
 */
function saysNone(text: string): boolean {
  const c = compact(text);
  return NEAR_NONE_RE.test(c) || /^[-—/]+$/.test(c);
}

/**
 * Fields where "nothing" is itself a value, in the profile's spelling: 奖惩's "无。" (spec/profile-format.md
 * awards) and the 学位 vocabulary's 无 (no degree; lib/vocab/wordings.ts) for 学位 and 最高学位
 * (breaker 23a item 3: a 大专 row's 学位 无 was dropped).
 */
const NONE_VALUE: Record<string, string> = {
  awards: AWARDS_NONE,
  'education.degree': '无',
  'basic.highestDegree': '无',
};

/**
 * 联系电话 in the profile's spelling (spec/profile-format.md basic.phone, "020-12345678"; any
 * number may stand there, so none is refused): a mobile number as its 11 digits, a landline as
 * its area code, a hyphen and the number (normalizeLandline: 020-38765432, 0755-12345678, however
 * the page spells it), any other half-width with no spaces (lib/identifiers/formats). A number
 * without its area code (区号 in a box of its own: 3876 5432) that is the profile's landline after
 * its area code is the profile's value: the area code is not lost (breaker 27a item 5).
 * @param before the profile's 联系电话.
 */
function phoneSpelling(raw: string, before: unknown): FormatResult {
  const mobile = validateMobile(raw);
  if (mobile.ok) return mobile;
  const typed = toHalfWidthCompact(raw);
  const profileLocal = typeof before === 'string' ? normalizeLandline(before)?.replace(/^\d+-/, '') : undefined;
  if (profileLocal !== undefined && typed.replace(/[-–—]/g, '') === profileLocal.replace(/-/g, '')) return { ok: true, normalized: before as string };
  return { ok: true, normalized: normalizeLandline(raw) ?? typed };
}

/**
 * Identifier fields: the page's spelling to the profile's (what autofill types and the portal
 * checks accept; spec/portal.md §Identifier rules), or the check's sentence when the text is no
 * such identifier. The ID's validity (GB 11643) is judged with the whole profile, below
 * (contentProblems also compares 性别 and 出生日期 with it).
 */
const IDENTIFIERS: Record<string, { validate: (raw: string, before: unknown) => FormatResult; invalid?: MessageKey }> = {
  'basic.mobile': { validate: validateMobile, invalid: 'check_mobile_format_invalid' },
  'basic.phone': { validate: phoneSpelling },
  'basic.postcode': { validate: validatePostcode, invalid: 'check_postcode_format_invalid' },
  'basic.email': { validate: validateEmail, invalid: 'check_email_format_invalid' },
  'basic.idNumber': { validate: (raw) => ({ ok: true, normalized: normalizeIdNumber(raw) }) },
};

/**
 * Reads a date as pages write it (`2020/1/2`, `2020年1月2日`, `2020.01`, `2020年07月`).
 * @returns `YYYY-MM-DD`, or `YYYY-MM` when the page shows no day; null for other text.
 */
function pageDate(text: string): string | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(\d{1,2})\s*日?|月)?$/.exec(text.trim());
  if (!m) return null;
  const ym = `${m[1]}-${m[2]!.padStart(2, '0')}`;
  return m[3] ? `${ym}-${m[3].padStart(2, '0')}` : ym;
}

const DATE_FIELD = /(Date|^workStartDate)$/;

/**
 * Fields a portal shows partly hidden (440106********0314, 139****1234, 王**): the identifiers
 * (IDENTIFIERS), the other numbers the profile keeps, and the name. Free text (小结, 工作内容,
 * 奖惩情况) may hold *** as a separator: never read as masked (breaker 27a item 3).
 */
const MASKABLE: ReadonlySet<string> = new Set([
  ...Object.keys(IDENTIFIERS),
  'basic.name',
  'basic.employerCreditCode',
  'qualificationHistory.certificateNo',
  'education.certificateNo',
]);

type Converted =
  | { ok: true; value: unknown }
  | { ok: false; reason: string }
  /** Nothing to store: the page says "nothing", or a year-month within the profile's date. */
  | { ok: 'skip' };

/**
 * A page date against the profile's (spec/profile-format.md: `YYYY-MM-DD`, and `YYYY-MM` where
 * the schema's monthOrDateField allows it). A year-month equals a profile date in that month (the
 * page shows no more); otherwise the page's date is stored as written, and the schema refuses a
 * year-month in a field that needs the day (出生日期, 取得资格时间): no day is invented.
 */
function convertDate(date: string, before: unknown): Converted {
  if (date.length < 10 && typeof before === 'string' && before.startsWith(date)) return { ok: 'skip' };
  return { ok: true, value: date };
}

/**
 * Converts page text to the value type of `kindKey` (`section.property` or `basic.birthDate`),
 * in the profile's spelling.
 * @param before the profile's value at the path (undefined for a new row), for dates.
 */
function convert(kindKey: string, property: string, text: string, before: unknown): Converted {
  const kind = FIELD_KINDS[kindKey];
  const trimmed = text.trim();
  // A value the portal shows masked (020****5432) is no value: it would overwrite the real one (breaker 26a item 4);
  // refused, so the user sees why it was not taken (breaker 27a item 3).
  if (MASKABLE.has(kindKey) && MASKED_VALUE.test(trimmed)) return { ok: false, reason: t('capture_masked', trimmed) };
  if (kind === 'nullable-date' && OPEN_END.test(trimmed)) return { ok: true, value: null };
  // A box of only dashes or slashes is empty even where "nothing" is a value: 学位 / is no 无 (breaker 24a item 7).
  if (saysNone(trimmed)) return kindKey in NONE_VALUE && NEAR_NONE_RE.test(compact(trimmed)) ? { ok: true, value: NONE_VALUE[kindKey] } : { ok: 'skip' };
  if (kind === 'int' || kind === 'optional-int') {
    if (kind === 'optional-int' && trimmed === '') return { ok: true, value: undefined };
    return /^\d+$/.test(trimmed) ? { ok: true, value: Number(trimmed) } : { ok: false, reason: t('profile_issue_expected', t('profile_type_int')) };
  }
  if (kind === 'bool') {
    if (/^(是|已缴纳|true|1|y|yes)$/i.test(trimmed)) return { ok: true, value: true };
    if (/^(否|未缴纳|false|0|n|no)$/i.test(trimmed)) return { ok: true, value: false };
    return { ok: false, reason: t('capture_reason_yes_no') };
  }
  const date = DATE_FIELD.test(property) ? pageDate(trimmed) : null;
  if (date) return convertDate(date, before);
  const identifier = IDENTIFIERS[kindKey];
  if (identifier) {
    const result = identifier.validate(trimmed, before);
    if (!result.ok) return { ok: false, reason: t(identifier.invalid!, trimmed) };
    // The normalised value, even for the profile's number in another spelling: equal to the profile's
    // value as stored it is no change (applyCapturedValues), else it repairs a spelling the portal
    // refuses ("139 2600 1234", an ID's lower-case x; breaker 26a item 3).
    return { ok: true, value: result.normalized };
  }
  // Other text, and a date in a spelling pageDate does not read, goes to the schema as it is.
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
    if (!TABLES.has(row[1]!)) return { ok: false, reason: t('capture_reason_not_table') };
    return { ok: true, kind: 'row', table: row[1]!, index: Number(row[2]), key: row[3]! };
  }
  const dotted = /^([A-Za-z]+)\.([A-Za-z]+)$/.exec(path);
  if (dotted && OBJECTS.has(dotted[1]!)) return { ok: true, kind: 'object', object: dotted[1]!, key: dotted[2]! };
  if (TOP_TEXT.has(path)) return { ok: true, kind: 'top', key: path };
  return { ok: false, reason: t('capture_reason_no_item') };
}

/** Path of the schema issue a change can cause (what validateProfile reports). */
function issuePathOf(loc: Exclude<Located, { ok: false }>): string {
  if (loc.kind === 'top') return loc.key;
  if (loc.kind === 'object') return `${loc.object}.${loc.key}`;
  return `${loc.table}[${loc.index}].${loc.key}`;
}

/**
 * Where the value of a located path sits in `next` (which it may change: a row one past the
 * end is added to it, numbered), and the value there now; or why the profile has no such place.
 */
function slotOf(
  next: Profile,
  loc: Exclude<Located, { ok: false }>,
  kindKey: string,
): { ok: true; target: Record<string, unknown>; before: unknown } | { ok: false; reason: string } {
  if (loc.kind === 'top') return { ok: true, target: next, before: next[loc.key] };
  if (loc.kind === 'object') {
    const target = next[loc.object] as Record<string, unknown>;
    return loc.key in target ? { ok: true, target, before: target[loc.key] } : { ok: false, reason: t('capture_reason_no_item') };
  }
  const rows = next[loc.table] as Record<string, unknown>[];
  if (loc.index > rows.length) return { ok: false, reason: t('capture_reason_rows_missing', loc.index + 1) };
  const existing = rows[loc.index];
  const row = existing ?? newRecord(loc.table as TableSection, loc.index + 1);
  if (!(loc.key in row) && FIELD_KINDS[kindKey] !== 'optional-int') return { ok: false, reason: t('capture_reason_no_item') };
  rows[loc.index] = row;
  return { ok: true, target: row, before: existing ? row[loc.key] : undefined };
}

/**
 * What the profile's own validation says about `next` that it did not say about `current`: the
 * schema's issue (at `ownPath` if there is one there), else a content problem the options
 * editor would show that `current` does not have (./field-checks: the ID
 * against GB 11643, 性别 and 出生日期 against the ID).
 * @returns the Chinese sentence, or null when `next` is as sound as `current`.
 */
function newProblem(current: Profile, next: Profile, ownPath: string): string | null {
  const checked = validateProfile(next);
  if (!checked.ok) return (checked.issues.find((i) => i.path === ownPath) ?? checked.issues[0]!).message;
  const known = contentProblems(current);
  for (const [path, message] of contentProblems(checked.value)) if (known.get(path) !== message) return message;
  return null;
}

/**
 * Puts values read from a page into a copy of the profile, in the profile's spelling
 * (spec/profile-format.md), so autofill writes back what the portal's checks accept (probe 12a
 * item 2).
 * @param profile the current profile (not changed)
 * @param captured page values by profile path; record rows are 0-based and a row one past the
 *   end is created (with 记录序号 = row + 1); dates like `2020/1/2` or `2020年01月02日` become
 *   `2020-01-02`, a year-month `2020-01` (equal to a profile date in that month; see convertDate);
 *   手机号码 / 联系电话 / 邮编 / 邮箱 / 公民身份号码 are normalised (lib/identifiers: digits only, half-width,
 *   upper-case X, no spaces; 联系电话 by phoneSpelling), no change only when the page's, normalised,
 *   is the profile's value as stored (a profile spelling autofill would type badly is repaired); `是`/`否` become booleans; `至今` or empty end dates become null; a
 *   box saying "nothing" (无, 暂无, /, -) is skipped, except where it is a value (NONE_VALUE: 奖惩's
 *   "无。", 学位 无); a masked identifier or name (MASKED_VALUE: 020****5432, 139●●●●1234, 李*远) is refused
 * @returns `profile` with the accepted values, `diff` with one entry per value that changed
 *   (`before` undefined for a new row's field), and
 *   `rejected` for paths the profile does not have, rows beyond the end, text that is no
 *   mobile number / postcode / e-mail, masked values, a year-month where the profile needs the day, and
 *   values the profile's validation flags (e.g. `应为真实日期，写作 YYYY-MM-DD`, a GB 11643 check digit)
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
    const next: Profile = structuredClone(current);
    const slot = slotOf(next, loc, kindKey);
    if (!slot.ok) {
      rejected.push({ path, value, reason: slot.reason });
      continue;
    }
    const converted = convert(kindKey, loc.key, value, slot.before);
    if (converted.ok === 'skip') continue;
    if (!converted.ok) {
      rejected.push({ path, value, reason: converted.reason });
      continue;
    }
    if (Object.is(slot.before, converted.value)) continue;
    slot.target[loc.key] = converted.value;
    const problem = newProblem(current, next, issuePathOf(loc));
    if (problem) {
      // A year-month is refused only by a field that needs the day: say that, not the format.
      const month = typeof converted.value === 'string' && MONTH_RE.test(converted.value);
      rejected.push({ path, value, reason: month ? t('capture_month_needs_day', String(converted.value)) : problem });
      continue;
    }
    current = next;
    diff.push({ path, before: slot.before, after: converted.value });
  }
  return { profile: current, diff, rejected };
}
