import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime } from 'webextension-polyfill';
// The context the content script's build gives it (wxt.config.ts aliases WXT's to this one).
import { ContentScriptContext } from '../../../lib/content/script-context';
import { startContentScript } from '../../../lib/content/controller';
import { rememberFromReport, savedRecordsFor } from '../../../lib/background/record-memory';
import { progressEventOf, type ProgressReport } from '../../../lib/progress/report';
import { EMPTY_PROGRESS, reduceProgress, stepStatus } from '../../../lib/progress/model';

/**
 * Breaker 30: the save settled by a partial postback (commit 60af6ae, breaker 29 E3), tried as
 * an applicant on ASP.NET WebForms pages with UpdatePanels would meet it. Driven through the
 * content script (lib/content/controller.tsx) with the background's record memory
 * (lib/background/record-memory.ts) answering its reports, as tests/unit/content/partial-postback-save.test.ts does.
 * What the user expects: a record the portal kept is never filled again (the next fill takes the
 * next record), one it refused is; the popup's step status follows what the portal did.
 * The sample: 学历 record 1 saved by 保存并新增 (or 保存并下一步).
 */
const TITLE = '<div class="ptitle">学位（学历）教育情况</div>';
const row = (label: string, id: string, value: string) => `<tr><td>${label}：</td><td><input type="text" id="${id}" value="${value}" /></td></tr>`;
const fields = (seq: string, school: string, major: string) => `<table>${row('记录序号', 'txtJLXH', seq)}${row('毕业院校', 'txtBYYX', school)}${row('所学专业', 'txtSXZY', major)}</table>`;
const SAVE_NEW = '<input type="button" id="btnSaveNew" value="保存并新增">';
const form = (seq: string, school: string, major: string) => `${fields(seq, school, major)}${SAVE_NEW}<input type="button" id="btnBack" value="返回">`;
const FILLED = form('1', '华南理工大学', '环境工程');
const EMPTIED = form('', '', '');
const LIST = '<table id="gvList"><tr><th>记录序号</th><th>毕业院校</th><th>所学专业</th><th>操作</th></tr><tr><td>1</td><td>华南理工大学</td><td>环境工程</td><td><a href="#">修改</a></td></tr></table>';

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));
/** Past the content script's quiet period (SETTLE_MS 250) and the re-read. */
const settle = () => wait(400);
const SENDER = { tab: { id: 3 } } as Runtime.MessageSender;

