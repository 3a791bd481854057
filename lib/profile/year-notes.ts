import type { Profile } from './schema';
import type { StepId } from '../portal/step-ids';
import { NAMES_PROOF } from '../checks/on-job-proof-missing';
import { t } from '../i18n/t';

/**
 * What in a profile goes stale with the year: last year's file, imported again (or copied) a year
 * later, still holds last year's 年度考核结果 and the note of last year's 在岗在职证明材料. The
 * options page says so after the import, and autofill's preview on the step those go into, instead
 * of letting last year's data fill this year's application unremarked (reapply 44).
 */

/** Words saying a period runs to the present (至今, 到现在, 目前), as a note may end one. */
const UP_TO_NOW = /至今|现在|目前/;

/** A month as a count of months (year × 12 + month − 1), for comparing months. */
const monthIndex = (year: number, month: number) => year * 12 + month - 1;

/**
 * The latest month a free-text note names: `2024-10`, `2024.10`, `2024/10`, `2024年10月`, or a bare
 * year (`2024 年`, counted as its December, so a note naming only a year is never called stale too early).
 * @param note the attachment's note, as the applicant wrote it
 * @returns `{ year, month }` (month 1–12), or null when the note names no year from 1990 to 2099
 */
export function latestMonthIn(note: string): { year: number; month: number } | null {
  let best: { year: number; month: number } | null = null;
  for (const m of note.matchAll(/(?<!\d)((?:19|20)\d{2})(?:\s*(?:[-./]|年)\s*(\d{1,2})(?!\d))?/g)) {
    const year = Number(m[1]);
    const monthText = m[2] === undefined ? 12 : Number(m[2]);
    const month = monthText >= 1 && monthText <= 12 ? monthText : 12;
    if (year < 1990) continue;
    if (!best || monthIndex(year, month) > monthIndex(best.year, best.month)) best = { year, month };
  }
  return best;
}

/** The step (spec/portal.md's eleven) whose page each kind of stale data goes into. */
const NOTE_STEPS = { reviews: 'annual-review', proof: 'certificates' } as const satisfies Record<string, StepId>;

/**
 * The profile's data that is older than an application made on `today` allows, as sentences in the
 * UI's language (public/_locales `options_year_…`):
 * - 年度考核结果 whose latest year is before last year: each year's review is made early the next
 *   year, so an application in year Y can list Y − 1 (the portal's step 9 asks 任现职以来的年度考核表);
 * - a 在岗在职证明材料 whose note names months ending before the month before `today`: the proof
 *   must run 截止到申报当月或上一月 (操作指引 3(10), lib/checks/advice.ts).
 * Nothing is said about a profile without annual reviews or without a dated note: that is not
 * last year's data, and the page's own checks speak of what is missing.
 * @param profile the profile as imported, stored or being edited (the editor's draft)
 * @param today the day of the application (local time)
 * @param step only the notes about this step's page (NOTE_STEPS: the autofill preview of 年度考核结果
 *   or 证书、证明材料, which would otherwise write last year's data unremarked); all when absent
 * @returns the sentences, in the order of the steps (年度考核 before 证明材料); [] when nothing is stale
 */
export function staleYearNotes(profile: Profile, today: Date, step?: StepId): string[] {
  const notes: string[] = [];
  const about = (kind: keyof typeof NOTE_STEPS) => step === undefined || NOTE_STEPS[kind] === step;
  const thisYear = today.getFullYear();
  // The editor's draft may hold a value typed but not yet a number (二〇一九): left out, not NaN.
  const years = profile.annualReviews.map((r) => r.year).filter((y): y is number => typeof y === 'number' && Number.isInteger(y));
  if (years.length > 0 && about('reviews')) {
    const latest = Math.max(...years);
    if (latest < thisYear - 1) notes.push(t('options_year_reviews_stale', latest, latest + 1 === thisYear - 1 ? String(thisYear - 1) : t('profile_range', latest + 1, thisYear - 1)));
  }
  const lastAllowed = monthIndex(thisYear, today.getMonth() + 1) - 1;
  for (const item of about('proof') ? profile.attachments : []) {
    if (!NAMES_PROOF.test(String(item.name ?? '').replace(/\s+/g, ''))) continue;
    const note = String(item.note ?? '');
    // 2020-07 至今: a proof said to run to the present is not dated by its start.
    if (UP_TO_NOW.test(note)) continue;
    const latest = latestMonthIn(note);
    if (latest && monthIndex(latest.year, latest.month) < lastAllowed) {
      notes.push(t('options_year_proof_stale', item.name, `${latest.year}-${String(latest.month).padStart(2, '0')}`));
    }
  }
  return notes;
}

/** How many months before the application a set cut-off date may lie before it is called old. */
const COUNTING_DATE_OLD_MONTHS = 6;

/**
 * Whether the 工作年限计算截止日期 setting (lib/settings countingDate) looks like an earlier year's:
 * set, and more than six months before `today`. A notice's cut-off lies near its application round
 * (the year's end, the deadline), so a date over half a year old is most likely the one typed for
 * last year's round, which the setting keeps in the browser (spec/portal.md: the cut-off is unknown,
 * a setting) and the eligibility estimate would otherwise count to without a word.
 * @param countingDate the setting: `YYYY-MM-DD`, or '' for today
 * @param today the day the options page is shown (local time)
 * @returns true when the options page should ask to check it
 */
export function countingDateLooksOld(countingDate: string, today: Date): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(countingDate);
  if (!m) return false;
  const limit = new Date(today.getFullYear(), today.getMonth() - COUNTING_DATE_OLD_MONTHS, today.getDate());
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) < limit;
}
