import type { EducationRecord, Profile } from './profile/schema';
import type { EligibilityRule } from './eligibility.schema';
import { t, tCount } from './i18n/t';

export type { EligibilityRule };

/**
 * Eligibility estimate for 初次职称考核认定 (Guangdong rule as published in the 2021 Guangzhou
 * guide; spec/portal.md §Eligibility). Advisory only: the committee decides, and two conditions
 * cannot be judged by software (work related to the field studied; the quality of results).
 *
 * The sentences are worded here, in the UI's language (public/_locales `elig_*`): the estimate
 * is made by the background for the content script (lib/profile/messages.ts) and by the options
 * page, never in the content script, so its words cost the content script no bytes. They quote
 * the profile's data and the portal's vocabulary (大学本科, 全日制, 助理级, 技术员) as they are.
 * In English every sentence starts with a space: the content script's eligibility check
 * (lib/checks/eligibility.ts) quotes them joined with nothing between, as Chinese is written.
 */

export type EligibilityLevel = '员级' | '助理级' | '中级';
const LEVEL_RANK: Record<EligibilityLevel, number> = { 员级: 1, 助理级: 2, 中级: 3 };
/** 认定资格名称 per level, highest first (spec/profile-format.md vocabularies). */
const NAME_OF_LEVEL: Record<EligibilityLevel, string> = { 员级: '技术员', 助理级: '助理工程师', 中级: '工程师' };

/**
 * The rule table of spec/portal.md §Eligibility, one row per line of the published table;
 * validated by tests/unit/tables.test.ts with eligibilityTableSchema (./eligibility.schema.ts).
 */
export const ELIGIBILITY_RULES: readonly EligibilityRule[] = [
  { education: ['中专', '中级技工班', '技工院校'], minMonths: 12, needsResults: true, level: '员级' },
  { education: ['大学专科', '高级技工班'], minMonths: 36, needsResults: true, level: '助理级' },
  { education: ['大学本科', '预备技师班'], minMonths: 12, needsResults: true, level: '助理级' },
  { education: ['研究生班', '双学士'], minMonths: 12, needsResults: true, level: '助理级' },
  { education: ['硕士研究生'], minMonths: 0, needsResults: false, level: '助理级' },
  { education: ['硕士研究生'], minMonths: 36, needsResults: true, level: '中级' },
  { education: ['博士研究生'], minMonths: 0, needsResults: false, level: '中级' },
];

const DISQUALIFYING_REVIEWS = ['不称职', '基本称职'];

export interface EligibilityEstimate {
  /** Highest level the table allows from full-time education and years of work; null when none. */
  level: EligibilityLevel | null;
  /** True when a level is allowed and no disqualifier applies. */
  eligible: boolean;
  /** 认定资格名称 that may be applied for, highest first (empty when level is null). */
  qualificationNames: string[];
  /** Why, one sentence each, in the UI's language (an English one starts with a space). */
  reasons: string[];
  /** Conditions that rule the applicant out, as the reasons are worded. */
  disqualifiers: string[];
  /**
   * True when the text a finding quotes — the disqualifiers, then the reasons when no level is
   * allowed — ends with the sentence that already says whom to ask (a title held: ask the
   * 评委会), so the finding adds no request of its own (lib/checks/eligibility.ts). Decided here
   * rather than by reading the words, which differ by language.
   */
  askGiven: boolean;
  /** The education record the level rests on and the years of work counted for it. */
  basis: { education?: EducationRecord; years: number };
}

/** Day number (UTC days since epoch) of `YYYY-MM-DD` or `YYYY-MM` (day 1), or null. */
function dayOf(date: string | null | undefined): number | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date ?? '');
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? '1')) / 86_400_000;
}

/** Whole calendar months from day `a` to day `b` (b ≥ a). */
function wholeMonths(a: number, b: number): number {
  const da = new Date(a * 86_400_000);
  const db = new Date(b * 86_400_000);
  const months = (db.getUTCFullYear() - da.getUTCFullYear()) * 12 + db.getUTCMonth() - da.getUTCMonth();
  return Math.max(0, db.getUTCDate() < da.getUTCDate() ? months - 1 : months);
}

/**
 * Months of work between `from` and `until` (day numbers), from the work history (periods merged
 * so overlaps count once; an open period runs to `until`), or from basic.workStartDate when the
 * history is empty.
 */
function monthsOfWork(profile: Profile, from: number, until: number): number {
  const periods: [number, number][] = [];
  for (const w of profile.workHistory) {
    const start = dayOf(w.startDate);
    const end = w.endDate === null ? until : dayOf(w.endDate);
    if (start !== null && end !== null) periods.push([Math.max(start, from), Math.min(end, until)]);
  }
  const workStart = dayOf(profile.basic.workStartDate);
  if (profile.workHistory.length === 0 && workStart !== null) periods.push([Math.max(workStart, from), until]);
  const merged: [number, number][] = [];
  for (const [s, e] of periods.filter(([s, e]) => e > s).sort((p, q) => p[0] - q[0])) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged.reduce((n, [s, e]) => n + wholeMonths(s, e), 0);
}

