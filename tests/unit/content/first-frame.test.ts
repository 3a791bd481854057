import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { holdMessagesUntil } from '../../../lib/content/background-client';
// The context the content script's build gives it (wxt.config.ts aliases WXT's to this one).
import { ContentScriptContext } from '../../../lib/content/script-context';
import { startContentScript } from '../../../lib/content/controller';

/**
 * The panel's first frame shows the step before the page's fields and checks are worked out
 * (issue 9: overlay visible ≤ 50 ms after DOMContentLoaded; on a 2-core machine the checks took
 * 6–22 ms of the start-up task): its findings, the field markers and the visit report follow in
 * the frame after, and never an empty "no problems" list in between.
 */
const ticks = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('the panel’s first frame: the step, then the findings in the frame after', () => {
  let ctx: ContentScriptContext | undefined;
  /** Animation-frame callbacks asked for and not yet run: the test draws the frames. */
  let frames: FrameRequestCallback[];

  beforeEach(() => {
    frames = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    // 姓名 required (its `*`) and empty: one required-field finding once checked.
    document.body.innerHTML = '<div class="ptitle">基本信息</div><table><tr><td>* 姓名：</td><td><input id="txtXM"></td></tr><tr><td>手机号码：</td><td><input id="txtSJ"></td></tr></table><input type="submit" value="保存">';
  });

  afterEach(() => {
    ctx?.abort();
    ctx = undefined;
    holdMessagesUntil(Promise.resolve());
    document.querySelector('[data-zc-root]')?.remove();
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  /** Runs the frames asked for so far, as the browser would draw them (one frame). */
  function drawFrame(): void {
    for (const callback of frames.splice(0)) callback(performance.now());
  }
  const shadow = () => document.querySelector('[data-zc-root]')!.shadowRoot!;

  it('first frame: the step and what it needs, 检查 checking (no zc-findings yet); the frame after: the findings', async () => {
    // The background never answers: only the frames bring the findings.
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockReturnValue(new Promise(() => {}) as never);
    ctx = new ContentScriptContext('content');
    void startContentScript(ctx);
    await ticks(50);
    expect(shadow().querySelector('.zc-step')?.getAttribute('data-step-id')).toBe('basic-info');
    expect(shadow().querySelectorAll('#zc-sec-guide li').length).toBeGreaterThan(0);
    // The zc-step hook waits for the checks: a script finding it finds the findings too.
    expect(shadow().querySelector('[data-testid="zc-step"]')).toBeNull();
    // Neither an empty list nor "本页未发现问题" before the checks ran.
    expect(shadow().querySelector('[data-testid="zc-findings"]')).toBeNull();
    expect(shadow().querySelector('#zc-sec-checks')?.textContent).toContain('正在检查本页');
    drawFrame(); // the first frame: the panel placed
    expect(shadow().querySelector('[data-testid="zc-findings"]')).toBeNull();
    drawFrame(); // the frame after: findings and markers
    const findings = [...shadow().querySelectorAll('[data-testid="zc-finding"]')].map((el) => el.getAttribute('data-check-id'));
    expect(findings).toEqual(['required-field']);
    expect(shadow().querySelector('[data-testid="zc-step"]')?.getAttribute('data-step-id')).toBe('basic-info');
    expect(shadow().querySelector('#zc-sec-checks')?.textContent).not.toContain('正在检查本页');
    expect(shadow().querySelectorAll('[data-testid="zc-field-marker"]').length).toBe(1);
    await ticks(20);
    // The visit is reported with its findings (errors), once they are known.
    const visit = send.mock.calls.map(([m]) => m as unknown as { type: string; event?: { kind: string; errors?: unknown[] } }).find((m) => m.type === 'progress:report');
    expect(visit?.event?.kind).toBe('visit');
  });

  it('a reading of the page asked for before that frame (a hidden tab, a press of 保存) checks the page as loaded first', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockReturnValue(new Promise(() => {}) as never);
    ctx = new ContentScriptContext('content');
    void startContentScript(ctx);
    await ticks(50);
    // No frame drawn: the 保存 press re-reads the page, the first reading's checks included.
    document.querySelector<HTMLInputElement>('input[type=submit]')!.click();
    await ticks(20);
    expect([...shadow().querySelectorAll('[data-testid="zc-finding"]')].map((el) => el.getAttribute('data-check-id'))).toContain('required-field');
  });
});
