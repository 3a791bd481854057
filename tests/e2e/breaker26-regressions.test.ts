import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, type PageServer, SAMPLE_PROFILE, importProfileFile, launchExtension, servePages, waitForStep } from './harness';
import { findings } from './overlay-driver';

/**
 * Breaker 26: what the merges between 72de81a and a0ab544 broke, in the built extension.
 * 1. fixb25b: a placeholder named with a size or a qualifier (default_head_120x160.jpg,
 *    nopic_small.gif) beside 基本信息's photo box reads as a saved photo; in 在岗在职证明材料's 文件
 *    cell as the material uploaded (72de81a: placeholders).
 * (The breaker's 学历 list named 证书、证明材料 by its 上传附件 buttons is another item, not here.)
 */
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const row = (label: string, control: string) => `<tr><td><span style="color:red">*</span>${label}：</td><td>${control}</td></tr>`;
const page = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>职称申报</title></head><body><form>${body}</form></body></html>`;
const basicInfo = (photo: string) =>
  page(`<div><b>基本信息</b></div><table>${row('姓名', '<input id="txtXM" value="李明远">')}${row('公民身份号码', '<input id="txtSFZH" value="440106199805120314">')}
${row('个人照片', `${photo}<br><input type="file" id="fuZP"><input type="submit" value="上传照片">`)}</table><input type="submit" value="保存并下一步">`);
const checklist = (fileCell: string) =>
  page(`<div>当前位置：初次职称考核认定 &gt; 证书、证明材料</div>
<table border="1"><tr><th>材料名称</th><th>是否必传</th><th>文件</th><th>操作</th></tr>
<tr><td>在岗在职证明材料</td><td>是</td><td>${fileCell}</td><td><a href="#">上传</a></td></tr>
<tr><td>其他证书、证明材料</td><td>否</td><td>获奖证书.jpg</td><td><a href="#">上传</a></td></tr></table>
<input type="submit" value="保存并下一步">`);
const PAGES: Record<string, string> = {
  'photo-default-head-size': basicInfo('<img src="/images/default_head_120x160.jpg" width="90" height="120">'),
  'photo-default-user': basicInfo('<img src="/images/default_user.jpg" width="90" height="120">'),
  'proof-nopic-small': checklist('<img src="/images/nopic_small.gif" width="60" height="40">'),
};

describe('breaker 26 regressions in Chromium', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    server = await servePages((path) => PAGES[path]);
    browser = await launchExtension();
    await importProfileFile(browser, SAMPLE_PROFILE);
    await browser.context.route(/\.(jpg|gif)$/, (route) => route.fulfill({ contentType: 'image/gif', body: GIF }));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function checkPage(path: string, step: string, present: string): Promise<void> {
    const tab = await browser.context.newPage();
    await tab.goto(`${server.origin}/${path}`);
    const frame = tab.mainFrame();
    await waitForStep(frame, step);
    await expect.poll(async () => (await findings(frame)).map((f) => f.checkId), { timeout: 5_000 }).toContain(present);
    await tab.close();
  }

  it.each(['photo-default-head-size', 'photo-default-user'])('%s beside the photo box is no saved photo', async (path) => {
    await checkPage(path, 'basic-info', 'photo-missing');
  });
  it('nopic_small.gif alone in 在岗在职证明材料’s 文件 cell is the material missing', async () => {
    await checkPage('proof-nopic-small', 'certificates', 'on-job-proof-missing');
  });
});
