import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { type PagesSession, countOverlays, startPagesSession, waitForStep } from './harness';
import { findings } from './overlay-driver';
import { N, row, webForm } from './web-form-pages';

/**
 * A saved list drawn in a same-origin <iframe> of its own above the record form (breaker 27 F4,
 * copied from E27-4 of tests/e2e/breaker27.test.ts on wt-breaker27): the overlay's frame checks
 * that list as it does one in the page itself, and the list's frame gets no overlay of its own;
 * with neighbours: the list's frame reloaded or changed in place, another origin's frame beside
 * it, a record form in a dialog's frame with a list of its own. Happy-dom: tests/unit/page/frame-grids.test.ts.
 */

const CRUMB = '<div class="wz">您现在的位置：初次职称考核认定 &gt;&gt; 年度考核结果</div>';
/** The record form of 年度考核结果, with 添加's dialog or list frames given as `frames`. */
const reviewForm = (frames: string) =>
  webForm(`${CRUMB}${frames}<table>${row('考核年度', `<select name="${N}ddlKHND" id="ddlKHND"><option value="">--请选择--</option><option>2023</option><option>2024</option><option>2025</option></select>`)}
${row('考核结果', `<select name="${N}ddlKHJG" id="ddlKHJG"><option value="">--请选择--</option><option>优秀</option><option>称职</option><option>基本称职</option><option>不称职</option></select>`)}</table>
<input type="submit" name="${N}btnSave" value="保存" />`);
/** A GridView page listing the saved years with 2024's result `latest`. */
const reviewList = (latest: string) => `<html><head><meta charset="utf-8"></head><body><table border="1" rules="all"><tr><th>序号</th><th>考核年度</th><th>考核结果</th></tr>
<tr><td>1</td><td>2023</td><td>称职</td></tr><tr><td>2</td><td>2024</td><td>${latest}</td></tr></table></body></html>`;

const PAGES: Record<string, string> = {
  // 年度考核结果: the saved list in an <iframe> of its own (a GridView page) above the record form.
  'review-list-frame': webForm(`<div class="wz">您现在的位置：初次职称考核认定 &gt;&gt; 年度考核结果</div>
<iframe src="/frame/review-list" name="listFrame" width="800" height="140" frameborder="0"></iframe>
<table>${row('考核年度', `<select name="${N}ddlKHND" id="ddlKHND"><option value="">--请选择--</option><option>2023</option><option>2024</option><option>2025</option></select>`)}
${row('考核结果', `<select name="${N}ddlKHJG" id="ddlKHJG"><option value="">--请选择--</option><option>优秀</option><option>称职</option><option>基本称职</option><option>不称职</option></select>`)}</table>
<input type="submit" name="${N}btnSave" value="保存" />`),
  'frame/review-list': `<html><head><meta charset="utf-8"></head><body><table border="1" rules="all"><tr><th>序号</th><th>考核年度</th><th>考核结果</th></tr>
<tr><td>1</td><td>2023</td><td>称职</td></tr><tr><td>2</td><td>2024</td><td>不称职</td></tr></table></body></html>`,
  'frame/review-good': reviewList('称职'),
  'review-list-reload': reviewForm('<iframe src="/frame/review-good" name="listFrame" width="800" height="140" frameborder="0"></iframe>'),
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
  reviewForm(`<iframe src="http://localhost:${port}/frame/review-list" width="800" height="140" frameborder="0"></iframe><iframe src="/frame/review-list" width="800" height="140" frameborder="0"></iframe>`);

describe('a saved list in an <iframe> of its own, in Chromium', () => {
  let session: PagesSession;
  beforeAll(async () => {
    // Asked at each request: the session's server is up by then.
    session = await startPagesSession((path) => (path === 'review-cross-origin' ? crossOrigin(new URL(session.server.origin).port) : PAGES[path]));
  });
  afterAll(async () => {
    await session?.close();
  });

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
