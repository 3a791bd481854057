import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type PagesSession, startPagesSession, waitForStep } from './harness';
import { applyAutofill, findings, startAutofill } from './overlay-driver';
import { STEPS_6_11_PAGES } from './unseen-pages';

/**
 * The built extension on steps 6–11 written unlike the practice portal (probe 21): the overlay
 * names the step, shows the findings an applicant needs, and fills what it recognises, through
 * the automation contract only. Each page in a fresh tab.
 */

const shots = resolve('artifacts/e2e/unseen-steps6-11');

describe('steps 6–11 built unlike the practice portal', () => {
  let session: PagesSession;

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    session = await startPagesSession((path) => STEPS_6_11_PAGES[Number(path)]?.html);
  });

  afterAll(async () => {
    await session?.close();
  });

  it.each(STEPS_6_11_PAGES.map((unseen, index) => [unseen.name, index] as const))('%s', async (_name, index) => {
    const unseen = STEPS_6_11_PAGES[index]!;
    const { tab, frame } = await session.open(String(index));
    await waitForStep(frame, unseen.step);
    await expect.poll(async () => (await findings(frame)).map((f) => f.checkId), { timeout: 5_000 }).toEqual(expect.arrayContaining(unseen.findings));
    for (const checkId of unseen.absent ?? []) expect((await findings(frame)).map((f) => f.checkId)).not.toContain(checkId);
    await tab.screenshot({ path: `${shots}/${String(index + 1).padStart(2, '0')}.png` });
    if (unseen.fills) {
      const preview = await startAutofill(frame);
      expect(preview.filter((r) => r.action === 'fill').map((r) => r.key)).toEqual(expect.arrayContaining(unseen.fills));
      const report = await applyAutofill(frame);
      for (const key of unseen.fills) expect(report.find((r) => r.key === key), key).toMatchObject({ result: 'filled' });
      for (const [selector, text] of Object.entries(unseen.chosen ?? {})) {
        expect(await tab.$eval(selector, (s) => (s as HTMLSelectElement).selectedOptions[0]?.text ?? ''), selector).toBe(text);
      }
      // What autofill wrote answers the page: no box it was meant to fill is left empty or 无.
      await expect.poll(async () => (await findings(frame)).map((f) => f.checkId), { timeout: 5_000 }).toEqual([]);
    }
    await tab.close();
  });
});
