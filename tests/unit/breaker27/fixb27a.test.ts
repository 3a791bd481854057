/**
 * Breaker 27's findings on rich-text editors and frames (fixb27a), read as the content script
 * reads them (collectSnapshot → evaluatePage → planFill): B27-1, copied from
 * tests/unit/breaker27/unseen-steps.test.ts on wt-breaker27, with neighbours of the fix. The
 * same pages in Chromium: tests/e2e/editor-frames.test.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { shouldMountOverlay } from '../../../lib/content/frame-role';
import { recognizeStep } from '../../../lib/portal/recognize-step';
import { collectSnapshot } from '../../../lib/page/collect';
import { installLocale } from '../i18n-fake';
import { N, crumb, readPage, row } from './read-page';



describe('breaker 27 (fixb27a): rich-text editors in happy-dom', () => {
  beforeEach(() => {
    installLocale();
    document.title = '广州市职称业务申报与管理系统';
  });

  it('B27-1 awards-summary whose 小结 is a rich-text editor (an <iframe> beside its hidden textarea) is still step 6', () => {
    // KindEditor / eWebEditor draw the box as an <iframe>; the page's only title is its breadcrumb.
    const r = readPage(`${crumb('工作期间奖惩情况/个人专业技术工作小结')}<table>${row('工作期间奖惩情况', `<textarea name="${N}txtJCQK" id="txtJCQK">无。</textarea>`)}
${row('个人专业技术工作小结', `<div class="ke-container"><iframe class="ke-edit-iframe" frameborder="0" style="width:600px;height:200px"></iframe></div><textarea name="${N}txtGZXJ" id="txtGZXJ" style="display:none"></textarea>`)}</table>
<input type="submit" value="保存并下一步" />`);
    expect(r.step).toBe('awards-summary');
  });

  it('the boxes of the editor family: a hidden input beside the frame naming it (FCKeditor, eWebEditor); a hidden textarea beside the editor’s container (CKEditor)', () => {
    const page = (editor: string) => readPage(`${crumb('工作期间奖惩情况/个人专业技术工作小结')}<table>${row('工作期间奖惩情况', `<textarea name="${N}txtJCQK" id="txtJCQK">无。</textarea>`)}
${row('个人专业技术工作小结', editor)}</table><input type="submit" value="保存并下一步" />`);
    const fck = `<input type="hidden" id="ctl00_CPH_txtGZXJ" name="${N}txtGZXJ" value="" /><input type="hidden" id="ctl00_CPH_txtGZXJ___Config" value="" /><iframe id="ctl00_CPH_txtGZXJ___Frame" src="/fckeditor/editor/fckeditor.html?InstanceName=ctl00_CPH_txtGZXJ" width="100%" height="200" frameborder="0"></iframe>`;
    const ewebeditor = `<input type="hidden" id="content1" name="${N}content1" value="" /><iframe id="eWebEditor1" src="/ewebeditor/ewebeditor.htm?id=content1&amp;style=coolblue" width="550" height="350"></iframe>`;
    const ckeditor = `<textarea id="txtGZXJ" name="${N}txtGZXJ" style="visibility:hidden;display:none"></textarea><div id="cke_txtGZXJ" class="cke"><div class="cke_inner"><div class="cke_contents"><iframe class="cke_wysiwyg_frame" style="width:100%;height:200px"></iframe></div></div></div>`;
    for (const editor of [fck, ewebeditor, ckeditor]) {
      const r = page(editor);
      expect(r.step).toBe('awards-summary');
      // The editor's box is the 小结 the applicant sees: empty, so it is reported and planned.
      expect(r.findings).toContain('summary-empty:error');
      expect(r.plan.some((p) => p.split('|')[1] === 'workSummary')).toBe(true);
    }
  });

  it('neighbours: a frame beside a hidden input it does not name, or a hidden textarea with no frame, is no editor', () => {
    // A shell around its content frame: its breadcrumb still names no page (breaker 8b).
    const shell = `${crumb('学历情况')}<div><input type="hidden" id="hidYear" name="hidYear" value="2025" /><iframe name="main" src="/edu.aspx" width="100%" height="600"></iframe></div>`;
    expect(readPage(shell).step).toBe('unknown');
    // A hidden textarea the page keeps for itself (no editor beside it) is no field.
    document.body.innerHTML = `<form><textarea id="hidJson" name="hidJson" style="display:none"></textarea><table>${row('个人专业技术工作小结', '<textarea id="txtGZXJ" name="txtGZXJ"></textarea>')}</table></form>`;
    expect(collectSnapshot(document, window).controls.map((c) => `${c.id}:${c.visible}`)).toEqual(['hidJson:false', 'txtGZXJ:true']);
    // Nor a hidden input whose id a frame beside it holds only inside its words (an upload panel's
    // frame: id=, rid=7): the frame is no editor of the input.
    document.body.innerHTML = `<form><input type="hidden" id="id" name="id" value="7" /><table>${row('个人专业技术工作小结', '<textarea id="txtGZXJ" name="txtGZXJ"></textarea>')}</table>
<div><iframe id="upFrame" src="/upload.aspx?rid=7&id2=1"></iframe></div></form>`;
    expect(collectSnapshot(document, window).controls.map((c) => `${c.id}:${c.visible}`)).toEqual(['id:false', 'txtGZXJ:true']);
  });
});

describe('breaker 27 (fixb27a): an upload panel in a frame inside a form', () => {
  /** The frame's snapshot read as a frame inside another, and whether it mounts under the 证书、证明材料 checklist. */
  function mountsUnderChecklist(frameBody: string): boolean {
    document.body.innerHTML = `<form>${frameBody}</form>`;
    const snapshot = { ...collectSnapshot(document, window), isTopFrame: false };
    const step = recognizeStep(snapshot).step;
    document.body.innerHTML = `<form>${crumb('证书、证明材料')}<table border="1" rules="all"><tr><th>材料名称</th><th>是否必传</th><th>文件</th><th>操作</th></tr><tr><td>在岗在职证明材料</td><td>是</td><td></td><td><a href="#">附件上传</a></td></tr></table>
<input type="submit" value="保存并下一步" /><div><iframe src="/frame" width="590" height="260"></iframe></div></form>`;
    return shouldMountOverlay(snapshot, step, { parent: window } as unknown as Window);
  }
  const names = `<select name="ddlFJMC"><option value="">--请选择--</option><option>在岗在职证明材料</option></select>`;
  const upload = (rows: string) => `<table>${rows}${row('选择上传的文件', '<input type="file" name="fu" />')}</table><input type="submit" value="上传" /> <input type="button" value="返回" />`;

  it('E27-6 in happy-dom: 附件名称, 记录序号 and 附件说明 beside the file box name which record the file is for: no overlay of its own', () => {
    expect(mountsUnderChecklist(upload(`${row('选择上传附件名称', names)}${row('记录序号', '<input type="text" name="txtJLXH" />')}`))).toBe(false);
    expect(mountsUnderChecklist(upload(`${row('附件名称', names)}${row('附件说明', '<input type="text" name="txtSM" />')}`))).toBe(false);
  });

  it('neighbours: a record form with a file box in a dialog’s frame (考核年度, 毕业院校 typed) shows its own overlay', () => {
    expect(mountsUnderChecklist(upload(`${row('考核年度', '<input type="text" name="txtKHND" />')}${row('考核结果', '<select name="ddlKHJG"><option>合格</option><option>不合格</option></select>')}`))).toBe(true);
    expect(mountsUnderChecklist(upload(`${row('记录序号', '<input type="text" name="txtJLXH" />')}${row('毕业院校', '<input type="text" name="txtYX" />')}${row('所学专业', '<input type="text" name="txtZY" />')}`))).toBe(true);
  });
});
