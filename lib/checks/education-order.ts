import { t } from '../i18n/t';
import { EDUCATION_LEVELS } from '../profile/vocabulary';
import type { GridSnapshot } from '../page/snapshot';
import { cellOf, findColumn, findingOf, sequenceColumn, valuesWithTies } from './common';
import type { Check, CheckAbout } from './types';

/** Education wordings on pages mapped to the vocabulary: exact vocabulary words first, then short forms (本科, 大专…). */
const LEVEL_ALIASES: readonly [string, (typeof EDUCATION_LEVELS)[number]][] = [
  ...EDUCATION_LEVELS.map((l) => [l, l] as [string, (typeof EDUCATION_LEVELS)[number]]),
  ['博士', '博士研究生'],
  ['硕士', '硕士研究生'],
  // The code table's 研究生 (GB/T 4658 "10") without 博士/硕士: ranked with 硕士研究生.
  ['研究生', '硕士研究生'],
  ['本科', '大学本科'],
  ['专科', '大学专科'],
  ['大专', '大学专科'],
  ['中等专业', '中专'],
];

/** Rank of an education cell text: 0 = 博士研究生 (highest); null when not recognised. */
function rankOf(text: string): number | null {
  const hit = LEVEL_ALIASES.find(([word]) => text.includes(word));
  return hit ? EDUCATION_LEVELS.indexOf(hit[1]) : null;
}

interface Row {
  /** Its 记录序号: the list's number cell, else its place in the list; the form's 记录序号. */
  order: number;
  /** How the finding names the row: its number and its 学历 (第 2 条（大学本科）). */
  name: [number: number, level: string];
  rank: number | null;
  /** 全日制 or not, as the list's 学习形式 cell says; null or absent when it does not. */
  fullTime?: boolean | null;
}

/** A row of number `order` whose 学历 reads `level`. */
const rowOf = (order: number, level: string, fullTime?: boolean | null): Row => ({ order, name: [order, level], rank: rankOf(level), fullTime });

/** Saved education rows, numbered by their 记录序号 (display order when there is no number column). */
function rowsOf(grid: GridSnapshot, levelColumn: number): Row[] {
  const seqColumn = sequenceColumn(grid);
  const modeColumn = findColumn(grid, (h) => h.includes('学习形式') || h.includes('学习方式') || h.includes('全日制'));
  return grid.rows.map((row, i) => {
    const mode = cellOf(row, modeColumn);
    // A number cell holding no number (or none): the row's place.
    return rowOf(+cellOf(row, seqColumn) || i + 1, cellOf(row, levelColumn), mode === '' ? null : !mode.includes('非全日制') && mode.includes('全日制'));
  });
}

/**
 * Education rows ordered from the highest level down, and among rows of the top level the
 * full-time (qualifying) one first. The rows: each list's with a recognisable 学历 column, in
 * 记录序号 order, and the record form's before 保存 — each 学历 filled there with the 记录序号 of the
 * same place in the form, in its number’s place (B64B-10: 博士 added as 2 under a saved 1 硕士;
 * B64B-12: two records in one form), a saved row of that number taken for it (the one edited).
 * A form without 记录序号 adds none: a saved record opened to edit is no new one.
 */
export const educationOrder: Check = {
  id: 'education-order',
  steps: ['education'],
  run(ctx) {
    // Two records' boxes in one form tie (B64B-12): read with their ties.
    const values = valuesWithTies(ctx);
    const seqs = values.filter((f) => f.key === 'education.seq');
    const form = values
      .filter((f) => f.key === 'education.educationLevel')
      .map((f, i) => rowOf(+seqs[i]?.value!, f.value))
      .filter((r) => r.order > 0);
    const saved = ctx.snapshot.grids.flatMap((grid) => {
      const levelColumn = findColumn(grid, (h) => h === '学历', (h) => /学历|(文化|教育)程度/.test(h) && !/证书|编号|形式|方式/.test(h));
      return levelColumn < 0 ? [] : rowsOf(grid, levelColumn);
    });
    const rows = [...saved.filter((r) => !form.some((f) => f.order === r.order)), ...form].sort((a, b) => a.order - b.order);
    const known = rows.filter((r) => r.rank !== null);
    const inversion = known.findIndex((r, i) => i > 0 && r.rank! < known[i - 1]!.rank!);
    if (inversion > 0) return [findingOf(educationOrder, t('check_education_order_highest_first', ...known[inversion]!.name, ...known[inversion - 1]!.name), { field: '学历' })];
    const first = rows[0];
    const fullTimePeer = rows.find((r) => r.rank === first?.rank && r.fullTime === true);
    return first?.fullTime === false && fullTimePeer
      ? [findingOf(educationOrder, t('check_education_order_full_time_first', ...first.name, ...fullTimePeer.name), { field: '学历', severity: 'warning' })]
      : [];
  },
};

/** What educationOrder checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const educationOrderAbout: CheckAbout = {
  id: 'education-order',
  title: '学历按从高到低排列',
  source: '操作指引 3(4)：按照最高学历从高到低的顺序填报；spec/portal.md 第 4 步（用于认定的全日制学历排第 1 条）',
};
