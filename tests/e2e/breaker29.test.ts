import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inOverlay, openPopupOver, serviceWorker, waitForContentScripts, waitForStep } from './harness';
import { applyAutofill } from './overlay-driver';
import { pagesSession } from './pages-suite';
import { N, webForm } from './web-form-pages';
import { CRUMB, FIRST, FORM_TABLE, SECOND, fillEducationForm, waitForSavedRecord } from './education-records';

/**
 * Breaker 29, in Chromium, on what landed in session 29 through the automation contract: the
 * record memory kept by the background per tab and portal (lib/background/record-memory.ts) and
 * fed by the content script's visit / saved reports (lib/content/controller.tsx present, onClick).
 * The sample applicant has two 学历 records: 1 华南理工大学, 2 广东环境保护工程职业学院.
 */

/** The list of saved 学历 records: record 1 saved. */
const LIST = `<table class="GridView" border="1" rules="all" id="gvList"><tr><th>记录序号</th><th>毕业学校</th><th>所学专业</th><th>操作</th></tr><tr><td>1</td><td>${FIRST}</td><td>环境工程</td><td><a href="#">修改</a> <a href="#">删除</a></td></tr></table>`;

/** The record form and its buttons inside an UpdatePanel; 保存并新增 posts back in part (after 300 ms, as a server's answer) and the panel comes back emptied. */
const UPDATE_PANEL_BODY = `${FORM_TABLE}<input type="button" id="btnSaveNew" value="保存并新增" onclick="setTimeout(function () { document.getElementById('UpdatePanel1').innerHTML = document.getElementById('emptied').innerHTML; }, 300)" />`;

const PAGES: Record<string, string> = {
  // The record form in an UpdatePanel (no list on the page), first visit: nothing saved yet.
  'edu-update-panel': webForm(`${CRUMB}<div id="UpdatePanel1">${UPDATE_PANEL_BODY}</div><template id="emptied">${UPDATE_PANEL_BODY}</template>`),
  // The same form whose server answers 保存并新增 only when the test calls answerSave(): the
  // emptied panel drawn at a moment the test chooses.
  'edu-update-panel-on-call': webForm(`${CRUMB}<div id="UpdatePanel1">${FORM_TABLE}<input type="button" id="btnSaveNew" value="保存并新增" /></div><template id="emptied">${FORM_TABLE}<input type="button" id="btnSaveNew" value="保存并新增" /></template>
<script>function answerSave() { document.getElementById('UpdatePanel1').innerHTML = document.getElementById('emptied').innerHTML; }</script>`),
  // The list page whose 添加 opens the record form in a window of its own (window.open).
  'edu-list-popup': webForm(`${CRUMB}${LIST}<input type="button" id="btnAdd" value="添加" onclick="window.open('/edu-form','addEdu','width=1000,height=700')" />`),
  // The list page whose 添加 opens the record form in the same tab.
  'edu-list-same': webForm(`${CRUMB}${LIST}<input type="button" id="btnAdd" value="添加" onclick="location.href='/edu-form'" />`),
  'edu-form': webForm(`${CRUMB}${FORM_TABLE}<input type="submit" name="${N}btnSave" id="btnSave" value="保存" />`),
  // A portal shell (menu, breadcrumb) around its content frame. The breadcrumb still says 学历 (set
  // by the shell's menu), while the user went on to 工作经历 by the content frame's own 下一步: the
  // frame shows 工作经历's list of saved records (no field: buttons only).
  shell: webForm(`${CRUMB}<div class="menu"><a href="#">基本信息</a> <a href="#">学位（学历）教育情况</a> <a href="#">主要专业技术工作经历</a></div><iframe name="main" id="main" src="/frame/work-list" width="1000" height="500" frameborder="0"></iframe>`),
  'frame/work-list': webForm(`<div class="ptitle" style="font-weight:bold;font-size:16px">主要专业技术工作经历</div>
<table class="GridView" border="1" rules="all" id="gvList"><tr><th>序号</th><th>起始时间</th><th>终止时间</th><th>工作单位</th><th>职务</th><th>操作</th></tr><tr><td>1</td><td>2020-07</td><td>2022-06</td><td>广州市环境监测中心站</td><td>技术员</td><td><a href="#">修改</a> <a href="#">删除</a></td></tr></table>
<input type="button" id="btnAdd" value="添加" /> <input type="button" id="btnPrev" value="上一步" /> <input type="button" id="btnNext" value="下一步" />`),
};

