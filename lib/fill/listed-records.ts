/**
 * Which of the profile's records a record step's page already lists, and which 记录序号 the
 * next one takes. The portal wants 记录序号 "1, 2, 3… in order with no gaps" (spec/portal.md
 * steps 3–9; seed: "记录序号一栏按照从小到大的记录顺序填报"). Its saved-records list says which
 * numbers are taken when it has a 记录序号 / 序号 column; a list without one (学校名称 | 起止时间 |
 * 操作) still names the records, so a profile record is also known saved when a listed row
 * carries its name (学校, 工作单位, 资格名称, 题目) and, when the row shows dates, its start month
 * (or year). Used by autofill's planning only (on-demand.js).
 */
import type { PageSnapshot } from '../page/snapshot';
import type { Profile, RecordSection } from '../profile/schema';
import { normalizeText } from '../page/normalize';
import { savedSequenceNumbers, SEQUENCE_HEADER } from './record-memory';

/** Per section: the record's name and the date that tells two records of that name apart. */
const IDENTITY: Record<Exclude<RecordSection, 'annualReviews'>, { name: string; date: string }> = {
  qualificationHistory: { name: 'name', date: 'obtainedDate' },
  education: { name: 'school', date: 'startDate' },
  workHistory: { name: 'employer', date: 'startDate' },
  achievements: { name: 'title', date: 'startDate' },
  publications: { name: 'title', date: 'publishedDate' },
};

/** The (year, month) pairs a row's text shows: "2016.09-2020.06", "2016年9月", "201609", "2016". */
function datesShown(text: string): { year: string; month: number | null }[] {
  const found: { year: string; month: number | null }[] = [];
  // A year not inside a longer number (a certificate number holds "2020…" too), then its month.
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})(?:[-/.年](\d{1,2})(?!\d)|(\d{2})(?:\d{2})?(?!\d))?(?!\d)/g)) {
    const month = m[2] ?? m[3];
    found.push({ year: m[1]!, month: month === undefined ? null : Number(month) });
  }
  return found;
}

/** Whether a row shows a profile date (`YYYY-MM[-DD]`): its month, or its year where the row shows years only. */
function showsDate(cells: readonly string[], date: string): boolean {
  const shown = cells.flatMap(datesShown);
  if (shown.length === 0 || !/^\d{4}-\d{2}/.test(date)) return true; // nothing to tell records apart by
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  return shown.some((d) => d.year === year && (d.month === null || d.month === month));
}

/** Whether a grid row is the listing of a profile record. */
function rowListsRecord(cells: readonly string[], section: RecordSection, record: Record<string, unknown>): boolean {
  if (section === 'annualReviews') {
    const year = String(record.year ?? '');
    return year !== '' && cells.some((c) => c === year || c === `${year}年` || c === `${year}年度`);
  }
  const { name, date } = IDENTITY[section];
  const wanted = normalizeText(String(record[name] ?? ''));
  if (wanted.length < 2) return false;
  // The whole name in a cell: a list may add a note after it ("华南理工大学（全日制）").
  return cells.some((c) => c.includes(wanted)) && showsDate(cells, String(record[date] ?? ''));
}

export interface ListedRecords {
  /** Profile row indexes (0-based) the page lists as saved, by content or by 记录序号. */
  saved: Set<number>;
  /** 记录序号 values taken on the page (listed, remembered, or counted in a list without the column). */
  taken: Set<number>;
}

/**
 * What the page's lists (and the tab's memory) say is saved on a record step.
 * @param snapshot the page. @param profile the active profile. @param section the step's section.
 * @param known 记录序号 remembered as saved across postbacks (lib/fill/record-memory.ts).
 * @param seqOf a profile row's 记录序号 (its `seq`; for 年度考核 the row number).
 * @returns profile rows known saved and the 记录序号 values taken. A row is saved when a listed
 *   row names it or a list or the memory has its 记录序号; a list without a 记录序号 column
 *   takes the numbers 1…n for the n records it names. Never throws.
 */
export function listedRecords(
  snapshot: PageSnapshot,
  profile: Profile,
  section: RecordSection,
  known: ReadonlySet<number>,
  seqOf: (index: number) => number,
): ListedRecords {
  const records = profile[section] as Record<string, unknown>[];
  const numbered = new Set([...savedSequenceNumbers(snapshot), ...known]);
  const saved = new Set<number>();
  let namedWithoutNumbers = 0;
  for (const grid of snapshot.grids) {
    const hasNumbers = grid.headers.some((h) => SEQUENCE_HEADER.test(h));
    for (const row of grid.rows) {
      const index = records.findIndex((r) => rowListsRecord(row.cells, section, r));
      if (index < 0) continue;
      saved.add(index);
      if (!hasNumbers) namedWithoutNumbers++;
    }
  }
  records.forEach((_, i) => {
    if (numbered.has(seqOf(i))) saved.add(i);
  });
  // The records a list names without numbers hold 1…n; which profile rows they are, only their names say.
  const taken = new Set(numbered);
  for (let n = 1; n <= namedWithoutNumbers; n++) taken.add(n);
  return { saved, taken };
}

/**
 * The 记录序号 a new record takes: the smallest positive number not taken (no gaps).
 * @param taken from listedRecords. @returns a whole number ≥ 1.
 */
export function nextSequence(taken: ReadonlySet<number>): number {
  let n = 1;
  while (taken.has(n)) n++;
  return n;
}
