import { describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { countOverlays, waitForStep } from './harness';
import { expectFinding, expectNoFinding, findings } from './overlay-driver';
import { N, row, webForm } from './web-form-pages';
import { mergePages, pagesSession, type PageTable } from './pages-suite';

/**
 * What the checks read from saved lists and notices of shapes the practice portal does not have,
 * in Chromium, one browser for the whole file (breaker 27 fixb27b, task b30 and frame-list, once
 * three files each starting its own). Each case opens its page in a new tab.
 */

/**
 * Breaker 27 F7, F8, F13 in Chromium (the unit cases: tests/unit/breaker27/fixb27b.test.ts): a saved
 * list drawn in <div> rows laid out by a stylesheet, a GridView whose template columns show the saved
 * values in read-only boxes and disabled lists, and a styled notice saying the system fetched the
 * applicant's social insurance — what the overlay's checks say, through the automation contract only.
 */
/** Its pages' stylesheet: <div> lists drawn as rows, the red notice. */
const page = (body: string) => webForm(body, '<style>.list .hd,.list .row{display:flex}.list span{width:120px;padding:4px;border:1px solid #ccc}.list .hd{font-weight:bold;background:#e8eef7}.tip{color:#c00;padding:6px}</style>');
const crumb = (last: string) => `<div class="wz">您现在的位置：初次职称考核认定 &gt;&gt; ${last}</div>`;
const reviewRow = (seq: number, year: number, result: number) =>
  `<tr><td><input type="text" readonly="readonly" value="${seq}" name="${N}gv$ctl0${seq + 1}$txtXH" /></td><td><input type="text" readonly="readonly" value="${year}" name="${N}gv$ctl0${seq + 1}$txtND" /></td><td><select disabled="disabled" name="${N}gv$ctl0${seq + 1}$ddlJG">${['优秀', '合格', '不称职'].map((o, i) => `<option value="${i}"${i === result ? ' selected="selected"' : ''}>${o}</option>`).join('')}</select></td></tr>`;

/** Step 10's checklist, 在岗在职证明材料 with no file, under `notice`. */
const checklist = (notice: string) =>
  page(`${crumb('证书、证明材料')}${notice}
<table border="1" rules="all"><tr><th>材料名称</th><th>是否必传</th><th>文件</th><th>操作</th></tr><tr><td>在岗在职证明材料</td><td>是</td><td></td><td><a href="#">上传</a></td></tr></table>
<input type="submit" name="${N}btnSave" value="保存并下一步" />`);

const BREAKER27_PAGES: PageTable = {
  'div-list': page(`${crumb('年度考核结果')}<div class="list"><div class="hd"><span>记录序号</span><span>考核年度</span><span>考核等次</span></div>
<div class="row"><span>1</span><span>2023</span><span>合格</span></div><div class="row"><span>2</span><span>2024</span><span>不合格</span></div></div>
<input type="submit" name="${N}btnAdd" value="添加" />`),
  'template-grid': page(`${crumb('年度考核结果')}<table border="1" rules="all"><tr><th>记录序号</th><th>考核年度</th><th>考核结果</th></tr>${reviewRow(1, 2023, 1)}${reviewRow(2, 2024, 2)}</table>
<input type="submit" name="${N}btnAdd" value="添加" />`),
  'insurance-fetched': checklist('<div class="tip">在岗在职证明材料：系统已获取您在广州市缴纳的社保信息（2020年07月至2024年10月，共52个月），无需另行上传。</div>'),
  'insurance-not-fetched': checklist('<div class="tip">系统未能获取您在广州市缴纳的社保信息，请上传在岗在职证明材料。</div>'),
};

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

const PAGER_PAGES: PageTable = {
  'review-page-size': reviewForm('list-page-size'),
  'frame/list-page-size': listPage(`<div class="pager"><span>共2条记录 第1/1页</span> <span class="page-size">每页显示<select name="ddlPageSize"><option selected="selected">10</option><option>20</option><option>50</option></select>条</span></div>`),
  'review-laypage': reviewForm('list-laypage'),
  'frame/list-laypage': listPage(`<div class="layui-box layui-laypage layui-laypage-default"><a class="layui-laypage-prev layui-disabled">上一页</a><span class="layui-laypage-curr"><em>1</em></span><a class="layui-laypage-next layui-disabled">下一页</a><span class="layui-laypage-skip">到第<input type="text" min="1" value="1" class="layui-input" />页<button type="button" class="layui-laypage-btn">确定</button></span><span class="layui-laypage-count">共 2 条</span><span class="layui-laypage-limits"><select lay-ignore=""><option value="10" selected="selected">10 条/页</option><option value="20">20 条/页</option></select></span></div>`),
  // Named only by its breadcrumb (one 考核结果 list): the list frame shows its header, no saved year yet.
  'review-empty-list': reviewForm('list-empty', RESULT),
  'frame/list-empty': listPage('', ''),
};

/**
 * A saved list drawn in a same-origin <iframe> of its own above the record form (breaker 27 F4,
 * copied from E27-4 of tests/e2e/breaker27.test.ts on wt-breaker27): the overlay's frame checks
 * that list as it does one in the page itself, and the list's frame gets no overlay of its own;
 * with neighbours: the list's frame reloaded or changed in place, another origin's frame beside
 * it, a record form in a dialog's frame with a list of its own. Happy-dom: tests/unit/page/frame-grids.test.ts.
 */

/** The record form of 年度考核结果, with 添加's dialog or list frames given as `frames`. */
const reviewFormUnder = (frames: string) =>
  webForm(`${CRUMB}${frames}<table>${row('考核年度', `<select name="${N}ddlKHND" id="ddlKHND"><option value="">--请选择--</option><option>2023</option><option>2024</option><option>2025</option></select>`)}
${row('考核结果', `<select name="${N}ddlKHJG" id="ddlKHJG"><option value="">--请选择--</option><option>优秀</option><option>称职</option><option>基本称职</option><option>不称职</option></select>`)}</table>
<input type="submit" name="${N}btnSave" value="保存" />`);
/** A GridView page listing the saved years with 2024's result `latest`. */
const reviewList = (latest: string) => `<html><head><meta charset="utf-8"></head><body><table border="1" rules="all"><tr><th>序号</th><th>考核年度</th><th>考核结果</th></tr>
<tr><td>1</td><td>2023</td><td>称职</td></tr><tr><td>2</td><td>2024</td><td>${latest}</td></tr></table></body></html>`;

const FRAME_PAGES: PageTable = {
  // 年度考核结果: the saved list in an <iframe> of its own (a GridView page) above the record form.
  'review-list-frame': webForm(`<div class="wz">您现在的位置：初次职称考核认定 &gt;&gt; 年度考核结果</div>
<iframe src="/frame/review-list" name="listFrame" width="800" height="140" frameborder="0"></iframe>
<table>${row('考核年度', `<select name="${N}ddlKHND" id="ddlKHND"><option value="">--请选择--</option><option>2023</option><option>2024</option><option>2025</option></select>`)}
${row('考核结果', `<select name="${N}ddlKHJG" id="ddlKHJG"><option value="">--请选择--</option><option>优秀</option><option>称职</option><option>基本称职</option><option>不称职</option></select>`)}</table>
<input type="submit" name="${N}btnSave" value="保存" />`),
  'frame/review-list': `<html><head><meta charset="utf-8"></head><body><table border="1" rules="all"><tr><th>序号</th><th>考核年度</th><th>考核结果</th></tr>
<tr><td>1</td><td>2023</td><td>称职</td></tr><tr><td>2</td><td>2024</td><td>不称职</td></tr></table></body></html>`,
  'frame/review-good': reviewList('称职'),
  'review-list-reload': reviewFormUnder('<iframe src="/frame/review-good" name="listFrame" width="800" height="140" frameborder="0"></iframe>'),
  // 添加's dialog: a record form in an <iframe> over the list page, with the saved years listed above its own fields.
  'review-dialog-frame': webForm(`${CRUMB}<table border="1" rules="all"><tr><th>序号</th><th>考核年度</th><th>考核结果</th></tr>
<tr><td>1</td><td>2023</td><td>称职</td></tr><tr><td>2</td><td>2024</td><td>不称职</td></tr></table><input type="button" value="添加" />
<div style="position:absolute;left:100px;top:60px;background:#fff;border:2px solid #369"><iframe src="/frame/review-dialog" width="700" height="300" frameborder="0"></iframe></div>`),
  'frame/review-dialog': webForm(`<table border="1" rules="all"><tr><th>序号</th><th>考核年度</th><th>考核结果</th></tr>
<tr><td>1</td><td>2023</td><td>称职</td></tr><tr><td>2</td><td>2024</td><td>不称职</td></tr></table>
<table>${row('考核年度', `<input type="text" name="${N}txtKHND" id="txtKHND" />`)}${row('考核结果', `<input type="text" name="${N}txtKHJG" id="txtKHJG" />`)}${row('考核单位', `<input type="text" name="${N}txtKHDW" id="txtKHDW" />`)}</table>
<input type="submit" name="${N}btnSave" value="保存" />`),
};
/** The form with another origin's list frame (the same server as localhost) before its own, both with 2024 不称职. */
const crossOrigin = (port: string) =>
  reviewFormUnder(`<iframe src="http://localhost:${port}/frame/review-list" width="800" height="140" frameborder="0"></iframe><iframe src="/frame/review-list" width="800" height="140" frameborder="0"></iframe>`);

const LIST_PAGES = mergePages(BREAKER27_PAGES, PAGER_PAGES, FRAME_PAGES);
// Asked at each request: the session's server is up by then.
const session = pagesSession((path) => (path === 'review-cross-origin' ? crossOrigin(new URL(session.server.origin).port) : LIST_PAGES[path.split('?')[0]!]));

describe('breaker 27 (fixb27b) in Chromium', () => {
  it('F7: a 年度考核 list drawn in <div> rows (flex rows by a stylesheet): 2024 不合格 is an error', async () => {
    const { tab, frame } = await session.open('div-list');
    await waitForStep(frame, 'annual-review');
    await expectFinding(frame, 'annual-review-disqualifying', 'error');
    await tab.close();
  });

  it('F8: a GridView showing saved years in read-only boxes and disabled lists: 2024 不称职 is an error', async () => {
    const { tab, frame } = await session.open('template-grid');
    await waitForStep(frame, 'annual-review');
    await expectFinding(frame, 'annual-review-disqualifying', 'error');
    await tab.close();
  });

  it('F13: the page says the system fetched the applicant’s social insurance: no 在岗在职证明 error; it says it could not: the error', async () => {
    const before = await session.open('insurance-not-fetched');
    await waitForStep(before.frame, 'certificates');
    await expectFinding(before.frame, 'on-job-proof-missing', 'error');
    await before.tab.close();
    const { tab, frame } = await session.open('insurance-fetched');
    await waitForStep(frame, 'certificates');
    await expectNoFinding(frame, 'on-job-proof-missing');
    await tab.close();
  });
});

describe('b30 in Chromium', () => {
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

describe('a saved list in an <iframe> of its own, in Chromium', () => {
  /** The annual-review-disqualifying errors the page's overlay shows. */
  const disqualifying = async (frame: Frame) => (await findings(frame)).filter((f) => f.checkId === 'annual-review-disqualifying' && f.severity === 'error').length;

  it('E27-4 年度考核结果 whose saved list is in an <iframe> above the form: the latest year’s 不称职 is shown', async () => {
    const { tab, frame } = await session.open('review-list-frame');
    await waitForStep(frame, 'annual-review');
    expect(await countOverlays(tab)).toBe(1);
    await expect
      .poll(async () => (await findings(frame)).map((f) => `${f.checkId}:${f.severity}`), { timeout: 5_000 })
      .toContain('annual-review-disqualifying:error');
    await tab.close();
  });

  it('the list’s frame reloaded with 2024 不称职 (after a save) shows the error; its row changed in place to 称职 takes it away', async () => {
    const { tab, frame } = await session.open('review-list-reload');
    await waitForStep(frame, 'annual-review');
    await tab.waitForTimeout(1_000);
    expect(await disqualifying(frame)).toBe(0);
    await frame.locator('iframe').evaluate((el: HTMLIFrameElement) => (el.src = '/frame/review-list'));
    await expect.poll(() => disqualifying(frame), { timeout: 5_000 }).toBe(1);
    const list = tab.frames().find((f) => f.url().endsWith('/frame/review-list'))!;
    await list.evaluate(() => (document.querySelectorAll('td')[5]!.textContent = '称职'));
    await expect.poll(() => disqualifying(frame), { timeout: 5_000 }).toBe(0);
    expect(await countOverlays(tab)).toBe(1);
    await tab.close();
  });

  it('another origin’s list frame is left unread (its 不称职 not counted), and the same origin’s after it is checked', async () => {
    const { tab, frame } = await session.open('review-cross-origin');
    await waitForStep(frame, 'annual-review');
    await expect.poll(() => disqualifying(frame), { timeout: 5_000 }).toBe(1);
    // Once: the other origin's list is not this page's (that frame cannot read the page around it
    // and decides alone whether it shows an overlay of its own).
    expect(tab.frames().some((f) => f.url().startsWith('http://localhost:'))).toBe(true);
    await tab.waitForTimeout(1_000);
    expect(await disqualifying(frame)).toBe(1);
    await tab.close();
  });

  it('a record form in a dialog’s frame, with the saved years above its fields: its list is its own, the page’s error is shown once', async () => {
    const { tab, frame } = await session.open('review-dialog-frame');
    await waitForStep(frame, 'annual-review');
    await expect.poll(() => disqualifying(frame), { timeout: 5_000 }).toBe(1);
    await tab.waitForTimeout(1_000);
    expect(await disqualifying(frame)).toBe(1);
    await tab.close();
  });
});

