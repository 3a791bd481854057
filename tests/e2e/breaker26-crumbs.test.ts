import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, type PageServer, SAMPLE_PROFILE, importProfileFile, inOverlay, launchExtension, servePages } from './harness';

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

describe('breaker 26: crumbs after a step’s name', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    server = await servePages((path) => PAGES[path]?.[0]);
    browser = await launchExtension();
    await importProfileFile(browser, SAMPLE_PROFILE);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(Object.keys(PAGES))('%s is not taken for the step its crumb names', async (path) => {
    const tab = await browser.context.newPage();
    await tab.goto(`${server.origin}/${path}`);
    await tab.waitForTimeout(3_000);
    const steps = await inOverlay(tab.mainFrame(), '[data-testid="zc-step"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step-id')));
    console.log('STEPS', path, JSON.stringify(steps));
    expect(steps).not.toContain(PAGES[path]![1]);
    await tab.close();
  });
});
