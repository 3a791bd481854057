import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, type PageServer, SAMPLE_PROFILE, importProfileFile, launchExtension, servePages, waitForStep } from './harness';
import { applyAutofill, startAutofill, tickOverwrite } from './overlay-driver';

/**
 * 年度考核结果 on a portal copy whose 考核年度 list is bound to its years without 请选择 (2025 first)
 * and whose 修改 form gets the saved record's values from the page's script (jQuery's `.val()`:
 * the `value` property, no option marked selected). The saved 2025 优秀 then looks like a new
 * form's default; 应用 must leave it alone unless 覆盖 is ticked. A new, empty form still gets the
 * profile's year without 覆盖 (breaker 8a item 3; lib/fill/plan.ts blankForm).
 */
const YEARS = ['2025', '2024', '2023', '2022', '2021'];
const reviewPage = (listed: [year: string, result: string][], script: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>广州市职称业务申报与管理系统</title></head><body>
<form id="aspnetForm" method="post" action="NDKH.aspx"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTk0NjQ2MjE5MmRk" />
<div class="ptitle">年度考核结果</div>
<table border="1" cellspacing="0"><tr><th>考核年度</th><th>考核结果</th><th>操作</th></tr>
${listed.map(([year, result]) => `<tr><td>${year}</td><td>${result}</td><td><a href="#">修改</a> <a href="#">删除</a></td></tr>`).join('\n')}</table>
<table>
<tr><td><font color="red">*</font>考核年度：</td><td><select name="ddlKHND" id="ddlKHND">${YEARS.map((y) => `<option value="${y}">${y}</option>`).join('')}</select></td></tr>
<tr><td><font color="red">*</font>考核结果：</td><td><select name="ddlKHJG" id="ddlKHJG"><option value="">--请选择--</option><option value="1">优秀</option><option value="2">合格</option><option value="3">不合格</option></select></td></tr>
<tr><td>备注：</td><td><input name="txtBZ" id="txtBZ" /></td></tr>
</table><input type="submit" name="btnSave" value="保存" />
</form>
<script>${script}</script></body></html>`;

/** 修改 of the saved 2025 优秀: the page's script puts the record into the form. */
const EDIT_PAGE = reviewPage([['2025', '优秀']], `document.getElementById('ddlKHND').value = '2025'; document.getElementById('ddlKHJG').value = '1'; document.getElementById('txtBZ').value = '年度先进';`);
/** 添加 under a saved 2021: the form as the server sends it, nothing chosen. */
const NEW_PAGE = reviewPage([['2021', '合格']], '');

describe('a year list without 请选择 whose saved value the page’s script chose', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await servePages((path) => (path === 'edit' ? EDIT_PAGE : path === 'new' ? NEW_PAGE : undefined));
    browser = await launchExtension();
    await importProfileFile(browser, SAMPLE_PROFILE);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a served page in a tab of its own (no record remembered from another case) and waits for its step. */
  const open = async (path: string): Promise<Page> => {
    const tab = await browser.context.newPage();
    await tab.goto(`${server.origin}/${path}`);
    await waitForStep(tab.mainFrame(), 'annual-review');
    return tab;
  };
  const values = (tab: Page) => Promise.all(['#ddlKHND', '#ddlKHJG', '#txtBZ'].map((s) => tab.locator(s).inputValue()));

  it('修改 of 2025 优秀: the preview offers 覆盖 on the year, unticked; 应用 leaves the record as saved', async () => {
    const tab = await open('edit');
    expect(await values(tab)).toEqual(['2025', '1', '年度先进']);
    const rows = await startAutofill(tab.mainFrame());
    expect(rows.filter((r) => r.key.startsWith('annualReviews.'))).toEqual([
      { key: 'annualReviews.year', action: 'fill', overwrite: true },
      { key: 'annualReviews.result', action: 'needs-user', overwrite: false },
    ]);
    const report = await applyAutofill(tab.mainFrame());
    expect(report.filter((r) => r.key.startsWith('annualReviews.')).map((r) => [r.key, r.result])).toEqual([
      ['annualReviews.year', 'skipped'],
      ['annualReviews.result', 'needs-user'],
    ]);
    expect(await values(tab)).toEqual(['2025', '1', '年度先进']);
    await tab.close();
  });

  it('修改 of 2025 优秀 with 覆盖 ticked on the year: the user’s choice, the profile’s 2021 written', async () => {
    const tab = await open('edit');
    await startAutofill(tab.mainFrame());
    await tickOverwrite(tab.mainFrame(), 'annualReviews.year');
    await applyAutofill(tab.mainFrame());
    expect(await values(tab)).toEqual(['2021', '1', '年度先进']);
    await tab.close();
  });

  it('添加’s empty form showing 2025 by default: the next unsaved year written without 覆盖, as before', async () => {
    const tab = await open('new');
    const rows = await startAutofill(tab.mainFrame());
    expect(rows.find((r) => r.key === 'annualReviews.year')).toEqual({ key: 'annualReviews.year', action: 'fill', overwrite: false });
    await applyAutofill(tab.mainFrame());
    expect((await values(tab))[0]).toBe('2022');
    await tab.close();
  });
});
