/**
 * fixb28: neighbours of breaker 28's cases (editors-frames.test.ts). Editors' frames as the
 * editors draw them, without the ids the breaker's pages give them: a box pairs with the
 * script-written frame in its place (lib/page/page-text.ts editorFrame), or with the frame whose
 * address names it by the box's name alone (eWebEditor's hidden input has no id); the shell rule
 * of breaker 8b stands beside a frame showing no list.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editorFrame } from '../../../lib/page/page-text';
import { installLocale } from '../i18n-fake';
import { N, crumb, readPage } from '../breaker27/read-page';

beforeEach(() => {
  installLocale();
  document.title = '广州市职称业务申报与管理系统';
});
afterEach(() => {
  document.body.innerHTML = '';
});

const KE = (id: string) => `<div class="ke-container"><iframe class="ke-edit-iframe" frameborder="0"></iframe></div><textarea id="${id}" name="${N}${id}" style="display:none"></textarea>`;
const CKE = (id: string) => `<textarea id="${id}" name="${N}${id}" style="visibility:hidden;display:none"></textarea><div id="cke_${id}" class="cke"><iframe src="" class="cke_wysiwyg_frame"></iframe></div>`;
const TINY = (id: string) => `<textarea id="${id}" name="${N}${id}" style="display:none" aria-hidden="true"></textarea><div class="tox"><iframe id="${id}_ifr" class="tox-edit-area__iframe"></iframe></div>`;

describe('fixb28: each hidden box with its own editor, the frames without ids', () => {
  for (const [editor, draw] of Object.entries({ KindEditor: KE, 'CKEditor 4': CKE, TinyMCE: TINY })) {
    it(`${editor} ×2 in one container: the n-th hidden box is drawn as the n-th editor frame`, () => {
      document.body.innerHTML = `<form><div class="form-body">${draw('txtJCQK')}${draw('txtGZXJ')}</div></form>`;
      const frames = Array.from(document.querySelectorAll('iframe'));
      // By identity: toEqual finds two frames without ids alike.
      expect([editorFrame(document.getElementById('txtJCQK')!) === frames[0], editorFrame(document.getElementById('txtGZXJ')!) === frames[1]]).toEqual([true, true]);
    });
  }

  it('a plain text area for 奖惩 and a KindEditor for 小结 in one cell: the 小结 is drawn as the editor, the 奖惩 as itself', () => {
    document.body.innerHTML = `<form><table><tr><td>奖惩 / 小结</td><td><textarea id="txtJCQK" name="${N}txtJCQK"></textarea>${KE('txtGZXJ')}</td></tr></table></form>`;
    expect(editorFrame(document.getElementById('txtJCQK')!)).toBeFalsy();
    expect(editorFrame(document.getElementById('txtGZXJ')!)).toBe(document.querySelector('iframe'));
  });

  it('a hidden text area after a KindEditor and a frame loading a page (a preview): only the script-written frame is an editor', () => {
    document.body.innerHTML = `<form><div><iframe src="/Preview.aspx"></iframe>${KE('txtGZXJ')}</div></form>`;
    expect(editorFrame(document.getElementById('txtGZXJ')!)).toBe(document.querySelector('.ke-edit-iframe'));
  });

  it('eWebEditor’s hidden input with a name and no id, at the form’s top: drawn as the frame whose address names it', () => {
    document.body.innerHTML = `<form><input type="hidden" name="content1" value="" /><table><tr><td>小结：</td><td><iframe id="eWebEditor1" src="/ewebeditor/ewebeditor.htm?id=content1&amp;style=coolblue"></iframe></td></tr></table></form>`;
    expect(editorFrame(document.querySelector('input[name=content1]')!)?.id).toBe('eWebEditor1');
  });
});

describe('fixb28: the shell rule beside a frame', () => {
  it('a breadcrumb over a frame whose page holds fields (the step’s form, not the page’s list) still names no page (breaker 8b)', () => {
    const page = `${crumb('年度考核结果')}<iframe id="main" style="width:800px;height:600px"></iframe>`;
    const r = readPage(page, () => {
      const content = document.implementation.createHTMLDocument('');
      content.body.innerHTML = `<table><tr><td>考核结果：</td><td><select name="${N}ddlKHJG"><option>称职</option></select></td></tr></table>`;
      Object.defineProperty(document.getElementById('main')!, 'contentDocument', { value: content });
    });
    expect(r.step).toBe('unknown');
  });
});
