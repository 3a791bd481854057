import type { EducationRecord, Profile } from './profile/schema';
import type { EligibilityRule } from './eligibility.schema';

export type { EligibilityRule };

/**
 * Eligibility estimate for 初次职称考核认定 (Guangdong rule as published in the 2021 Guangzhou
 * guide; spec/portal.md §Eligibility). Advisory only: the committee decides, and two conditions
 * cannot be judged by software (work related to the field studied; the quality of results).
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
  /** Why, in Chinese, one sentence each. */
  reasons: string[];
  /** Conditions that rule the applicant out, in Chinese. */
  disqualifiers: string[];
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

const describeMonths = (m: number) => `${Math.floor(m / 12)} 年 ${m % 12} 个月`;

/**
 * Estimates which level of 初次职称考核认定 the profile qualifies for.
 * @param profile the applicant profile (education[], workHistory[], qualificationHistory[],
 *   annualReviews[], achievements[]); only 全日制 education counts
 * @param countingDate `YYYY-MM-DD`, the date years of work are counted to (a setting: the
 *   notice's cut-off is unknown, spec/portal.md)
 * @returns the estimate; reasons and disqualifiers are Chinese sentences. Years of work are
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
    if (e.studyMode === '非全日制') reasons.push(`${e.school || '第 ' + e.seq + ' 条'} ${e.educationLevel}为非全日制，不能作为初次职称考核认定的学历依据。`);
    else if (e.studyMode === '') reasons.push(`第 ${e.seq} 条学历未填写学习形式，按非全日制处理（不计入）。`);
  }
  if (profile.education.length === 0) reasons.push('档案未填写学历，无法估算。');
  else if (fullTime.length === 0) disqualifiers.push('没有全日制学历：初次职称考核认定只认可全日制学历。');

  let best: { rule: EligibilityRule; record: EducationRecord; months: number } | null = null;
  let bestSeen: { record: EducationRecord; months: number } | null = null;
  for (const record of fullTime) {
    const graduated = dayOf(record.endDate);
    const months = graduated === null ? 0 : monthsOfWork(profile, graduated, until);
    if (!bestSeen || months > bestSeen.months) bestSeen = { record, months };
    for (const rule of ELIGIBILITY_RULES) {
      if (!(rule.education as readonly string[]).includes(record.educationLevel)) continue;
      if (rule.minMonths > 0 && graduated === null) {
        reasons.push(`${record.educationLevel}（${record.school}）未填写毕业时间，无法计算毕业后工作年限。`);
        continue;
      }
      if (months < rule.minMonths) {
        reasons.push(
          `全日制${record.educationLevel}毕业后从事专业技术工作 ${describeMonths(months)}（计至 ${countingDate}），申报${rule.level}需满 ${rule.minMonths / 12} 年。`,
        );
        continue;
      }
      if (!best || LEVEL_RANK[rule.level] > LEVEL_RANK[best.rule.level]) best = { rule, record, months };
    }
  }

  if (best) {
    const { rule, record, months } = best;
    const worked = rule.minMonths === 0 ? '不限工作年限' : `毕业后从事专业技术工作 ${describeMonths(months)}（计至 ${countingDate}），满 ${rule.minMonths / 12} 年`;
    reasons.unshift(`全日制${record.educationLevel}（${record.school}，${record.endDate} 毕业），${worked}，可申报${rule.level}（${NAME_OF_LEVEL[rule.level]}）。`);
    if (rule.needsResults) {
      reasons.push('还须取得相应的专业技术业绩成果（第 7 步填写并上传佐证材料）。');
      if (profile.achievements.length === 0) disqualifiers.push('档案中没有业绩成果记录，而该档次要求具备相应业绩成果。');
    }
  }
  if (fullTime.length > 0) reasons.push('所学专业须与从事的专业技术工作相同或相近，由评委会判断。');

  const titles = profile.qualificationHistory.filter((q) => q.name.trim() !== '');
  if (titles.length > 0) {
    const list = titles.map((q) => `${q.name}${q.obtainedDate ? `（${q.obtainedDate}）` : ''}`).join('、');
    disqualifiers.push(`已取得专业技术资格：${list}。初次职称考核认定面向未取得职称的人员，请向评委会确认是否应改走职称评审。`);
  }
  const latest = [...profile.annualReviews].sort((a, b) => b.year - a.year)[0];
  if (latest && DISQUALIFYING_REVIEWS.includes(latest.result)) {
    disqualifiers.push(`最近一次年度考核（${latest.year} 年）为“${latest.result}”，不能申报。`);
  }

  const level = best?.rule.level ?? null;
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
    basis: { ...(basisRecord ? { education: basisRecord } : {}), years: Math.floor(((best?.months ?? bestSeen?.months ?? 0) / 12) * 100) / 100 },
  };
}
