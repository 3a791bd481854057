import { t } from '../i18n/t';
import { cellOf, compact, fieldFinding, fieldValues, findColumn, findingOf } from './common';
import type { Check, CheckAbout, Finding } from './types';

/** 不称职 / 基本称职, and their words on the 合格 scale some units use (不合格 / 基本合格). */
const DISQUALIFYING = ['不称职', '基本称职', '不合格', '基本合格'] as const;

function disqualifyingIn(text: string): string | undefined {
  return DISQUALIFYING.find((r) => compact(text).includes(r));
}

/**
 * Annual review 不称职 / 基本称职. The latest year in the saved list is an error (it rules the
 * applicant out); earlier years, a row with no year and the record form are warnings (it matters
 * only if latest). A list with no year and no link in any row is a legend of results, not read
 * (B64B-9); a saved list without years (修改, 删除 in its rows) warns of each row.
 */
export const annualReviewDisqualifying: Check = {
  id: 'annual-review-disqualifying',
  steps: ['annual-review'],
  run(ctx) {
    const findings: Finding[] = [];
    for (const grid of ctx.snapshot.grids) {
      // 考核年度, 年份, else 考核时间 (2023-12): a 填报日期 before 考核年度 is the day the record was
      // entered (breaker 64b item 2). Without such a column, or when the result's column is it
      // (年度考核情况 | 2023年度：基本称职: probe 18), the year in the row's cells.
      const yearColumn = findColumn(grid, (h) => /年度|年份/.test(h) && !h.includes('结果'), (h) => /时间|日期/.test(h));
      // A 审核结果 is the office's review of the record (不合格 = sent back), an 上传结果 the server's
      // word on a file, not the applicant's 年度考核 (breaker 64b items 1, 5).
      const resultColumn = findColumn(grid, (h) => h.includes('结果') && !/审核|上传/.test(h), (h) => h.includes('等次') || /考核(?!年度|年份|时间|日期|单位|部门)/.test(h));
      if (resultColumn < 0) continue;
      const yearText = (row: (typeof grid.rows)[number]) => (yearColumn < 0 || yearColumn === resultColumn ? row.cells.join() : cellOf(row, yearColumn));
      const rows = grid.rows.map((row) => ({ year: Number(/(19|20)\d\d/.exec(yearText(row))?.[0] ?? NaN), result: cellOf(row, resultColumn) }));
      const latestYear = Math.max(...rows.map((r) => r.year).filter((y) => !Number.isNaN(y)));
      // A list naming no year in any row (-Infinity) and no link or button in any (a saved record's
      // 修改, 删除, 查看附件) is the page's legend of results (考核结果 | 说明: 基本称职…, 不称职…:
      // B64B-9), no applicant's record: its words rule no one out. A saved list with no year warns.
      if (latestYear < 0 && !grid.rows.some((r) => r.actions[0])) continue;
      for (const row of rows) {
        const bad = disqualifyingIn(row.result);
        if (!bad) continue;
        // The latest year is a year: a row without one is never the latest.
        const latest = row.year === latestYear;
        findings.push(
          findingOf(
            annualReviewDisqualifying,
            latest
              ? t('check_annual_review_disqualifying_latest', row.year, bad)
              : Number.isNaN(row.year)
                ? t('check_annual_review_disqualifying_undated', bad)
                : t('check_annual_review_disqualifying_earlier', row.year, bad),
            { field: '年度考核结果', ...(latest ? {} : { severity: 'warning' as const }) },
          ),
        );
      }
    }
    for (const f of fieldValues(ctx, 'annualReviews.result')) {
      const bad = disqualifyingIn(f.value);
      if (bad) findings.push(fieldFinding(annualReviewDisqualifying, f, t('check_annual_review_disqualifying_form', bad), 'warning'));
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
