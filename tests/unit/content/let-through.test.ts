import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// The context the content script's build gives it (wxt.config.ts aliases WXT's to this one).
import { ContentScriptContext } from '../../../lib/content/script-context';
import { startContentScript } from '../../../lib/content/controller';
import { publishOnDemandFeatures } from '../../../lib/content/on-demand';
import { onDemandActions } from '../../../lib/content/on-demand-actions';
import { renderOnDemandView } from '../../../components/on-demand/views';
import { legacyNotice } from '../../../lib/compat/notice';
import { LATE_CHECKS } from '../../../lib/checks/late-checks';
import { profileSchema } from '../../../lib/profile/schema';

/**
 * The let-through after the pre-submit dialog, driven through the content script itself: a
 * 基本信息 with a wrong 手机号码 (an error that stays), a visible 提交送审 that opens the page's own
 * HTML box 确定提交吗？, whose 确定 has the page's script click the hidden server 送审, and a
 * visible 保存 whose script clicks the hidden server 保存 at once. (The style is the browser's own
 * rule for `hidden`, which happy-dom does not apply.)
 */
const PAGE = `<style>[hidden] { display: none }</style><form id="aspnetForm"><div class="ptitle">基本信息</div><table>
<tr><td>姓名</td><td><input name="ctl00$ContentPlaceHolder1$txtXM" type="text" id="txtXM" value="李明远" /></td></tr>
<tr><td>手机号码</td><td><input name="ctl00$ContentPlaceHolder1$txtSJHM" type="text" id="txtSJHM" value="1392600123" /></td></tr>
</table><input type="button" value="保存" id="btnSaveShow" />
<input type="submit" name="ctl00$ContentPlaceHolder1$btnSave" value="保存" id="btnSave" style="display:none" />
<input type="button" value="提交送审" id="btnTJShow" />
<input type="submit" name="ctl00$ContentPlaceHolder1$btnTJ" value="送审" id="btnTJ" style="display:none" />
<div id="box" hidden>确定提交吗？提交后不能修改。<input type="button" value="确定" id="boxOk" /><input type="button" value="取消" id="boxCancel" /></div></form>`;

/** A click as the user's own press makes it (happy-dom's are never trusted). */
function press(id: string): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  document.getElementById(id)!.dispatchEvent(event);
}

/** His own edit of a field (a text typed, a box ticked), with the input and change events the browser sends. */
function typeInto(id: string, value: string | true): void {
  const field = document.getElementById(id) as HTMLInputElement;
  if (value === true) field.checked = true;
  else field.value = value;
  for (const type of ['input', 'change']) {
    const event = new Event(type, { bubbles: true });
    Object.defineProperty(event, 'isTrusted', { value: true });
    field.dispatchEvent(event);
  }
}

const overlay = () => document.querySelector('[data-zc-root]')!.shadowRoot!;
const dialogShown = () => !!overlay().querySelector('[data-testid="zc-presubmit"]');
/** His own press of the overlay's button with this test id. */
function pressInOverlay(testId: string): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  overlay().querySelector(`[data-testid="${testId}"]`)!.dispatchEvent(event);
}
const answer = (choice: 'continue' | 'cancel') => pressInOverlay(`zc-presubmit-${choice}`);

