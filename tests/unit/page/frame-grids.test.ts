/**
 * The lists of saved records in a frame's own <iframe>s (childFrameGrids; breaker 27 F4: a
 * GridView page in a frame of its own above the 年度考核结果 form): read as the page's when the
 * frame holds no field of its own, never an upload panel's or a record form's, nor a rich-text
 * editor's, another origin's, a hidden one's or one showing our overlay. A frame with a field and
 * no overlay is heard (`watch`) all the same: the page's 个人照片 may be chosen in it (B64a-4).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { childFrameGrids } from '../../../lib/page/page-text';

const LIST = `<table border="1"><tr><th>序号</th><th>考核年度</th><th>考核结果</th></tr>
<tr><td>1</td><td>2023</td><td>称职</td></tr><tr><td>2</td><td>2024</td><td>不称职</td></tr></table>`;

/**
 * An <iframe> in this document showing `body` (happy-dom loads no frame's page: its document is
 * given), or another origin's (no document to read) when `body` is null.
 */
function frameOf(body: string | null, style = ''): Document | null {
  const frame = document.createElement('iframe');
  frame.setAttribute('style', style);
  let child: Document | null = null;
  if (body !== null) {
    child = document.implementation.createHTMLDocument('');
    child.body.innerHTML = body;
  }
  Object.defineProperty(frame, 'contentDocument', { value: child });
  Object.defineProperty(frame, 'contentWindow', { value: null });
  document.body.append(frame);
  return child;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the lists in a frame’s own <iframe>s', () => {
  it('are read from a frame holding a list and no field (its hidden state, a checkbox column and 删除 links allowed)', () => {
    frameOf(`<form><input type="hidden" name="__VIEWSTATE" value="x">${LIST.replace('</table>', '<tr><td><input type="checkbox"></td><td>2025</td><td><a href="#">删除</a></td></tr></table>')}</form>`);
    const grids = childFrameGrids(document);
    expect(grids.map((g) => g.headers)).toEqual([['序号', '考核年度', '考核结果']]);
    expect(grids[0]!.rows.map((r) => r.cells[2])).toEqual(['称职', '不称职', '删除']);
  });

  it('hand each frame read to `watch`, in document order, its lists after one another', () => {
    const first = frameOf(LIST);
    frameOf('<p>无记录</p>');
    const second = frameOf(LIST.replace('不称职', '优秀'));
    const watched: Document[] = [];
    expect(childFrameGrids(document, (child) => watched.push(child)).map((g) => g.rows[1]!.cells[2])).toEqual(['不称职', '优秀']);
    expect(watched[0]).toBe(first);
    expect(watched.at(-1)).toBe(second);
  });

  it('are not read from a frame with a field: an upload panel, a record form in a dialog', () => {
    frameOf(`${LIST}<select name="fjmc"><option>在岗在职证明材料</option></select><input type="file" name="fu"><input type="submit" value="上传">`);
    frameOf(`${LIST}<input type="text" name="khnd"><input type="submit" value="保存">`);
    frameOf(`${LIST}<textarea name="bz"></textarea>`);
    expect(childFrameGrids(document)).toEqual([]);
  });

  it('hand a frame with a field but no overlay to `watch` (an upload panel: a photo chosen there is the page’s, B64a-4), its lists unread; not one showing our overlay, a hidden one or another origin’s', () => {
    const upload = frameOf(`${LIST}<img src="zp.jpg"><input type="file" name="fuZP"><input type="submit" value="上传">`);
    frameOf(`<input type="file" name="fu"><div data-zc-root></div>`);
    frameOf('<input type="file" name="fu">', 'display:none');
    frameOf(null);
    const watched: Document[] = [];
    expect(childFrameGrids(document, (child) => watched.push(child))).toEqual([]);
    expect(watched).toEqual([upload]);
  });

  it('are not read from a rich-text editor’s body, a frame showing our overlay, a hidden frame or another origin’s', () => {
    frameOf(LIST)!.body.setAttribute('contenteditable', 'true');
    frameOf(`${LIST}<div data-zc-root></div>`);
    frameOf(LIST, 'display:none');
    frameOf(null);
    expect(childFrameGrids(document)).toEqual([]);
  });
});
