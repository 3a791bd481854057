import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
// The context the content script's build gives it (wxt.config.ts aliases WXT's to this one).
import { ContentScriptContext } from '../../../lib/content/script-context';
import { startContentScript } from '../../../lib/content/controller';
import { applicationStatuses, EMPTY_PROGRESS, reduceProgress, type ProgressState } from '../../../lib/progress/model';
import { progressEventOf, type ProgressReport } from '../../../lib/progress/report';

/**
 * What progress makes of the content script's own reports on a record step whose 添加 posts
 * back a page with the record form only (probe 16 item 1), driven through the content script
 * with the background's reducer answering its messages: the list's findings are not seen on the
 * form page, the form's 记录序号 is, a list emptied by deleting its last record may be drawn
 * without its header row or not at all, and a list the dictionary does not know is still read
 * (breaker 11p items 1, 2, 4).
 */
const TITLE = '<div class="ptitle">学位（学历）教育情况</div>';
const ACTIONS = '<td><a href="#">修改</a> <a href="#">删除</a></td>';
/** The saved 学历 list: 大学本科 first, 硕士研究生 second — the wrong order. */
const WRONG_ORDER = `${TITLE}<table border="1"><tr><th>记录序号</th><th>学历</th><th>毕业学校</th><th>所学专业</th><th>操作</th></tr>
<tr><td>1</td><td>大学本科</td><td>华南理工大学</td><td>土木工程</td>${ACTIONS}</tr>
<tr><td>2</td><td>硕士研究生</td><td>华南理工大学</td><td>结构工程</td>${ACTIONS}</tr></table><input type="submit" value="添加">`;
const row = (label: string, id: string) => `<tr><td>${label}：</td><td><input type="text" id="${id}" /></td></tr>`;
/** The page 添加 posts back: the empty record form, no list. */
const FORM = `${TITLE}<table>${row('记录序号', 'txtJLXH')}${row('毕业院校', 'txtBYYX')}${row('所学专业', 'txtSXZY')}</table><input type="submit" value="保存">`;
/** The list once its last record is deleted: a GridView's EmptyDataText (any words), no header row; or nothing drawn. */
const EMPTIED = (text: string) => `${TITLE}${text && `<table rules="all" border="1"><tr><td colspan="5">${text}</td></tr></table>`}<input type="submit" value="添加">`;
/** A 学历 list of one record without its scan. */
const ONE_MISSING = `${TITLE}<table border="1"><tr><th>记录序号</th><th>学历</th><th>毕业学校</th><th>附件</th><th>操作</th></tr>
<tr><td>1</td><td>大学本科</td><td>华南理工大学</td><td>未上传</td>${ACTIONS}</tr></table><input type="submit" value="添加">`;
/** The form 添加 posts back with its own empty attachments GridView (暂无数据, no header) beside the upload box. */
const FORM_WITH_UPLOADS = FORM.replace('<input type="submit" value="保存">', '<div>附件上传：<input type="file" id="fu"><input type="submit" value="上传"></div><table rules="all" border="1"><tr><td>暂无数据</td></tr></table><input type="submit" value="保存">');
/** The form under an instructions table whose cell starts with 无. */
const FORM_WITH_TIPS = `${TITLE}<table class="tip"><tr><td>填写说明：</td></tr><tr><td>无内容的栏目请填写“无”。</td></tr></table>${FORM.slice(TITLE.length)}`;

/** The 修改 form of a record whose scan is uploaded: its attachments GridView shows the file (breaker 12p item 2b). */
const EDIT_FORM_WITH_FILE = FORM.replace('<input type="submit" value="保存">', '<div>附件上传：<input type="file" id="fu"><input type="submit" value="上传"></div><table rules="all" border="1"><tr><th>附件名称</th><th>上传时间</th><th>操作</th></tr><tr><td>毕业证书.pdf</td><td>2026-11-30</td><td><a href="#">删除</a></td></tr></table><input type="submit" value="保存">');
const CERTIFICATES = '<div class="ptitle">证书、证明材料</div>';
/** Step 10's uploads without 在岗在职证明材料. */
const UPLOADS = `${CERTIFICATES}<table border="1"><tr><th>序号</th><th>材料名称</th><th>文件名</th><th>操作</th></tr>
<tr><td>1</td><td>学历证书</td><td>毕业证书.pdf</td><td><a href="#">删除</a></td></tr></table><input type="submit" value="附件上传">`;
/** Step 10's upload form (附件上传): the 材料类型 chooser, the file box, 上传 (breaker 12p item 2d). */
const UPLOAD_FORM = `${CERTIFICATES}<table><tr><td>材料类型：</td><td><select id="ddlCL"><option value="">--请选择--</option><option value="1">在岗在职证明材料</option><option value="2">学历证书</option></select></td></tr>
<tr><td>选择文件：</td><td><input type="file" id="fuCL"></td></tr></table><input type="submit" value="上传"><input type="submit" value="返回">`;

