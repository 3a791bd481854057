import { describe, expect, it } from 'vitest';
import { inOverlay } from './harness';
import { pagesSession } from './pages-suite';
import { applyAutofill, controlStates } from './overlay-driver';
import { N, webForm } from './web-form-pages';

/**
 * Breaker 40, in Chromium: autofill on the later record steps (业绩, 年度考核) written as another
 * ASP.NET portal might — a 起止时间 asked in two dates' year and month lists in one cell, 年度考核
 * with its years as a grid's columns, a saved period shown in the portal's own format;
 * 是否第一作者 as a 是/否 list; and dates in year and month lists without units. Driven
 * through the automation contract only (sample profile: 业绩 1 runs 2021-03-01 to 2022-12-31;
 * 年度考核 2021 合格, 2022 合格, 2023 优秀, 2024 合格). Pages hand-made, served on loopback.
 */

const th = (label: string, control: string) => `<tr><th>${label}</th><td>${control}</td></tr>`;
const sel = (id: string, options: [string, string][]) =>
  `<select name="${N}${id}" id="${id}"><option value="">--请选择--</option>${options.map(([v, t]) => `<option value="${v}">${t}</option>`).join('')}</select>`;
const box = (id: string, extra = '') => `<input type="text" name="${N}${id}" id="${id}"${extra} />`;
const years = (): [string, string][] => Array.from({ length: 8 }, (_, i) => [String(2018 + i), `${2018 + i}年`]);
const months = (): [string, string][] => Array.from({ length: 12 }, (_, i) => [String(i + 1), `${i + 1}月`]);
const RESULTS: [string, string][] = [['1', '优秀'], ['2', '合格'], ['3', '基本合格'], ['4', '不合格']];
// Years and months as bare numbers: 2005 … 1960 (newest first), 01 … 12.
const bareYears = (from: number, to: number): [string, string][] => Array.from({ length: to - from + 1 }, (_, i) => String(to - i)).map((y) => [y, y]);
const bareMonths = (): [string, string][] => Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0')).map((m) => [m, m]);

const firstAuthor = (label: string) => webForm(`<div class="ptitle">论文、著作</div><table>
${th('论文题目', box('txtLWTM'))}
${th(label, sel('ddlSFDYZZ', [['1', '是'], ['0', '否']]))}
</table><input type="submit" value="保存" />`);

