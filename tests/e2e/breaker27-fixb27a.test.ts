import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PagesSession, countOverlays, startPagesSession, waitForStep } from './harness';
import { applyAutofill, findings, startAutofill } from './overlay-driver';
import { N, row, webForm } from './web-form-pages';

/**
 * Breaker 27's findings on rich-text editors and frames (fixb27a), driven in Chromium through the
 * automation contract only, copied from tests/e2e/breaker27.test.ts on wt-breaker27: a rich-text
 * editor's <iframe> (KindEditor, eWebEditor) holding the 小结, the step-10 upload panel in an <iframe> inside the checklist's
 * form; with neighbours of the fixes. Happy-dom: tests/unit/breaker27/fixb27a.test.ts.
 */

/** Step 6 with its 小结 in a KindEditor: the editor's <iframe> written by script, the textarea hidden and synced on submit. */
const editorPage = (heading: string, text: string) =>
  webForm(`${heading}<table>${row('工作期间奖惩情况', `<textarea name="${N}txtJCQK" id="txtJCQK" rows="4" cols="70">无。</textarea>`)}
${row('个人专业技术工作小结', `<div class="ke-container" style="width:600px"><div class="ke-toolbar">B I U</div><iframe id="keIframe" class="ke-edit-iframe" frameborder="0" style="width:100%;height:200px"></iframe></div><textarea name="${N}txtGZXJ" id="txtGZXJ" style="display:none"></textarea>`)}</table>
<input type="submit" name="${N}btnSave" value="保存并下一步" />
<script>var d=document.getElementById('keIframe').contentWindow.document;d.open();d.write('<html><body class="ke-content">${text}</body></html>');d.close();d.designMode='on';
document.forms[0].onsubmit=function(){document.getElementById('txtGZXJ').value=d.body.innerHTML;};</script>`);
const CRUMB = '<div class="wz">您现在的位置：初次职称考核认定 &gt;&gt; 工作期间奖惩情况/个人专业技术工作小结</div>';
const TITLE = '<div class="ptitle" style="font-weight:bold">工作期间奖惩情况/个人专业技术工作小结</div>';
const SUMMARY = '本人2020年7月毕业于华南理工大学环境工程专业，从事环境监测工作四年。';

const PAGES: Record<string, string> = {
  'editor-crumb': editorPage(CRUMB, SUMMARY),
  'editor-written': editorPage(TITLE, SUMMARY),
  'editor-empty': editorPage(TITLE, ''),
  // 证书、证明材料: the checklist, and the walkthrough's upload panel (附件名称 → 记录序号 → 文件 → 上传 → 返回)
  // drawn in an <iframe> inside the checklist's form, as a dialog over it.
  'proof-upload-frame': webForm(`<div class="wz">您现在的位置：初次职称考核认定 &gt;&gt; 证书、证明材料</div>
<table border="1" rules="all"><tr><th>材料名称</th><th>是否必传</th><th>文件</th><th>操作</th></tr><tr><td>在岗在职证明材料</td><td>是</td><td></td><td><a href="#">附件上传</a></td></tr></table>
<input type="submit" name="${N}btnSave" value="保存并下一步" />
<div style="position:absolute;left:200px;top:80px;width:600px;height:300px;background:#fff;border:2px solid #369"><div>附件上传</div><iframe src="/frame/upload" width="590" height="260" frameborder="0"></iframe></div>`),
  'frame/upload': webForm(`<table>${row('选择上传附件名称', `<select name="${N}ddlFJMC" id="ddlFJMC"><option value="">--请选择--</option><option>在岗在职证明材料</option><option>其他证书、证明材料</option></select>`)}
${row('记录序号', `<input type="text" name="${N}txtJLXH" id="txtJLXH" />`)}${row('选择上传的文件', `<input type="file" name="${N}fu" id="fu" />`)}</table>
<input type="submit" name="${N}btnUp" value="上传" /> <input type="button" value="返回" />`),
};

describe('breaker 27 in Chromium (fixb27a)', () => {
  let session: PagesSession;
  beforeAll(async () => {
    session = await startPagesSession((path) => PAGES[path]);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('E27-1 step 6 whose 小结 is a rich-text editor and whose only title is its breadcrumb gets the overlay', async () => {
    const { tab, frame } = await session.open('editor-crumb');
    await waitForStep(frame, 'awards-summary');
    expect(await countOverlays(tab)).toBe(1);
    await tab.close();
  });

  it('E27-2 a 小结 written in the rich-text editor is not 还是空的, and 保存并下一步 goes through', async () => {
    const { tab, frame } = await session.open('editor-written');
    await waitForStep(frame, 'awards-summary');
    // Let the first evaluation settle, then read what the panel says about the written 小结.
    await tab.waitForTimeout(1_000);
    expect((await findings(frame)).map((f) => `${f.checkId}:${f.severity}`)).not.toContain('summary-empty:error');
    await frame.locator('input[value="保存并下一步"]').click();
    await tab.waitForURL(/\/posted$/, { timeout: 5_000 });
    await tab.close();
  });

  it('a 小结 typed in the empty editor after the page loaded is read when 保存并下一步 is pressed: it goes through', async () => {
    const { tab, frame } = await session.open('editor-empty');
    await waitForStep(frame, 'awards-summary');
    await expect.poll(async () => (await findings(frame)).map((f) => f.checkId), { timeout: 5_000 }).toContain('summary-empty');
    await tab.frameLocator('#keIframe').locator('body').click();
    await tab.keyboard.type('本人从事环境监测工作四年。');
    await frame.locator('input[value="保存并下一步"]').click();
    await tab.waitForURL(/\/posted$/, { timeout: 5_000 });
    await tab.close();
  });

  it('E27-3 an empty rich-text 小结 is in the autofill preview (filled or left to the user, never left out)', async () => {
    const { tab, frame } = await session.open('editor-empty');
    await waitForStep(frame, 'awards-summary');
    const preview = await startAutofill(frame);
    expect(preview.map((r) => r.key)).toContain('workSummary');
    await tab.close();
  });

  it('the fill writes an empty rich-text 小结 where the applicant sees it, the editor, and its box: what the page sends on submit', async () => {
    const { tab, frame } = await session.open('editor-empty');
    await waitForStep(frame, 'awards-summary');
    await startAutofill(frame);
    const report = await applyAutofill(frame);
    expect(report.find((r) => r.key === 'workSummary')?.result).toBe('filled');
    const [shown, box] = await frame.evaluate(() => [
      (document.getElementById('keIframe') as HTMLIFrameElement).contentDocument!.body.innerText,
      (document.getElementById('txtGZXJ') as HTMLTextAreaElement).value,
    ]);
    expect(shown).toContain('本人2020年7月毕业于华南理工大学');
    expect(box).toContain('本人2020年7月毕业于华南理工大学');
    await expect.poll(async () => (await findings(frame)).map((f) => f.checkId), { timeout: 5_000 }).not.toContain('summary-empty');
    await tab.close();
  });

  it('E27-6 the upload panel (附件名称, 记录序号, 文件, 上传) in an <iframe> inside the checklist’s form gets no overlay of its own', async () => {
    const { tab, frame } = await session.open('proof-upload-frame');
    await waitForStep(frame, 'certificates');
    await tab.waitForTimeout(1_500);
    expect(await countOverlays(tab)).toBe(1);
    await tab.close();
  });
});