describe('the let-through after the pre-submit dialog (breaker 28 items 1 and 4)', () => {
  let ctx: ContentScriptContext;
  /** The portal buttons whose click reached the page (not held by the content script). */
  let sent: string[];

  beforeEach(async () => {
    publishOnDemandFeatures({ overlayActions: onDemandActions, renderView: renderOnDemandView, legacyNotice, lateChecks: LATE_CHECKS });
    document.body.innerHTML = PAGE;
    sent = [];
    const box = document.getElementById('box')!;
    document.getElementById('btnTJShow')!.addEventListener('click', () => (box.hidden = false));
    document.getElementById('boxOk')!.addEventListener('click', () => {
      box.hidden = true;
      document.getElementById('btnTJ')!.click();
    });
    document.getElementById('boxCancel')!.addEventListener('click', () => (box.hidden = true));
    document.getElementById('btnSaveShow')!.addEventListener('click', () => document.getElementById('btnSave')!.click());
    for (const id of ['btnTJ', 'btnSave']) {
      document.getElementById(id)!.addEventListener('click', (event) => {
        sent.push(id);
        event.preventDefault();
      });
    }
    ctx = new ContentScriptContext('content');
    await startContentScript(ctx);
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
    ctx.abort();
    document.querySelector('[data-zc-root]')?.remove();
  });

  /** 提交送审 held for the error, “continue”, and his own press of it again: let through, the box opens. */
  function continueToTheBox(): void {
    press('btnTJShow');
    expect(dialogShown()).toBe(true);
    answer('continue');
    expect(dialogShown()).toBe(false);
    press('btnTJShow');
    expect(dialogShown()).toBe(false);
    expect(document.getElementById('box')!.hidden).toBe(false);
  }

  it('our own fill (应用) while the box is open ends the let-through: its 确定’s script 送审 is checked again (breaker 31a LT2)', async () => {
    continueToTheBox();
    vi.useRealTimers();
    // A page script emptied 姓名 (no event of his): the fill writes it, with events as untrusted as the page's.
    (document.getElementById('txtXM') as HTMLInputElement).value = '';
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ profile: profileSchema.parse({ label: '李明远', basic: { name: '李明远' } }) } as never);
    pressInOverlay('zc-autofill');
    await vi.waitFor(() => expect(overlay().querySelector('[data-testid="zc-autofill-apply"]')).not.toBeNull());
    pressInOverlay('zc-autofill-apply');
    await vi.waitFor(() => expect(overlay().querySelector('[data-testid="zc-autofill-report"]')).not.toBeNull(), { timeout: 5000 });
    expect((document.getElementById('txtXM') as HTMLInputElement).value).toBe('李明远');
    press('boxOk');
    expect(dialogShown()).toBe(true);
    expect(sent).toEqual([]);
    vi.restoreAllMocks();
  });

  it('the page’s box read for 10 s: its 确定’s script click on the hidden 送审 goes through once, a second one is checked', () => {
    continueToTheBox();
    vi.advanceTimersByTime(10_000);
    press('boxOk');
    expect(sent).toEqual(['btnTJ']);
    expect(dialogShown()).toBe(false);
    // That click used the let-through up: the page's next click of 送审 is checked.
    document.getElementById('btnTJ')!.click();
    expect(dialogShown()).toBe(true);
    expect(sent).toEqual(['btnTJ']);
  });

  it('the box’s 确定 pressed at once: the script click goes; 3 s after his press the page’s next click of 送审 is checked', () => {
    continueToTheBox();
    press('boxOk');
    expect(sent).toEqual(['btnTJ']);
    vi.advanceTimersByTime(3_000);
    document.getElementById('btnTJ')!.click();
    expect(dialogShown()).toBe(true);
    expect(sent).toEqual(['btnTJ']);
  });

  it('the box cancelled: his next press of 提交送审 is checked again (the error is still there)', () => {
    continueToTheBox();
    press('boxCancel');
    press('btnTJShow');
    expect(dialogShown()).toBe(true);
    answer('cancel');
    expect(sent).toEqual([]);
  });

  it('typing in a form field after the let-through press: the page’s next click of 送审 is checked', () => {
    continueToTheBox();
    typeInto('txtSJHM', '1392600124');
    press('boxOk');
    expect(dialogShown()).toBe(true);
    expect(sent).toEqual([]);
  });

  it('his tick of a 承诺 box in the page’s own 确定提交吗？ box: its 确定’s script 送审 goes (breaker 30b L1)', () => {
    const promise = document.createElement('input');
    promise.type = 'checkbox';
    promise.id = 'chkPromise';
    document.getElementById('box')!.prepend(promise, '本人承诺所填信息真实无误');
    // The page un-ticks it each time it opens its box.
    document.getElementById('btnTJShow')!.addEventListener('click', () => (promise.checked = false));
    continueToTheBox();
    typeInto('chkPromise', true);
    press('boxOk');
    expect(sent).toEqual(['btnTJ']);
    expect(dialogShown()).toBe(false);
  });

  it('a layer box the page adds after his press, with a field he types in: its 确定’s script 送审 goes (breaker 30b L1)', () => {
    document.getElementById('btnTJShow')!.addEventListener('click', () => {
      const layer = document.createElement('div');
      layer.style.position = 'fixed';
      layer.innerHTML = '请输入申报人姓名确认：<input type="text" id="layerName" /><a id="layerOk">确定</a>';
      document.body.append(layer);
      layer.querySelector('#layerOk')!.addEventListener('click', () => document.getElementById('btnTJ')!.click());
    });
    continueToTheBox();
    typeInto('layerName', '李明远');
    vi.advanceTimersByTime(5_000);
    press('layerOk');
    expect(sent).toEqual(['btnTJ']);
  });

  it('a change event the page’s script fires as it opens its box does not end the let-through (breaker 30b L2)', () => {
    const confirmed = document.createElement('input');
    confirmed.type = 'hidden';
    confirmed.id = 'hidConfirm';
    document.getElementById('aspnetForm')!.append(confirmed);
    document.getElementById('btnTJShow')!.addEventListener('click', () => {
      confirmed.value = '';
      confirmed.dispatchEvent(new Event('change', { bubbles: true }));
      document.getElementById('txtSJHM')!.dispatchEvent(new Event('input', { bubbles: true }));
    });
    continueToTheBox();
    press('boxOk');
    expect(sent).toEqual(['btnTJ']);
    expect(dialogShown()).toBe(false);
  });

  it('仍然保存 presses the visible 保存 for him, and its script click on the hidden 保存 goes with it; the next one is checked', () => {
    press('btnSaveShow');
    expect(dialogShown()).toBe(true);
    answer('continue');
    expect(sent).toEqual(['btnSave']);
    document.getElementById('btnSave')!.click();
    expect(dialogShown()).toBe(true);
    expect(sent).toEqual(['btnSave']);
  });

  it('after 仍然保存 on a javascript: 保存 link, a script 送审 after the 3 s window is checked (breaker 29 item 1, A)', () => {
    const link = document.createElement('a');
    link.id = 'lbSave';
    link.href = 'javascript:void 0';
    link.textContent = '保存';
    document.getElementById('aspnetForm')!.append(link);
    link.addEventListener('click', (event) => {
      sent.push('lbSave');
      event.preventDefault();
    });
    press('lbSave');
    expect(dialogShown()).toBe(true);
    answer('continue');
    press('lbSave'); // never pressed for him: his own press is let through
    expect(sent).toEqual(['lbSave']);
    vi.advanceTimersByTime(5_000);
    // The page's own “保存成功，是否提交？” box: its 确定 clicks the hidden 送审, checked as a 送审.
    document.getElementById('btnTJ')!.click();
    expect(dialogShown()).toBe(true);
    expect(sent).toEqual(['lbSave']);
  });

  it('a 保存并提交 whose script clicks the hidden 保存 and then the hidden 送审: both go once (breaker 29 item 2, B)', () => {
    document.getElementById('btnTJShow')!.addEventListener('click', () => {
      document.getElementById('btnSave')!.click();
      document.getElementById('btnTJ')!.click();
    });
    press('btnTJShow');
    expect(dialogShown()).toBe(true);
    answer('continue');
    press('btnTJShow');
    expect(sent).toEqual(['btnSave', 'btnTJ']);
    expect(dialogShown()).toBe(false);
  });

  it('an auto-save clicking the hidden 保存 after the window, while he reads the box, is checked; the box’s 送审 then goes (breaker 29 item 3, C)', () => {
    continueToTheBox();
    vi.advanceTimersByTime(6_000);
    document.getElementById('btnSave')!.click();
    expect(dialogShown()).toBe(true);
    answer('cancel');
    press('boxOk');
    expect(sent).toEqual(['btnTJ']);
    expect(dialogShown()).toBe(false);
  });

  it('the box cancelled, the page’s auto-save 10 min later is checked (breaker 29 item 4, D)', () => {
    continueToTheBox();
    press('boxCancel');
    vi.advanceTimersByTime(600_000);
    document.getElementById('btnSave')!.click();
    expect(dialogShown()).toBe(true);
    expect(sent).toEqual([]);
  });

  it('a double-click on a javascript: 提交送审 link: the second click is checked, the first one’s script 送审 100 ms later goes (breaker 29 item 4b, I)', () => {
    const link = document.createElement('a');
    link.id = 'lnkTJ';
    link.href = 'javascript:void 0';
    link.textContent = '提交送审';
    document.getElementById('aspnetForm')!.append(link);
    link.addEventListener('click', (event) => {
      if (!event.defaultPrevented) setTimeout(() => document.getElementById('btnTJ')!.click(), 100);
    });
    press('lnkTJ');
    expect(dialogShown()).toBe(true);
    answer('continue');
    press('lnkTJ');
    press('lnkTJ');
    expect(dialogShown()).toBe(true);
    answer('cancel');
    vi.advanceTimersByTime(200);
    expect(sent).toEqual(['btnTJ']);
  });

  it('an armed 送审 never rides on the press 仍然保存 makes for him later (breaker 30b L3)', () => {
    // The hidden 保存's handler goes on to the hidden 送审 (a page that submits after saving).
    document.getElementById('btnSave')!.addEventListener('click', () => document.getElementById('btnTJ')!.click());
    continueToTheBox();
    press('boxCancel');
    vi.advanceTimersByTime(60_000);
    // The page's auto-save clicks its visible 保存: held; 仍然保存 presses 保存 for him, never the 送审.
    document.getElementById('btnSaveShow')!.click();
    expect(dialogShown()).toBe(true);
    answer('continue');
    expect(sent).toEqual(['btnSave']);
  });

  it('保存并提交 through the page’s box read for 5 s: its 保存 held, its 送审 is held too, never sent without it (breaker 30b L4)', () => {
    const both = document.createElement('input');
    both.type = 'button';
    both.id = 'btnBCTJ';
    both.value = '保存并提交';
    document.getElementById('aspnetForm')!.append(both);
    const box = document.getElementById('box')!;
    both.addEventListener('click', () => (box.hidden = false));
    const ok = document.getElementById('boxOk')!.cloneNode(true) as HTMLElement;
    document.getElementById('boxOk')!.replaceWith(ok);
    ok.addEventListener('click', () => {
      box.hidden = true;
      document.getElementById('btnSave')!.click();
      document.getElementById('btnTJ')!.click();
    });
    press('btnBCTJ');
    answer('continue');
    press('btnBCTJ');
    expect(box.hidden).toBe(false);
    vi.advanceTimersByTime(5_000);
    press('boxOk');
    expect(dialogShown()).toBe(true);
    expect(sent).toEqual([]);
  });

  /** The extension updated or reloaded under the page: its id is gone, as ctx.isValid then finds. */
  function extensionGone(): () => void {
    const runtime = browser.runtime as { id?: string };
    const id = runtime.id;
    runtime.id = undefined;
    return () => (runtime.id = id);
  }

  it('his press of 保存 right after an update is not held: the page gets it (probe 14a O4)', () => {
    const restore = extensionGone();
    try {
      press('btnSaveShow');
      expect(dialogShown()).toBe(false);
      expect(sent).toEqual(['btnSave']);
    } finally {
      restore();
    }
  });

  it('teach mode waiting for a click takes none once the extension is gone: the field gets his press (probe 14a O6)', () => {
    const start = new MouseEvent('click', { bubbles: true, cancelable: true });
    Object.defineProperty(start, 'isTrusted', { value: true });
    const opened = new Event('toggle');
    Object.defineProperty(opened, 'isTrusted', { value: true });
    overlay().getElementById('zc-sec-more')!.dispatchEvent(opened);
    overlay().querySelector('[data-testid="zc-teach-start"]')!.dispatchEvent(start);
    expect(overlay().querySelector('[data-testid="zc-teach"][data-phase="picking"]')).not.toBeNull();
    const restore = extensionGone();
    try {
      const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
      Object.defineProperty(down, 'isTrusted', { value: true });
      document.getElementById('txtXM')!.dispatchEvent(down);
      expect(down.defaultPrevented).toBe(false);
    } finally {
      restore();
    }
  });

  it('用档案填写本页 pressed right after an update throws nothing into the page (breaker 30c)', async () => {
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    const sendMessage = vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    const restore = extensionGone();
    try {
      // The button as drawn before the update; its handler runs once the id is gone.
      const start = new MouseEvent('click', { bubbles: true, cancelable: true });
      Object.defineProperty(start, 'isTrusted', { value: true });
      const button = overlay().querySelector('[data-testid="zc-autofill"]')!;
      vi.spyOn(browser.i18n, 'getMessage').mockImplementation(() => {
        throw new Error('Extension context invalidated.');
      });
      button.dispatchEvent(start);
      vi.useRealTimers();
      await new Promise((settled) => setTimeout(settled, 20));
      expect(sendMessage).toHaveBeenCalledWith({ type: 'profile:get-active' });
      expect(rejections).toEqual([]);
      expect(overlay().querySelector('[data-testid="zc-disconnected"]')).not.toBeNull();
    } finally {
      process.off('unhandledRejection', onRejection);
      vi.restoreAllMocks();
      restore();
    }
  });
});
