import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type PagesSession, openPopup, startPagesSession, waitForProgressReport, waitForStep } from './harness';

/**
 * The popup's status after a 保存 that stays on a record step, answered by an UpdatePanel's
 * partial postback (lib/progress/model.ts): done once the redrawn list shows the saved row
 * (breaker 19a item 1: the redraw changed no finding and was never reported), not done when
 * the portal refuses the record with a message and no row (probe 10c). And its status while the
 * record form is shown without the step's list (probe 16 item 1).
 */
const ROW = '<tr><td>1</td><td>华南理工大学</td><td>土木工程</td><td>本科</td><td>2012-09</td><td>2016-07</td><td><a href="#">编辑</a> <a href="#">删除</a></td></tr>';
const page = (redraw: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>学位（学历）教育情况</title></head><body>
<form id="form1" method="post" action="Education.aspx">
<div class="ptitle">学位（学历）教育情况</div>
<div id="UpdatePanel1">
<table class="formtable" id="tbForm">
<tr><td>毕业学校</td><td><input name="txtSchool" id="txtSchool" type="text" value="华南理工大学"></td>
<td>所学专业</td><td><input name="txtMajor" id="txtMajor" type="text" value="土木工程"></td></tr>
<tr><td>学历</td><td><select name="ddlXL" id="ddlXL"><option value="">请选择</option><option value="3" selected>本科</option></select></td>
<td>学位</td><td><select name="ddlXW" id="ddlXW"><option value="">请选择</option><option value="2" selected>学士</option></select></td></tr>
<tr><td>入学时间</td><td><input name="txtRXSJ" id="txtRXSJ" type="text" value="2012-09"></td>
<td>毕业时间</td><td><input name="txtBYSJ" id="txtBYSJ" type="text" value="2016-07"></td></tr>
<tr><td colspan="4"><input type="submit" name="btnSave" id="btnSave" value="保存" onclick="__doPostBack('btnSave','');return false;"></td></tr>
</table>
<table class="GridView" id="gvList" cellspacing="0" rules="all" border="1">
<tr><th>序号</th><th>毕业学校</th><th>所学专业</th><th>学历</th><th>入学时间</th><th>毕业时间</th><th>操作</th></tr>
<tr><td colspan="7">暂无数据</td></tr>
</table>
</div>
<input type="submit" name="btnNext" id="btnNext" value="下一步">
</form>
<span id="lblMsg" style="color:red"></span>
<script>function __doPostBack() { setTimeout(function () { ${redraw} }, 600); }</script>
</body></html>`;

/** The same page with the record's attachments list beside it, already holding a file. */
const besideAttachments = (html: string) =>
  html.replace('</div>\n<input type="submit" name="btnNext"', '<table border="1"><tr><th>附件名称</th><th>上传时间</th></tr><tr><td>毕业证书.pdf</td><td>2026-11-30</td></tr></table></div>\n<input type="submit" name="btnNext"');
const SAVED = page(`document.getElementById('gvList').tBodies[0].rows[1].outerHTML = '${ROW}';`);
const REFUSED = page(`document.getElementById('lblMsg').textContent = '毕业时间不能为空！';`);

/**
 * Probe 16 item 1: the saved 学历 list in the wrong order (大学本科 before 硕士研究生), the page its
 * 添加 posts back (the record form, with the new record's own empty attachments GridView beside
 * its upload box: 暂无数据, no header row; breaker 11p item 4), and the list page once its records
 * are deleted (a GridView's EmptyDataText in its own words, without its header row; breaker 11p
 * item 2).
 */
const simplePage = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>学位（学历）教育情况</title></head><body>
<form id="form1" method="post" action="Education.aspx"><div class="ptitle">学位（学历）教育情况</div>${body}</form></body></html>`;
const WRONG_ORDER = simplePage(`<table class="GridView" border="1"><tr><th>记录序号</th><th>学历</th><th>毕业学校</th><th>所学专业</th><th>操作</th></tr>
<tr><td>1</td><td>大学本科</td><td>华南理工大学</td><td>土木工程</td><td><a href="#">修改</a></td></tr>
<tr><td>2</td><td>硕士研究生</td><td>华南理工大学</td><td>结构工程</td><td><a href="#">修改</a></td></tr></table><input type="submit" value="添加">`);
const RECORD_FORM = simplePage(`<table class="formtable"><tr><td>记录序号</td><td><input name="txtJLXH" type="text"></td><td>毕业学校</td><td><input name="txtSchool" type="text"></td></tr>
<tr><td>所学专业</td><td><input name="txtMajor" type="text"></td><td>学历</td><td><select name="ddlXL"><option value="">请选择</option><option value="3">本科</option></select></td></tr></table>
附件上传：<input type="file" name="fuFJ"><input type="submit" name="btnUp" value="上传"><table class="GridView" id="gvFJ" rules="all" border="1"><tr><td>暂无数据</td></tr></table><input type="submit" value="保存">`);
const EMPTIED = simplePage('<table class="GridView" rules="all" border="1"><tr><td colspan="5">暂无学历信息</td></tr></table><input type="submit" value="添加">');
/** The 修改 form of a record whose scan is uploaded: its attachments GridView shows the file (breaker 12p item 2b). */
const EDIT_FORM = RECORD_FORM.replace('<tr><td>暂无数据</td></tr>', '<tr><th>附件名称</th><th>上传时间</th><th>操作</th></tr><tr><td>毕业证书.pdf</td><td>2026-11-30</td><td><a href="#">删除</a></td></tr>');
/** The list and the record form in two frames of one page (breaker 12p item 2c). */
const FRAMES = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>职称申报</title></head><body><iframe id="fList" src="/list" width="900" height="300"></iframe><iframe id="fForm" src="/form" width="900" height="400"></iframe></body></html>';
/** Step 10: its uploads without 在岗在职证明材料, and its upload form (附件上传: 材料类型, a file box, 上传; breaker 12p item 2d). */
const certificatesPage = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>证书、证明材料</title></head><body>
<form id="form1" method="post" action="Materials.aspx"><div class="ptitle">证书、证明材料</div>${body}</form></body></html>`;
const UPLOADS = certificatesPage(`<table class="GridView" border="1"><tr><th>序号</th><th>材料名称</th><th>文件名</th><th>操作</th></tr>
<tr><td>1</td><td>学历证书</td><td>毕业证书.pdf</td><td><a href="#">删除</a></td></tr></table><input type="submit" value="附件上传">`);
const UPLOAD_FORM = certificatesPage(`<table class="formtable"><tr><td>材料类型</td><td><select name="ddlCL"><option value="">--请选择--</option><option value="1">在岗在职证明材料</option><option value="2">学历证书</option></select></td></tr>
<tr><td>选择文件</td><td><input type="file" name="fuCL"></td></tr></table><input type="submit" value="上传"><input type="submit" value="返回">`);
const PAGES: Record<string, string> = { list: WRONG_ORDER, form: RECORD_FORM, emptied: EMPTIED, edit: EDIT_FORM, frames: FRAMES, uploads: UPLOADS, upload: UPLOAD_FORM };

describe('progress after a 保存 answered by a partial postback', () => {
  let session: PagesSession;
  let page: Page;

  beforeAll(async () => {
    session = await startPagesSession((path) => (path === 'saved' ? SAVED : path === 'beside' ? besideAttachments(SAVED) : path === 'refused' ? REFUSED : PAGES[path]));
    page = await session.browser.context.newPage();
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Runs `use` in a freshly opened popup, once the background has answered it (openPopup), then closes it. */
  const inPopup = async <T,>(use: (popup: Page) => Promise<T>): Promise<T> => {
    const popup = await openPopup(session.browser);
    try {
      return await use(popup);
    } finally {
      await popup.close();
    }
  };

  /** The popup's status of a step. */
  const stepStatus = (step: string) =>
    inPopup(async (popup) => {
      const item = popup.locator(`[data-testid="zc-progress-step"][data-step-id="${step}"]`);
      await item.waitFor();
      return item.getAttribute('data-status');
    });
  /** The popup's status of 学位（学历）教育情况. */
  const educationStatus = () => stepStatus('education');
  /**
   * Runs `act` (a page's load, a press) and waits until the background has applied the progress
   * report it sends: the status read after it is the one that report made, not the one before it
   * still standing on a loaded machine (a status that must not change proves nothing otherwise).
   */
  const reported = async (act: () => Promise<unknown>) => {
    const since = new Date().toISOString();
    await act();
    await waitForProgressReport(session.browser, session.server.origin, since);
  };
  /** Opens one of PAGES, waits for the overlay to name the step and for its visit to be recorded. */
  const open = (path: string, step = 'education') =>
    reported(async () => {
      await page.goto(`${session.server.origin}/${path}`);
      await waitForStep(page.mainFrame(), step);
    });

  /** The popup's 重新开始: the next case starts clean. */
  const startOver = () =>
    inPopup(async (popup) => {
      await popup.locator('[data-testid="zc-popup-reset"]').click();
      await popup.locator('[data-testid="zc-popup-reset-confirm"]').click();
    });

  it('counts the save once the redrawn list shows the row; a refused one is not done', async () => {
    await page.goto(`${session.server.origin}/saved`);
    await waitForStep(page.mainFrame(), 'education');
    await page.click('#btnSave');
    await expect.poll(() => page.locator('#gvList tr').nth(1).innerText(), { timeout: 5_000 }).toContain('华南理工大学');
    await expect.poll(educationStatus, { timeout: 10_000 }).toBe('done');
    await startOver();

    // Beside an attachments list that already has a row, the new record's row is news too (breaker 21a).
    await page.goto(`${session.server.origin}/beside`);
    await waitForStep(page.mainFrame(), 'education');
    expect(await page.locator('table:has-text("附件名称") tr').count()).toBe(2);
    await page.click('#btnSave');
    await expect.poll(() => page.locator('#gvList tr').nth(1).innerText(), { timeout: 5_000 }).toContain('华南理工大学');
    await expect.poll(educationStatus, { timeout: 10_000 }).toBe('done');
    await startOver();

    await open('refused');
    await reported(() => page.click('#btnSave'));
    await expect.poll(() => page.locator('#lblMsg').innerText()).toContain('不能为空');
    // Time for a report of the redrawn page to count it saved, wrongly.
    await page.waitForTimeout(1_500);
    expect(await educationStatus()).toBe('in-progress');
  }, 60_000);

  it('添加 over a 学历 list in the wrong order is no 已完成; the list emptied by deleting its records is no problem (probe 16 item 1)', async () => {
    await startOver();
    await page.goto(`${session.server.origin}/list`);
    await waitForStep(page.mainFrame(), 'education');
    await expect.poll(educationStatus, { timeout: 10_000 }).toBe('problem');
    // 添加: the record form alone cannot see the order, which is still wrong.
    await open('form');
    await page.waitForTimeout(1_500);
    expect(await educationStatus()).toBe('problem');
    await page.goto(`${session.server.origin}/emptied`);
    await waitForStep(page.mainFrame(), 'education');
    await expect.poll(educationStatus, { timeout: 10_000 }).toBe('done');
  }, 60_000);

  it('添加 → form → 保存并新增 → form again: in progress, not 已完成, as nobody has seen the list since it was wrong (breaker 12p item 2a)', async () => {
    await startOver();
    await open('list');
    await expect.poll(educationStatus, { timeout: 10_000 }).toBe('problem');
    await open('form');
    await page.waitForTimeout(1_500);
    expect(await educationStatus()).toBe('problem');
    await open('form');
    await page.waitForTimeout(1_500);
    expect(await educationStatus()).toBe('in-progress');
  }, 60_000);

  it('a 修改 form whose attachments grid shows its uploaded file keeps the list’s problem: the row is a file, not the list (breaker 12p item 2b)', async () => {
    await startOver();
    await open('list');
    await expect.poll(educationStatus, { timeout: 10_000 }).toBe('problem');
    await open('edit');
    await page.waitForTimeout(1_500);
    expect(await educationStatus()).toBe('problem');
  }, 60_000);

  it('step 10’s 附件上传 form opened from uploads without 在岗在职证明材料 keeps their problem (breaker 12p item 2d)', async () => {
    await startOver();
    await open('uploads', 'certificates');
    await expect.poll(() => stepStatus('certificates'), { timeout: 10_000 }).toBe('problem');
    await open('upload', 'certificates');
    await page.waitForTimeout(1_500);
    expect(await stepStatus('certificates')).toBe('problem');
  }, 60_000);

  it('the list and the form in two frames: reloading only the form frame is not 已完成 (breaker 12p item 2c)', async () => {
    await startOver();
    await page.goto(`${session.server.origin}/frames`);
    const frame = (id: string) => page.frameLocator(`#${id}`);
    await frame('fList').locator('[data-zc-root]').waitFor({ state: 'attached', timeout: 15_000 });
    await frame('fForm').locator('[data-zc-root]').waitFor({ state: 'attached', timeout: 15_000 });
    await expect.poll(educationStatus, { timeout: 10_000 }).toBe('problem');
    // Twice: whichever frame reported first, the second reload is past the kept errors' one page.
    for (let i = 0; i < 2; i++) {
      const formFrame = page.frames().find((f) => f.url().endsWith('/form'))!;
      await reported(async () => {
        await formFrame.goto(`${session.server.origin}/form`);
        await waitForStep(formFrame, 'education');
      });
      await page.waitForTimeout(1_500);
      expect(await educationStatus()).not.toBe('done');
    }
    expect(await educationStatus()).toBe('in-progress');
  }, 60_000);
});
