import { describe, expect, it } from 'vitest';
import { portalButtonOf, pressedByUser } from '../../../lib/content/presubmit';

/**
 * portalButtonOf reads a press by its element's tags, not by `instanceof` (breaker 32k item 1: a
 * press in the page around the form's frame is an element of another window's classes; happy-dom
 * shares its classes between windows, so that part is tested in Chromium, tests/e2e/presubmit-controls.test.ts).
 */
describe('portalButtonOf read by tags: what still is no portal button', () => {
  it('a text box, a list or a reset with a button’s class or an onclick, a link to another page; a link without an address is one', () => {
    document.body.innerHTML = `<input type="text" class="btn" id="t" value="保存" /><select class="btn" id="s" onclick="x()"><option>保存</option></select>
<button type="reset" id="r">保存</button><a href="list.aspx" id="l">保存</a><a id="n">保存</a><a href="#" id="h">保存</a>`;
    for (const id of ['t', 's', 'r', 'l']) expect(portalButtonOf(document.getElementById(id), 'basic-info'), id).toBeNull();
    for (const id of ['n', 'h']) expect(portalButtonOf(document.getElementById(id), 'basic-info')?.action, id).toBe('save');
    // A click dispatched on the document itself has no element to read.
    expect(portalButtonOf(document, 'basic-info')).toBeNull();
    expect(pressedByUser({ element: document.getElementById('n')!, text: '保存', action: 'save' })).toBe(false);
  });
});
