import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { type PagesSession, countOverlays, inOverlay, startPagesSession, waitForContentScripts, waitForStep } from './harness';
import { applyAutofill, startAutofill, waitForProfile, waitForReading } from './overlay-driver';
import sample from '../fixtures/sample-profile.json';

/**
 * Whole-portal layouts the practice portal does not have (probe 15): the overlay once, in the
 * frame holding the form, whatever menu, banner or upload frame stands around it; the step
 * following a section switched in place; 应用 writing what the preview showed, in the field it
 * named, after the page redrew.
 */

const shots = resolve('artifacts/e2e/layouts');

const STEPS = ['获取历史数据', '个人基本信息', '专业技术资格历史情况', '学位（学历）教育情况', '主要专业技术工作经历', '奖惩情况及个人小结', '业绩成果', '论文、著作', '年度考核情况', '证书、证明材料', '完成并送审'];

/** An ASP.NET WebForms page around `body`. */
function webForm(body: string, title = '广州市职称业务申报与管理系统'): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8" /><title>${title}</title></head><body>
<form name="aspnetForm" method="post" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="x" />${body}</form></body></html>`;
}

const row = (label: string, control: string, id = '') => `<tr${id ? ` id="${id}"` : ''}><td align="right">${label}：</td><td>${control}</td></tr>`;
const box = (id: string) => `<input type="text" name="ctl00$main$${id}" id="${id}" />`;
const list = (id: string, options: string[]) => `<select name="ctl00$main$${id}" id="${id}"><option value="">--请选择--</option>${options.map((o, i) => `<option value="${i + 1}">${o}</option>`).join('')}</select>`;

const BASIC_ROWS = [
  row('姓名', box('txtXM')),
  row('性别', list('ddlXB', ['男', '女'])),
  row('出生日期', box('txtCSRQ')),
  row('公民身份号码', box('txtSFZH')),
  row('工作单位', box('txtGZDW')),
  row('手机号码', box('txtSJHM')),
].join('');

const EDUCATION_ROWS = [
  row('毕业院校', box('txtBYYX')),
  row('所学专业', box('txtSXZY')),
  row('学历', list('ddlXL', ['博士研究生', '硕士研究生', '大学本科', '大学专科'])),
  row('学位', list('ddlXW', ['博士', '硕士', '学士', '无'])),
  row('起止时间', `${box('txtQSSJ')} 至 ${box('txtZZSJ')}`),
].join('');

const title = (text: string) => `<div class="ptitle" style="font-weight:bold;font-size:16px">${text}</div>`;

/** A left menu whose current entry is bold text, not a link, under a 退出系统 button. */
const MENU = webForm(`<input type="button" value="退出系统" /><table>${STEPS.map((s) =>
  s === '学位（学历）教育情况' ? `<tr><td style="font-weight:bold">${s}</td></tr>` : `<tr><td><a href="#" target="mainFrame">${s}</a></td></tr>`,
).join('')}</table>`);

/** A left menu whose current entry is a link drawn red and bold, beside 修改密码 / 退出系统 links. */
const LINK_MENU = webForm(`<style>a.cur { color: red; font-weight: bold }</style>${STEPS.map((s) =>
  `<a href="#" target="mainFrame"${s === '学位（学历）教育情况' ? ' class="cur"' : ''}>${s}</a><br />`,
).join('')}<a href="#">修改密码</a> | <a href="#" target="_top">退出系统</a>`);

const PAGES: Record<string, string> = {
  // A frameset titled with the step, a banner naming it, the menu above, the education form
  // with an upload panel in an iframe of its own.
  frameset: `<!DOCTYPE html><html><head><meta charset="utf-8" /><title>广州市职称业务申报与管理系统—学位（学历）教育情况</title></head>
<frameset rows="60,*"><frame name="topFrame" src="/banner" /><frameset cols="220,*"><frame name="leftFrame" src="/menu" /><frame name="mainFrame" src="/education" /></frameset></frameset></html>`,
  banner: webForm('<b>当前位置：职称申报 &gt; 学位（学历）教育情况</b>'),
  menu: MENU,
  education: webForm(`${title('学位（学历）教育情况')}<table>${EDUCATION_ROWS}${row('附件上传', '<iframe name="uploadFrame" src="/upload" style="width:420px;height:70px;border:1px solid #ccc"></iframe>')}</table>
