import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PagesSession, inOverlay, startPagesSession, waitForStep } from './harness';
import { findings } from './overlay-driver';

/**
 * Breaker 27 F5: a field inside a scrolling box (overflow:auto) and scrolled out of it is not
 * shown, so its marker is not either; scrolled into the box, it is. At 5af0f63 the marker was
 * drawn below the box over blank page: the hit test at the field's centre found the form that
 * wraps the box, and an element wrapping the field counted as the field shown (as a <label> drawn
 * over its checkbox does). A checkbox whose label is on top keeps its marker.
 */
const row = (label: string, control: string) => `<tr><td>${label}：</td><td>${control}</td></tr>`;
const form = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>广州市职称业务申报与管理系统</title></head><body><form method="post" action="/posted">
<div>您现在的位置：初次职称考核认定 &gt;&gt; 工作期间奖惩情况/个人专业技术工作小结</div>${body}<input type="submit" value="保存并下一步"></form></body></html>`;
const PAGES: Record<string, string> = {
  'scroll-box': form(`<div id="sc" style="height:300px;overflow:auto;border:1px solid #999"><div style="height:600px">填表说明……</div>
<table>${row('工作期间奖惩情况', '<textarea id="txtJCQK"></textarea>')}${row('个人专业技术工作小结', '<textarea id="txtGZXJ">本人2020年7月毕业于华南理工大学环境工程专业，从事环境监测工作四年。</textarea>')}</table></div>`),
};

describe('a field scrolled out of a scrolling box', () => {
  let session: PagesSession;
  beforeAll(async () => {
    session = await startPagesSession((path) => PAGES[path], { profileFile: null });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('has no marker shown while it is clipped away, and has one once it is scrolled in', async () => {
    const { tab, frame } = await session.open('scroll-box');
    await waitForStep(frame, 'awards-summary');
    await expect.poll(async () => (await findings(frame)).map((f) => f.checkId), { timeout: 5_000 }).toContain('awards-empty');
    const placed = inOverlay(frame, '[data-testid="zc-field-marker"][data-placed]');
    // Long enough for the markers' first placement (after the panel's first frame).
    await tab.waitForTimeout(1_000);
    const [fieldTop, boxBottom] = await frame.evaluate(() => [document.getElementById('txtJCQK')!.getBoundingClientRect().top, document.getElementById('sc')!.getBoundingClientRect().bottom]);
    expect(fieldTop).toBeGreaterThan(boxBottom!);
    expect(await placed.count()).toBe(0);
    await frame.evaluate(() => { document.getElementById('sc')!.scrollTop = 500; });
    await expect.poll(() => placed.count(), { timeout: 3_000 }).toBe(1);
    await tab.close();
  });
});
