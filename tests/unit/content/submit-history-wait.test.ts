import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
// The context the content script's build gives it (wxt.config.ts aliases WXT's to this one).
import { ContentScriptContext } from '../../../lib/content/script-context';
import { startContentScript } from '../../../lib/content/controller';
import { publishOnDemandFeatures } from '../../../lib/content/on-demand';
import { onDemandActions } from '../../../lib/content/on-demand-actions';
import { renderOnDemandView } from '../../../components/on-demand/views';
import { legacyNotice } from '../../../lib/compat/notice';
import { LATE_CHECKS } from '../../../lib/checks/late-checks';
import { EMPTY_PROGRESS, type ProgressState, type StepFacts } from '../../../lib/progress/model';

/**
 * The 完成并送审 checklist (unfinished-steps) before and after the background answers
 * `progress:get`: until then nothing is known of the earlier steps, and the overlay must not
 * show every step as never saved (CI of stop 47: 第 6 步…还没有保存过 read where the step's
 * recorded errors belonged, on a loaded machine). The check itself comes with on-demand.js
 * (lib/checks/late-checks.ts), asked for on this step only; a 送审 pressed before the checklist is
 * in is held until it is.
 */
const SUBMIT = `<div class="ptitle">完成并送审</div><form><input type="checkbox" id="chkTY" /><label for="chkTY">同意</label><input type="submit" value="送审" id="btnTJ" /></form>`;
/** 基本信息, another step: nothing there asks for on-demand.js. */
const BASIC = `<div class="ptitle">个人基本信息</div><form><table><tr><td>姓名</td><td><input id="txtXM" value="李明远" /></td></tr><tr><td>手机号码</td><td><input id="txtSJHM" value="13926001234" /></td></tr></table><input type="submit" value="保存并下一步" /></form>`;

const overlay = () => document.querySelector('[data-zc-root]')!.shadowRoot!;
/** The overlay's findings of one check, as `field:severity`. */
const shown = (checkId: string) =>
  [...overlay().querySelectorAll(`[data-testid="zc-finding"][data-check-id="${checkId}"]`)].map((e) => `${e.getAttribute('data-field')}:${e.getAttribute('data-severity')}`);
/** Past the content script's quiet period (SETTLE_MS 250) and the re-read. */
const settle = () => new Promise((done) => setTimeout(done, 400));
/** The on-demand features' slot (lib/content/on-demand.ts): emptied, as in a frame on-demand.js never ran in. */
const SLOT = Symbol.for('zc.on-demand-features');

/** His own press (a trusted click) of the page's 送审; whether the content script held it. */
function press(id: string): boolean {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  // The page's own submit is not ours to test (happy-dom would navigate).
  const form = document.querySelector('form')!;
  const stop = (e: Event) => e.preventDefault();
  form.addEventListener('submit', stop);
  document.getElementById(id)!.dispatchEvent(event);
  form.removeEventListener('submit', stop);
  return event.defaultPrevented;
}

const AT = '2026-12-01T08:00:00.000Z';
const SAVED: StepFacts = { visitedAt: AT, savedAt: AT, errors: [] };
/** The background's progress with these earlier steps' facts for this portal. */
const progressOf = (steps: Record<string, StepFacts>): ProgressState => ({
  ...EMPTY_PROGRESS,
  current: location.origin,
  applications: { [location.origin]: { key: location.origin, steps, pendingSave: null, updatedAt: AT } },
});
/** Every required step saved (so the checklist finds nothing), except as `changes` say. */
const stepsSaved = (changes: Record<string, StepFacts> = {}) => ({
  ...Object.fromEntries(['basic-info', 'education', 'work-experience', 'awards-summary', 'achievements', 'annual-review', 'certificates'].map((id) => [id, SAVED])),
  ...changes,
});

