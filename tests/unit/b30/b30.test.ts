/**
 * Task b30 (breaker run U7, U10/U11 and the frames read twice): list frames whose pager has a
 * page-size chooser, a breadcrumb beside a list frame with no rows yet (lib/page/page-text.ts
 * childFrameGrids, collectHeadings), and one reading of a page's list frames per page read (lib/page/collect.ts).
 * Happy-dom loads no frame: each frame is given its document. The Chromium side: tests/e2e/saved-lists.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { childFrameGrids } from '../../../lib/page/page-text';
import { readPage as readSnapshot } from '../../../lib/page/collect';
import { installLocale } from '../i18n-fake';
import { N, crumb, readPage } from '../breaker27/read-page';

const HEAD = '<tr><th>序号</th><th>考核年度</th><th>考核结果</th></tr>';
const ROWS = '<tr><td>1</td><td>2023</td><td>称职</td></tr><tr><td>2</td><td>2024</td><td>不称职</td></tr>';

/** An <iframe> in the page whose document's body is `html` (a same-origin list page, loaded). */
function listFrame(html: string, id = 'lf'): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.id = id;
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = html;
  Object.defineProperty(frame, 'contentDocument', { value: doc });
  Object.defineProperty(frame, 'contentWindow', { value: null });
  return frame;
}

/** Pagers with a page-size chooser, as GridView templates and layui's laypage draw them. */
const PAGERS: Record<string, string> = {
  '每页显示 [10] 条 (a GridView pager template)': `<div class="pager"><span>共2条记录 第1/1页</span> <span class="page-size">每页显示<select name="ddlPageSize"><option selected>10</option><option>20</option><option>50</option></select>条</span></div>`,
  'layui laypage “10 条/页”': `<div class="layui-box layui-laypage layui-laypage-default"><a class="layui-laypage-prev layui-disabled">上一页</a><span class="layui-laypage-curr"><em>1</em></span><a class="layui-laypage-next layui-disabled">下一页</a><span class="layui-laypage-skip">到第<input type="text" min="1" value="1" class="layui-input" />页<button type="button" class="layui-laypage-btn">确定</button></span><span class="layui-laypage-count">共 2 条</span><span class="layui-laypage-limits"><select lay-ignore=""><option value="10" selected>10 条/页</option><option value="20">20 条/页</option><option value="30">30 条/页</option></select></span></div>`,
};

beforeEach(() => {
  installLocale();
  document.title = '广州市职称业务申报与管理系统';
});
afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('b30 U10/U11: a list frame whose pager has a page-size chooser', () => {
  for (const [name, pager] of Object.entries(PAGERS)) {
    it(`${name}: the frame’s list is read as the page’s (the chooser is no field)`, () => {
      document.body.append(listFrame(`<form><table border="1">${HEAD}${ROWS}</table>${pager}</form>`));
      expect(childFrameGrids(document).map((g) => g.rows.map((r) => r.cells[2]))).toEqual([['称职', '不称职']]);
    });
  }

  it('a frame with a 考核结果 list to choose (a form, not a pager) still holds a field: its list is its own', () => {
    document.body.append(listFrame(`<form><table border="1">${HEAD}${ROWS}</table><p>考核结果：<select name="ddlKHJG"><option>称职</option><option>不称职</option></select></p></form>`));
    expect(childFrameGrids(document)).toEqual([]);
  });
});

describe('b30 U7: a breadcrumb beside a list frame whose list has no rows yet', () => {
  const form = (frameBody: string | null) => {
    const page = `${crumb('年度考核结果')}<div id="slot"></div><table><tr><td>考核结果：</td><td><select name="${N}ddlKHJG" id="ddlKHJG"><option value="">--请选择--</option><option>称职</option><option>不称职</option></select></td></tr></table><input type="submit" value="保存" />`;
    return readPage(page, () => {
      if (frameBody !== null) document.getElementById('slot')!.append(listFrame(frameBody));
    });
  };

  it('headers only: the crumb names the page as without the frame', () => {
    expect({ without: form(null).step, headersOnly: form(`<table border="1">${HEAD}</table>`).step }).toEqual({ without: 'annual-review', headersOnly: 'annual-review' });
  });

  it('a frame with a form of its own (no list) still takes the crumb away (breaker 8b: the frame names itself)', () => {
    const r = form(`<table><tr><td>姓名：</td><td><input type="text" name="txtXM" /></td></tr></table>`);
    expect(r.snapshot.headings.some((h) => h.includes('年度考核结果'))).toBe(false);
  });
});

describe('b30: a page’s list frames read once per page read', () => {
  it('a page with a drawn list frame beside its form: the frame’s list is collected once for headings and checks together', () => {
    document.body.innerHTML = `${crumb('年度考核结果')}<form><table><tr><td>考核结果：</td><td><select name="${N}ddlKHJG"><option>称职</option></select></td></tr></table></form>`;
    const frame = listFrame(`<table border="1">${HEAD}${ROWS}</table>`);
    document.body.prepend(frame);
    const reads = vi.spyOn(frame.contentDocument!, 'querySelectorAll');
    const snapshot = readSnapshot(document, window);
    // The lists the checks take (lib/content/controller.tsx): the snapshot's; before b30 the controller read the frames again.
    const lists = snapshot.frameGrids ?? childFrameGrids(document);
    const listReads = reads.mock.calls.filter(([query]) => query.startsWith('table')).length;
    expect({ rows: lists.map((g) => g.rows.length), listReads }).toEqual({ rows: [2], listReads: 1 });
  });
});

describe('b30 U11: a layui list frame’s own role', () => {
  it('its pager’s 到第 [ ] 页 box (first label 到第) and 10 条/页 chooser are no fields: the frame shows no overlay of its own under the page’s', async () => {
    const { shouldMountOverlay } = await import('../../../lib/content/frame-role');
    const { recognizeStep } = await import('../../../lib/portal/recognize-step');
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = `<form><table border="1">${HEAD}${ROWS}</table>${PAGERS['layui laypage “10 条/页”']}</form>`;
    const list = readSnapshot(doc);
    expect(list.controls.find((c) => c.kind === 'text')?.labels[0]?.text).toBe('到第');
    // The page around it, which shows the overlay itself (as tests/unit/breaker27/fixb27a.test.ts reads one).
    document.body.innerHTML = `<form>${crumb('年度考核结果')}<table><tr><td>考核结果：</td><td><select name="${N}ddlKHJG"><option value="">--请选择--</option><option>称职</option></select></td></tr></table><input type="submit" value="保存" /></form>`;
    expect(shouldMountOverlay(list, recognizeStep(list).step, { parent: window } as unknown as Window)).toBe(false);
  });
});