const PAGES: Record<string, string> = {
  // 起止时间 as [年][月] - [年][月] in one cell.
  'period-lists': webForm(`<div class="ptitle">从事专业技术工作及取得的业绩成果情况</div><table>
${th('项目名称', box('txtXMMC'))}
${th('起止时间', sel('ddlQN', years()) + sel('ddlQY', months()) + ' - ' + sel('ddlZN', years()) + sel('ddlZY', months()))}
</table><input type="submit" value="保存" />`),
  // 年度考核: the years as columns over one row of 考核结果 lists.
  'review-columns': webForm(`<div class="ptitle">年度考核结果</div><table>
<tr><th></th><th>2023年</th><th>2024年</th></tr>
<tr><th>考核结果</th><td>${sel('ddlJG2023', RESULTS)}</td><td>${sel('ddlJG2024', RESULTS)}</td></tr>
</table><input type="submit" value="保存" />`),
  // A re-opened 业绩 record: its period in one box, as the portal wrote it.
  'period-saved': webForm(`<div class="ptitle">从事专业技术工作及取得的业绩成果情况</div><table>
${th('项目名称', box('txtXMMC', ' value="白云区流溪河支流水质例行监测项目"'))}
${th('起止时间', box('txtQZSJ', ' value="2021年3月-2022年12月"'))}
</table><input type="submit" value="保存" />`),
  // 业绩 with the saved records listed by layui's table module: header and rows in two tables.
  'layui-list': webForm(`<div class="ptitle">从事专业技术工作及取得的业绩成果情况</div>
<div class="layui-form layui-border-box layui-table-view"><div class="layui-table-box">
<div class="layui-table-header"><table class="layui-table"><thead><tr><th><div class="layui-table-cell">序号</div></th><th><div class="layui-table-cell">项目名称</div></th><th><div class="layui-table-cell">起止时间</div></th><th><div class="layui-table-cell">操作</div></th></tr></thead></table></div>
<div class="layui-table-body layui-table-main"><table class="layui-table"><tbody><tr data-index="0"><td><div class="layui-table-cell">1</div></td><td><div class="layui-table-cell">白云区流溪河支流水质例行监测项目</div></td><td><div class="layui-table-cell">2021-03-01 至 2022-12-31</div></td><td><div class="layui-table-cell"><a class="layui-btn layui-btn-xs" lay-event="edit">编辑</a></div></td></tr></tbody></table></div>
</div></div><table>
${th('记录序号', box('txtJLXH'))}
${th('项目名称', box('txtXMMC'))}
</table><input type="submit" value="保存" />`),
  // 论文 with 是否第一作者 as a 是/否 list, and asked with a copula (是否为第一作者).
  'first-author': firstAuthor('是否第一作者'),
  'first-author-copula': firstAuthor('是否为第一作者'),
  // 年度考核 as a list's rows, a 考核单位 cell between each row's year and its list.
  'review-unit': webForm(`<div class="ptitle">年度考核结果</div><table>
<tr><th>考核年度</th><th>考核单位</th><th>考核结果</th></tr>
${[2023, 2024].map((y) => `<tr><td>${y}</td><td>广州绿源环境监测技术有限公司</td><td>${sel(`ddlJG${y}`, RESULTS)}</td></tr>`).join('\n')}
</table><input type="submit" value="保存" />`),
  // The same with 考核结果 typed in a box per year, its year written 2023年.
  'review-unit-typed': webForm(`<div class="ptitle">年度考核结果</div><table>
<tr><th>考核年度</th><th>考核单位</th><th>考核结果</th></tr>
${[2023, 2024].map((y) => `<tr><td>${y}年</td><td>广州绿源环境监测技术有限公司</td><td>${box(`txtJG${y}`)}</td></tr>`).join('\n')}
</table><input type="submit" value="保存" />`),
  // 基本信息 with 出生年月 and 参加工作时间 each as a year list and a month list, no units in the options.
  'bare-date-lists': webForm(`<div class="ptitle">基本信息</div><table>
${th('姓名', box('txtXM'))}
${th('出生年月', sel('ddlCSN', bareYears(1960, 2005)) + sel('ddlCSY', bareMonths()))}
${th('参加工作时间', sel('ddlGZN', bareYears(1990, 2025)) + sel('ddlGZY', bareMonths()))}
</table><input type="submit" value="保存" />`),
};

