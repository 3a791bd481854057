import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type PagesSession, countOverlays, startPagesSession, waitForStep } from './harness';

/**
 * The built extension names the step of a page whose only name is a labelled breadcrumb's last
 * crumb (bold or plain, at the top of the page) or a numbered title (probe 15 item 6), keeps a
 * banner frame whose breadcrumb names the series page quiet (breaker 7a F4), and lets no
 * instruction leading to 送审 outvote a 工作经历 form (breaker 7a F9). Each 学历 form's fields
 * alone name the step once (学历), too little to decide: without the name `zc-step` says unknown.
 */

const row = (label: string, control: string) => `<tr><td align="right">${label}：</td><td>${control}</td></tr>`;
/** A 学历 record form as a portal copy may word it: only 学历 among its labels names the step. */
const FORM = `<table>${row('入学时间', '<input name="rxsj">')}${row('毕业时间', '<input name="bysj">')}${row('毕业学校', '<input name="byxx">')}${row('学历', '<select name="xl"><option value="">请选择</option><option>大学本科</option></select>')}</table><input type="submit" value="保存">`;

const page = (body: string, title = '广州市职称业务申报与管理系统') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title><style>.nav{font-weight:bold}</style></head><body><form method="post" action="xl.aspx">${body}</form></body></html>`;
/** A breadcrumb drawn bold by the page's stylesheet, crumbs as links, its last crumb a record action. */
const CRUMB = '<div class="nav">当前位置：<a href="#">首页</a> &gt; <a href="#">职称申报</a> &gt; 学历情况 &gt; 新增</div>';

/** A 工作经历 record form: its fields (职务, 工作内容) name the step. */
const WORK = `<table>${row('起止时间', '<input name="qzsj">')}${row('工作单位', '<input name="gzdw">')}${row('职务', '<input name="zw">')}${row('工作内容', '<textarea name="gznr"></textarea>')}</table><input type="submit" value="保存">`;

/** Path → page, and the step the overlay must name on it. */
const PAGES: Record<string, { html: string; step: string }> = {
  breadcrumb: { html: page(`${CRUMB}${FORM}`), step: 'education' },
  numbered: { html: page(`<h3>第四步：学历情况</h3>${FORM}`), step: 'education' },
  'breadcrumb-and-numbered': { html: page(`${CRUMB}<h3>4.学历情况</h3>${FORM}`), step: 'education' },
  // breaker 7a F9: a bold instruction leading to 送审 above a 工作经历 form names no page.
  'instruction-above-work': { html: page(`<p><font color="red"><b>各项信息填写完毕后再送审</b></font></p>${WORK}`), step: 'work-experience' },
  // A breadcrumb line neither bold nor styled as a title, at the top of the page, under a banner.
  'plain-breadcrumb-div': { html: page(`<div class="crumbs">当前位置：首页 &gt; 职称申报 &gt; 学历信息</div>${FORM}`), step: 'education' },
  'plain-breadcrumb-cell': {
    html: page(`<table width="100%"><tr><td>广州市职称业务申报与管理系统</td><td align="right">欢迎您，张三 <a href="#">注销</a></td></tr>
