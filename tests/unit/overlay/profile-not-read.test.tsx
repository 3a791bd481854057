import { beforeEach, describe, expect, it } from 'vitest';
import { installLocale } from '../i18n-fake';
import { renderOverlay } from './render-overlay';

/**
 * The fill section before the background has answered `profile:get-active` (the overlay is drawn
 * before it; a service worker waking up answers late: helper race36's audit). Until then it must
 * not say that no profile was imported — the applicant with one would read that he has none —
 * and the label's line is kept so that the button does not move when the answer comes.
 */
describe('the overlay before the profile is read', () => {
  beforeEach(() => installLocale());

  it('says nothing of the profile until the answer; no profile set up is said once answered', () => {
    const panel = renderOverlay([]);
    const before = panel.textContent ?? '';
    expect(before).not.toContain('尚未导入档案');
    expect(before).toContain('用档案填写本页');
    // Its line is kept, empty, above the button: the label comes in without moving it.
    expect(panel.querySelector('#zc-sec-fill p.zc-muted')?.textContent).toBe('\u00a0');
    expect(renderOverlay([], { profileLabel: null }).textContent).toContain('尚未导入档案');
    expect(renderOverlay([], { profileLabel: '李明远' }).textContent).toContain('使用档案：李明远');
  });
});
