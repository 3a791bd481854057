/**
 * FCKeditor and eWebEditor draw their box as a toolbar page in an <iframe> whose own frame is
 * where the user writes (editor28 item 3): the box is read from the body the fill writes
 * (lib/page/page-text.ts editorBody, lib/fill/writers/text.ts), not from the hidden box, which
 * the page fills only on submit. Happy-dom loads no frame: each frame is given its document.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { writeText } from '../../../lib/fill/writers/text';
import { installLocale } from '../i18n-fake';
import { N, crumb, readPage, row } from '../breaker27/read-page';

const SUMMARY = '本人2020年7月毕业于华南理工大学环境工程专业，从事环境监测工作四年。';
const FCK = `<input type="hidden" id="ctl00_CPH_txtGZXJ" name="${N}txtGZXJ" value="" /><input type="hidden" id="ctl00_CPH_txtGZXJ___Config" value="" /><iframe id="ctl00_CPH_txtGZXJ___Frame" src="/fckeditor/editor/fckeditor.html?InstanceName=ctl00_CPH_txtGZXJ" width="100%" height="200" frameborder="0"></iframe>`;
const EWEB = `<input type="hidden" id="content1" name="${N}content1" value="" /><iframe id="eWebEditor1" src="/ewebeditor/ewebeditor.htm?id=content1&amp;style=coolblue" width="550" height="350"></iframe>`;
const page = (editor: string) => `${crumb('工作期间奖惩情况/个人专业技术工作小结')}<table>${row('工作期间奖惩情况', `<textarea name="${N}txtJCQK" id="txtJCQK">无。</textarea>`)}
${row('个人专业技术工作小结', editor)}</table><input type="submit" value="保存并下一步" />`;

/** Gives the page's editor frame a toolbar page holding an editing frame whose body holds `html` (editable once the editor is up). */
function toolbarPage(html: string, editable = true): HTMLElement {
  const frame = document.querySelector('iframe')!;
  const toolbar = document.implementation.createHTMLDocument('');
  toolbar.body.innerHTML = '<table><tr><td>B I U</td></tr></table>';
  const editingFrame = toolbar.createElement('iframe');
  toolbar.body.append(editingFrame);
  const editing = document.implementation.createHTMLDocument('');
  editing.body.innerHTML = html;
  if (editable) editing.body.contentEditable = 'true';
  Object.defineProperty(editingFrame, 'contentDocument', { value: editing });
  Object.defineProperty(frame, 'contentDocument', { value: toolbar });
  return editing.body;
}

describe('FCKeditor / eWebEditor: the box read from the editing frame inside the toolbar page', () => {
  beforeEach(() => {
    installLocale();
    document.title = '广州市职称业务申报与管理系统';
  });

  it('a 小结 written in the editing frame is the box’s value: not 还是空的, though the hidden box is empty until submit', () => {
    for (const editor of [FCK, EWEB]) {
      const r = readPage(page(editor), () => toolbarPage(`<p>${SUMMARY}</p>`));
      const box = r.snapshot.controls.find((c) => c.type === 'hidden' && c.kind === 'textarea')!;
      expect(box.value).toBe(SUMMARY);
      expect(r.findings).not.toContain('summary-empty:error');
    }
  });

  it('an empty editing frame is 还是空的 whatever the hidden box held when the page was sent', () => {
    const r = readPage(page(FCK.replace('value=""', `value="${SUMMARY}"`)), () => toolbarPage('<p><br></p>'));
    expect(r.findings).toContain('summary-empty:error');
  });

  it('the fill writes the body the check reads: what it wrote is read back as the box’s value', async () => {
    let body: HTMLElement | undefined;
    readPage(page(FCK), () => (body = toolbarPage('')));
    const result = await writeText(document.getElementById('ctl00_CPH_txtGZXJ') as HTMLInputElement, SUMMARY, { calendar: false });
    expect(result.result).toBe('filled');
    expect(body!.textContent).toBe(SUMMARY);
    const r = readPage(page(FCK), () => toolbarPage(body!.innerHTML));
    expect(r.snapshot.controls.find((c) => c.id === 'ctl00_CPH_txtGZXJ')?.value).toBe(SUMMARY);
  });

  it('neighbour: before the editor made its frame editable, the hidden box’s own value stands', () => {
    const r = readPage(page(FCK.replace('value=""', `value="${SUMMARY}"`)), () => toolbarPage('', false));
    expect(r.snapshot.controls.find((c) => c.id === 'ctl00_CPH_txtGZXJ')?.value).toBe(SUMMARY);
    expect(r.findings).not.toContain('summary-empty:error');
  });
});
