import { beforeEach, describe, expect, it } from 'vitest';
import { installLocale } from '../i18n-fake';
import { box, sampleProfile, th, title } from './page-markup';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { withSplitLists } from '../../../lib/fill/split-lists';
import type { StepId } from '../../../lib/portal/step-ids';

/**
 * Breaker 40: the list of saved records above a record form drawn by layui's table module — its
 * header row in one table, its rows in another — which the page reader does not see as a list:
 * the autofill planned the sample profile's first 业绩 (saved, listed) again, 记录序号 1.
 */
const layui = (head: string[], rows: string[][], pager = '') =>
  `<div class="layui-form layui-border-box layui-table-view"><div class="layui-table-box">` +
  `<div class="layui-table-header"><table class="layui-table"><thead><tr>${head.map((h) => `<th><div class="layui-table-cell"><span>${h}</span></div></th>`).join('')}<th class="layui-hide"><div class="layui-table-cell">ID</div></th></tr></thead></table></div>` +
  `<div class="layui-table-body layui-table-main"><table class="layui-table"><tbody>${rows.map((r, k) => `<tr data-index="${k}">${r.map((c) => `<td><div class="layui-table-cell">${c}</div></td>`).join('')}<td class="layui-hide"><div class="layui-table-cell">9${k}</div></td></tr>`).join('')}</tbody></table></div>` +
  // layui's fixed right column: a copy of the 操作 cells, not more rows.
  `<div class="layui-table-fixed layui-table-fixed-r"><div class="layui-table-body"><table class="layui-table"><tbody>${rows.map(() => '<tr><td><a>编辑</a></td></tr>').join('')}</tbody></table></div></div>` +
  `</div>${pager}</div>`;
const EDIT = '<a class="layui-btn layui-btn-xs" lay-event="edit">编辑</a><a class="layui-btn layui-btn-danger layui-btn-xs" lay-event="del">删除</a>';

/** Plans `step` with the sample profile as the fill reads the page (the lists drawn as two tables among its lists). */
function plan(html: string, step: StepId) {
  document.body.innerHTML = html;
  const snapshot = withSplitLists(document, collectSnapshot(document));
  const planned = planFill(snapshot, recognizeFields(snapshot, step), sampleProfile, step);
  return { recordIndex: planned.recordIndex, items: planned.items.map((i) => [i.key, i.action, i.value]) };
}

describe('a list of saved records drawn by layui as two tables (breaker 40)', () => {
  beforeEach(() => installLocale());

  it('its records are saved: the next record is planned, with the next 记录序号; all listed, nothing is', () => {
    const form = (list: string) => title('从事专业技术工作及取得的业绩成果情况') + list + '<table>' + th('记录序号', box('xh')) + th('项目名称', box('mc')) + '</table><input type="submit" value="保存">';
    expect(plan(form(layui(['序号', '项目名称', '起止时间', '操作'], [['1', '白云区流溪河支流水质例行监测项目', '2021-03-01 至 2022-12-31', EDIT]])), 'achievements')).toEqual({
      recordIndex: 1,
      items: [
        ['achievements.seq', 'fill', '2'],
        ['achievements.title', 'fill', '番禺区工业园区大气特征污染物监测项目'],
      ],
    });
    const both = layui(['序号', '项目名称', '操作'], [['1', '白云区流溪河支流水质例行监测项目', EDIT], ['2', '番禺区工业园区大气特征污染物监测项目', EDIT]]);
    expect(plan(form(both), 'achievements').recordIndex).toBeNull();
  });

  it('年度考核 listed by year without a 序号 column: the next year, numbered after the rows; a pager’s 共 N 条 counts the records on other pages', () => {
    const form = (list: string) => title('年度考核结果') + list + '<table>' + th('记录序号', box('xh')) + th('考核年度', box('nd')) + '</table><input type="submit" value="保存">';
    expect(plan(form(layui(['考核年度', '考核结果', '操作'], [['2021', '合格', EDIT], ['2022', '合格', EDIT]])), 'annual-review')).toEqual({
      recordIndex: 2,
      items: [
        ['annualReviews.seq', 'fill', '3'],
        ['annualReviews.year', 'fill', '2023'],
      ],
    });
    const paged = layui(['序号', '考核年度', '考核结果', '操作'], [['1', '2021', '合格', EDIT]], '<div class="layui-table-page"><div class="layui-laypage"><span class="layui-laypage-count">共 3 条</span></div></div>');
    expect(plan(form(paged), 'annual-review').items[0]).toEqual(['annualReviews.seq', 'fill', '4']);
  });
});
