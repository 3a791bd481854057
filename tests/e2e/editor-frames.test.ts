import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { type PagesSession, inOverlay, startPagesSession, waitForStep } from './harness';
import { expectFinding, expectNoFinding } from './overlay-driver';

/**
 * A rich-text editor's 小结 (KindEditor; FCKeditor's editing frame inside its toolbar page) as the
 * overlay shows and follows it (editor28): the empty 小结's marker beside the editor's frame, the
 * page's hidden box not being drawn; typing in the editor refreshes the findings at once, not at
 * 保存, also in a frame the editor re-created after load and in an editing frame made after the
 * page's first reading. Breaker 27's editor pages: tests/e2e/breaker27-fixb27a.test.ts.
 */
const N = 'ctl00$ContentPlaceHolder1$';
const webForm = (body: string) => `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>广州市职称业务申报与管理系统</title></head><body>
<form name="aspnetForm" method="post" action="/posted" id="aspnetForm"><div class="ptitle" style="font-weight:bold">工作期间奖惩情况/个人专业技术工作小结</div>
${body}<input type="submit" name="${N}btnSave" value="保存并下一步" /></form></body></html>`;
const row = (label: string, control: string) => `<tr><td>${label}：</td><td>${control}</td></tr>`;
const AWARDS = row('工作期间奖惩情况', `<textarea name="${N}txtJCQK" id="txtJCQK" rows="4" cols="70">无。</textarea>`);
/** Writes an empty editable document into the KindEditor frame `id`. */
const KE_WRITE = `function keWrite(f){var d=f.contentWindow.document;d.open();d.write('<html><body class="ke-content"></body></html>');d.close();d.designMode='on';return d;}`;
/** Step 6 with its 小结 in a KindEditor; `later` runs after the page's load. */
const kindEditor = (later = '') =>
  webForm(`<table>${AWARDS}
${row('个人专业技术工作小结', `<div class="ke-container" style="width:600px"><div class="ke-toolbar">B I U</div><iframe id="keIframe" class="ke-edit-iframe" frameborder="0" style="width:100%;height:200px"></iframe></div><textarea name="${N}txtGZXJ" id="txtGZXJ" style="display:none"></textarea>`)}</table>
<script>${KE_WRITE}keWrite(document.getElementById('keIframe'));
document.forms[0].onsubmit=function(){document.getElementById('txtGZXJ').value=document.getElementById('keIframe').contentWindow.document.body.innerHTML;};
addEventListener('load',function(){${later}});</script>`);
/** The editor drawn anew 1.5 s after load, in a new frame (an editor's re-initialisation). */
const RECREATE = `setTimeout(function(){var old=document.getElementById('keIframe'),f=document.createElement('iframe');f.id='keIframe';f.className='ke-edit-iframe';f.style.cssText='width:100%;height:200px;border:0';old.parentNode.replaceChild(f,old);keWrite(f);f.setAttribute('data-round','2');},1500);`;

const PAGES: Record<string, string> = {
  'ke-empty': kindEditor(),
  'ke-recreated': kindEditor(RECREATE),
  // FCKeditor: the hidden box and its config beside the toolbar page's frame; the editing frame is
  // made by the toolbar page's script 1.5 s after its load, after the overlay's first reading.
  'fck-empty': webForm(`<table>${AWARDS}
${row('个人专业技术工作小结', `<input type="hidden" id="txtGZXJ" name="${N}txtGZXJ" value="" /><input type="hidden" id="txtGZXJ___Config" value="" /><iframe id="txtGZXJ___Frame" src="/fckeditor/editor/fckeditor.html?InstanceName=txtGZXJ" width="600" height="220" frameborder="0"></iframe>`)}</table>`),
  'fckeditor/editor/fckeditor.html': `<!DOCTYPE html><html><head><meta charset="utf-8"><title>FCKeditor</title></head><body style="margin:0"><div>B I U</div><div id="xEditingArea"></div>
<script>setTimeout(function(){var f=document.createElement('iframe');f.id='editing';f.style.cssText='width:100%;height:180px;border:0';document.getElementById('xEditingArea').appendChild(f);var d=f.contentWindow.document;d.open();d.write('<html><body></body></html>');d.close();d.designMode='on';},1500);</script></body></html>`,
};

describe('a rich-text editor’s 小结 in Chromium: its marker and its typing', () => {
  let session: PagesSession;
  beforeAll(async () => {
    session = await startPagesSession((path) => PAGES[path.split('?')[0]!]);
  });
  afterAll(async () => {
    await session?.close();
  });

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
