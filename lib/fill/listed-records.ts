/**
 * Which of the profile's records a record step's page already lists, and which 记录序号 the
 * next one takes. The portal wants 记录序号 "1, 2, 3… in order with no gaps" (spec/portal.md
 * steps 3–9; seed: "记录序号一栏按照从小到大的记录顺序填报"). Only the list of saved records
 * counts (lib/fields/record-lists.ts: not a notice or an attachments table). Its 记录序号 /
 * 序号 column says which numbers are taken; its rows name the records (学校, 工作单位, 资格名称,
 * 题目, 考核年度), and where they show dates, a record's start or end month (or year) tells two
 * of the same name apart. A list without the column still takes 1…n for its n rows. Used by
 * autofill's planning only (on-demand.js).
 */
import type { PageSnapshot } from '../page/snapshot';
import type { Profile, RecordSection } from '../profile/schema';
import type { FieldKey } from '../fields/keys';
import { normalizeText } from '../page/normalize';
import { sequenceColumn } from '../checks/common';
import { isRecordList, pagedNumbers } from '../fields/record-lists';
import { labelKeys } from '../fields/recognize';

/** Per section: the record's name and the dates that tell two records of that name apart. */
const IDENTITY: Record<Exclude<RecordSection, 'annualReviews'>, { name: string; dates: string[] }> = {
  qualificationHistory: { name: 'name', dates: ['obtainedDate'] },
  education: { name: 'school', dates: ['startDate', 'endDate'] },
  workHistory: { name: 'employer', dates: ['startDate', 'endDate'] },
  achievements: { name: 'title', dates: ['startDate', 'endDate'] },
  publications: { name: 'title', dates: ['publishedDate'] },
};

/**
 * The field that names a section's record: 学校, 工作单位, 资格名称, 项目名称, 题目, 考核年度.
 * @param section a record section. @returns its key ("achievements.title", "annualReviews.year").
 */
export function identityKey(section: RecordSection): FieldKey {
  return `${section}.${section === 'annualReviews' ? 'year' : IDENTITY[section].name}` as FieldKey;
}

/**
 * The fields whose dates tell two records of one name apart: 入学 / 毕业时间, 起始 / 终止时间…
 * @param section a record section. @returns their keys; none for 年度考核 (named by its year).
 */
export function identityDateKeys(section: RecordSection): FieldKey[] {
  return section === 'annualReviews' ? [] : IDENTITY[section].dates.map((d) => `${section}.${d}` as FieldKey);
}

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

/**
 * Whether the dates texts show (datesShown) include one of a record's dates (`YYYY-MM[-DD]`):
 * its month, or its year where they show years only, give or take `slack` months. True when
 * they show no date or the record has none: nothing to tell by.
 * @param slack months either side that still count as the date (0: the very month).
 */
function showsDate(shown: readonly { year: string; month: number | null }[], dates: readonly string[], slack = 0): boolean {
  const known = dates.filter((d) => /^\d{4}-\d{2}/.test(d));
  if (shown.length === 0 || known.length === 0) return true;
  // Months counted from year 0; a year shown alone spans its twelve months.
  const monthsApart = (d: { year: string; month: number | null }, date: string) => {
    const at = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
    const first = Number(d.year) * 12 + (d.month ?? 1) - 1;
    const last = Number(d.year) * 12 + (d.month ?? 12) - 1;
    return Math.max(0, first - at, at - last);
  };
  return known.some((date) => shown.some((d) => monthsApart(d, date) <= slack));
}

/**
 * Whether the dates texts show (datesShown) are a record's own: as many of its dates as they show
 * (start and end where both are shown, the start beside 至今), each in its very month (showsDate).
 * No date shown, or none known, is no evidence: false.
 */
function showsOwnDates(shown: readonly { year: string; month: number | null }[], dates: readonly string[]): boolean {
  const known = dates.filter((d) => /^\d{4}-\d{2}/.test(d));
  const own = shown.length === 0 ? 0 : known.filter((d) => showsDate(shown, [d])).length;
  return own > 0 && own >= Math.min(shown.length, known.length);
}