describe('breaker 40: autofill on 业绩 and 年度考核 markup the practice portal does not have, in Chromium', () => {
  const session = pagesSession(PAGES);

  it('B40-1 a period in two dates’ lists in one cell: the start goes into the first year and month lists, the end into the second; no list is left 无法确定', async () => {
    const { tab, frame, rows } = await session.preview('period-lists', 'achievements');
    expect(rows.map(([, action]) => action)).toEqual(['fill', 'fill', 'fill']);
    expect(rows.filter(([, , text]) => text.includes('无法确定'))).toEqual([]);
    const report = await applyAutofill(frame);
    expect(report.map((r) => [r.key, r.result])).toEqual([
      ['achievements.title', 'filled'],
      ['achievements.startDate', 'filled'],
      ['achievements.endDate', 'filled'],
    ]);
    expect(await controlStates(frame, ['ddlQN', 'ddlQY', 'ddlZN', 'ddlZY'])).toEqual({ ddlQN: '2021年', ddlQY: '3月', ddlZN: '2022年', ddlZY: '12月' });
    await tab.close();
  });

  it('B40-2 年度考核 with its years as columns: the list under 2023年 gets 2023’s 优秀, not the first record’s 合格', async () => {
    const { tab, frame } = await session.preview('review-columns', 'annual-review');
    const report = await applyAutofill(frame);
    expect(report.find((r) => r.key === 'annualReviews.result')).toMatchObject({ result: 'filled', text: expect.stringContaining('优秀') });
    // Each column's list, not only the first (breaker 40: the 2024 list was not recognised).
    expect(await controlStates(frame, ['ddlJG2023', 'ddlJG2024'])).toEqual({ ddlJG2023: '优秀', ddlJG2024: '合格' });
    await tab.close();
  });

  it('B40-8 the same rows with 考核结果 typed in a box per year (2023年): each box gets its year’s result, none is left 需您处理', async () => {
    const { tab, frame, rows } = await session.preview('review-unit-typed', 'annual-review');
    expect(rows.filter(([, action]) => action !== 'fill')).toEqual([]);
    await applyAutofill(frame);
    expect(await controlStates(frame, ['txtJG2023', 'txtJG2024'])).toEqual({ txtJG2023: '优秀', txtJG2024: '合格' });
    await tab.close();
  });

  it('B40-3 a saved period the portal wrote its own way (2021年3月-2022年12月) is 已一致: no 覆盖 tick, the page left as it was', async () => {
    const { tab, frame, rows } = await session.preview('period-saved', 'achievements');
    expect(rows.filter(([, , text]) => text.includes('起止时间')).map(([, action]) => action)).toEqual(['skip']);
    expect(await inOverlay(frame, '[data-testid="zc-autofill-preview-item"] input[type=checkbox]').count()).toBe(0);
    expect(await controlStates(frame, ['txtQZSJ'])).toEqual({ txtQZSJ: '2021年3月-2022年12月' });
    await tab.close();
  });

  it('B40-4 a list of saved records drawn by layui as two tables: the listed 业绩 is not planned again; the next one, 记录序号 2', async () => {
    const { tab, frame } = await session.preview('layui-list', 'achievements');
    const report = await applyAutofill(frame);
    expect(report.map((r) => [r.key, r.result])).toEqual([
      ['achievements.seq', 'filled'],
      ['achievements.title', 'filled'],
    ]);
    expect(await controlStates(frame, ['txtJLXH', 'txtXMMC'])).toEqual({ txtJLXH: '2', txtXMMC: '番禺区工业园区大气特征污染物监测项目' });
    await tab.close();
  });

  it('B40-5 出生年月 and 参加工作时间 as year and month lists whose options carry no units: each date goes into its two lists; none is left 无法确定', async () => {
    const { tab, frame, rows } = await session.preview('bare-date-lists', 'basic-info');
    expect(rows.filter(([, , text]) => text.includes('无法确定'))).toEqual([]);
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.key.endsWith('Date')).map((r) => [r.key, r.result])).toEqual([
      ['basic.birthDate', 'filled'],
      ['basic.workStartDate', 'filled'],
    ]);
    expect(await controlStates(frame, ['ddlCSN', 'ddlCSY', 'ddlGZN', 'ddlGZY'])).toEqual({ ddlCSN: '1998', ddlCSY: '05', ddlGZN: '2020', ddlGZY: '07' });
    await tab.close();
  });

  it.each(['first-author', 'first-author-copula'])('B40-6 是否第一作者 / 是否为第一作者 as a 是/否 list (%s): the first author answers 是', async (page) => {
    const { tab, frame } = await session.preview(page, 'publications');
    const report = await applyAutofill(frame);
    expect(report.find((r) => r.key === 'publications.authorRank')).toMatchObject({ result: 'filled' });
    expect(await controlStates(frame, ['ddlSFDYZZ'])).toEqual({ ddlSFDYZZ: '是' });
    await tab.close();
  });

  it('B40-7 年度考核 rows with a 考核单位 cell between the year and the list: each list gets its row’s year’s result', async () => {
    const { tab, frame } = await session.preview('review-unit', 'annual-review');
    await applyAutofill(frame);
    expect(await controlStates(frame, ['ddlJG2023', 'ddlJG2024'])).toEqual({ ddlJG2023: '优秀', ddlJG2024: '合格' });
    await tab.close();
  });
});
