/**
 * A 年度考核 list that writes year and result in one column (年度考核情况 | 2023年度：基本称职):
 * annual-review-disqualifying reads both from that cell (probe 18: such a list gave no finding).
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../lib/checks/registry';
import { buildCtx, grid } from './ctx';

const findings = (header: string, rows: string[][]) =>
  runChecks(buildCtx({ step: 'annual-review', grids: [grid(['序号', header], rows)] }), { only: ['annual-review-disqualifying'] }).map((f) => `${f.severity}:${f.message}`);

describe('annual-review-disqualifying on a one-column list', () => {
  it('the latest year 基本称职 is an error, an earlier one a warning, 合格 nothing', () => {
    const latest = findings('年度考核情况', [['1', '2022年度：合格'], ['2', '2023年度：基本称职']]);
    expect(latest).toHaveLength(1);
    expect(latest[0]).toMatch(/^error:.*2023/);
    const earlier = findings('年度考核', [['1', '2022年度 不称职'], ['2', '2023年度 合格']]);
    expect(earlier).toHaveLength(1);
    expect(earlier[0]).toMatch(/^warning:.*2022/);
    expect(findings('年度考核情况', [['1', '2022年度：合格'], ['2', '2023年度：优秀']])).toEqual([]);
  });
});
