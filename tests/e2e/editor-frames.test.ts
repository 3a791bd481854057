import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { countOverlays, inOverlay, waitForContentScripts, waitForStep } from './harness';
import { applyAutofill, expectFinding, expectNoFinding, expectTypingReadAsAwards, findings, startAutofill, waitForProfile } from './overlay-driver';
import { N, row, webForm } from './web-form-pages';
import { mergePages, pagesSession, type PageTable } from './pages-suite';

/**
 * A rich-text editor's 小结 (KindEditor; FCKeditor's editing frame inside its toolbar page) as the
 * overlay shows and follows it (editor28): the empty 小结's marker beside the editor's frame, the
 * page's hidden box not being drawn; typing in the editor refreshes the findings at once, not at
 * 保存, also in a frame the editor re-created after load and in an editing frame made after the
 * page's first reading; breaker 27's editor pages and upload frame (fixb27a), and two editors
 * whose frames have no ids (fixb28). One browser for the whole file (once three files each
 * starting its own); each case opens its page in a new tab.
 */
/** Step 6's page: its title, `body`, its 保存并下一步. */
const summaryForm = (body: string) => `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>广州市职称业务申报与管理系统</title></head><body>
<form name="aspnetForm" method="post" action="/posted" id="aspnetForm"><div class="ptitle" style="font-weight:bold">工作期间奖惩情况/个人专业技术工作小结</div>
${body}<input type="submit" name="${N}btnSave" value="保存并下一步" /></form></body></html>`;
const AWARDS = row('工作期间奖惩情况', `<textarea name="${N}txtJCQK" id="txtJCQK" rows="4" cols="70">无。</textarea>`);
/** Writes an empty editable document into the KindEditor frame `f`. */
const KE_WRITE = `function keWrite(f){var d=f.contentWindow.document;d.open();d.write('<html><body class="ke-content"></body></html>');d.close();d.designMode='on';return d;}`;
/** Step 6 with its 小结 in a KindEditor; `later` runs after the page's load. */
const kindEditor = (later = '') =>
  summaryForm(`<table>${AWARDS}
${row('个人专业技术工作小结', `<div class="ke-container" style="width:600px"><div class="ke-toolbar">B I U</div><iframe id="keIframe" class="ke-edit-iframe" frameborder="0" style="width:100%;height:200px"></iframe></div><textarea name="${N}txtGZXJ" id="txtGZXJ" style="display:none"></textarea>`)}</table>
<script>${KE_WRITE}keWrite(document.getElementById('keIframe'));
document.forms[0].onsubmit=function(){document.getElementById('txtGZXJ').value=document.getElementById('keIframe').contentWindow.document.body.innerHTML;};
addEventListener('load',function(){${later}});</script>`);
/** The editor drawn anew 1.5 s after load, in a new frame (an editor's re-initialisation). */
const RECREATE = `setTimeout(function(){var old=document.getElementById('keIframe'),f=document.createElement('iframe');f.id='keIframe';f.className='ke-edit-iframe';f.style.cssText='width:100%;height:200px;border:0';old.parentNode.replaceChild(f,old);keWrite(f);f.setAttribute('data-round','2');},1500);`;

const EDITOR_PAGES: PageTable = {
  'ke-empty': kindEditor(),
  'ke-recreated': kindEditor(RECREATE),
  // FCKeditor: the hidden box and its config beside the toolbar page's frame; the editing frame is
  // made by the toolbar page's script 1.5 s after its load, after the overlay's first reading.
  'fck-empty': summaryForm(`<table>${AWARDS}
${row('个人专业技术工作小结', `<input type="hidden" id="txtGZXJ" name="${N}txtGZXJ" value="" /><input type="hidden" id="txtGZXJ___Config" value="" /><iframe id="txtGZXJ___Frame" src="/fckeditor/editor/fckeditor.html?InstanceName=txtGZXJ" width="600" height="220" frameborder="0"></iframe>`)}</table>`),
  'fckeditor/editor/fckeditor.html': `<!DOCTYPE html><html><head><meta charset="utf-8"><title>FCKeditor</title></head><body style="margin:0"><div>B I U</div><div id="xEditingArea"></div>
<script>setTimeout(function(){var f=document.createElement('iframe');f.id='editing';f.style.cssText='width:100%;height:180px;border:0';document.getElementById('xEditingArea').appendChild(f);var d=f.contentWindow.document;d.open();d.write('<html><body></body></html>');d.close();d.designMode='on';},1500);</script></body></html>`,
};

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

