/**
 * annual-review-disqualifying reads no legend: a table naming no year in any row (the page's rules,
 * 考核结果 | 说明: 基本称职…, 不称职…) is no list of the applicant's results (breaker 64b B64B-9);
 * a list dating some of its rows still warns of an undated one.
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../lib/checks/registry';
import { buildCtx, grid } from './ctx';

const findings = (headers: string[], rows: string[][]) =>
  runChecks(buildCtx({ step: 'annual-review', grids: [grid(headers, rows)] }), { only: ['annual-review-disqualifying'] }).map((f) => f.severity);

describe('annual-review-disqualifying and a legend of results', () => {
  it('考核结果 | 说明 naming 基本称职 and 不称职, no year anywhere: nothing', () => {
    expect(findings(['考核结果', '说明'], [['基本称职', '最近一年度考核结果为基本称职的，不能申报'], ['不合格', '不能申报']])).toEqual([]);
  });

  it('a 考核年度 | 考核结果 list with one row undated (year left blank) among dated ones: that row is a warning', () => {
    expect(findings(['序号', '考核年度', '考核结果'], [['1', '2023', '称职'], ['2', '', '不称职']])).toEqual(['warning']);
  });
});
