/**
 * The product's page-side pipeline, bundled by scripts/bench.ts into one script that the
 * benchmark injects into pages in Chromium, so recognition and filling are timed on a real DOM
 * by the same code the content script runs.
 */
import { collectSnapshot } from '../../lib/page/collect';
import { recognizeStep } from '../../lib/portal/recognize-step';
import { recognizeFields } from '../../lib/fields/recognize';
import { planFill } from '../../lib/fill/plan';
import { withLaydateFormats } from '../../lib/fill/laydate';
import { applyFill } from '../../lib/fill/apply';
import type { Profile } from '../../lib/profile/schema';
import messages from '../../public/_locales/zh_CN/messages.json';

/**
 * A page has no extension API, and autofill words its reasons with `browser.i18n.getMessage`
 * (lib/i18n/t.ts): here the messages come from the zh_CN file, `$1`…`$9` filled as the browser
 * fills them.
 */
(globalThis as unknown as { browser: unknown }).browser = {
  i18n: {
    getMessage: (key: string, substitutions: string[] = []) =>
      (messages as Record<string, { message: string } | undefined>)[key]?.message.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '') ?? '',
  },
};

/** Median of a list of milliseconds. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Times snapshot + step recognition + field recognition on the current document.
 * @param runs how many times (after 3 warm-up runs).
 * @returns median and maximum in milliseconds, and how many controls were read.
 */
function timeRecognition(runs: number): { medianMs: number; maxMs: number; controls: number; recognised: number } {
  let controls = 0;
  let recognised = 0;
  const once = () => {
    const snapshot = collectSnapshot(document, window);
    const step = recognizeStep(snapshot).step;
    const matches = recognizeFields(snapshot, step);
    controls = snapshot.controls.length;
    recognised = matches.filter((m) => m.key).length;
  };
  for (let i = 0; i < 3; i++) once();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    once();
    times.push(performance.now() - t0);
  }
  return { medianMs: median(times), maxMs: Math.max(...times), controls, recognised };
}

/**
 * Times one full autofill of the current page from `profile`: read, recognise, plan, write
 * every field with person-like events, read back.
 * @returns elapsed milliseconds and how many fields were filled.
 */
async function timeAutofill(profile: Profile): Promise<{ ms: number; filled: number; items: number }> {
  const t0 = performance.now();
  const snapshot = collectSnapshot(document, window);
  const step = recognizeStep(snapshot).step;
  const plan = planFill(withLaydateFormats(document, snapshot), recognizeFields(snapshot, step), profile, step);
  // As the overlay fills: the page planned again for what the writes revealed.
  const replan = () => {
    const now = collectSnapshot(document, window);
    return planFill(withLaydateFormats(document, now), recognizeFields(now, step), profile, step);
  };
  const report = await applyFill(document, snapshot, plan, { overwrite: new Set(), replan });
  return { ms: performance.now() - t0, filled: report.items.filter((i) => i.result === 'filled').length, items: report.items.length };
}

(globalThis as unknown as { __zcBench: unknown }).__zcBench = { timeRecognition, timeAutofill };