const BREAKER27_PAGES: PageTable = {
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

/**
 * fixb28, in Chromium: two KindEditors in one container as KindEditor draws them, its frames
 * without ids (breaker 28's pages give them ids, which name their boxes): each hidden box is paired
 * with the script-written frame in its place (lib/page/page-text.ts editorFrame).
 */

const keEditor = (id: string, label: string) =>
  `<p><label for="${id}">${label}：</label></p><div class="ke-container" style="width:600px"><div class="ke-toolbar">B I U</div><iframe class="ke-edit-iframe" frameborder="0" style="width:100%;height:120px"></iframe></div><textarea name="${N}${id}" id="${id}" style="display:none"></textarea>`;

const TWO_EDITORS_PAGES: PageTable = {
  'two-editors-no-ids': webForm(`<div class="ptitle" style="font-weight:bold">工作期间奖惩情况/个人专业技术工作小结</div><div class="form-body">${keEditor('txtJCQK', '工作期间奖惩情况')}${keEditor('txtGZXJ', '个人专业技术工作小结')}</div>
<input type="submit" name="${N}btnSave" value="保存并下一步" />
<script>${KE_WRITE}var fs=document.querySelectorAll('.ke-edit-iframe');keWrite(fs[0]);keWrite(fs[1]);</script>`),
};

const session = pagesSession(mergePages(EDITOR_PAGES, BREAKER27_PAGES, TWO_EDITORS_PAGES));

describe('a rich-text editor’s 小结 in Chromium: its marker and its typing', () => {
  /** Opens `path` once its empty 小结 is shown as an error. */
  async function open(path: string): Promise<{ tab: Page; frame: Frame }> {
    const { tab, frame } = await session.open(path);
    await waitForStep(frame, 'awards-summary');
    await expectFinding(frame, 'summary-empty', 'error');
    return { tab, frame };
  }

  it('the empty 小结’s marker is placed beside the editor’s frame, the box the page hides having none of its own', async () => {
    const { tab, frame } = await open('ke-empty');
    const marker = inOverlay(frame, '[data-testid="zc-field-marker"][data-placed]');
    await expect.poll(() => marker.count(), { timeout: 5_000 }).toBe(1);
    const at = (await marker.boundingBox())!;
    const editor = await frame.evaluate(() => document.getElementById('keIframe')!.getBoundingClientRect().toJSON() as DOMRect);
    // Beside the frame: level with it just right or left of it, or over its width just above or below it.
    const near = (gap: number) => gap >= -1 && gap < 20;
    const middle = at.y + at.height / 2;
    const level = middle > editor.top && middle < editor.bottom && (near(at.x - editor.right) || near(editor.left - at.x - at.width));
    const overWidth = at.x >= editor.left - 1 && at.x < editor.right && (near(editor.top - at.y - at.height) || near(at.y - editor.bottom));
    expect({ at, editor, beside: level || overWidth }).toMatchObject({ beside: true });
    await tab.close();
  });

  it('typing in the editor takes the 小结-empty error away without 保存, as typing in a text area does', async () => {
    const { tab, frame } = await open('ke-empty');
    await tab.frameLocator('#keIframe').locator('body').click();
    await tab.keyboard.type('本人从事环境监测工作四年。');
    await expectNoFinding(frame, 'summary-empty');
    // Emptied again, the error is back.
    await tab.keyboard.press('Control+A');
    await tab.keyboard.press('Delete');
    await expectFinding(frame, 'summary-empty', 'error');
    await tab.close();
  });

  it('typing in the frame the editor re-created after load is heard too', async () => {
    const { tab, frame } = await open('ke-recreated');
    await frame.waitForSelector('#keIframe[data-round="2"]');
    await tab.frameLocator('#keIframe').locator('body').click();
    await tab.keyboard.type('本人从事环境监测工作四年。');
    await expectNoFinding(frame, 'summary-empty');
    await tab.close();
  });

  it('FCKeditor: typing in the editing frame its toolbar page made after the page was read is heard, and read as the 小结', async () => {
    const { tab, frame } = await open('fck-empty');
    const editing = tab.frameLocator('#txtGZXJ___Frame').frameLocator('#editing');
    await editing.locator('body').click();
    await tab.keyboard.type('本人从事环境监测工作四年。');
    await expectNoFinding(frame, 'summary-empty');
    await tab.close();
  });
});

describe('breaker 27 in Chromium (fixb27a)', () => {
  it('E27-1 step 6 whose 小结 is a rich-text editor and whose only title is its breadcrumb gets the overlay', async () => {
    const { tab, frame } = await session.open('editor-crumb');
    await waitForStep(frame, 'awards-summary');
    expect(await countOverlays(tab)).toBe(1);
    await tab.close();
  });

  it('E27-2 a 小结 written in the rich-text editor is not 还是空的, and 保存并下一步 goes through', async () => {
    const { tab, frame } = await session.open('editor-written');
    await waitForStep(frame, 'awards-summary');
    // Read once the start-up answers are in (taught fields, field-map packs): the panel then shows the page read with them.
    await waitForProfile(frame);
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
    // Every frame's content script, the upload frame's too, has decided.
    await waitForContentScripts(session.browser, tab, tab.frames());
    expect(await countOverlays(tab)).toBe(1);
    await tab.close();
  });
});

describe('fixb28: two KindEditors in one container, their frames without ids', () => {
  it('typing in the 奖惩’s editor leaves the 小结 还是空的; typing in the 小结’s (the second frame) takes it away', async () => {
    const { tab, frame } = await session.open('two-editors-no-ids');
    await waitForStep(frame, 'awards-summary');
    await expectFinding(frame, 'summary-empty', 'error');
    // Both boxes empty: the 奖惩's awards-empty shows too, which the typing below takes away.
    await expectFinding(frame, 'awards-empty', 'error');
    await tab.frameLocator('.ke-edit-iframe >> nth=0').locator('body').click();
    await tab.keyboard.type('无。');
    await expectTypingReadAsAwards(frame);
    await tab.frameLocator('.ke-edit-iframe >> nth=1').locator('body').click();
    await tab.keyboard.type('本人从事环境监测工作四年。');
    await expectNoFinding(frame, 'summary-empty');
    await tab.close();
  });
});

