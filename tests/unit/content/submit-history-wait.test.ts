import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
// The context the content script's build gives it (wxt.config.ts aliases WXT's to this one).
import { ContentScriptContext } from '../../../lib/content/script-context';
import { startContentScript } from '../../../lib/content/controller';
import { EMPTY_PROGRESS, type ProgressState, type StepFacts } from '../../../lib/progress/model';

/**
 * The 完成并送审 checklist (unfinished-steps) before and after the background answers
 * `progress:get`: until then nothing is known of the earlier steps, and the overlay must not
 * show every step as never saved (CI of stop 47: 第 6 步…还没有保存过 read where the step's
 * recorded errors belonged, on a loaded machine).
 */
const SUBMIT = `<div class="ptitle">完成并送审</div><form><input type="checkbox" id="chkTY" /><label for="chkTY">同意</label><input type="submit" value="送审" /></form>`;

/** The overlay's findings of one check, as `field:severity`. */
const shown = (checkId: string) =>
  [...document.querySelector('[data-zc-root]')!.shadowRoot!.querySelectorAll(`[data-testid="zc-finding"][data-check-id="${checkId}"]`)].map(
    (e) => `${e.getAttribute('data-field')}:${e.getAttribute('data-severity')}`,
  );
/** Past the content script's quiet period (SETTLE_MS 250) and the re-read. */
const settle = () => new Promise((done) => setTimeout(done, 400));

describe('the 送审 checklist waits for the history', () => {
  let ctx: ContentScriptContext;
  let answer: (state: ProgressState) => void;

  beforeEach(() => {
    const held = new Promise<ProgressState>((resolve) => (answer = resolve));
    fakeBrowser.runtime.onMessage.addListener((raw: unknown) => ((raw as { type: string }).type === 'progress:get' ? held : undefined));
  });

  afterEach(() => {
    ctx.abort();
    document.querySelector('[data-zc-root]')?.remove();
    fakeBrowser.reset();
  });

  it('shows no step as unsaved before progress:get is answered, and the recorded errors after', async () => {
    document.body.innerHTML = SUBMIT;
    ctx = new ContentScriptContext('content');
    await startContentScript(ctx);
    await settle();
    expect(shown('submit-consent')).toEqual(['page.consent:error']);
    expect(shown('unfinished-steps')).toEqual([]);

    const at = '2026-12-01T08:00:00.000Z';
    const saved: StepFacts = { visitedAt: at, savedAt: at, errors: [] };
    const steps: Record<string, StepFacts> = Object.fromEntries(['basic-info', 'education', 'work-experience', 'achievements', 'annual-review', 'certificates'].map((id) => [id, saved]));
    steps['awards-summary'] = { visitedAt: at, savedAt: null, errors: [{ checkId: 'summary-empty', field: 'awards.summary' }] };
    answer({ ...EMPTY_PROGRESS, current: location.origin, applications: { [location.origin]: { key: location.origin, steps, pendingSave: null, updatedAt: at } } });
    await settle();
    expect(shown('unfinished-steps')).toEqual(['awards-summary:error']);
  });
});
