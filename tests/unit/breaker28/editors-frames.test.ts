/**
 * Breaker 28 on what landed in session 28 (editor28, frame28): rich-text editors found for their
 * boxes (lib/page/page-text.ts editorFrame, editorBody) and the saved lists of a frame's
 * fieldless same-origin <iframe>s (childFrameGrids). Happy-dom loads no frame: each frame is given
 * its document. The Chromium side: tests/e2e/breaker28.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { childFrameGrids, collectGrids, editorFrame } from '../../../lib/page/page-text';
import { installLocale } from '../i18n-fake';
import { N, crumb, readPage } from '../breaker27/read-page';

const SUMMARY = '本人2020年7月毕业于华南理工大学环境工程专业，从事环境监测工作四年。';

/** Gives the <iframe> `frame` an editable document whose body holds `html` (the editor up). */
function editable(frame: Element, html: string): void {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = html;
  doc.body.contentEditable = 'true';
  Object.defineProperty(frame, 'contentDocument', { value: doc });
}

/** Two rich-text editors in one container, each drawn right beside its hidden box (`a`, then `b`). */
const EDITORS: Record<string, (a: string, b: string) => string> = {
  // KindEditor puts its container before the box it hides.
  KindEditor: (a, b) =>
    `<div class="ke-container"><iframe id="${a}_ke" class="ke-edit-iframe" style="width:600px;height:120px"></iframe></div><textarea id="${a}" name="${N}${a}" style="display:none"></textarea>` +
    `<div class="ke-container"><iframe id="${b}_ke" class="ke-edit-iframe" style="width:600px;height:120px"></iframe></div><textarea id="${b}" name="${N}${b}" style="display:none"></textarea>`,
  // CKEditor 4: the box hidden, its cke_<name> container after it.
  'CKEditor 4': (a, b) =>
    `<textarea id="${a}" name="${N}${a}" style="visibility:hidden;display:none"></textarea><div id="cke_${a}" class="cke"><div class="cke_inner"><div class="cke_contents"><iframe id="${a}_ke" class="cke_wysiwyg_frame" style="width:600px;height:120px"></iframe></div></div></div>` +
    `<textarea id="${b}" name="${N}${b}" style="visibility:hidden;display:none"></textarea><div id="cke_${b}" class="cke"><div class="cke_inner"><div class="cke_contents"><iframe id="${b}_ke" class="cke_wysiwyg_frame" style="width:600px;height:120px"></iframe></div></div></div>`,
  // TinyMCE: the box hidden, its container after it, the frame named <id>_ifr.
  TinyMCE: (a, b) =>
    `<textarea id="${a}" name="${N}${a}" style="display:none" aria-hidden="true"></textarea><div role="application" class="tox tox-tinymce"><div class="tox-edit-area"><iframe id="${a}_ke" class="tox-edit-area__iframe" style="width:600px;height:120px"></iframe></div></div>` +
    `<textarea id="${b}" name="${N}${b}" style="display:none" aria-hidden="true"></textarea><div role="application" class="tox tox-tinymce"><div class="tox-edit-area"><iframe id="${b}_ke" class="tox-edit-area__iframe" style="width:600px;height:120px"></iframe></div></div>`,
};