/** A number of months as years and months, `5 年 5 个月` / `5 years 5 months` (the space is the same in both). */
const describeMonths = (m: number) => `${tCount('elig_years', Math.floor(m / 12))} ${tCount('elig_months', m % 12)}`;

/**
 * Estimates which level of 初次职称考核认定 the profile qualifies for.
 * @param profile the applicant profile (education[], workHistory[], qualificationHistory[],
 *   annualReviews[], achievements[]); only 全日制 education counts
 * @param countingDate `YYYY-MM-DD`, the date years of work are counted to (a setting: the
 *   notice's cut-off is unknown, spec/portal.md)
 * @returns the estimate; reasons and disqualifiers are sentences in the UI's language. Years of work are
 *   counted after each full-time graduation (education.endDate) up to countingDate.
 * @throws RangeError when countingDate is not `YYYY-MM-DD`
 */
export function estimateEligibility(profile: Profile, countingDate: string): EligibilityEstimate {
  const until = /^\d{4}-\d{2}-\d{2}$/.test(countingDate) ? dayOf(countingDate) : null;
  if (until === null) throw new RangeError(`countingDate must be YYYY-MM-DD, got "${countingDate}"`);
  const reasons: string[] = [];
  const disqualifiers: string[] = [];

  const fullTime = profile.education.filter((e) => e.studyMode === '全日制' && e.educationLevel !== '');
  for (const e of profile.education) {
    if (e.studyMode === '非全日制') reasons.push(t('elig_part_time', e.school || t('elig_record', e.seq), e.educationLevel));
    else if (e.studyMode === '') reasons.push(t('elig_no_mode', e.seq));
  }
  if (profile.education.length === 0) reasons.push(t('elig_no_education'));
  else if (fullTime.length === 0) disqualifiers.push(t('elig_no_full_time'));

  let best: { rule: EligibilityRule; record: EducationRecord; months: number } | null = null;
  let bestSeen: { record: EducationRecord; months: number } | null = null;
  for (const record of fullTime) {
    const graduated = dayOf(record.endDate);
    const months = graduated === null ? 0 : monthsOfWork(profile, graduated, until);
    if (!bestSeen || months > bestSeen.months) bestSeen = { record, months };
    for (const rule of ELIGIBILITY_RULES) {
      if (!(rule.education as readonly string[]).includes(record.educationLevel)) continue;
      if (rule.minMonths > 0 && graduated === null) {
        reasons.push(t('elig_no_end_date', record.educationLevel, record.school));
        continue;
      }
      if (months < rule.minMonths) {
        reasons.push(t('elig_too_few_years', record.educationLevel, describeMonths(months), countingDate, rule.level, tCount('elig_years', rule.minMonths / 12)));
        continue;
      }
      if (!best || LEVEL_RANK[rule.level] > LEVEL_RANK[best.rule.level]) best = { rule, record, months };
    }
  }

  if (best) {
    const { rule, record, months } = best;
    const worked =
      rule.minMonths === 0 ? t('elig_worked_any') : t('elig_worked', describeMonths(months), countingDate, tCount('elig_years', rule.minMonths / 12));
    reasons.unshift(t('elig_level', record.educationLevel, record.school, record.endDate, worked, rule.level, NAME_OF_LEVEL[rule.level]));
    if (rule.needsResults) {
      reasons.push(t('elig_results_needed'));
      if (profile.achievements.length === 0) disqualifiers.push(t('elig_no_results'));
    }
  }
  if (fullTime.length > 0) reasons.push(t('elig_major'));

  const titles = profile.qualificationHistory.filter((q) => q.name.trim() !== '');
  if (titles.length > 0) {
    const list = titles.map((q) => (q.obtainedDate ? t('elig_title_held', q.name, q.obtainedDate) : q.name)).join(t('options_list_separator'));
    disqualifiers.push(t('elig_titles_held', list));
  }
  // The sentence about titles held is the one that says whom to ask (评委会).
  const asking = titles.length > 0 ? disqualifiers[disqualifiers.length - 1] : undefined;
  const latest = [...profile.annualReviews].sort((a, b) => b.year - a.year)[0];
  if (latest && DISQUALIFYING_REVIEWS.includes(latest.result)) {
    disqualifiers.push(t('elig_review_bad', latest.year, latest.result));
  }

  const level = best?.rule.level ?? null;
  const quoted = [...disqualifiers, ...(level === null ? reasons : [])];
  const qualificationNames = level
    ? (Object.keys(NAME_OF_LEVEL) as EligibilityLevel[])
        .filter((l) => LEVEL_RANK[l] <= LEVEL_RANK[level])
        .sort((a, b) => LEVEL_RANK[b] - LEVEL_RANK[a])
        .map((l) => NAME_OF_LEVEL[l])
    : [];
  const basisRecord = best?.record ?? bestSeen?.record;
  return {
    level,
    eligible: level !== null && disqualifiers.length === 0,
    qualificationNames,
    reasons,
    disqualifiers,
    askGiven: asking !== undefined && quoted[quoted.length - 1] === asking,
    basis: { ...(basisRecord ? { education: basisRecord } : {}), years: Math.floor(((best?.months ?? bestSeen?.months ?? 0) / 12) * 100) / 100 },
  };
}
