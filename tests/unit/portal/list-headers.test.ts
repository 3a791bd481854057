/**
 * Step27 item 1 (lib/portal/recognize-step.ts pageTexts): a list's header cell is a column's name,
 * not the page's heading. 网上送审 > 我的申报, a list of the user's applications whose header row is
 * drawn bold (申报系列 | 申报专业 | 状态 | 操作), was taken for select-series: its 申报系列 cell, read as
 * a heading (<b>, <strong>, a bold row, a <th> bold by the browser's own style), matched the series
 * page's ^申报(资格)?系列$. Such a page names no step (it holds no field, so it gets no overlay).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeStep } from '../../../lib/portal/recognize-step';

const CRUMB = '<div>当前位置：网上送审 &gt; 我的申报</div>';
const COLUMNS = ['申报系列', '申报专业', '状态', '操作'];
const DATA = '<tr><td>工程系列</td><td>生态环境</td><td>已提交</td><td><a href="#">查看</a></td></tr>';
/** A list of applications under the header row `head`. */
const list = (head: string) => `<table border="1">${head}${DATA}</table>`;
const cells = (cell: (c: string) => string) => `<tr>${COLUMNS.map(cell).join('')}</tr>`;

function stepOf(body: string): string {
  document.body.innerHTML = `<form>${body}</form>`;
  return recognizeStep(collectSnapshot(document, window)).step;
}
afterEach(() => {
  document.body.innerHTML = '';
});

describe('a list whose bold header cell 申报系列 names the series page is no series page', () => {
  it.each([
    ['<td><b>', cells((c) => `<td><b>${c}</b></td>`)],
    ['<th><strong> in <thead>', `<thead>${cells((c) => `<th><strong>${c}</strong></th>`)}</thead>`],
    ['a bold row', `<tr style="font-weight:bold">${COLUMNS.map((c) => `<td>${c}</td>`).join('')}</tr>`],
    ['cells of a title class', cells((c) => `<td class="title">${c}</td>`)],
  ])('header row %s, under 网上送审 > 我的申报', (_, head) => {
    expect(stepOf(`${CRUMB}${list(head)}`)).toBe('unknown');
  });

  it('without a breadcrumb', () => {
    expect(stepOf(list(cells((c) => `<td><b>${c}</b></td>`)))).toBe('unknown');
  });
});

describe('headings that are no list’s header cells still name their step', () => {
  it('the series page’s own title over its choices', () => {
    expect(stepOf(`<h3>申报系列</h3>${list(cells((c) => `<td><b>${c}</b></td>`)).replace('<a href="#">查看</a>', '<a href="#">选定</a>')}`)).toBe('select-series');
  });

  it('a list’s caption row (one cell across the columns) above its bold header row', () => {
    const head = `<tr><td colspan="4"><b>学历情况</b></td></tr>${cells((c) => `<td><b>${c}</b></td>`)}`;
    expect(stepOf(list(head))).toBe('education');
  });
});
