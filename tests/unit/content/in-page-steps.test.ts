import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
// The context the content script's build gives it (wxt.config.ts aliases WXT's to this one).
import { ContentScriptContext } from '../../../lib/content/script-context';
import { startContentScript } from '../../../lib/content/controller';
import type { ProgressEvent } from '../../../lib/progress/model';

/**
 * A step shown without a page load, driven through the content script itself (probe 15 items 2
 * and 5): a tab strip whose panes are all in the page, shown by their style, and an UpdatePanel
 * whose content a partial postback replaces with the next step's.
 */
const row = (label: string, id: string) => `<tr><td>${label}：</td><td><input type="text" id="${id}" /></td></tr>`;
const BASIC = `<div class="ptitle">基本信息</div><table>${row('姓名', 'txtXM')}${row('公民身份号码', 'txtSFZ')}${row('出生日期', 'txtCSRQ')}</table>`;
const EDUCATION = `<div class="ptitle">学位（学历）教育情况</div><table>${row('毕业院校', 'txtBYYX')}${row('所学专业', 'txtSXZY')}</table>`;
const SUBMIT = `<div class="ptitle">完成并送审</div><input type="checkbox" id="chkTY" /><label for="chkTY">同意</label><input type="submit" value="送审" />`;

const shownStep = () => document.querySelector('[data-zc-root]')!.shadowRoot!.querySelector('[data-testid="zc-step"]')!.getAttribute('data-step-id');
/** Past the content script's quiet period (SETTLE_MS 250) and the re-read. */
const settle = () => new Promise((done) => setTimeout(done, 400));

describe('a step shown without a page load', () => {
  let ctx: ContentScriptContext;
  /** What the content script sent to the background, in order: `kind:step` for reports, `get` for progress read. */
  let sent: string[];

  beforeEach(() => {
    sent = [];
    fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
      const message = raw as { type: string; event?: ProgressEvent };
      if (message.type === 'progress:report') sent.push(`${message.event!.kind}:${message.event!.step}`);
      if (message.type === 'progress:get') sent.push('get');
      return undefined;
    });
  });

  afterEach(() => {
    ctx.abort();
    document.querySelector('[data-zc-root]')?.remove();
    fakeBrowser.reset();
  });

  async function start(body: string): Promise<void> {
    document.body.innerHTML = body;
    ctx = new ContentScriptContext('content');
    await startContentScript(ctx);
  }

  it('follows a tab or a wizard’s 下一步 that shows another pane by its style, class or hidden attribute (item 2)', async () => {
    await start(`<form><div id="pane0">${BASIC}</div><div id="pane1" style="display:none">${EDUCATION}</div></form>`);
    expect(shownStep()).toBe('basic-info');
    const [pane0, pane1] = [document.getElementById('pane0')!, document.getElementById('pane1')!];
    pane0.style.display = 'none';
    pane1.style.display = '';
    await settle();
    expect(shownStep()).toBe('education');
    // Back by a class the page's stylesheet hides.
    document.head.insertAdjacentHTML('beforeend', '<style>.off { display: none }</style>');
    pane1.className = 'off';
    pane0.style.display = '';
    await settle();
    expect(shownStep()).toBe('basic-info');
    // And by its hidden attribute (the browser's own rule, which happy-dom does not apply, written out).
    document.head.insertAdjacentHTML('beforeend', '<style>[hidden] { display: none }</style>');
    pane0.hidden = true;
    pane1.className = '';
    await settle();
    expect(shownStep()).toBe('education');
  });

  it('does not re-read a quiet page in a loop: drawing the panel and its markers feeds no re-read', async () => {
    await start(`<form>${BASIC.replace('</table>', `${row('手机号码', 'txtSJHM')}</table>`)}</form>`);
    (document.getElementById('txtSJHM') as HTMLInputElement).value = '1392600123';
    document.getElementById('txtSJHM')!.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    const markers = document.querySelector('[data-zc-root]')!.shadowRoot!.querySelectorAll('[data-testid="zc-field-marker"]');
    expect(markers.length).toBeGreaterThan(0);
    const reads = () => performance.getEntriesByName('zc:evaluate').length;
    const before = reads();
    await settle();
    await settle();
    expect(reads()).toBe(before);
  });

  it('reports the new step as a visit, and reads progress again for the 完成并送审 checklist (item 5)', async () => {
    await start(`<form><div id="UpdatePanel1">${BASIC}</div></form>`);
    await settle();
    expect(sent.filter((m) => m.startsWith('visit'))).toEqual(['visit:basic-info']);
    document.getElementById('UpdatePanel1')!.innerHTML = EDUCATION;
    await settle();
    expect(shownStep()).toBe('education');
    expect(sent.filter((m) => m.startsWith('visit'))).toEqual(['visit:basic-info', 'visit:education']);
    document.getElementById('UpdatePanel1')!.innerHTML = SUBMIT;
    await settle();
    expect(shownStep()).toBe('submit');
    // The visit first (it settles a pending 保存并下一步), then progress read after it.
    expect(sent.slice(sent.indexOf('visit:submit'))).toContain('get');
  });
});