describe('breaker 30: saves settled by partial postbacks (UpdatePanel), in the content script with the background’s record memory', () => {
  let ctx: ContentScriptContext;
  let reports: ProgressReport[];
  let timers: ReturnType<typeof setInterval>[];
  const saved = () => savedRecordsFor({ type: 'records:saved', key: location.origin, step: 'education' }, SENDER);
  const kinds = () => reports.map((r) => `${r.kind}:${r.step}`);
  /** The popup's status of `step` from every report sent, as the background's progress store reduces them. */
  const status = (step: 'education' | 'work-experience') => {
    const state = reports.reduce((s, r) => reduceProgress(s, progressEventOf(r)), EMPTY_PROGRESS);
    return stepStatus(state.applications[location.origin]?.steps[step]);
  };

  beforeEach(() => {
    reports = [];
    timers = [];
    fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
      const message = raw as { type: string; event?: ProgressReport };
      if (message.type !== 'progress:report') return undefined;
      reports.push(message.event!);
      return rememberFromReport(message.event!, SENDER).then(() => undefined); // as lib/background/router.ts does
    });
  });

  afterEach(() => {
    for (const timer of timers) clearInterval(timer);
    ctx.abort();
    document.querySelector('[data-zc-root]')?.remove();
    fakeBrowser.reset();
  });

  async function start(panelBody: string, outside = ''): Promise<HTMLElement> {
    document.body.innerHTML = `<form>${TITLE}<div id="UpdatePanel1">${panelBody}</div>${outside}</form>`;
    ctx = new ContentScriptContext('content');
    await startContentScript(ctx);
    await settle();
    return document.getElementById('UpdatePanel1')!;
  }

  // --- Findings: each failed at 60af6ae (U7, the same number kept after 保存成功, is left: it reads as a refusal;
  // U10 needs his own click, in Chromium: tests/e2e/breaker30.test.ts) ---

  it('B30-U1 the 保存并新增 button outside the UpdatePanel (an AsyncPostBackTrigger): only the form is redrawn, emptied — record 1 is saved, the next fill takes record 2', async () => {
    const panel = await start(fields('1', '华南理工大学', '环境工程'), SAVE_NEW);
    document.getElementById('btnSaveNew')!.click();
    await wait(300); // the server's answer
    panel.innerHTML = fields('', '', ''); // new boxes, not his own clearing of the old ones
    await settle();
    expect(await saved()).toEqual([1]);
  });

  it('B30-U2 the page swaps 保存并新增 for a “保存中…” spinner at the press, the server answers 600 ms later with the form emptied: record 1 is saved, not taken as refused', async () => {
    const panel = await start(FILLED);
    const button = document.getElementById('btnSaveNew')!;
    button.click();
    button.outerHTML = '<span class="saving">保存中…</span>'; // the page's onclick, before __doPostBack answers
    await wait(600);
    panel.innerHTML = EMPTIED;
    await settle();
    expect(await saved()).toEqual([1]);
  });

  it('B30-U3 the partial postback empties the panel first and fills it 300 ms later (emptied form): record 1 is saved', async () => {
    const panel = await start(FILLED);
    document.getElementById('btnSaveNew')!.click();
    panel.innerHTML = '';
    await wait(300);
    panel.innerHTML = EMPTIED;
    await settle();
    expect(await saved()).toEqual([1]);
  });

  it('B30-U4 保存并新增 inside a widget the page re-renders every second; the server answers 1.5 s after the press with the form emptied: record 1 is saved', async () => {
    const panel = await start(`${fields('1', '华南理工大学', '环境工程')}<div id="toolbar">${SAVE_NEW}</div>`);
    timers.push(setInterval(() => {
      const toolbar = document.getElementById('toolbar');
      if (toolbar) toolbar.innerHTML = SAVE_NEW; // the widget redrawn (its clock, its badge)
    }, 1_000));
    document.getElementById('btnSaveNew')!.click();
    await wait(1_500);
    panel.innerHTML = `${fields('', '', '')}<div id="toolbar">${SAVE_NEW}</div>`;
    await settle();
    expect(await saved()).toEqual([1]);
  }, 10_000);

  it('B30-U5 保存并下一步 whose button becomes a “保存中…” spinner, then the wizard’s next step (工作经历) drawn in place: 学历 is 已完成 in the popup, not left 进行中', async () => {
    await start(`${fields('1', '华南理工大学', '环境工程')}<input type="button" id="btnNext" value="保存并下一步">`);
    const button = document.getElementById('btnNext')!;
    button.click();
    button.outerHTML = '<span class="saving">保存中…</span>';
    await wait(600);
    document.body.innerHTML = '<form><div class="ptitle">主要专业技术工作经历</div><div id="UpdatePanel1"><table id="gvWork"><tr><th>序号</th><th>起始时间</th><th>终止时间</th><th>工作单位</th><th>职务</th></tr></table><input type="button" value="添加"></div></form>';
    await settle();
    expect(kinds().filter((k) => k.startsWith('visit:'))).toContain('visit:work-experience');
    expect(status('education')).toBe('done');
  });

  it('B30-U6 the list page in an UpdatePanel redrawn with record 1 (saved in the window its 添加 opened, the page then refreshing its list in part): the tab’s record memory knows record 1, which the next 添加 window starts from', async () => {
    const panel = await start('<table id="gvList"><tr><th>记录序号</th><th>毕业院校</th><th>所学专业</th><th>操作</th></tr></table><input type="button" value="添加">');
    expect(await saved()).toEqual([]);
    panel.innerHTML = `${LIST}<input type="button" value="添加">`; // window.opener.__doPostBack('UpdatePanel1', '') from the record window
    await settle();
    expect(await saved()).toEqual([1]);
  });

  it('B30-U8 a layui page saving by AJAX: 保存并新增 answered with layer.msg(保存成功) and the form reset in place (form.reset(), no box replaced, no event): record 1 is saved', async () => {
    await start(FILLED);
    document.getElementById('btnSaveNew')!.click();
    await wait(300);
    document.querySelector('form')!.reset(); // the page's own reset: none of his input events
    for (const id of ['txtJLXH', 'txtBYYX', 'txtSXZY']) (document.getElementById(id) as HTMLInputElement).value = '';
    document.body.insertAdjacentHTML('beforeend', '<div class="layui-layer layui-layer-msg"><div class="layui-layer-content">保存成功</div></div>');
    await settle();
    expect(await saved()).toEqual([1]);
  });

  it('B30-U9 保存并新增 answered with the form emptied and the next 记录序号 (2) put in by the portal: record 1 is saved (a number moved on is no refusal)', async () => {
    const panel = await start(FILLED);
    document.getElementById('btnSaveNew')!.click();
    await wait(300);
    panel.innerHTML = form('2', '', '');
    await settle();
    expect(await saved()).toEqual([1]);
  });

  it('B30-C1 (control) the button disabled and relabelled 保存中… (kept in place), then the panel redrawn emptied: record 1 saved', async () => {
    const panel = await start(FILLED);
    const button = document.getElementById('btnSaveNew') as HTMLInputElement;
    button.click();
    button.disabled = true;
    button.value = '保存中…';
    await wait(600);
    panel.innerHTML = EMPTIED;
    await settle();
    expect(await saved()).toEqual([1]);
  });

  it('B30-C2 (control) refused: an alert, and the panel redrawn with the same 记录序号 — nothing saved (the next fill is record 1 again, rightly)', async () => {
    const panel = await start(FILLED);
    document.getElementById('btnSaveNew')!.click();
    await wait(300);
    panel.innerHTML = `<script>alert('毕业院校不能为空')</script>${FILLED}`;
    await settle();
    expect(await saved()).toEqual([]);
  });

  it('B30-C3 (control) the list and the form both in the panel, redrawn with record 1 listed and the form emptied: the list is the truth', async () => {
    const panel = await start(`<table id="gvList"><tr><th>记录序号</th><th>毕业院校</th><th>所学专业</th><th>操作</th></tr></table>${FILLED}`);
    document.getElementById('btnSaveNew')!.click();
    await wait(300);
    panel.innerHTML = `${LIST}${EMPTIED}`;
    await settle();
    expect(await saved()).toEqual([1]);
    expect(status('education')).toBe('done');
  });

  it('B30-C4 (control) a page script replacing the 保存并新增 button every 300 ms, for 3 s, with no save pressed: no report beyond the first visit (no re-read loop reported)', async () => {
    await start(FILLED);
    timers.push(setInterval(() => {
      const button = document.getElementById('btnSaveNew');
      if (button) button.outerHTML = SAVE_NEW;
    }, 300));
    await wait(3_000);
    expect(kinds()).toEqual(['visit:education']);
  }, 10_000);

  it('B30-C5 (control) the same script after one save answered with the form emptied: one visit more, and no other', async () => {
    const panel = await start(FILLED);
    document.getElementById('btnSaveNew')!.click();
    await wait(100);
    panel.innerHTML = EMPTIED;
    await settle();
    timers.push(setInterval(() => {
      const button = document.getElementById('btnSaveNew');
      if (button) button.outerHTML = SAVE_NEW;
    }, 300));
    await wait(3_000);
    expect(kinds()).toEqual(['visit:education', 'saved:education', 'visit:education']);
    expect(await saved()).toEqual([1]);
  }, 10_000);

  it('B30-C6 (control) 保存并下一步 in the panel, answered by the next step drawn in place: 学历 is 已完成', async () => {
    await start(`${fields('1', '华南理工大学', '环境工程')}<input type="button" id="btnNext" value="保存并下一步">`);
    document.getElementById('btnNext')!.click();
    await wait(300);
    document.body.innerHTML = '<form><div class="ptitle">主要专业技术工作经历</div><div id="UpdatePanel1"><table id="gvWork"><tr><th>序号</th><th>起始时间</th><th>终止时间</th><th>工作单位</th><th>职务</th></tr></table><input type="button" value="添加"></div></form>';
    await settle();
    expect(status('education')).toBe('done');
  });

  it('B30-C7 (control) 保存并下一步 refused: the panel redrawn with the same step and its message — 学历 not 已完成, and a later page of another step does not make it so', async () => {
    const panel = await start(`${fields('1', '华南理工大学', '环境工程')}<input type="button" id="btnNext" value="保存并下一步">`);
    document.getElementById('btnNext')!.click();
    await wait(300);
    panel.innerHTML = `<span style="color:red">所学专业不能为空</span>${fields('1', '华南理工大学', '')}<input type="button" id="btnNext" value="保存并下一步">`;
    await settle();
    document.body.innerHTML = '<form><div class="ptitle">主要专业技术工作经历</div><div id="UpdatePanel1"><table id="gvWork"><tr><th>序号</th><th>起始时间</th><th>终止时间</th><th>工作单位</th><th>职务</th></tr></table><input type="button" value="添加"></div></form>';
    await settle();
    expect(status('education')).not.toBe('done');
  });

  it('B30-C8 (control) the page title inside the panel too: the panel emptied, then filled 300 ms later with the form emptied — record 1 saved (no step while it is empty, the visit comes with the form)', async () => {
    document.body.innerHTML = `<form><div id="UpdatePanel1">${TITLE}${FILLED}</div></form>`;
    ctx = new ContentScriptContext('content');
    await startContentScript(ctx);
    await settle();
    const panel = document.getElementById('UpdatePanel1')!;
    document.getElementById('btnSaveNew')!.click();
    panel.innerHTML = '';
    await wait(300);
    panel.innerHTML = `${TITLE}${EMPTIED}`;
    await settle();
    expect(await saved()).toEqual([1]);
  });
});
