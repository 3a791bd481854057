import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStep } from '../portal/drive';
import { APPLICATION_STEP_IDS } from '../../lib/portal/step-ids';
import { type PortalSession, openPopup, serviceWorker, startPortalSession, waitForProgressReport, waitForStep } from './harness';
import { findings } from './overlay-driver';

// Reapply 57: progress across application years, in Chromium (reapply 44 left it to unit tests).
// Progress is kept per portal origin, so the same portal a year later finds last year's steps in
// storage: every one saved, and 学位（学历）教育情况 with an error left on it. The popup must not
// count them as this year's (lib/progress/model.ts PREVIOUS_APPLICATION_DAYS), and 完成并送审's
// checklist (unfinished-steps) must not name last year's error as this year's. The same stored
// progress dated ten days back is this year's: the checklist names the error, as the control that
// the seeded history is read at all.

const DAY = 86_400_000;
const EDUCATION_ERROR = { checkId: 'education-order', field: 'education' } as const;

type Storage = { chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } } } };

/**
 * Replaces the stored progress of `origin`'s application (the active applicant's, found by the
 * application key) with every step visited and saved `daysAgo` days ago, 学位（学历）教育情况
 * carrying an education-order error, as the background would have kept it then.
 * @returns the day it stopped, `YYYY-MM-DD` (UTC).
 */
async function seedApplication(session: PortalSession, origin: string, daysAgo: number): Promise<string> {
  const at = new Date(Date.now() - daysAgo * DAY).toISOString();
  const steps = Object.fromEntries(
    APPLICATION_STEP_IDS.map((id) => [id, { visitedAt: at, savedAt: at, errors: id === 'education' ? [EDUCATION_ERROR] : [] }]),
  );
  const written = await (await serviceWorker(session.browser)).evaluate(
    async ({ origin, steps, at }) => {
      const local = (globalThis as unknown as Storage).chrome.storage.local;
      const stored = await local.get(null);
      const names = Object.keys(stored).filter((name) => (name === 'progress' || name.startsWith('progress.')) && (stored[name] as { applications?: Record<string, unknown> }).applications?.[origin]);
      for (const name of names) await local.set({ [name]: { version: 1, current: origin, applications: { [origin]: { key: origin, steps, pendingSave: null, updatedAt: at } } } });
      return names.length;
    },
    { origin, steps, at },
  );
  expect(written).toBe(1);
  return at.slice(0, 10);
}

describe('progress across application years (Chromium, practice portal)', () => {
  let session: PortalSession;
  let origin: string;
  beforeAll(async () => {
    session = await startPortalSession();
    origin = new URL(session.portal.url).origin;
  });
  afterAll(async () => session?.close());

  /** Opens 基本信息 so the active applicant's progress of this portal exists, then replaces it. */
  async function storedApplication(daysAgo: number): Promise<string> {
    const since = new Date().toISOString();
    await waitForStep(await openStep(session.page, 'basic-info'), 'basic-info');
    await waitForProgressReport(session.browser, origin, since);
    return seedApplication(session, origin, daysAgo);
  }

  /** The 完成并送审 checklist's errors, by step, once the checklist has spoken. */
  async function checklistErrorsOnSubmit(): Promise<string[]> {
    const frame = await openStep(session.page, 'submit');
    await waitForStep(frame, 'submit');
    const checklist = async () => (await findings(frame)).filter((f) => f.checkId === 'unfinished-steps');
    // The checklist speaks once the background has answered (lib/content/controller.tsx): every
    // step, saved or not, is on the practice portal's own list of 未完成 / 已完成.
    await expect.poll(async () => (await checklist()).length, { timeout: 10_000 }).toBeGreaterThan(0);
    return (await checklist()).filter((f) => f.severity === 'error').map((f) => f.field);
  }

  it('last year’s: the popup shows every step 未开始 under the day it stopped; 完成并送审 names none of its errors', async () => {
    const stopped = await storedApplication(365);
    const popup = await openPopup(session.browser);
    const statuses = await popup.locator('[data-testid="zc-progress-step"]').evaluateAll((steps) => steps.map((s) => s.getAttribute('data-status')));
    expect(statuses).toEqual(Array(11).fill('todo'));
    expect(await popup.locator('[data-testid="zc-progress-summary"]').textContent()).toBe('已完成 0 / 11');
    expect(await popup.locator('[data-testid="zc-progress-previous"]').textContent()).toContain(`停在 ${stopped}`);
    await popup.screenshot({ path: 'artifacts/reapply57-popup-last-year.png' });
    await popup.close();

    expect(await checklistErrorsOnSubmit()).not.toContain('education');
    // The visit started this year's application afresh: nothing of last year's is left in the popup.
    const after = await openPopup(session.browser);
    await expect.poll(() => after.locator('[data-testid="zc-progress-previous"]').count()).toBe(0);
    const statusOf = (step: string) => after.locator(`[data-testid="zc-progress-step"][data-step-id="${step}"]`).getAttribute('data-status');
    expect(await statusOf('education')).toBe('todo');
    expect(await statusOf('submit')).not.toBe('todo');
    await after.close();
  });

  it('ten days old, the same stored progress is this year’s: the popup counts it and 完成并送审 names its error', async () => {
    await storedApplication(10);
    const popup = await openPopup(session.browser);
    expect(await popup.locator('[data-testid="zc-progress-previous"]').count()).toBe(0);
    expect(await popup.locator('[data-testid="zc-progress-step"][data-step-id="education"]').getAttribute('data-status')).toBe('problem');
    await popup.close();

    expect(await checklistErrorsOnSubmit()).toContain('education');
  });
});
