import { t } from '../i18n/t';
import { EDUCATION_LEVELS } from '../profile/vocabulary';
import type { GridSnapshot } from '../page/snapshot';
import { cellOf, findColumn, findingOf, sequenceColumn } from './common';
import type { Check, CheckAbout, Finding } from './types';

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
  /** How the finding names the row: its number and its 学历 cell (第 2 条（大学本科）). */
  name: [number: string | number, level: string];
  rank: number | null;
  fullTime: boolean | null;
}

/** Saved education rows in 记录序号 order (display order when there is no number column). */
function rowsOf(grid: GridSnapshot, levelColumn: number): Row[] {
  const seqColumn = sequenceColumn(grid);
  const modeColumn = findColumn(grid, (h) => h.includes('学习形式') || h.includes('学习方式') || h.includes('全日制'));
  const rows = grid.rows.map((row, i): Row & { order: number } => {
    const seqText = cellOf(row, seqColumn);
    const mode = cellOf(row, modeColumn);
    const level = cellOf(row, levelColumn);
    return {
      order: /^\d+$/.test(seqText) ? Number(seqText) : i + 1,
      name: [/^\d+$/.test(seqText) ? seqText : i + 1, level],
      rank: rankOf(level),
      fullTime: mode === '' ? null : !mode.includes('非全日制') && mode.includes('全日制'),
    };
  });
  return rows.sort((a, b) => a.order - b.order);
}

/**
 * Education rows ordered from the highest level down, and among rows of the top level the
 * full-time (qualifying) one first. Grids without a recognisable 学历 column are skipped.
 */
export const educationOrder: Check = {
  id: 'education-order',
  steps: ['education'],
  run(ctx) {
    const findings: Finding[] = [];
    for (const grid of ctx.snapshot.grids) {
      const levelColumn = findColumn(grid, (h) => h === '学历', (h) => /学历|(文化|教育)程度/.test(h) && !/证书|编号|形式|方式/.test(h));
      if (levelColumn < 0 || grid.rows.length < 1) continue;
      const rows = rowsOf(grid, levelColumn);
      const known = rows.filter((r) => r.rank !== null);
      const inversion = known.findIndex((r, i) => i > 0 && r.rank! < known[i - 1]!.rank!);
      if (inversion > 0) {
        findings.push(findingOf(educationOrder, t('check_education_order_highest_first', ...known[inversion]!.name, ...known[inversion - 1]!.name), { field: '学历' }));
        continue;
      }
      const first = rows[0]!;
      const fullTimePeer = rows.find((r) => r.rank === first.rank && r.fullTime === true);
      if (first.fullTime === false && fullTimePeer) {
        findings.push(
          findingOf(educationOrder, t('check_education_order_full_time_first', ...first.name, ...fullTimePeer.name), {
            field: '学历',
            severity: 'warning',
          }),
        );
      }
    }
    return findings;
  },
};

/** What educationOrder checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const educationOrderAbout: CheckAbout = {
  id: 'education-order',
  title: '学历按从高到低排列',
  source: '操作指引 3(4)：按照最高学历从高到低的顺序填报；spec/portal.md 第 4 步（用于认定的全日制学历排第 1 条）',
};
