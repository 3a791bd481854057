import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, type PageServer, countOverlays, launchExtension, servePages, waitForStep } from './harness';

/**
 * The built extension names the step of pages whose only name is in an unusual place (probe 15
 * items 6/6b, B12): a breadcrumb's last crumb, a numbered title, a title in traditional
 * characters, a frameset's title over a heading-less work frame. Each page's fields alone name
 * the step once (学历), too little to decide: without the name `zc-step` says unknown. The
 * expectations are what an applicant sees at once, not read off our output.
 */

const row = (label: string, control: string) => `<tr><td align="right">${label}：</td><td>${control}</td></tr>`;
/** A 学历 record form as a portal copy may word it: only 学历 among its labels names the step. */
const FORM = `<table>${row('入学时间', '<input name="rxsj">')}${row('毕业时间', '<input name="bysj">')}${row('毕业学校', '<input name="byxx">')}${row('学历', '<select name="xl"><option value="">请选择</option><option>大学本科</option></select>')}</table><input type="submit" value="保存">`;
/** The same form with traditional labels (a zh-TW rendering). */
const TRADITIONAL_FORM = FORM.replace('入学时间', '入學時間').replace('毕业时间', '畢業時間').replace('毕业学校', '畢業學校').replace('学历', '學歷').replace('保存', '儲存');

const page = (body: string, title = '广州市职称业务申报与管理系统') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><form method="post" action="xl.aspx">${body}</form></body></html>`;

/** Path → page, and the step the overlay must name on it. */
const PAGES: Record<string, { html: string; step: string }> = {
  breadcrumb: { html: page(`<div class="top">当前位置：<a href="#">首页</a> &gt; <a href="#">论文、著作</a> &gt; 学历情况</div>${FORM}`), step: 'education' },
  'breadcrumb-raquo': { html: page(`<table><tr><td>您的位置：首页 » 职称申报 » 学位（学历）教育情况</td></tr></table>${FORM}`), step: 'education' },
  numbered: { html: page(`<h3>第四步：学历情况</h3>${FORM}`), step: 'education' },
  'numbered-section': { html: page(`<h3>四、学历情况</h3>${FORM}`), step: 'education' },
  traditional: { html: page(`<h3>學位（學歷）教育情況</h3>${TRADITIONAL_FORM}`, '廣州市職稱業務申報與管理系統'), step: 'education' },
  'traditional-crumb': { html: page(`<div>當前位置：首頁 &gt; 職稱申報 &gt; 學歷情況</div>${TRADITIONAL_FORM}`), step: 'education' },
};

const FRAMESET = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>学位（学历）教育情况</title></head>
<frameset cols="220,*"><frame name="leftFrame" src="/frames/menu"><frame name="mainFrame" src="/frames/form"></frameset></html>`;
const MENU = `<html><head><meta charset="utf-8"></head><body>${['基本信息', '学位（学历）教育情况', '主要专业技术工作经历', '论文、著作'].map((t) => `<a href="#">${t}</a><br>`).join('')}<a href="#">退出系统</a></body></html>`;

describe('steps named in unusual places', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;
  let tab: Page;

  beforeAll(async () => {
    server = await servePages((path) => (path === 'frameset' ? FRAMESET : path === 'frames/menu' ? MENU : path === 'frames/form' ? page(FORM, '') : PAGES[path]?.html));
    browser = await launchExtension();
    tab = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(Object.keys(PAGES))('%s', async (path) => {
    await tab.goto(`${server.origin}/${path}`);
    await waitForStep(tab.mainFrame(), PAGES[path]!.step);
    expect(await countOverlays(tab)).toBe(1);
  });

  it('a frameset’s title names its heading-less work frame; the menu frame stays quiet', async () => {
    await tab.goto(`${server.origin}/frameset`);
    await expect.poll(() => tab.frame({ name: 'mainFrame' })?.url()).toContain('/frames/form');
    await waitForStep(tab.frame({ name: 'mainFrame' })!, 'education');
    await tab.waitForTimeout(500);
    expect(await countOverlays(tab)).toBe(1);
  });
});