<input type="submit" value="保存" />`),
  upload: webForm(`附件类型：${list('ddlFJLX', ['毕业证书', '学位证书'])} 选择文件：<input type="file" name="fuFile" id="fuFile" /> <input type="submit" value="上传" />`),
  // The series step in a frameset: a banner naming it beside its account links, the link menu,
  // the series page (a heading over one link per series, no field) in the main frame.
  'series-frameset': `<!DOCTYPE html><html><head><meta charset="utf-8" /><title>广州市职称业务申报与管理系统</title></head>
<frameset rows="60,*"><frame name="topFrame" src="/series-banner" /><frameset cols="220,*"><frame name="leftFrame" src="/link-menu" /><frame name="mainFrame" src="/series" /></frameset></frameset></html>`,
  'series-banner': webForm('<b>当前位置：职称申报 &gt; 选择申报资格系列</b> <a href="#">首页</a> | <a href="#">修改密码</a> | <a href="#">退出系统</a>'),
  'link-menu': LINK_MENU,
  series: webForm(`${title('选择申报资格系列')}<ul>${['工程系列', '卫生系列', '教育系列'].map((s) => `<li><a href="#">${s}</a></li>`).join('')}</ul>`),
  // Two sections in one page, the second shown by a tab that only flips `display`.
  tabs: webForm(`<div><a id="tab0" href="javascript:showTab(0)">基本信息</a> | <a id="tab1" href="javascript:showTab(1)">学历</a></div>
<div id="pane0">${title('个人基本信息')}<table>${BASIC_ROWS}</table></div>
<div id="pane1" style="display:none">${title('学位（学历）教育情况')}<table>${EDUCATION_ROWS}</table></div>
<script>function showTab(n) { for (var i = 0; i < 2; i++) document.getElementById('pane' + i).style.display = i === n ? '' : 'none'; }</script>`),
  // 完成并送审 whose title carries a request in brackets, and a send button not named 送审.
  'submit-sentence': webForm(`${title('完成并送审（请仔细核对！）')}<input type="checkbox" id="chkTY" /><label for="chkTY">我已阅读并同意</label> <input type="submit" id="btnTJ" value="确认提交" />`),
  // 基本信息, where a postback may add a row above 姓名 while the preview is open.
  redraw: webForm(`${title('个人基本信息')}<table id="tblJBXX">${BASIC_ROWS}</table><input type="submit" value="保存" />`),
  // 学位（学历）教育情况 listing record 1, whose 编辑 loads it into the empty form by script (its 所学专业 never entered).
  'edit-record': webForm(`${title('学位（学历）教育情况')}<table class="grid"><tr><th>记录序号</th><th>毕业院校</th><th>起止时间</th><th>操作</th></tr>
