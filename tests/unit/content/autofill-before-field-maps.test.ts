import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from '../../../lib/content/script-context';
import { openMore, overlayRoot, pressInOverlay, startOverlayOn, stopOverlay } from './overlay-on-page';
import { profileSchema } from '../../../lib/profile/schema';
import type { TaughtMapping } from '../../../lib/fields/taught.schema';
import type { CapturedValue } from '../../../lib/profile/capture';

/**
 * 用档案填写本页 and 存入档案 pressed right at load, before the background has answered the
 * overlay's `fieldmap:get` (a service worker waking up, a loaded machine; helper race36's audit).
 * The page's 联络手机 box is one the dictionary does not know; the applicant taught it as 手机号码
 * on this site. Planned before that answer, the fill preview left the box out and 存入档案 did not
 * offer its value: the mapping he taught was not used.
 */
const PAGE = `<form><div class="ptitle">基本信息</div><table>
<tr><td>姓名：</td><td><input type="text" id="txtXM" /></td></tr>
<tr><td>联络方式（甲）：</td><td><input type="text" id="txtLLFS1" value="13926001234" /></td></tr>
</table><input type="submit" value="保存" /></form>`;
const PROFILE = profileSchema.parse({ label: '李明远', basic: { name: '李明远', mobile: '13926001234' } });


describe('autofill and 存入档案 before the overlay has the taught mappings', () => {
  let ctx: ContentScriptContext;
  let answerFieldMaps: () => void;
  /** The values of each capture the content script asked the background to compare. */
  let captured: CapturedValue[][];

  beforeEach(async () => {
    captured = [];
    const taught: TaughtMapping = { host: location.hostname, step: 'basic-info', selector: '#txtLLFS1', id: 'txtLLFS1', name: '', key: 'basic.mobile' };
    const fieldMapsAnswered = new Promise<void>((resolve) => (answerFieldMaps = resolve));
    fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
      const message = raw as { type: string; values?: CapturedValue[] };
      if (message.type === 'profile:get-active') return Promise.resolve({ profile: PROFILE, label: PROFILE.label, eligibility: null });
      if (message.type === 'fieldmap:get') return fieldMapsAnswered.then(() => ({ own: [taught], pack: { taught: [], hints: {}, synonyms: [] } }));
      if (message.type === 'profile:apply-captured') {
        captured.push(message.values!);
        return Promise.resolve({ saved: false, diff: [], rejected: [], profileId: 'p1' });
      }
      return undefined;
    });
    ctx = await startOverlayOn(PAGE, 'zc-autofill');
  });

  afterEach(() => stopOverlay(ctx));

  it('plans the fill with the taught 手机号码 box once the field maps are there', async () => {
    pressInOverlay('zc-autofill');
    await new Promise((done) => setTimeout(done, 300));
    expect(overlayRoot().querySelector('[data-testid="zc-autofill-preview"]')).toBeNull();
    answerFieldMaps();
    await vi.waitFor(() => expect(overlayRoot().querySelector('[data-testid="zc-autofill-preview"]')).toBeTruthy());
    const keys = [...overlayRoot().querySelectorAll('[data-testid="zc-autofill-preview-item"]')].map((row) => row.getAttribute('data-key'));
    expect(keys).toEqual(expect.arrayContaining(['basic.name', 'basic.mobile']));
  });

  it('存入档案 offers the taught box’s value once the field maps are there', async () => {
    openMore();
    pressInOverlay('zc-capture');
    await new Promise((done) => setTimeout(done, 300));
    expect(captured).toEqual([]);
    answerFieldMaps();
    await vi.waitFor(() => expect(captured).toHaveLength(1));
    expect(captured[0]).toEqual(expect.arrayContaining([{ path: 'basic.mobile', value: '13926001234' }]));
  });
});
