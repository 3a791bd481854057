import { oldIdNumberMessage, type Profile } from './schema';
import { validateIdNumber, type IdNumberProblem, type IdNumberResult } from '../identifiers/gb11643';
import { validateCreditCode } from '../identifiers/gb32100';
import { CREDIT_CODE_MESSAGES } from '../checks/credit-code-checksum';
import { newRecord, type TableSection } from './records';
import { t } from '../i18n/t';

/**
 * Content rules the editor checks beside the schema's shape rules. The schema lets a profile with
 * a wrong 公民身份号码 import (lib/profile/schema.ts: content rules are checks, so a half-finished
 * file is not refused); the editor still says so under the field as soon as the number is typed,
 * rather than only at the portal's pre-submit checks. The rule itself is lib/identifiers/gb11643.
 */

/** Inline messages, in the UI's language, for an ID number that GB 11643-1999 rejects, by reason. */
const ID_NUMBER_MESSAGES: Record<IdNumberProblem, (r: IdNumberResult) => string> = {
  length: (r) => {
    const old = oldIdNumberMessage(r.normalized);
    return old ? t(old) : t('profile_id_length', r.normalized.length);
  },
  chars: () => t('profile_id_chars'),
  birthdate: (r) => t('profile_id_birthdate', r.normalized.slice(6, 14)),
  checksum: (r) => t('profile_id_checksum', r.expectedCheck ?? '', r.normalized[17] ?? ''),
};

/**
 * The editor's content problems of a profile draft.
 * @param profile the draft as edited (already shaped by the schema or not)
 * @returns inline messages in the UI's language by profile path (`basic.idNumber`, `basic.gender`, `basic.birthDate`);
 *   empty when there are none. An empty ID number is not a problem (an unfinished profile);
 *   rule: GB 11643-1999 (length, digits, birth date in chars 7–14, gender in char 17, ISO 7064
 *   MOD 11-2 check character).
 */
export function contentProblems(profile: Profile): Map<string, string> {
  const problems = new Map<string, string>();
  const idNumber = profile.basic?.idNumber;
  if (typeof idNumber === 'string' && idNumber.trim() !== '') {
    const result = validateIdNumber(idNumber);
    if (!result.ok) problems.set('basic.idNumber', ID_NUMBER_MESSAGES[result.reason!](result));
    // 性别 and 出生日期 must agree with the number: the portal's own script sets them from it,
    // and its reviewers send back an application where they differ.
    const { gender, birthDate } = profile.basic;
    if (result.ok && gender && gender !== result.gender) problems.set('basic.gender', t('profile_gender_mismatch', result.gender ?? ''));
    if (result.ok && /^\d{4}-\d{2}(-\d{2})?$/.test(birthDate) && !result.birthDate!.startsWith(birthDate)) {
      problems.set('basic.birthDate', t('profile_birthdate_mismatch', result.birthDate ?? ''));
    }
  }
  return problems;
}

/**
 * The editor's content warnings of a profile draft: shown under the field like a problem, but
 * not counted and not blocking 保存 — the value may be right although a rule rejects it. Today
 * the 单位统一社会信用代码 under GB 32100-2015 (lib/identifiers/gb32100.ts), which some early
 * codes fail (spec/portal.md); the same sentences as the portal pre-submit check
 * (lib/checks/credit-code-checksum.ts).
 * @param profile the draft as edited
 * @returns inline warnings by profile path (`basic.employerCreditCode`); empty when none. An empty code is none.
 */
export function contentWarnings(profile: Profile): Map<string, string> {
  const warnings = new Map<string, string>();
  const code = profile.basic?.employerCreditCode;
  if (typeof code === 'string' && code.trim() !== '') {
    const result = validateCreditCode(code);
    if (!result.ok) warnings.set('basic.employerCreditCode', CREDIT_CODE_MESSAGES[result.reason!](result));
  }
  return warnings;
}

/** The editor's tables, in the order they are shown (lib/profile/editor-sections.ts). */
const TABLE_SECTIONS: readonly TableSection[] = ['qualificationHistory', 'education', 'workHistory', 'achievements', 'publications', 'annualReviews', 'attachments'];

/** A row's content as one text: its values by key in key order, without 记录序号 (renumbered on every edit). */
function rowContent(row: object): string {
  const entries = Object.entries(row).filter(([key, value]) => key !== 'seq' && value !== undefined);
  return JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The rows of the profile's tables that repeat an earlier row of the same table: the same
 * content in every field, 记录序号 aside (a record twice in last year's file — two files merged by
 * hand, a row copied and never edited — which autofill would offer twice and the portal keep as
 * two records; breaker 39). A row as 添加 makes it (records.ts newRecord) is no duplicate: two
 * rows just added are not yet records.
 * @param profile the draft as edited
 * @returns for each repeating row, by its path (`education[2]`), the 0-based index of the first
 *   row it repeats; empty when none
 */
export function duplicateRows(profile: Profile): Map<string, number> {
  const found = new Map<string, number>();
  for (const section of TABLE_SECTIONS) {
    const rows = profile[section];
    if (!Array.isArray(rows)) continue;
    const blank = rowContent(newRecord(section, 1));
    const first = new Map<string, number>();
    rows.forEach((row: object, index) => {
      const content = rowContent(row);
      if (content === blank) return;
      const earlier = first.get(content);
      if (earlier === undefined) first.set(content, index);
      else found.set(`${section}[${index}]`, earlier);
    });
  }
  return found;
}
