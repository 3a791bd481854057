import { describe, expect, it } from 'vitest';
import { pagesSession } from './pages-suite';
import { expectFinding } from './overlay-driver';
import { inOverlay } from './harness';
import { CONSENT_LATE_PAGES } from './consent-late-pages';

/**
 * 同意 unticked on 完成并送审 (submit-consent) is a late check (lib/checks/late-checks.ts): it comes
 * with on-demand.js, asked for on that step once the background has the visit, after the panel's
 * first frame. A 送审 pressed before it is in is held until it is, then shown with the finding:
 * never sent unchecked. The finding appears without any press.
 */
describe('同意 unticked on 完成并送审 before the late checks are in, in Chromium', () => {
  const session = pagesSession(CONSENT_LATE_PAGES);

  it('送审 pressed at once after the load, as the overlay appears (before on-demand.js is asked for): held, the dialog names submit-consent, the page is not sent', async () => {
    // Not waited for the step: the panel may be collapsed by then, behind the dialog.
    const { tab, frame } = await session.open('submit-pledge-pressed');
    try {
      await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 10_000 });
      expect(await tab.evaluate(() => (window as unknown as { pressedAt?: string }).pressedAt)).toBe('overlay');
      expect(await inOverlay(frame, '[data-testid="zc-presubmit-finding"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-check-id')))).toContain('submit-consent');
      await expectFinding(frame, 'submit-consent', 'error');
      expect(tab.url()).not.toMatch(/posted/);
    } finally {
      await tab.close();
    }
  });

  it('his own 送审 pressed once the step is shown: held, the dialog names submit-consent, the page is not sent', async () => {
    const { tab, frame } = await session.openAt('submit-pledge', 'submit');
    try {
      await frame.locator('#btnSend').click();
      await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 10_000 });
      expect(await inOverlay(frame, '[data-testid="zc-presubmit-finding"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-check-id')))).toContain('submit-consent');
      expect(tab.url()).not.toMatch(/posted/);
    } finally {
      await tab.close();
    }
  });

  it('(no press) the finding is shown once the page is read', async () => {
    const { tab, frame } = await session.openAt('submit-pledge?2', 'submit');
    try {
      await expectFinding(frame, 'submit-consent', 'error');
    } finally {
      await tab.close();
    }
  });
});