/**
 * Whether a text names a record: its whole name (showsWholeName), or a longer name holding it
 * beside the record's own dates (showsOwnDates) — a list showing 毕业院校及院系 or 工作单位及部门 in
 * one column (华南理工大学环境与能源学院, …有限公司检测中心): the dates are the stronger evidence
 * (breaker 26a item 1). A longer name with no dates or other dates is another institution's.
 * @param text a text, normalised. @param wanted the record's name, normalised.
 * @param shown the dates the texts beside it show (datesShown). @param dates the record's dates.
 */
function namesRecord(text: string, wanted: string, shown: readonly { year: string; month: number | null }[], dates: readonly string[]): boolean {
  return showsWholeName(text, wanted) || (wanted !== '' && text.includes(wanted) && showsOwnDates(shown, dates));
}

/**
 * The profile record that texts name: by its name (the whole name in a text — a list may add a
 * note after it, "华南理工大学（全日制）", but a longer name holding it, 华南理工大学广州学院, is
 * another institution's: showsWholeName; breaker 25a item 7 — unless the texts show the record's
 * own dates, a faculty or department after the name: namesRecord) and, where the texts show
 * dates, one of its dates; a
 * 年度考核 record by its year alone ("2021", "2021年", "2021年度考核结果", "2021.01-2021.12": reviewYearOf).
 * Several records may share a name and, with no dates shown, all be named (两段学历 at one school):
 * of those, the ones with the most other fields (专业, 学位…) equal to a text are kept; the caller
 * tells any left apart (by a 记录序号) or leaves the choice to the user.
 * @param texts normalised texts: a list row's cells, or the values a record form shows.
 * @param section the record step's section. @param profile the active profile.
 * @returns the 0-based rows of the records named, in profile order; empty when none.
 */
export function recordsNamedBy(texts: readonly string[], section: RecordSection, profile: Profile): number[] {
  const records = profile[section] as Record<string, unknown>[];
  const named = namedRows(texts, section, records);
  // Of several so named, those whose other fields the texts show most: the major typed beside a
  // school two degrees share tells which one it is (breaker 15a item 3).
  const fieldsShown = (i: number) => Object.values(records[i]!).filter((v) => typeof v === 'string' && v !== '' && texts.includes(normalizeText(v))).length;
  const most = Math.max(...named.map(fieldsShown));
  return named.filter((i) => fieldsShown(i) === most);
}

/** A date in a review period: 2021.01, 2021-01-01, 2021/1, 2021年1月(1日). */
const PERIOD_DATE = '[-./年]\\d{1,2}(?:月(?:\\d{1,2}日)?|[-./]\\d{1,2}日?)?';
/**
 * A text naming a 年度考核 record: its year alone or with 年 / 年度 / 年(度) and 考核 / 考核结果 /
 * 考核等次 / 考核等级 after it (2021, 2021年度, 2021年(度), 2021年度考核结果), or a period within
 * that one year (2021.01-2021.12, 2021-01-01至2021-12-31: a 考核期间 cell). Normalised text (NFKC:
 * （度） is (度)). Group 1 is the year.
 */
const REVIEW_YEAR = new RegExp(`^(\\d{4})(?:年(?:度|\\(度\\))?)?(?:考核(?:结果|等次|等级|情况)?)?$|^(\\d{4})${PERIOD_DATE}[-—~至到]\\2${PERIOD_DATE}$`);

/**
 * The year of the 年度考核 record a text names (REVIEW_YEAR; breaker 26a item 6).
 * @param text normalised text: a list cell, a row's label. @returns the year ("2021"), or undefined when it names none.
 */
