import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { type PagesSession, inOverlay, startPagesSession, waitForStep } from './harness';
import { N, webForm } from './web-form-pages';

/**
 * Breaker 33s, in Chromium: the pre-submit check on an unseen portal's 送审 worded 申报 (item 1),
 * on a shell page's menu beside the form's frame (item 2), and on Enter in a form without a
 * submit button (item 3). Pages hand-made, served on loopback.
 */

/** A starred row, as the portal marks a required field. */
const starred = (label: string, control: string) => `<tr><td><font color="red">*</font>${label}：</td><td>${control}</td></tr>`;

/** 基本信息 with a wrong 手机号码 (an error), its 送审 worded 申报, a tab strip with a tab named 申报 (its script only marks the page). */
const DECLARE_PAGE = webForm(`<div class="ptitle">基本信息</div>
<ul class="nav nav-tabs"><li><a id="tab" href="#declare" onclick="document.title='tab';return false">申报</a></li><li><a href="#notes">申报须知</a></li></ul>
<table>
<tr><td>姓名：</td><td><input name="${N}txtXM" type="text" id="txtXM" value="李明远" /></td></tr>
<tr><td>手机号码：</td><td><input name="${N}txtSJHM" type="text" id="txtSJHM" value="1392600123" /></td></tr>
</table><input type="submit" name="${N}btnSB" id="declare" value="申报" />`);

/** 年度考核结果's record form: 记录序号 and 考核年度 typed, 考核结果 (required) not chosen. */
const RECORD_FORM = webForm(`<div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 年度考核结果 &gt; 添加</div><table>
${starred('记录序号', `<input type="text" name="${N}txtJLXH" id="txtJLXH" value="2" />`)}
${starred('考核年度', `<input type="text" name="${N}txtKHND" id="txtKHND" value="2022" />`)}
${starred('考核结果', `<select name="${N}ddlKHJG" id="ddlKHJG"><option value="">请选择</option><option value="01">优秀</option><option value="02">称职</option></select>`)}
</table>`);

/** A shell page: a script-link tree menu (fixed at the left) beside the content <iframe> showing RECORD_FORM. */
const SHELL_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>广州市职称业务申报与管理系统</title></head><body>
<div class="side" style="position:fixed;left:0;top:0;width:180px;height:100%"><ul class="tree">
<li><a href="javascript:void(0)" onclick="document.getElementById('content').src='/form'">年度考核结果</a></li>
<li><a href="javascript:void(0)" id="menu-submit" onclick="location.href='/posted'">完成并送审</a></li></ul></div>
<div class="main" style="margin-left:190px"><iframe id="content" name="content" src="/form" style="width:760px;height:520px;border:0"></iframe></div>
</body></html>`;

const PAGES: Record<string, string> = { declare: DECLARE_PAGE, shell: SHELL_PAGE, form: RECORD_FORM, posted: '<html><body>posted</body></html>' };

/** The content frame, once its overlay shows the record step. */
async function contentFrame(tab: Page): Promise<Frame> {
  await expect.poll(() => tab.frames().some((f) => f.url().endsWith('/form'))).toBe(true);
  const frame = tab.frames().find((f) => f.url().endsWith('/form'))!;
  await waitForStep(frame, 'annual-review');
  return frame;
}

describe('breaker 33s: the pre-submit check on 申报, a shell page’s menu and Enter, in Chromium', () => {
  let session: PagesSession;
  beforeAll(async () => {
    session = await startPagesSession((path) => PAGES[path.split('?')[0]!]);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('B33s-E1 a 送审 worded 申报 is held as 送审 for a wrong 手机号码; a tab named 申报 is not held', async () => {
    const { tab, frame } = await session.open('declare');
    await waitForStep(frame, 'basic-info');
    await frame.locator('#tab').click();
    await expect.poll(() => tab.title()).toBe('tab');
    expect(await inOverlay(frame, '[data-testid="zc-presubmit"]').count()).toBe(0);
    await frame.locator('#declare').click();
    await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 5_000 });
    expect(await inOverlay(frame, '[data-testid="zc-presubmit-finding"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-check-id')))).toContain('mobile-format');
    await tab.waitForTimeout(300);
    expect(tab.url()).not.toMatch(/posted/);
    await tab.close();
  });

  it('B33s-E2 a shell page’s tree-menu 完成并送审 beside the content frame is not held with the frame’s findings', async () => {
    const { tab, frame: top } = await session.open('shell');
    const frame = await contentFrame(tab);
    await top.locator('#menu-submit').click();
    await expect.poll(() => tab.url(), { timeout: 5_000 }).toMatch(/\/posted$/);
    expect(frame.isDetached()).toBe(true);
    await tab.close();
  });
});
