import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
// The context the content script's build gives it (wxt.config.ts aliases WXT's to this one).
import { ContentScriptContext } from '../../../lib/content/script-context';
import { startContentScript } from '../../../lib/content/controller';
import { applicationStatuses, EMPTY_PROGRESS, reduceProgress, type ProgressEvent, type ProgressState } from '../../../lib/progress/model';

/**
 * What progress makes of the content script's own reports on a record step whose 添加 posts
 * back a page with the record form only (probe 16 item 1), driven through the content script
 * with the background's reducer answering its messages: the list's findings are not seen on the
 * form page, the form's 记录序号 is, and a list emptied by deleting its last record is drawn
 * without its header row.
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
/** The list once its last record is deleted: a GridView's EmptyDataText, no header row. */
const EMPTIED = `${TITLE}<table rules="all" border="1"><tr><td colspan="5">暂无数据</td></tr></table><input type="submit" value="添加">`;

/** Past the content script's quiet period (SETTLE_MS 250) and the re-read. */
const settle = () => new Promise((done) => setTimeout(done, 400));

describe('progress of a record step through its list and its record form (probe 16 item 1)', () => {
  let ctx: ContentScriptContext | undefined;
  let state: ProgressState;

  beforeEach(() => {
    state = EMPTY_PROGRESS;
    fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
      const message = raw as { type: string; event?: ProgressEvent };
      if (message.type === 'progress:report') state = reduceProgress(state, message.event!);
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

  it('添加 over a list in the wrong order is no 已完成; the form’s own 记录序号 error goes once corrected; the emptied list ends the problem', async () => {
    await load(WRONG_ORDER);
    expect(checks()).toEqual(['education-order']);
    expect(status()).toBe('problem');

    await load(FORM);
    expect(status()).toBe('problem');
    await type('txtJLXH', '二');
    expect(education()!.errors).toContainEqual({ checkId: 'record-sequence', field: 'education.seq', box: true });
    await type('txtJLXH', '3');
    // The list's order stands (the form cannot see it); the box's error went with its value.
    expect(checks()).toContain('education-order');
    expect(checks()).not.toContain('record-sequence');

    // He deleted the records instead: the list is shown, empty, without its headers.
    await load(EMPTIED);
    expect(checks()).toEqual([]);
    expect(status()).not.toBe('problem');
  });
});