export function reviewYearOf(text: string): string | undefined {
  const m = REVIEW_YEAR.exec(text);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The rows recordsNamedBy starts from: by name and dates shown, or by year (annual reviews). */
function namedRows(texts: readonly string[], section: RecordSection, records: readonly Record<string, unknown>[]): number[] {
  const rows = (named: (r: Record<string, unknown>) => boolean) => records.flatMap((r, i) => (named(r) ? [i] : []));
  if (section === 'annualReviews') {
    const years = texts.map(reviewYearOf);
    return rows((r) => years.includes(String(r.year ?? '')));
  }
  const { name, dates } = IDENTITY[section];
  const shown = texts.flatMap(datesShown);
  return rows((r) => {
    const wanted = normalizeText(String(r[name] ?? ''));
    const own = dates.map((d) => String(r[d] ?? ''));
    return wanted.length >= 2 && texts.some((t) => namesRecord(t, wanted, shown, own)) && showsDate(shown, own);
  });
}

/**
 * What beside a record's name makes it another school, employer or project: a place or unit
 * before an institution's word — 广州学院 (华南理工大学广州学院, an independent college), 佛山分公司,
 * 东校区 — not a note (全日制, 【本部】, 总部, 二期, 环境工程 before 技术员) nor a company
 * form alone (设计院 → 设计院有限公司, renamed). Brackets and separators round the words do not
 * matter (breaker 24a items 1, 4; breaker 25a items 1–4, 6). A faculty or department reads so
 * too (环境与能源学院, 检测中心): beside the record's own dates it is the record's (namesRecord).
 */
const OTHER_ENTITY = /\p{sc=Han}{2,}(?:学院|大学|分校|校区|分公司|分院|分局|分所|研究院|研究所|中心)$/u;
const COMPANY_FORM = /^(?:股份)?有限(?:责任)?公司$/;

/**
 * Whether a shown text is the record's name, not a longer name containing it: what is left beside
 * the name, brackets and separators dropped, names no other institution (OTHER_ENTITY).
 * @param shown the page's text, normalised. @param wanted the record's name, normalised.
 */
export function showsWholeName(shown: string, wanted: string): boolean {
  if (wanted === '' || !shown.includes(wanted)) return false;
  const beside = shown.replace(wanted, '').replace(/[\s()[\]【】〔〕〈〉《》「」<>\-—/、,.:]/g, '');
  return COMPANY_FORM.test(beside) || !OTHER_ENTITY.test(beside);
}

/**
 * Where a list cut a long name short: 。。。, ⋯ (U+22EF), and ... or … (NFKC folds … to ...).
 * Text may follow the mark: the name's end ("白云区流溪河…项目") or a link's note ("...(详细)").
 */
const CUT_MARK = /\.{2,}|…+|⋯+|。{2,}/;

/**
 * Whether a name cell shows another whole name than `wanted` (both normalised): not the name
 * (with a note beside it: showsWholeName — a longer name holding it, 华南理工大学广州学院, is
 * another), not a part of it — a cell cut with no mark simply stops — and, where
 * a cut mark stands in it, not a cell whose piece before the mark (after it, when the cell
 * starts with the mark) is part of the name; what follows the cut is not compared.
 */
function namesOther(shown: string, wanted: string): boolean {
  const piece = shown.split(CUT_MARK).find((p) => p !== '') ?? '';
  if (wanted === '' || piece === '') return false;
  return piece === shown ? !wanted.includes(shown) && !showsWholeName(shown, wanted) : !wanted.includes(piece);
}

/**
 * Whether a listed row that names no profile record shows another record than `record`: the
 * column headed by the section's name field (项目名称, 题目, 考核年度…: labelKeys) shows another
 * whole name — not the record's name cut short ("白云区流溪河…", "白云区流溪河⋯", "白云区流溪河…项目":
 * namesOther) — or, unless a name cell names the record (namesRecord), the columns headed by its
 * date fields show dates, none of them within a month of the record's (a certificate's
 * 2020-07-01 against the profile's 2020-06-30 is the same date; breaker 23a item 1). A row whose
 * name cell is missing or empty and whose dates say nothing against it does not (probe 12b item 2).
 * @param headers the list's column headers. @param cells the row's cells, aligned with them.
 * @param section the record step's section. @param record a profile row of that section.
 */
function showsOtherRecord(headers: readonly string[], cells: readonly string[], section: RecordSection, record: Record<string, unknown>): boolean {
  const name = identityKey(section);
  const dates = section === 'annualReviews' ? [] : IDENTITY[section].dates;
  const column = (key: FieldKey) => headers.flatMap((h, i) => (labelKeys(h).includes(key) ? [cells[i] ?? ''] : []));
  const wanted = normalizeText(String(record[name.slice(section.length + 1)] ?? ''));
  const names = column(name).map(normalizeText);
  const shownDates = dates.flatMap((d) => column(`${section}.${d}` as FieldKey)).flatMap(datesShown);
  const own = dates.map((d) => String(record[d] ?? ''));
  if (names.some((shown) => namesRecord(shown, wanted, shownDates, own))) return false;
  return names.some((shown) => namesOther(shown, wanted)) || !showsDate(shownDates, own, 1);
}

export interface ListedRecords {
  /** Profile row indexes (0-based) the page lists as saved, by content or by 记录序号. */
  saved: Set<number>;
  /** 记录序号 values taken on the page (listed, remembered, or counted in a list without the column). */
  taken: Set<number>;
  /**
   * The list shows one page of several and does not state its total (GridSnapshot.paged without
   * `total`): the records and numbers on other pages are unknown, so `saved` and `taken` are not
   * the whole truth.
   */
  partial: boolean;
}

/**
 * What the page's list of saved records (and the tab's memory) says is saved on a record step.
 * @param snapshot the page. @param profile the active profile. @param section the step's section.
 * @param known 记录序号 remembered as saved across postbacks (lib/fill/record-memory.ts).
 * @param seqOf a profile row's 记录序号 (its `seq`; for 年度考核 the row number).
 * @returns profile rows known saved and the 记录序号 values taken. A row is saved when a listed
 *   row names it, or when its 记录序号 is listed on a row that names no profile record and
 *   shows nothing of another one (showsOtherRecord: a cut-off or missing name counts as its),
 *   or is remembered; a list without a 记录序号 column takes the numbers 1…n for its n rows (a row
 *   showing fewer than two texts — 暂无记录, a pager — is not a record); a paged list whose pager
 *   says 共 N 条 takes 1…N. Never throws.
 */
export function listedRecords(
  snapshot: PageSnapshot,
  profile: Profile,
  section: RecordSection,
  known: ReadonlySet<number>,
  seqOf: (index: number) => number,
): ListedRecords {
  const records = profile[section] as Record<string, unknown>[];
  const numbered = new Set(known);
  const saved = new Set<number>();
  /** Profile rows whose 记录序号 a listed row holds for another record (probe 12b item 2): not saved by that number. */
  const elsewhere = new Set<number>();
  /** Listed numbers whose row names a record: they say nothing about the profile row of that number. */
  const named = new Set<number>();
  let unnumberedRows = 0;
  let partial = false;
  for (const grid of snapshot.grids) {
    if (!isRecordList(grid, section)) continue;
    const column = sequenceColumn(grid);
    // One page of a paged list: the pager's total numbers the whole list (1…N, no gaps), else it is unknown.
    for (const n of pagedNumbers(grid)) numbered.add(n);
    partial ||= grid.paged === true && !grid.total;
    for (const row of grid.rows) {
      if (row.cells.filter((c) => c !== '').length < 2) continue;
      const index = recordsNamedBy(row.cells, section, profile)[0] ?? -1;
      if (index >= 0) saved.add(index);
      if (column < 0) {
        unnumberedRows++;
        continue;
      }
      const listed = Number.parseInt(row.cells[column] ?? '', 10);
      if (!Number.isFinite(listed)) continue;
      numbered.add(listed);
      if (index >= 0) named.add(listed);
      else records.forEach((record, i) => {
        if (seqOf(i) === listed && showsOtherRecord(grid.headers, row.cells, section, record)) elsewhere.add(i);
      });
    }
  }
  records.forEach((_, i) => {
    if (numbered.has(seqOf(i)) && !named.has(seqOf(i)) && !elsewhere.has(i)) saved.add(i);
  });
  const taken = new Set(numbered);
  for (let n = 1; n <= unnumberedRows; n++) taken.add(n);
  return { saved, taken, partial };
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