<tr><td colspan="2">您的位置：个人中心 &gt; <a href="#">网上申报</a> &gt; 学历情况 &gt; 新增</td></tr></table>${FORM}`),
    step: 'education',
  },
  // crumbs19: the label in an element of its own and every crumb a link; crumbs parted by 〉; a
  // date and a welcome bar drawn in the crumbs' line are no crumb (breaker 19 item 2).
  'breadcrumb-label-apart': { html: page(`<div class="crumbs"><span>当前位置：</span><a href="#">首页</a> &gt; <a href="#">职称申报</a> &gt; <a href="#">学历情况</a></div>${FORM}`), step: 'education' },
  'breadcrumb-angle-brackets': { html: page(`<div class="crumbs">当前位置：首页 〉 职称申报 〉 学历情况</div>${FORM}`), step: 'education' },
  'breadcrumb-date-and-welcome': { html: page(`<div class="crumbs">当前位置：首页 / 学历情况<span style="float:right">2026-12-03 星期四 欢迎您 - 张三 - <a href="#">退出</a></span></div>${FORM}`), step: 'education' },
  // The same line lower down, under the form, is help text: the form alone names no step.
  'breadcrumb-words-below-form': { html: page(`${FORM}<p>当前位置：首页 &gt; 学历情况</p>`), step: 'unknown' },
  // breaker 8b: the consent page titled only by its instruction, its box and button worded otherwise than 同意 / 送审.
  'instruction-titled-consent': {
    html: page('<div class="ptitle">请确认填报信息无误后再送审</div><table><tr><td><input type="checkbox" id="ty"><label for="ty">本人确认所填信息真实</label></td></tr></table><input type="submit" value="确认送审">'),
    step: 'submit',
  },
};

/** breaker 8b: the shell around the content <iframe>, its banner row a breadcrumb beside a 申报年度 list. */
const SHELL = page(`<table width="100%"><tr><td>广州市职称业务申报与管理系统</td><td>欢迎您，张三</td></tr>
<tr><td>当前位置：首页 &gt; 职称申报 &gt; 学历情况</td><td>申报年度：<select name="nd"><option>2024</option><option>2025</option></select></td></tr></table>
<iframe name="main" src="/shell/content" width="100%" height="600"></iframe>`);

/** breaker 7a F4: the series page in the work frame under a banner whose breadcrumb names it. */
const FRAMESET = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>职称业务申报与管理系统</title></head>
<frameset rows="60,*"><frame name="topFrame" src="/frames/top"><frame name="mainFrame" src="/frames/series"></frameset></html>`;
const TOP = page(`<table width="100%"><tr><td><b>当前位置：<a href="#">首页</a> &gt; <a href="#">职称申报</a> &gt; <a href="#">网上申报</a> &gt; 选择申报资格系列</b></td>
<td align="right">欢迎您，张三 <a href="#">个人中心</a> <a href="#">注销</a></td></tr></table>`);
const SERIES = page('<h3>选择申报资格系列</h3><ul><li><a href="#">工程系列</a></li><li><a href="#">卫生系列</a></li><li><a href="#">教育系列</a></li></ul>');
const FRAMES: Record<string, string> = { frameset: FRAMESET, 'frames/top': TOP, 'frames/series': SERIES, shell: SHELL, 'shell/content': page(`<h3>学历情况</h3>${FORM}`) };

describe('steps named by a breadcrumb or a numbered title; a banner naming the series page', () => {
  let session: PagesSession;
  let tab: Page;

  beforeAll(async () => {
    session = await startPagesSession((path) => FRAMES[path] ?? PAGES[path]?.html, { profileFile: null });
    tab = await session.browser.context.newPage();
  });

  afterAll(async () => {
    await session?.close();
  });

  it.each(Object.keys(PAGES))('%s', async (path) => {
    await tab.goto(`${session.server.origin}/${path}`);
    await waitForStep(tab.mainFrame(), PAGES[path]!.step);
    expect(await countOverlays(tab)).toBe(1);
    // Still so after the page's later readings (an answer is not a passing state).
    await tab.waitForTimeout(500);
    await waitForStep(tab.mainFrame(), PAGES[path]!.step);
  });

  it('the series page in a frameset under a banner naming it: one overlay, in the work frame (breaker 7a F4)', async () => {
    await tab.goto(`${session.server.origin}/frameset`);
    await expect.poll(() => tab.frame({ name: 'mainFrame' })?.url()).toContain('/frames/series');
    await waitForStep(tab.frame({ name: 'mainFrame' })!, 'select-series');
    await tab.waitForTimeout(1000);
    expect(await tab.frame({ name: 'topFrame' })!.locator('[data-zc-root]').count()).toBe(0);
    expect(await countOverlays(tab)).toBe(1);
  });

  it('a shell whose banner row holds a breadcrumb and a 申报年度 list: one overlay, in the content frame (breaker 8b)', async () => {
    await tab.goto(`${session.server.origin}/shell`);
    await expect.poll(() => tab.frame({ name: 'main' })?.url()).toContain('/shell/content');
    await waitForStep(tab.frame({ name: 'main' })!, 'education');
    await tab.waitForTimeout(1000);
    expect(await tab.mainFrame().locator('[data-zc-root]').count()).toBe(0);
    expect(await countOverlays(tab)).toBe(1);
  });
});