<tr><td>1</td><td>华南理工大学</td><td>2016.09-2020.06</td><td><a id="lnkEdit1" href="javascript:editRow()">编辑</a></td></tr></table>
<table>${row('记录序号', box('txtJLXH'))}${EDUCATION_ROWS}</table><input type="submit" value="保存" />
<script>function editRow() { var v = { txtJLXH: '1', txtBYYX: '华南理工大学', txtQSSJ: '2016-09-01', txtZZSJ: '2020-06-30' }; for (var id in v) document.getElementById(id).value = v[id]; }</script>`),
};

describe('portal layouts the practice portal does not have (probe 15)', () => {
  let session: PagesSession;
  let page: Page;

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    session = await startPagesSession((path) => PAGES[path]);
    page = await session.browser.context.newPage();
  });

  afterAll(async () => {
    await session?.close();
  });

  const frameNamed = (name: string): Frame | undefined => page.frames().find((f) => f.name() === name);

  it('a frameset: one overlay, in the form’s frame — not in the menu, the banner, the frameset or the upload frame', async () => {
    await page.goto(`${session.server.origin}/frameset`);
    await expect.poll(() => frameNamed('uploadFrame')?.url() ?? '').toContain('/upload');
    await frameNamed('uploadFrame')!.locator('#fuFile').waitFor();
    await waitForStep(frameNamed('mainFrame')!, 'education');
    // Every frame's content script has decided (it starts after each frame's load).
    await waitForContentScripts(session.browser, page, page.frames());
    expect(await countOverlays(page)).toBe(1);
    for (const name of ['leftFrame', 'topFrame', 'uploadFrame']) expect(await frameNamed(name)!.locator('[data-zc-root]').count()).toBe(0);
    expect(await page.mainFrame().locator('[data-zc-root]').count()).toBe(0);
    await page.screenshot({ path: `${shots}/frameset-one-overlay.png` });
  });

  it('the series page in a frameset: its frame is the series step’s, not the banner naming it nor the menu whose current entry is a link (breaker 31c item 5)', async () => {
    await page.goto(`${session.server.origin}/series-frameset`);
    await expect.poll(() => frameNamed('mainFrame')?.url() ?? '').toContain('/series');
    await waitForStep(frameNamed('mainFrame')!, 'select-series');
    await waitForContentScripts(session.browser, page, page.frames());
    expect(await countOverlays(page)).toBe(1);
    for (const name of ['leftFrame', 'topFrame']) expect(await frameNamed(name)!.locator('[data-zc-root]').count()).toBe(0);
    await page.screenshot({ path: `${shots}/series-frameset.png` });
  });

  it('a tab that only flips display: the step follows without any typing', async () => {
    await page.goto(`${session.server.origin}/tabs`);
    await waitForStep(page.mainFrame(), 'basic-info');
    await page.click('#tab1');
    await waitForStep(page.mainFrame(), 'education');
    await page.click('#tab0');
    await waitForStep(page.mainFrame(), 'basic-info');
  });

  it('完成并送审（请仔细核对！）: the title names the step, and 确认提交 without 同意 is held (breaker 31c item 1)', async () => {
    await page.goto(`${session.server.origin}/submit-sentence`);
    const frame = page.mainFrame();
    await waitForStep(frame, 'submit');
    const url = page.url();
    await page.click('#btnTJ');
    await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 5_000 });
    expect(page.url()).toBe(url);
  });

  it('a row added above 姓名 while the preview is open: 应用 writes each value into the field the preview named', async () => {
    await page.goto(`${session.server.origin}/redraw`);
    const frame = page.mainFrame();
    await waitForStep(frame, 'basic-info');
    await waitForProfile(frame);
    const preview = await startAutofill(frame);
    expect(preview.some((r) => r.key === 'basic.name')).toBe(true);
    // What an AutoPostBack / UpdatePanel redraw revealing a field does.
    const since = await frame.evaluate(() => performance.now());
    await page.evaluate(() => {
      const first = document.querySelector('#tblJBXX tr')!;
      first.insertAdjacentHTML('beforebegin', '<tr><td align="right">曾用名：</td><td><input type="text" name="ctl00$main$txtCYM" id="txtCYM" /></td></tr>');
    });
    // The content script has re-read the page, as changed, before 应用.
    await waitForReading(frame, since);
    const report = await applyAutofill(frame);
    await page.screenshot({ path: `${shots}/redraw-before-apply-report.png` });
    expect(await page.inputValue('#txtCYM')).toBe('');
    expect(await page.inputValue('#txtXM')).toBe(sample.profile.basic.name);
    expect(await page.inputValue('#txtSFZH')).toBe(sample.profile.basic.idNumber);
    expect(await page.inputValue('#txtSJHM')).toBe(sample.profile.basic.mobile);
    expect(report.find((r) => r.key === 'basic.name')?.result).toBe('filled');
    expect(await inOverlay(frame, '[data-testid="zc-autofill-report"]').count()).toBe(1);
  });

  it('编辑 of a listed record pressed while the preview is open: 应用 writes nothing into that record and says why (breaker 31a F7)', async () => {
    await page.goto(`${session.server.origin}/edit-record`);
    const frame = page.mainFrame();
    await waitForStep(frame, 'education');
    await waitForProfile(frame);
    const preview = await startAutofill(frame);
    expect(preview.find((r) => r.key === 'education.major')?.action).toBe('fill');
    // 编辑's script sets the boxes' values (no mutation, no input event: nothing for the overlay to
    // re-read on); its click has run when page.click returns, and 应用 reads the page as it is.
    await page.click('#lnkEdit1');
    const report = await applyAutofill(frame);
    await page.screenshot({ path: `${shots}/edit-record-report.png` });
    expect(await page.inputValue('#txtSXZY')).toBe('');
    expect(await page.inputValue('#txtBYYX')).toBe(sample.profile.education[0]!.school);
    expect(report.filter((r) => r.result === 'filled')).toEqual([]);
    expect(report.find((r) => r.key === 'education.major')).toMatchObject({ result: 'skipped', text: expect.stringContaining('另一条记录') });
  });
});