beforeEach(() => {
  installLocale();
  document.title = '广州市职称业务申报与管理系统';
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('breaker 28: two rich-text editors in one container', () => {
  for (const [editor, pair] of Object.entries(EDITORS)) {
    it(`B28-U1 ${editor}: each hidden box is drawn as its own editor’s frame, not the container’s first`, () => {
      document.body.innerHTML = `<form><div class="form-body">${pair('txtJCQK', 'txtGZXJ')}</div></form>`;
      expect(editorFrame(document.getElementById('txtJCQK')!)?.id).toBe('txtJCQK_ke');
      expect(editorFrame(document.getElementById('txtGZXJ')!)?.id).toBe('txtGZXJ_ke');
    });
  }

  it('B28-U2 KindEditor ×2 in one <td> (奖惩 written, 小结 empty): the 小结 reads its own empty editor, 还是空的 (summary-empty)', () => {
    const page = `${crumb('工作期间奖惩情况/个人专业技术工作小结')}<table><tr><td>工作期间奖惩情况<br />个人专业技术工作小结</td><td>${EDITORS.KindEditor!('txtJCQK', 'txtGZXJ')}</td></tr></table><input type="submit" value="保存并下一步" />`;
    const r = readPage(page, () => {
      editable(document.getElementById('txtJCQK_ke')!, `<p>${SUMMARY}</p>`);
      editable(document.getElementById('txtGZXJ_ke')!, '<p><br></p>');
    });
    const value = (id: string) => r.snapshot.controls.find((c) => c.id === id)?.value;
    expect({ jcqk: value('txtJCQK'), gzxj: value('txtGZXJ') }).toEqual({ jcqk: SUMMARY, gzxj: '' });
  });
});

describe('breaker 28: a hidden text area that is no editor’s', () => {
  it('B28-U3 a hidden 附件 list box beside an upload <iframe> (its page a file box and 上传) is not drawn as that frame: it stays a hidden box', () => {
    const page = `${crumb('证书及附件')}<table><tr><td>职称证书扫描件：</td><td><iframe id="upFrame" src="/Upload.aspx?type=zs" style="width:500px;height:40px"></iframe><textarea id="txtFileList" name="${N}txtFileList" style="display:none"></textarea></td></tr></table><input type="submit" value="保存" />`;
    const r = readPage(page, () => {
      const up = document.implementation.createHTMLDocument('');
      up.body.innerHTML = '<form><input type="file" name="fu" /><input type="submit" value="上传" /></form>';
      Object.defineProperty(document.getElementById('upFrame')!, 'contentDocument', { value: up });
    });
    expect(editorFrame(document.getElementById('txtFileList')!)).toBeFalsy();
    expect(r.snapshot.controls.find((c) => c.id === 'txtFileList')?.visible).toBe(false);
  });
});

describe('breaker 28: a saved list two frames down', () => {
  it('B28-U4 a fieldless frame (a tab page) holding the list’s own fieldless frame: the list is read as the page’s', () => {
    const list = document.implementation.createHTMLDocument('');
    list.body.innerHTML = `<table border="1"><tr><th>序号</th><th>考核年度</th><th>考核结果</th></tr><tr><td>1</td><td>2023</td><td>称职</td></tr><tr><td>2</td><td>2024</td><td>不称职</td></tr></table>`;
    const tab = document.implementation.createHTMLDocument('');
    tab.body.innerHTML = '<div class="tab-title">已填报的年度考核结果</div><iframe src="/ReviewList.aspx"></iframe>';
    Object.defineProperty(tab.querySelector('iframe')!, 'contentDocument', { value: list });
    Object.defineProperty(tab.querySelector('iframe')!, 'contentWindow', { value: null });
    const outer = document.createElement('iframe');
    Object.defineProperty(outer, 'contentDocument', { value: tab });
    Object.defineProperty(outer, 'contentWindow', { value: null });
    document.body.append(outer);
    expect(childFrameGrids(document).map((g) => g.rows.map((r) => r.cells[2]))).toEqual([['称职', '不称职']]);
  });

  it('B28-U6 a list frame whose GridView page has its pager’s 转到 [ ] 页 box (no field of a record): the list is read as the page’s', () => {
    const list = document.implementation.createHTMLDocument('');
    list.body.innerHTML = `<form><table border="1"><tr><th>序号</th><th>考核年度</th><th>考核结果</th></tr><tr><td>1</td><td>2023</td><td>称职</td></tr><tr><td>2</td><td>2024</td><td>不称职</td></tr></table>
<div class="pager">共2条记录 第1/1页 转到<input type="text" name="AspNetPager1_input" size="3" value="1" />页<input type="submit" value="GO" /></div></form>`;
    const frame = document.createElement('iframe');
    Object.defineProperty(frame, 'contentDocument', { value: list });
    Object.defineProperty(frame, 'contentWindow', { value: null });
    document.body.append(frame);
    // The list itself reads as a list (the pager's box is outside its table): only the frame's box leaves it out.
    expect(collectGrids(list, () => false).length).toBe(1);
    expect(childFrameGrids(document).map((g) => g.rows.map((r) => r.cells[2]))).toEqual([['称职', '不称职']]);
  });
});

describe('breaker 28: a toolbar page with a helper frame before its editing frame', () => {
  it('B28-U5 FCKeditor-style toolbar page whose first <iframe> is a hidden helper (a panel, a keep-alive): the 小结 is read from the editing frame after it', () => {
    const page = `${crumb('工作期间奖惩情况/个人专业技术工作小结')}<table><tr><td>个人专业技术工作小结：</td><td><input type="hidden" id="txtGZXJ" name="${N}txtGZXJ" value="" /><input type="hidden" id="txtGZXJ___Config" value="" /><iframe id="txtGZXJ___Frame" src="/fckeditor/editor/fckeditor.html?InstanceName=txtGZXJ" width="600" height="220"></iframe></td></tr></table><input type="submit" value="保存并下一步" />`;
    const r = readPage(page, () => {
      const toolbar = document.implementation.createHTMLDocument('');
      toolbar.body.innerHTML = '<iframe id="helper" style="display:none"></iframe><table><tr><td>B I U</td></tr><tr><td id="xEditingArea"><iframe id="editing"></iframe></td></tr></table>';
      Object.defineProperty(toolbar.getElementById('helper')!, 'contentDocument', { value: document.implementation.createHTMLDocument('') });
      editable(toolbar.getElementById('editing')!, `<p>${SUMMARY}</p>`);
      Object.defineProperty(document.getElementById('txtGZXJ___Frame')!, 'contentDocument', { value: toolbar });
    });
    expect(r.snapshot.controls.find((c) => c.id === 'txtGZXJ')?.value).toBe(SUMMARY);
    expect(r.findings).not.toContain('summary-empty:error');
  });
});

describe('breaker 28: a page’s own breadcrumb beside its list frame', () => {
  it('B28-U7 年度考核结果 named only by its breadcrumb, its saved list in a frame above one 考核结果 list: the step is read as without the frame', () => {
    const form = `${crumb('年度考核结果')}FRAME<table><tr><td>考核结果：</td><td><select name="${N}ddlKHJG" id="ddlKHJG"><option value="">--请选择--</option><option>称职</option><option>不称职</option></select></td></tr></table><input type="submit" value="保存" />`;
    const without = readPage(form.replace('FRAME', ''));
    const within = readPage(form.replace('FRAME', '<iframe id="lf" src="/ReviewList.aspx" style="width:800px;height:160px"></iframe>'), () => {
      const list = document.implementation.createHTMLDocument('');
      list.body.innerHTML = `<table border="1"><tr><th>序号</th><th>考核年度</th><th>考核结果</th></tr><tr><td>1</td><td>2024</td><td>不称职</td></tr></table>`;
      Object.defineProperty(document.getElementById('lf')!, 'contentDocument', { value: list });
    });
    expect({ without: without.step, within: within.step }).toEqual({ without: 'annual-review', within: 'annual-review' });
  });
});

describe('breaker 28: FCKeditor / eWebEditor boxes whose frame is not the first in their container', () => {
  it('B28-U8 two FCKeditors in one cell: the second hidden box is drawn as its own ___Frame', () => {
    const fck = (id: string) => `<input type="hidden" id="${id}" name="${N}${id}" value="" /><input type="hidden" id="${id}___Config" value="" /><iframe id="${id}___Frame" src="/fckeditor/editor/fckeditor.html?InstanceName=${id}" width="600" height="200"></iframe>`;
    document.body.innerHTML = `<form><table><tr><td>工作期间奖惩情况<br />个人专业技术工作小结</td><td>${fck('txtJCQK')}${fck('txtGZXJ')}</td></tr></table></form>`;
    expect(editorFrame(document.getElementById('txtJCQK')!)?.id).toBe('txtJCQK___Frame');
    expect(editorFrame(document.getElementById('txtGZXJ')!)?.id).toBe('txtGZXJ___Frame');
  });

  it('B28-U9 eWebEditor with the hidden boxes at the form’s top and the frames in the table below: each box is drawn as the frame whose address names it', () => {
    document.body.innerHTML = `<form><input type="hidden" name="content1" id="content1" value="" /><input type="hidden" name="content2" id="content2" value="" />
<table><tr><td>工作期间奖惩情况：</td><td><iframe id="eWebEditor1" src="/ewebeditor/ewebeditor.htm?id=content1&amp;style=coolblue" width="550" height="200"></iframe></td></tr>
<tr><td>个人专业技术工作小结：</td><td><iframe id="eWebEditor2" src="/ewebeditor/ewebeditor.htm?id=content2&amp;style=coolblue" width="550" height="200"></iframe></td></tr></table></form>`;
    expect(editorFrame(document.getElementById('content1')!)?.id).toBe('eWebEditor1');
    expect(editorFrame(document.getElementById('content2')!)?.id).toBe('eWebEditor2');
  });
});
