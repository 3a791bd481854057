import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// The context the content script's build gives it (wxt.config.ts aliases WXT's to this one).
import { ContentScriptContext } from '../../../lib/content/script-context';
import { startContentScript } from '../../../lib/content/controller';
import { publishOnDemandFeatures } from '../../../lib/content/on-demand';
import { onDemandActions } from '../../../lib/content/on-demand-actions';
import { renderOnDemandView } from '../../../components/on-demand/views';
import { legacyNotice } from '../../../lib/compat/notice';
import { LATE_CHECKS } from '../../../lib/checks/late-checks';

/**
 * fixb28: typing in a rich-text editor (a KindEditor's frame drawn for a hidden 备注 box) after a
 * let-through press of 提交送审 is an edit of the form, as typing in a box is
 * (tests/unit/content/let-through.test.ts): the page's next script click of 送审 is checked again.
 * Happy-dom loads no frame: the frame is given its editable document, and that document its
 * window's frameElement, as a browser's frame has.
 */
const PAGE = `<style>[hidden] { display: none }</style><form id="aspnetForm"><div class="ptitle">基本信息</div><table>
<tr><td>姓名</td><td><input name="ctl00$ContentPlaceHolder1$txtXM" type="text" id="txtXM" value="李明远" /></td></tr>
<tr><td>手机号码</td><td><input name="ctl00$ContentPlaceHolder1$txtSJHM" type="text" id="txtSJHM" value="1392600123" /></td></tr>
<tr><td>备注</td><td><div class="ke-container"><iframe class="ke-edit-iframe" id="keFrame" style="width:600px;height:120px"></iframe></div><textarea name="ctl00$ContentPlaceHolder1$txtBZ" id="txtBZ" style="display:none"></textarea></td></tr>
</table><input type="button" value="提交送审" id="btnTJShow" />
<input type="submit" name="ctl00$ContentPlaceHolder1$btnTJ" value="送审" id="btnTJ" style="display:none" />
<div id="box" hidden>确定提交吗？提交后不能修改。<input type="button" value="确定" id="boxOk" /></div></form>`;

/** A click as the user's own press makes it (happy-dom's are never trusted). */
function press(id: string): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  document.getElementById(id)!.dispatchEvent(event);
}

const overlay = () => document.querySelector('[data-zc-root]')!.shadowRoot!;
const dialogShown = () => !!overlay().querySelector('[data-testid="zc-presubmit"]');

describe('typing in a rich-text editor after a let-through press (fixb28)', () => {
  let ctx: ContentScriptContext;
  let sent: string[];
  let editing: HTMLElement;

  beforeEach(async () => {
    publishOnDemandFeatures({ overlayActions: onDemandActions, renderView: renderOnDemandView, legacyNotice, lateChecks: LATE_CHECKS });
    document.body.innerHTML = PAGE;
    const frame = document.getElementById('keFrame')!;
    const doc = document.implementation.createHTMLDocument('');
    doc.body.contentEditable = 'true';
    Object.defineProperty(doc, 'defaultView', { value: { frameElement: frame } });
    Object.defineProperty(frame, 'contentDocument', { value: doc });
    editing = doc.body;
    sent = [];
    const box = document.getElementById('box')!;
    document.getElementById('btnTJShow')!.addEventListener('click', () => (box.hidden = false));
    document.getElementById('boxOk')!.addEventListener('click', () => {
      box.hidden = true;
      document.getElementById('btnTJ')!.click();
    });
    document.getElementById('btnTJ')!.addEventListener('click', (event) => {
      sent.push('btnTJ');
      event.preventDefault();
    });
    ctx = new ContentScriptContext('content');
    await startContentScript(ctx);
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
    ctx.abort();
    document.querySelector('[data-zc-root]')?.remove();
  });

  it('his typing in the editor while the page’s box is open ends the let-through: its 确定’s script 送审 is checked again', () => {
    press('btnTJShow');
    expect(dialogShown()).toBe(true);
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'isTrusted', { value: true });
    overlay().querySelector('[data-testid="zc-presubmit-continue"]')!.dispatchEvent(event);
    press('btnTJShow');
    expect(document.getElementById('box')!.hidden).toBe(false);
    editing.textContent = '无';
    const input = new Event('input', { bubbles: true });
    Object.defineProperty(input, 'isTrusted', { value: true });
    editing.dispatchEvent(input);
    press('boxOk');
    expect(dialogShown()).toBe(true);
    expect(sent).toEqual([]);
  });
});
