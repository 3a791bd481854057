import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
// The context the content script's build gives it (wxt.config.ts aliases WXT's to this one).
import { ContentScriptContext } from '../../../lib/content/script-context';
import { startContentScript } from '../../../lib/content/controller';
import { publishOnDemandFeatures } from '../../../lib/content/on-demand';
import { onDemandActions } from '../../../lib/content/on-demand-actions';
import { renderOnDemandView } from '../../../components/on-demand/views';
import { legacyNotice } from '../../../lib/compat/notice';
import { LATE_CHECKS } from '../../../lib/checks/late-checks';
import { addLegacyToken } from '../../../lib/compat/flags';

/**
 * The panel's notice about an IE-era dead end, driven through the content script itself: the
 * compat script (MAIN world) flags the frame after the overlay started, and the notice's words
 * come with on-demand.js, which is not loaded yet — the background injects it on this first use.
 */
const PAGE = `<form><div class="ptitle">基本信息</div><table>
<tr><td>姓名</td><td><input type="text" id="txtXM" value="李明远" /></td></tr>
<tr><td>工作单位</td><td><input type="text" id="txtGZDW" /><input type="button" class="btnpick" value="..." /></td></tr>
</table></form>`;

const SLOT = Symbol.for('zc.on-demand-features');
const notice = () => document.querySelector('[data-zc-root]')!.shadowRoot!.querySelector('.zc-notice')?.textContent ?? null;

describe('the notice about an IE-era dead end', () => {
  let ctx: ContentScriptContext;
  let asked: unknown[];

  beforeEach(async () => {
    delete (globalThis as Record<symbol, unknown>)[SLOT];
    asked = [];
    // The background: no profile, nothing taught; asked to load on-demand.js, it "injects" it.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const { type } = message as { type: string };
      asked.push(type);
      if (type === 'profile:get-active') return { profile: null };
      if (type !== 'content:load-on-demand') return undefined;
      publishOnDemandFeatures({ overlayActions: onDemandActions, renderView: renderOnDemandView, legacyNotice, lateChecks: LATE_CHECKS });
      return { ok: true };
    });
    document.body.innerHTML = PAGE;
    ctx = new ContentScriptContext('content');
    await startContentScript(ctx);
  });

  afterEach(() => {
    ctx.abort();
    vi.restoreAllMocks();
    document.querySelector('[data-zc-root]')?.remove();
    document.documentElement.removeAttribute('data-zc-legacy');
    delete (globalThis as Record<symbol, unknown>)[SLOT];
  });

  it('shows once the page ran an IE-era picker, on-demand.js loaded for it on this first use', async () => {
    expect(notice()).toBeNull();
    expect(asked).not.toContain('content:load-on-demand');
    addLegacyToken(document, 'showModalDialog');
    await vi.waitFor(() => expect(notice()).toMatch(/为旧版 IE 写的/));
    expect(asked.filter((type) => type === 'content:load-on-demand')).toHaveLength(1);
    // A later flag, the more telling one, replaces it (on-demand.js already there).
    addLegacyToken(document, 'showModalDialog-replayed');
    await vi.waitFor(() => expect(notice()).toMatch(/把您的选择交回了本页/));
    expect(asked.filter((type) => type === 'content:load-on-demand')).toHaveLength(1);
  });
});