describe('breaker 29: the record memory kept by the background, and a shell’s breadcrumb beside its content frame, in Chromium', () => {
  const session = pagesSession(PAGES);

  it('B29-E1 (control) list with record 1 → 添加 in the same tab: the form is filled with record 2', async () => {
    const { tab, frame } = await session.open('edu-list-same');
    await waitForStep(frame, 'education');
    await waitForSavedRecord(session.browser, tab, 1);
    await frame.locator('#btnAdd').click();
    await tab.waitForURL('**/edu-form');
    expect(await fillEducationForm(tab.mainFrame())).toBe(SECOND);
    await tab.close();
  });

  it('B29-E2 list with record 1 → 添加 opens the form in a window of its own (window.open): the form is filled with record 2, not record 1 again', async () => {
    const { tab, frame } = await session.open('edu-list-popup');
    await waitForStep(frame, 'education');
    await waitForSavedRecord(session.browser, tab, 1);
    const opened = tab.waitForEvent('popup');
    await frame.locator('#btnAdd').click();
    const popup: Page = await opened;
    await popup.waitForLoadState();
    expect(await fillEducationForm(popup.mainFrame())).toBe(SECOND);
    await popup.close();
    await tab.close();
  });

  it('B29-E3 record 1 filled and saved by 保存并新增 posting back in part (UpdatePanel): the emptied form is filled with record 2, not record 1 again', async () => {
    const { tab, frame } = await session.open('edu-update-panel');
    expect(await fillEducationForm(frame)).toBe(FIRST);
    await frame.locator('#btnSaveNew').click();
    await expect.poll(() => frame.locator('#txtBYXX').inputValue()).toBe('');
    await waitForSavedRecord(session.browser, tab, 1);
    expect(await fillEducationForm(frame)).toBe(SECOND);
    expect(await frame.locator('#txtJLXH').inputValue()).toBe('2');
    await tab.close();
  });

  it('B29-E5 保存并新增 answered by the emptied form the moment before his next press (sooner than the overlay re-reads a redraw): the next fill takes record 2, not record 1 again', async () => {
    const { tab, frame } = await session.open('edu-update-panel-on-call');
    expect(await fillEducationForm(frame)).toBe(FIRST);
    const done = (await inOverlay(frame, '#zc-sec-fill button:text-is("完成")').boundingBox())!;
    await frame.locator('#btnSaveNew').click();
    // The server's answer, then his next press at once (the fill report's 完成): a plain mouse
    // click, without a locator's waits, lands before the overlay re-reads the redraw (SETTLE_MS).
    await frame.evaluate(() => (window as unknown as { answerSave(): void }).answerSave());
    await tab.mouse.click(done.x + done.width / 2, done.y + done.height / 2);
    expect(await fillEducationForm(frame)).toBe(SECOND);
    await tab.close();
  });

  it('B29-E6 保存并新增 answered by the emptied form the moment before his press of the popup’s 填写本页 (no press on the page, sooner than the overlay re-reads the redraw): the fill takes record 2, not record 1 again', async () => {
    const { tab, frame } = await session.open('edu-update-panel-on-call');
    expect(await fillEducationForm(frame)).toBe(FIRST);
    const popup = await openPopupOver(session.browser, tab);
    const fill = (await popup.locator('[data-testid="zc-popup-autofill"]').boundingBox())!;
    const closed = popup.waitForEvent('close');
    await frame.locator('#btnSaveNew').click();
    // The server's answer, then at once his press in the popup (a plain mouse click, without a
    // locator's waits): its request reaches the overlay before the overlay re-reads the redraw
    // (SETTLE_MS), with no press of his on the page between. The popup closes itself on success.
    await frame.evaluate(() => (window as unknown as { answerSave(): void }).answerSave());
    await popup.mouse.click(fill.x + fill.width / 2, fill.y + fill.height / 2).catch((error: unknown) => {
      if (!popup.isClosed()) throw error;
    });
    await closed;
    await inOverlay(frame, '[data-testid="zc-autofill-preview"]').waitFor({ timeout: 10_000 });
    await applyAutofill(frame);
    expect(await frame.locator('#txtBYXX').inputValue()).toBe(SECOND);
    await tab.close();
  });

  it('a closed tab’s record memory goes with it: its entry is removed from the background’s session storage (tabs.onRemoved; bg30 item 2)', async () => {
    const worker = await serviceWorker(session.browser);
    type WithSession = { chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } } };
    const entries = () => worker.evaluate(async () => Object.keys(await (globalThis as unknown as WithSession).chrome.storage.session.get(null)).filter((name) => name.startsWith('zc-record-memory:')));
    const before = await entries();
    const { tab, frame } = await session.open('edu-list-same');
    await waitForStep(frame, 'education');
    // The list's visit is remembered for this tab.
    await expect.poll(async () => (await entries()).filter((name) => !before.includes(name)), { timeout: 5_000 }).toHaveLength(1);
    const [mine] = (await entries()).filter((name) => !before.includes(name));
    await tab.close();
    await expect.poll(entries, { timeout: 5_000 }).not.toContain(mine);
  });

  it('B29-E4 shell crumb still 学位（学历）教育情况, its content frame showing 工作经历’s list (no field): one overlay, on work-experience', async () => {
    const { tab } = await session.open('shell');
    const shown = async () => {
      const found: { url: string; step: string | null }[] = [];
      for (const f of tab.frames()) {
        if ((await f.locator('[data-zc-root]').count().catch(() => 0)) === 0) continue;
        found.push({ url: new URL(f.url()).pathname, step: await inOverlay(f, '[data-testid="zc-step"]').getAttribute('data-step-id', { timeout: 1_000 }).catch(() => null) });
      }
      return found;
    };
    await expect.poll(async () => (await shown()).map((s) => s.step), { timeout: 10_000 }).toEqual(['work-experience']);
    // Every frame's content script has decided by now: no second overlay came later.
    await waitForContentScripts(session.browser, tab, tab.frames());
    expect((await shown()).map((s) => s.step)).toEqual(['work-experience']);
    await tab.close();
  });
});
