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
