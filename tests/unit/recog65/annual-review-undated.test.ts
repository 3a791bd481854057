/**
 * recog65 item 2: a saved list of the applicant's 年度考核 results naming no year in any row (a
 * portal listing 考核结果 and 考核单位 only) still warns of each 不称职 / 基本称职, as an undated row
 * does. B64B-9 made every list without a year a legend of results (考核结果 | 说明: 基本称职…,
 * 不称职…) and read none of them; a list is told from a legend by what only a saved list has: a
 * link or button in its rows (修改, 删除, 查看附件).
 * The legend's tests: tests/unit/checks/annual-review-legend.test.ts, tests/unit/b64b/open-repros.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../../lib/checks/registry';
import { buildCtx, grid } from '../checks/ctx';
import { checksOn } from '../checks/checks-on';

afterEach(() => {
  document.body.innerHTML = '';
});

const severities = (g: ReturnType<typeof grid>) =>
  runChecks(buildCtx({ step: 'annual-review', grids: [g] }), { only: ['annual-review-disqualifying'] }).map((f) => f.severity);
const edit = (...cells: string[]) => ({ cells, actions: ['修改', '删除'] });

/** 年度考核情况 as a portal draws it: the saved list (考核单位 | 考核结果 | 操作, 修改 and 删除 in each row), no year. */
const undatedPage = (results: string[]) => `<div class="ptitle">年度考核情况</div>
<table border="1" id="gvKH"><tr><th>考核单位</th><th>考核结果</th><th>操作</th></tr>
${results.map((r, i) => `<tr><td>广州市某环境监测站</td><td>${r}</td><td><a href="#e${i}">修改</a> <a href="#d${i}">删除</a></td></tr>`).join('')}</table>
<input type="submit" name="btnAdd" value="添加" id="btnAdd" />`;

describe('recog65 item 2: an undated list of 年度考核 results is no legend', () => {
  it('rows with 修改 / 删除 and no year, one 不称职: a warning', () => {
    expect(severities(grid(['考核单位', '考核结果'], [edit('某监测站', '称职'), edit('某监测站', '不称职')]))).toEqual(['warning']);
  });

  it('a list shown to read, each row’s file a 查看附件 link, no year: each 基本称职 a warning', () => {
    const row = (unit: string, result: string) => ({ cells: [unit, result, '查看附件'], actions: ['查看附件'] });
    expect(severities(grid(['考核单位', '考核结果', '附件'], [row('甲', '基本称职'), row('乙', '称职'), row('丙', '基本称职')]))).toEqual(['warning', 'warning']);
  });

  it('the page: 考核单位 | 考核结果 | 操作, 称职 and 不称职, no year: annual-review-disqualifying warns', () => {
    expect(checksOn(undatedPage(['称职', '不称职'])).findings).toEqual(['annual-review-disqualifying:warning:年度考核结果']);
    expect(checksOn(undatedPage(['称职', '称职'])).findings).toEqual([]);
  });

  it('(control) a legend (考核结果 | 说明), even numbered (序号 | 考核结果 | 说明), with no link: nothing', () => {
    expect(severities(grid(['考核结果', '说明'], [['基本称职', '不能申报'], ['不称职', '不能申报']]))).toEqual([]);
    expect(severities(grid(['序号', '考核结果', '说明'], [['1', '基本称职', '不能申报'], ['2', '不称职', '不能申报']]))).toEqual([]);
  });
});
