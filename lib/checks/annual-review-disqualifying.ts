import { cellOf, compact, fieldFinding, fieldValues, findColumn, findingOf } from './common';
import type { Check, CheckAbout, Finding } from './types';

/** 不称职 / 基本称职, and their words on the 合格 scale some units use (不合格 / 基本合格). */
const DISQUALIFYING = ['不称职', '基本称职', '不合格', '基本合格'] as const;

function disqualifyingIn(text: string): string | undefined {
  return DISQUALIFYING.find((r) => compact(text).includes(r));
}

/**
 * Annual review 不称职 / 基本称职. The latest year in the saved list is an error (it rules the
 * applicant out); earlier years and the record form are warnings (it matters only if latest).
 */
export const annualReviewDisqualifying: Check = {
  id: 'annual-review-disqualifying',
  steps: ['annual-review'],
  severity: 'error',
  run(ctx) {
    const findings: Finding[] = [];
    for (const grid of ctx.snapshot.grids) {
      // 考核年度, 年份, 考核时间 (2023-12); without such a column, the year in the row's cells.
      const yearColumn = findColumn(grid, (h) => /年度|年份|时间|日期/.test(h) && !h.includes('结果'));
      const resultColumn = findColumn(grid, (h) => h.includes('结果'), (h) => h.includes('等次') || /考核(?!年度)/.test(h));
      if (resultColumn < 0 || resultColumn === yearColumn) continue;
      const rows = grid.rows.map((row) => ({ year: Number(/(19|20)\d\d/.exec(yearColumn < 0 ? row.cells.join() : cellOf(row, yearColumn))?.[0] ?? NaN), result: cellOf(row, resultColumn) }));
      const latestYear = Math.max(...rows.map((r) => r.year).filter((y) => !Number.isNaN(y)));
      for (const row of rows) {
        const bad = disqualifyingIn(row.result);
        if (!bad) continue;
        const latest = row.year === latestYear;
        const year = Number.isNaN(row.year) ? '' : `${row.year} 年`;
        findings.push(
          findingOf(
            annualReviewDisqualifying,
            latest
              ? `最近一次年度考核（${year}）为“${bad}”：按规定不能申报初次职称考核认定。如果填错了，请按考核表更正。`
              : `${year}年度考核为“${bad}”。只要最近一次考核为合格（称职）及以上即可；请确认已按考核表如实填写。`,
            { field: '年度考核结果', ...(latest ? {} : { severity: 'warning' as const }) },
          ),
        );
      }
    }
    for (const f of fieldValues(ctx, 'annualReviews.result')) {
      const bad = disqualifyingIn(f.value);
      if (bad) findings.push(fieldFinding(annualReviewDisqualifying, f, `考核结果为“${bad}”：如果这是最近一次年度考核，按规定不能申报初次职称考核认定。请按考核表核对。`, 'warning'));
    }
    return findings;
  },
};

/** What annualReviewDisqualifying checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const annualReviewDisqualifyingAbout: CheckAbout = {
  id: 'annual-review-disqualifying',
  title: '年度考核不称职/基本称职（不合格/基本合格）',
  source: 'spec/portal.md §Eligibility（最近一次年度考核为不称职或基本称职的不能申报）；操作指引 3(9)',
};