/** Past the content script's quiet period (SETTLE_MS 250) and the re-read. */
const settle = () => new Promise((done) => setTimeout(done, 400));

describe('progress of a record step through its list and its record form (probe 16 item 1)', () => {
  let ctx: ContentScriptContext | undefined;
  let state: ProgressState;

  beforeEach(() => {
    state = EMPTY_PROGRESS;
    fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
      const message = raw as { type: string; event?: ProgressReport };
      if (message.type === 'progress:report') state = reduceProgress(state, progressEventOf(message.event!)); // as lib/background/router.ts does
      return message.type.startsWith('progress:') ? Promise.resolve(state) : undefined;
    });
  });

  afterEach(() => {
    ctx?.abort();
    ctx = undefined;
    document.querySelector('[data-zc-root]')?.remove();
    fakeBrowser.reset();
  });

  /** A page load: the previous page's script goes, the new page's starts and reports. */
  async function load(body: string): Promise<void> {
    ctx?.abort();
    document.querySelector('[data-zc-root]')?.remove();
    document.body.innerHTML = body;
    ctx = new ContentScriptContext('content');
    await startContentScript(ctx);
    await settle();
  }
  const education = () => state.applications[location.origin]?.steps.education;
  const status = () => applicationStatuses(state.applications[location.origin]).find((s) => s.step === 'education')!.status;
  const checks = () => education()!.errors.map((e) => e.checkId);
  async function type(id: string, value: string): Promise<void> {
    const box = document.getElementById(id) as HTMLInputElement;
    box.value = value;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
  }

  it('a list whose header cell changes (a clock) sends no report: only rows, errors and the form are news (breaker 12p item 3)', async () => {
    let reports = 0;
    fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
      if ((raw as { type: string }).type === 'progress:report') reports++;
      return undefined;
    });
    await load(`<table class="GridView" border="1"><tr><th>当前时间</th><th id="clk">2026-12-03 08:00:00</th></tr><tr><td>申报状态</td><td>未送审</td></tr></table>${WRONG_ORDER}`);
    const atLoad = reports;
    for (let i = 1; i <= 3; i++) {
      document.getElementById('clk')!.textContent = `2026-12-03 08:00:0${i}`;
      await settle();
    }
    expect(reports - atLoad).toBe(0);
  });

  it('添加 over a list in the wrong order is no 已完成; the form’s own 记录序号 error goes once corrected; the emptied list ends the problem', async () => {
    await load(WRONG_ORDER);
    expect(checks()).toEqual(['education-order']);
    expect(education()!.errors[0]!.list).toBe(true);
    expect(status()).toBe('problem');

    await load(FORM);
    expect(status()).toBe('problem');
    await type('txtJLXH', '二');
    expect(education()!.errors).toContainEqual({ checkId: 'record-sequence', field: 'education.seq' });
    await type('txtJLXH', '3');
    // The list's order stands (the form cannot see it); the box's error went with its value.
    expect(checks()).toContain('education-order');
    expect(checks()).not.toContain('record-sequence');

    // He deleted the records instead: the list is shown, empty, without its headers.
    await load(EMPTIED('暂无数据'));
    expect(checks()).toEqual([]);
    expect(status()).not.toBe('problem');
  });

  for (const text of ['暂无学历信息', '没有找到相关数据', '共0条记录', '']) {
    it(`the only bad record deleted, the list page showing ${text ? `“${text}”` : 'no table'}, has no problem left (breaker 11p item 2)`, async () => {
      await load(ONE_MISSING);
      await load(FORM);
      expect(status()).toBe('problem');
      await load(EMPTIED(text));
      expect(status()).not.toBe('problem');
    });
  }

  for (const [name, page] of [['an empty attachments list', FORM_WITH_UPLOADS], ['an instructions table', FORM_WITH_TIPS]]) {
    it(`the record form beside ${name} keeps the list's problem (breaker 11p item 4)`, async () => {
      await load(WRONG_ORDER);
      await load(page!);
      expect(checks()).toEqual(['education-order']);
    });
  }

  it('添加 → form → 保存并新增 → form again is not 已完成: nobody has seen the list since it was wrong (breaker 12p item 2a)', async () => {
    await load(WRONG_ORDER);
    await load(FORM);
    expect(status()).toBe('problem');
    await load(FORM);
    expect(status()).toBe('in-progress');
    // The list seen again decides: still in the wrong order.
    await load(WRONG_ORDER);
    expect(status()).toBe('problem');
  });

  it('a 修改 form whose attachments grid shows an uploaded file keeps the list’s problem: its rows are files, not the list (breaker 12p item 2b)', async () => {
    await load(WRONG_ORDER);
    await load(EDIT_FORM_WITH_FILE);
    expect(checks()).toEqual(['education-order']);
    expect(status()).toBe('problem');
  });

  it('a record list with a 证书名称 or 附件名称 column beside the always-shown form is still the list: fixed, it is 已完成 (breaker 13p item 1)', async () => {
    const achievements = () => applicationStatuses(state.applications[location.origin]).find((s) => s.step === 'achievements')!.status;
    const head = '<div class="ptitle">从事专业技术工作及取得的业绩成果情况</div>';
    const form = `<table>${row('项目名称', 'txtXMMC')}${row('本人角色', 'txtBRJS')}</table><input type="submit" value="保存">`;
    const awards = (scan: string) => `${head}<table border="1"><tr><th>序号</th><th>获奖项目</th><th>获奖等级</th><th>证书名称</th><th>附件</th><th>操作</th></tr>
<tr><td>1</td><td>流域水质监测</td><td>二等奖</td><td>广东省环境保护科学技术奖</td><td>${scan}</td>${ACTIONS}</tr></table>${form}`;
    const patents = (scan: string) => `${head}<table border="1"><tr><th>序号</th><th>专利名称</th><th>专利号</th><th>附件名称</th><th>操作</th></tr>
<tr><td>1</td><td>一种污水处理装置</td><td>ZL201810000000.1</td><td>${scan}</td>${ACTIONS}</tr></table>${form}`;
    for (const list of [awards, patents]) {
      await load(list('未上传'));
      expect(achievements()).toBe('problem');
      await load(list('<a href="#">证书.pdf</a>'));
      expect(achievements()).toBe('done');
      await load(list('<a href="#">证书.pdf</a>'));
      expect(achievements()).toBe('done');
    }
  });

  it('a 修改 form’s attachments grid headed just 附件 | 上传时间 is its files too (breaker 13p item 2)', async () => {
    await load(WRONG_ORDER);
    await load(EDIT_FORM_WITH_FILE.replace('<th>附件名称</th>', '<th>附件</th>'));
    expect(status()).toBe('problem');
  });

  it('step 10’s upload form is a form: opened from a list without 在岗在职证明材料 it is no 已完成 (breaker 12p item 2d)', async () => {
    const certificates = () => applicationStatuses(state.applications[location.origin]).find((s) => s.step === 'certificates')!.status;
    await load(UPLOADS);
    expect(certificates()).toBe('problem');
    await load(UPLOAD_FORM);
    expect(certificates()).toBe('problem');
    await load(UPLOAD_FORM);
    expect(certificates()).toBe('in-progress');
  });

  it('a list the dictionary does not know: its missing scan, uploaded, is no problem any more (breaker 11p item 1)', async () => {
    const list = (scan: string) => `<div class="ptitle">从事专业技术工作及取得的业绩成果情况</div><table border="1"><tr><th>序号</th><th>专利名称</th><th>专利号</th><th>附件</th><th>操作</th></tr>
<tr><td>1</td><td>一种污水处理装置</td><td>ZL201810000000.1</td><td>${scan}</td>${ACTIONS}</tr></table><input type="submit" value="添加">`;
    const achievements = () => applicationStatuses(state.applications[location.origin]).find((s) => s.step === 'achievements')!.status;
    await load(list('未上传'));
    expect(achievements()).toBe('problem');
    await load(list('<a href="#">专利证书.pdf</a>'));
    expect(achievements()).not.toBe('problem');
    // With the record form always shown under it: its rows, each with its scan's file name, are still records, not the form's files.
    const form = `<table>${row('项目名称', 'txtXMMC')}${row('本人角色', 'txtBRJS')}</table><input type="submit" value="保存">`;
    await load(list('未上传') + form);
    expect(achievements()).toBe('problem');
    await load(list('<a href="#">专利证书.pdf</a>') + form);
    expect(achievements()).not.toBe('problem');
  });
});
