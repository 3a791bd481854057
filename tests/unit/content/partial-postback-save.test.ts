import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime } from 'webextension-polyfill';
// The context the content script's build gives it (wxt.config.ts aliases WXT's to this one).
import { ContentScriptContext } from '../../../lib/content/script-context';
import { startContentScript } from '../../../lib/content/controller';
import { rememberFromReport, savedRecordsFor } from '../../../lib/background/record-memory';
import type { ProgressReport } from '../../../lib/progress/report';

/**
 * A record step whose 保存并新增 posts back in part (an UpdatePanel): the panel holding the record
 * form and its buttons is redrawn without a page load (breaker 29 E3). The save must be
 * remembered as a page load's would be, or the next fill takes the same record again.
 * Driven through the content script with the background's record memory answering its messages.
 */
const TITLE = '<div class="ptitle">学位（学历）教育情况</div>';
const row = (label: string, id: string, value: string) => `<tr><td>${label}：</td><td><input type="text" id="${id}" value="${value}" /></td></tr>`;
const form = (seq: string, school: string, major: string) =>
  `<table>${row('记录序号', 'txtJLXH', seq)}${row('毕业院校', 'txtBYYX', school)}${row('所学专业', 'txtSXZY', major)}</table>` +
  '<input type="button" id="btnSaveNew" value="保存并新增"><input type="button" id="btnBack" value="返回">';

/** Past the content script's quiet period (SETTLE_MS 250) and the re-read. */
const settle = () => new Promise((done) => setTimeout(done, 400));
const SENDER = { tab: { id: 3 } } as Runtime.MessageSender;

describe('a save by a partial postback (UpdatePanel) is remembered as a page load’s (breaker 29 E3)', () => {
  let ctx: ContentScriptContext;
  let kinds: string[];
  const saved = () => savedRecordsFor({ type: 'records:saved', key: location.origin, step: 'education' }, SENDER);

  beforeEach(() => {
    kinds = [];
    fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
      const message = raw as { type: string; event?: ProgressReport };
      if (message.type !== 'progress:report') return undefined;
      kinds.push(message.event!.kind);
      return rememberFromReport(message.event!, SENDER).then(() => undefined); // as lib/background/router.ts does
    });
  });

  afterEach(() => {
    ctx.abort();
    document.querySelector('[data-zc-root]')?.remove();
    fakeBrowser.reset();
  });

  async function start(body: string): Promise<HTMLElement> {
    document.body.innerHTML = `<form>${TITLE}<div id="UpdatePanel1">${body}</div></form>`;
    ctx = new ContentScriptContext('content');
    await startContentScript(ctx);
    await settle();
    return document.getElementById('UpdatePanel1')!;
  }

  it('保存并新增 redrawing the panel with the form emptied: record 1 saved', async () => {
    const panel = await start(form('1', '华南理工大学', '环境工程'));
    document.getElementById('btnSaveNew')!.click();
    panel.innerHTML = form('', '', '');
    await settle();
    expect(kinds).toEqual(['visit', 'saved', 'visit']);
    expect(await saved()).toEqual([1]);
    // The next save, the same way: both remembered.
    (document.getElementById('txtJLXH') as HTMLInputElement).value = '2';
    document.getElementById('txtJLXH')!.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    document.getElementById('btnSaveNew')!.click();
    panel.innerHTML = form('', '', '');
    await settle();
    expect(await saved()).toEqual([1, 2]);
  });

  it('the form redrawn with the same 记录序号 (the portal refused it): nothing saved', async () => {
    const panel = await start(form('1', '华南理工大学', '环境工程'));
    document.getElementById('btnSaveNew')!.click();
    panel.innerHTML = `<span style="color:red">记录序号不能重复</span>${form('1', '华南理工大学', '环境工程')}`;
    await settle();
    expect(await saved()).toEqual([]);
  });

  it('the form emptied while its buttons stay (no postback, his own clearing): the save stays pending, not confirmed', async () => {
    await start(form('1', '华南理工大学', '环境工程'));
    document.getElementById('btnSaveNew')!.click();
    for (const id of ['txtJLXH', 'txtBYYX', 'txtSXZY']) {
      (document.getElementById(id) as HTMLInputElement).value = '';
      document.getElementById(id)!.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await settle();
    expect(kinds.filter((k) => k === 'visit')).toHaveLength(1);
    expect(await saved()).toEqual([]);
  });
});
