import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { type PagesSession, countOverlays, startPagesSession, waitForStep } from './harness';
import { findings } from './overlay-driver';
import { N, row, webForm } from './web-form-pages';

/**
 * Task b30 in Chromium (happy-dom: tests/unit/b30/b30.test.ts): a list frame whose pager has a
 * page-size chooser is still the page's list (U10/U11); a breadcrumb beside a list frame with no
 * rows yet still names the page (U7) (lib/page/page-text.ts holdsField, collectHeadings).
 */

const CRUMB = '<div class="wz">您现在的位置：初次职称考核认定 &gt;&gt; 年度考核结果</div>';
const RESULT = row('考核结果', `<select name="${N}ddlKHJG" id="ddlKHJG"><option value="">--请选择--</option><option>优秀</option><option>称职</option><option>基本称职</option><option>不称职</option></select>`);
/** The record form of 年度考核结果 with its saved list in the frame at `/frame/<list>`. */
const reviewForm = (list: string, rows = `${row('考核年度', `<select name="${N}ddlKHND" id="ddlKHND"><option value="">--请选择--</option><option>2023</option><option>2024</option><option>2025</option></select>`)}${RESULT}`) =>
  webForm(`${CRUMB}<iframe src="/frame/${list}" name="listFrame" width="800" height="160" frameborder="0"></iframe><table>${rows}</table>
<input type="submit" name="${N}btnSave" value="保存" />`);
const HEAD = '<tr><th>序号</th><th>考核年度</th><th>考核结果</th></tr>';
/** A list page: the saved years (2024 不称职) and `pager` under them. */
const listPage = (pager: string, rows = '<tr><td>1</td><td>2023</td><td>称职</td></tr><tr><td>2</td><td>2024</td><td>不称职</td></tr>') =>
  `<html><head><meta charset="utf-8"></head><body><form><table border="1" rules="all">${HEAD}${rows}</table>${pager}</form></body></html>`;

const PAGES: Record<string, string> = {
  'review-page-size': reviewForm('list-page-size'),
  'frame/list-page-size': listPage(`<div class="pager"><span>共2条记录 第1/1页</span> <span class="page-size">每页显示<select name="ddlPageSize"><option selected="selected">10</option><option>20</option><option>50</option></select>条</span></div>`),
  'review-laypage': reviewForm('list-laypage'),
  'frame/list-laypage': listPage(`<div class="layui-box layui-laypage layui-laypage-default"><a class="layui-laypage-prev layui-disabled">上一页</a><span class="layui-laypage-curr"><em>1</em></span><a class="layui-laypage-next layui-disabled">下一页</a><span class="layui-laypage-skip">到第<input type="text" min="1" value="1" class="layui-input" />页<button type="button" class="layui-laypage-btn">确定</button></span><span class="layui-laypage-count">共 2 条</span><span class="layui-laypage-limits"><select lay-ignore=""><option value="10" selected="selected">10 条/页</option><option value="20">20 条/页</option></select></span></div>`),
  // Named only by its breadcrumb (one 考核结果 list): the list frame shows its header, no saved year yet.
  'review-empty-list': reviewForm('list-empty', RESULT),
  'frame/list-empty': listPage('', ''),
};

describe('b30 in Chromium', () => {
  let session: PagesSession;
  beforeAll(async () => {
    session = await startPagesSession((path) => PAGES[path.split('?')[0]!]);
  });
  afterAll(async () => {
    await session?.close();
  });

  const disqualifying = async (frame: Frame) => (await findings(frame)).filter((f) => f.checkId === 'annual-review-disqualifying' && f.severity === 'error').length;

  for (const [page, pager] of [
    ['review-page-size', '每页显示 [10] 条'],
    ['review-laypage', 'layui’s 10 条/页'],
  ]) {
    it(`U10/U11 a list frame whose pager has a page-size chooser (${pager}): its 2024 不称职 is checked as the page’s, one overlay`, async () => {
      const { tab, frame } = await session.open(page!);
      await waitForStep(frame, 'annual-review');
      await expect.poll(() => disqualifying(frame), { timeout: 5_000 }).toBe(1);
      expect(await countOverlays(tab)).toBe(1);
      await tab.close();
    });
  }

  it('U7 年度考核结果 named by its breadcrumb beside a list frame with no saved year yet (header only): the step is known', async () => {
    const { tab, frame } = await session.open('review-empty-list');
    await waitForStep(frame, 'annual-review');
    expect(await countOverlays(tab)).toBe(1);
    await tab.close();
  });
});
