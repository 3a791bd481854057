/**
 * Which frame shows the overlay (spec/test-contract.md: once, in the frame that holds the step's
 * form): a form's own upload <iframe> does not when the page around it shows it (probe 15 item 1b).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeStep } from '../../../lib/portal/recognize-step';
import { shouldMountOverlay } from '../../../lib/content/frame-role';

const row = (label: string, control: string) => `<tr><td>${label}：</td><td>${control}</td></tr>`;
/** The upload form a record step embeds: 附件类型, 选择文件, 上传. */
const UPLOAD = `<table>${row('附件类型', '<select name="ddlFJLX"><option>学历证书</option><option>在岗在职证明材料</option></select>')}${row('选择文件', '<input type="file" name="fu">')}</table><input type="submit" value="上传">`;
const EDUCATION = `<div class="ptitle">学位（学历）教育情况</div><table>${row('毕业院校', '<input name="a">')}${row('所学专业', '<input name="b">')}${row('学历', '<select name="c"><option>大学本科</option></select>')}</table>
  <div>附件上传：<iframe name="uploadFrame"></iframe></div><input type="submit" value="保存">`;

/** The upload frame's snapshot, read as a frame inside another. */
function uploadFrame() {
  document.body.innerHTML = `<form>${UPLOAD}</form>`;
  const snapshot = { ...collectSnapshot(document, window), isTopFrame: false };
  return { snapshot, step: recognizeStep(snapshot).step };
}

/** A child frame's window whose parent is this document's window. */
const child = { parent: window } as unknown as Window;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('shouldMountOverlay', () => {
  it('an upload frame inside a step’s form shows no overlay of its own; the form’s page does', () => {
    const upload = uploadFrame();
    expect(upload.step).toBe('certificates');
    document.body.innerHTML = `<form>${EDUCATION}</form>`;
    expect(shouldMountOverlay(upload.snapshot, upload.step, child)).toBe(false);
    const page = collectSnapshot(document, window);
    expect(shouldMountOverlay(page, recognizeStep(page).step, window)).toBe(true);
  });

  it('an upload frame under the 证书、证明材料 list shows none either (probe 15 item 1b)', () => {
    const upload = uploadFrame();
    document.body.innerHTML = `<form><div class="ptitle">证书、证明材料</div><table><tr><th>附件类型</th><th>文件名称</th><th>上传时间</th></tr><tr><td>学历证书</td><td>a.jpg</td><td>2024-01-02</td></tr></table>
      <div>附件上传：<iframe name="uploadFrame"></iframe></div></form>`;
    expect(shouldMountOverlay(upload.snapshot, upload.step, child)).toBe(false);
  });

  it('a record form in a 添加 dialog’s <iframe> over its list page shows it: the fields to fill are there (breaker 31c item 1)', () => {
    document.body.innerHTML = `<form><table>${row('毕业院校', '<input name="a">')}${row('所学专业', '<input name="b">')}${row('学历', '<select name="c"><option>大学本科</option></select>')}</table><input type="submit" value="保存"></form>`;
    const form = { ...collectSnapshot(document, window), isTopFrame: false };
    const step = recognizeStep(form).step;
    expect(step).toBe('education');
    document.body.innerHTML = `<form><div class="ptitle">学位（学历）教育情况</div><input type="button" value="新增">
      <table><tr><th>毕业院校</th><th>所学专业</th><th>学历</th></tr><tr><td>某大学</td><td>土木</td><td>大学本科</td></tr></table>
      <div class="layui-layer"><iframe name="layui-layer-iframe1"></iframe></div></form>`;
    const list = collectSnapshot(document, window);
    expect(shouldMountOverlay(list, recognizeStep(list).step, window)).toBe(true);
    expect(shouldMountOverlay(form, step, child)).toBe(true);
  });

  it('the series page in a frame of a frameset shows it; a menu frame whose current entry is a link does not (breaker 31c item 5)', () => {
    const inFrameset = (body: string) => {
      document.body.innerHTML = body;
      const snapshot = { ...collectSnapshot(document, window), isTopFrame: false };
      const step = recognizeStep(snapshot).step;
      document.body.innerHTML = '<iframe name="topFrame"></iframe><iframe name="leftFrame"></iframe><iframe name="mainFrame"></iframe>';
      return { step, mounts: shouldMountOverlay(snapshot, step, child) };
    };
    expect(inFrameset('<form><h3>选择申报资格系列</h3><ul><li><a href="#">工程系列</a></li><li><a href="#">卫生系列</a></li></ul></form>')).toEqual({ step: 'select-series', mounts: true });
    const steps = ['基本信息', '学历情况', '工作经历', '论文著作', '完成并送审'];
    const menu = steps.map((s) => `<a href="#"${s === '学历情况' ? ' class="cur"' : ''}>${s}</a><br>`).join('');
    expect(inFrameset(`<form>${menu}<a href="#">修改密码</a> <a href="#">退出系统</a></form>`)).toEqual({ step: 'unknown', mounts: false });
  });

  it('a content frame shows it when the page around it does not: a frameset, the shell with the menu', () => {
    const upload = uploadFrame();
    document.body.innerHTML = '<iframe name="mainFrame"></iframe>';
    expect(shouldMountOverlay(upload.snapshot, upload.step, child)).toBe(true);
    document.body.innerHTML = `<form><b>当前位置：职称申报 &gt; 证书、证明材料</b><input type="button" value="退出系统"><a href="#">基本信息</a><a href="#">证书、证明材料</a>
      <iframe name="mainFrame"></iframe></form>`;
    expect(shouldMountOverlay(upload.snapshot, upload.step, child)).toBe(true);
    // Another origin's page around it cannot be read: the frame decides alone.
    const foreign = { get parent(): Window { throw new DOMException('Blocked a frame', 'SecurityError'); } } as unknown as Window;
    expect(shouldMountOverlay(upload.snapshot, upload.step, foreign)).toBe(true);
  });
});
