import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from '../../../lib/content/script-context';
import { openMore, pressInOverlay, startOverlayOn, stopOverlay } from './overlay-on-page';
import { profileSchema } from '../../../lib/profile/schema';
import type { CapturedValue } from '../../../lib/profile/capture';

/**
 * 存入档案 pressed before the background has answered the overlay's first `profile:get-active`
 * (a service worker waking up, a loaded machine: helper race36's audit). The record form shows
 * 记录序号 2; the profile's second 学历 record is the one to update. Taken without the profile, the
 * page's values went to `education[0]` — the first record's 毕业院校 replaced in the preview and,
 * if applied, in the profile.
 */
const PAGE = `<form><div class="ptitle">学位（学历）教育情况</div><table>
<tr><td>记录序号：</td><td><input type="text" id="txtJLXH" value="2" /></td></tr>
<tr><td>毕业院校：</td><td><input type="text" id="txtBYYX" value="中山大学" /></td></tr>
<tr><td>所学专业：</td><td><input type="text" id="txtSXZY" value="环境科学" /></td></tr>
</table><input type="submit" value="保存" /></form>`;
const PROFILE = profileSchema.parse({
  label: '李明远',
  education: [
    { seq: 1, school: '华南理工大学', major: '环境工程' },
    { seq: 2, school: '中山大学', major: '环境工程' },
  ],
});


describe('存入档案 before the overlay has the profile', () => {
  let ctx: ContentScriptContext;
  let answerProfile: () => void;
  /** The values of each capture the content script asked the background to compare or save. */
  let captured: CapturedValue[][];

  beforeEach(async () => {
    captured = [];
    const profileAnswered = new Promise<void>((resolve) => (answerProfile = resolve));
    fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
      const message = raw as { type: string; values?: CapturedValue[] };
      if (message.type === 'profile:get-active') return profileAnswered.then(() => ({ profile: PROFILE, label: PROFILE.label, eligibility: null }));
      if (message.type === 'profile:apply-captured') {
        captured.push(message.values!);
        return Promise.resolve({ saved: false, diff: [], rejected: [], profileId: 'p1' });
      }
      return undefined;
    });
    ctx = await startOverlayOn(PAGE, 'zc-autofill');
  });

  afterEach(() => stopOverlay(ctx));

  it('compares the page with the record its 记录序号 names, once the profile is there — never with the first', async () => {
    openMore();
    pressInOverlay('zc-capture');
    await new Promise((done) => setTimeout(done, 300));
    expect(captured.flat().map((v) => v.path)).not.toContain('education[0].school');
    answerProfile();
    await vi.waitFor(() => expect(captured).toHaveLength(1));
    expect(captured[0]).toEqual(expect.arrayContaining([{ path: 'education[1].school', value: '中山大学' }, { path: 'education[1].major', value: '环境科学' }]));
    expect(captured[0]!.map((v) => v.path).filter((p) => p.startsWith('education[0]'))).toEqual([]);
  });
});