describe('the 送审 checklist waits for the history and on-demand.js', () => {
  let ctx: ContentScriptContext | undefined;
  let answer: (state: ProgressState) => void;
  /** How often the content script asked for on-demand.js. */
  let loads: number;
  /** Whether on-demand.js loads (else the background's injection fails). */
  let loadable: boolean;

  beforeEach(() => {
    delete (globalThis as Record<symbol, unknown>)[SLOT];
    loads = 0;
    loadable = true;
    const held = new Promise<ProgressState>((resolve) => (answer = resolve));
    fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
      const type = (raw as { type: string }).type;
      if (type === 'progress:get') return held;
      if (type !== 'content:load-on-demand') return undefined;
      loads++;
      if (!loadable) return Promise.resolve({ ok: false, error: 'Cannot access contents of the page' });
      // What on-demand.js does when the background has injected it (entrypoints/on-demand.ts).
      publishOnDemandFeatures({ overlayActions: onDemandActions, renderView: renderOnDemandView, legacyNotice, lateChecks: LATE_CHECKS });
      return Promise.resolve({ ok: true });
    });
  });

  afterEach(() => {
    ctx?.abort();
    document.querySelector('[data-zc-root]')?.remove();
    fakeBrowser.reset();
    delete (globalThis as Record<symbol, unknown>)[SLOT];
  });

  async function start(html: string): Promise<void> {
    document.body.innerHTML = html;
    ctx = new ContentScriptContext('content');
    await startContentScript(ctx);
    await settle();
  }

  it('shows no step as unsaved before progress:get is answered, and the recorded errors after', async () => {
    await start(SUBMIT);
    expect(shown('submit-consent')).toEqual(['page.consent:error']);
    expect(shown('unfinished-steps')).toEqual([]);

    const steps = stepsSaved({ 'awards-summary': { visitedAt: AT, savedAt: null, errors: [{ checkId: 'summary-empty', field: 'awards.summary' }] } });
    answer(progressOf(steps));
    await settle();
    expect(shown('unfinished-steps')).toEqual(['awards-summary:error']);
  });

  it('asks for on-demand.js (the checklist’s check) on 完成并送审 only, once', async () => {
    await start(BASIC);
    answer(progressOf(stepsSaved()));
    await settle();
    expect(loads).toBe(0);
    ctx!.abort();
    document.querySelector('[data-zc-root]')?.remove();

    await start(SUBMIT);
    await settle();
    expect(loads).toBe(1);
  });

  it('holds a 送审 pressed before the checklist is in: the dialog lists what it then finds', async () => {
    await start(SUBMIT);
    (document.getElementById('chkTY') as HTMLInputElement).checked = true;
    // 同意 ticked: nothing else on the page holds 送审, but the earlier steps are not known yet.
    expect(press('btnTJ')).toBe(true);
    answer(progressOf(stepsSaved({ certificates: { visitedAt: AT, savedAt: null, errors: [] } })));
    await settle();
    const listed = [...overlay().querySelectorAll('[data-testid="zc-presubmit-finding"]')].map((e) => e.getAttribute('data-check-id'));
    expect(listed).toEqual(['unfinished-steps']);
  });

  it('holds a 送审 pressed before the checklist is in; with nothing found, says to press again and lets that press through', async () => {
    await start(SUBMIT);
    (document.getElementById('chkTY') as HTMLInputElement).checked = true;
    expect(press('btnTJ')).toBe(true);
    answer(progressOf(stepsSaved()));
    await settle();
    expect(overlay().querySelector('[data-testid="zc-presubmit"]')).toBeNull();
    expect(overlay().querySelector('.zc-notice')?.textContent).toContain('请再点一次“送审”');
    // Never pressed for him: his own next press goes.
    expect(press('btnTJ')).toBe(false);
  });

  it('on-demand.js not loading: says why, and a 送审 held for the checklist goes at his next press', async () => {
    loadable = false;
    await start(SUBMIT);
    (document.getElementById('chkTY') as HTMLInputElement).checked = true;
    expect(press('btnTJ')).toBe(true);
    answer(progressOf(stepsSaved()));
    await settle();
    expect(overlay().querySelector('.zc-notice')?.textContent).toContain('无法加载此功能');
    expect(press('btnTJ')).toBe(false);
  });
});
