import { describe, expect, it } from 'vitest';
import { inOverlay, waitForContentScripts, waitForStep } from './harness';
import { pagesSession } from './pages-suite';
import { startAutofill } from './overlay-driver';

/**
 * Breaker 26, fixb25a (lib/portal/recognize-step.ts nameIn): a page no step owns after a crumb
 * naming a step is taken for that step in the built extension (72de81a: no step).
 */
const row = (label: string, control: string) => `<tr><td>${label}：</td><td>${control}</td></tr>`;
const page = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>职称申报</title></head><body><form>${body}</form></body></html>`;
const PAGES: Record<string, [string, string]> = {
  'continuing-education': [
    page(`<div>当前位置：首页 &gt; 基本信息 &gt; 继续教育情况</div><table>${row('起止时间', '<input id="a">')}${row('培训内容', '<input id="b">')}${row('学时', '<input id="c">')}</table><input type="submit" value="保存">`),
    'basic-info',
  ],
  faq: [page('<div>当前位置：首页 &gt; 学历情况 &gt; 常见问题</div><p>一、学历情况按时间顺序填写。</p><p>二、每条学历须上传毕业证书。</p>'), 'education'],
  'my-applications': [
    page('<div>当前位置：网上送审 &gt; 我的申报</div><table border="1"><tr><th>序号</th><th>申报系列</th><th>申报时间</th><th>状态</th></tr><tr><td>1</td><td>工程系列</td><td>2024-05-01</td><td>已提交</td></tr></table>'),
    'submit',
  ],
};

/**
 * Step27 item 1: a list of the user's applications under 网上送审 > 我的申报, its header row bold (申报系列
 * | 申报专业 | 状态 | 操作), was shown as select-series: its 申报系列 cell read as a heading. No field to
 * fill, so no overlay at all (the contract's `unknown` needs three fields).
 */
const applications = (head: string) =>
  page(`<div>当前位置：网上送审 &gt; 我的申报</div><table border="1">${head}<tr><td>工程系列</td><td>生态环境</td><td>已提交</td><td><a href="#">查看</a></td></tr></table>`);
const COLUMNS = ['申报系列', '申报专业', '状态', '操作'];
const LISTS: Record<string, string> = {
  'my-applications-bold': applications(`<tr>${COLUMNS.map((c) => `<td><b>${c}</b></td>`).join('')}</tr>`),
  'my-applications-th': applications(`<tr>${COLUMNS.map((c) => `<th>${c}</th>`).join('')}</tr>`),
};
/**
 * Step27 item 2: a 基本信息 page with a user name box (txtUserName, labelled only by its placeholder)
 * just before a password box in a bar above the form: the autofill offered to write the applicant's
 * 姓名 into it. The form's own fields are filled as before.
 */
const account = (between = '') =>
  page(
    `<div class="bar"><input id="txtUserName" name="txtUserName" placeholder="用户名"> ${between}<input type="password" id="txtPassword" name="txtPassword" placeholder="登录密码"></div><h3>基本信息</h3><table>${row('公民身份号码', '<input id="txtSfzh">')}${row('手机号码', '<input id="txtSjhm">')}${row('出生日期', '<input id="txtCsrq">')}</table><input type="submit" value="保存">`,
  );
/** The bar as above, and with a hidden input between the two boxes (left 29 item 2: only the very next control was looked at). */
const ACCOUNTS: Record<string, string> = { account: account(), 'account-hidden': account('<input type="hidden" name="hidLoginKey" value="k1"> ') };

describe('breaker 26: crumbs after a step’s name', () => {
  const session = pagesSession((path) => ACCOUNTS[path] ?? LISTS[path] ?? PAGES[path]?.[0]);

  it.each(Object.keys(PAGES))('%s is not taken for the step its crumb names', async (path) => {
    const { tab } = await session.open(path);
    // The content script has decided on the page (an overlay shown by then, if any: unknown on a form of three fields).
    await waitForContentScripts(session.browser, tab, [tab.mainFrame()]);
    const steps = await inOverlay(tab.mainFrame(), '[data-testid="zc-step"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step-id')));
    expect(steps).not.toContain(PAGES[path]![1]);
    await tab.close();
  });

  it.each(Object.keys(LISTS))('%s: a list headed 申报系列 gets no overlay (step27 item 1)', async (path) => {
    const { tab } = await session.open(path);
    await waitForContentScripts(session.browser, tab, [tab.mainFrame()]);
    expect(await inOverlay(tab.mainFrame(), '[data-testid="zc-step"]').count()).toBe(0);
    await tab.close();
  });

  it.each(Object.keys(ACCOUNTS))('%s: a user name box just before a password box is not offered the applicant’s 姓名 (step27 item 2)', async (path) => {
    const { tab } = await session.open(path);
    await waitForStep(tab.mainFrame(), 'basic-info');
    const preview = await startAutofill(tab.mainFrame());
    expect(preview.map((r) => r.key)).toEqual(expect.arrayContaining(['basic.idNumber', 'basic.mobile']));
    expect(preview.map((r) => r.key)).not.toContain('basic.name');
    await tab.close();
  });
});
