/**
 * What the helpdesk tests with two applicants read of the extension (tests/e2e/helpdesk-applicants.test.ts,
 * tests/e2e/b62-orphaned-progress.test.ts): the two sample profiles' names as the options page lists
 * them, the toolbar badge and the popup's progress.
 */
import type { Page } from 'playwright-core';
import { openPopup, type PortalSession } from './harness';

/** The sample profile's name in the options page's list (申请人甲). */
export const A_LABEL = '李明远 · 初级 助理工程师（样例）';
/** The second applicant's (申请人乙), imported from sampleProfileFileWith. */
export const B_LABEL = '王小红 · 2026 初级';

/** The toolbar badge's text, read in an extension page (chrome.action). */
type WithAction = typeof globalThis & { chrome: { action: { getBadgeText(details: Record<string, never>): Promise<string> } } };
export const badgeIn = (page: Page): Promise<string> => page.evaluate(() => (globalThis as WithAction).chrome.action.getBadgeText({}));

/**
 * The popup's owner line and step statuses, in order (a fresh popup, once the background has answered it).
 * @returns owner: the 进度所属档案 line's text, null when the popup shows none; statuses: each step's data-status.
 */
export async function popupStatuses(session: PortalSession): Promise<{ owner: string | null; statuses: (string | null)[] }> {
  const popup = await openPopup(session.browser);
  try {
    const statuses = await popup.locator('[data-testid="zc-progress-step"]').evaluateAll((items) => items.map((li) => li.getAttribute('data-status')));
    const owner = popup.locator('[data-testid="zc-progress-owner"]');
    return { owner: (await owner.count()) > 0 ? await owner.textContent() : null, statuses };
  } finally {
    await popup.close();
  }
}
