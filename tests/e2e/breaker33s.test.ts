import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PagesSession, inOverlay, startPagesSession, waitForStep } from './harness';
import { N, webForm } from './web-form-pages';

/**
 * Breaker 33s, in Chromium: the pre-submit check on an unseen portal's 送审 worded 申报 (item 1).
 * Pages hand-made, served on loopback.
 */

/** 基本信息 with a wrong 手机号码 (an error), its 送审 worded 申报, a tab strip with a tab named 申报 (its script only marks the page). */
const DECLARE_PAGE = webForm(`<div class="ptitle">基本信息</div>
<ul class="nav nav-tabs"><li><a id="tab" href="#declare" onclick="document.title='tab';return false">申报</a></li><li><a href="#notes">申报须知</a></li></ul>
<table>
<tr><td>姓名：</td><td><input name="${N}txtXM" type="text" id="txtXM" value="李明远" /></td></tr>
<tr><td>手机号码：</td><td><input name="${N}txtSJHM" type="text" id="txtSJHM" value="1392600123" /></td></tr>
</table><input type="submit" name="${N}btnSB" id="declare" value="申报" />`);

const PAGES: Record<string, string> = { declare: DECLARE_PAGE };

describe('breaker 33s: the pre-submit check on a 送审 worded 申报, in Chromium', () => {
  let session: PagesSession;
  beforeAll(async () => {
    session = await startPagesSession((path) => PAGES[path.split('?')[0]!]);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('B33s-E1 a 送审 worded 申报 is held as 送审 for a wrong 手机号码; a tab named 申报 is not held', async () => {
    const { tab, frame } = await session.open('declare');
    await waitForStep(frame, 'basic-info');
    await frame.locator('#tab').click();
    await expect.poll(() => tab.title()).toBe('tab');
    expect(await inOverlay(frame, '[data-testid="zc-presubmit"]').count()).toBe(0);
    await frame.locator('#declare').click();
    await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 5_000 });
    expect(await inOverlay(frame, '[data-testid="zc-presubmit-finding"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-check-id')))).toContain('mobile-format');
    await tab.waitForTimeout(300);
    expect(tab.url()).not.toMatch(/posted/);
    await tab.close();
  });
});
