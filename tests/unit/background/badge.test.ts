import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { handleBackgroundRequest, restoreBadge } from '../../../lib/background/router';
import { recordProgress } from '../../../lib/progress/store';
import type { ProgressReport } from '../../../lib/progress/report';

const KEY = 'https://portal.example';
const SENDER = { tab: { id: 3 } } as Runtime.MessageSender;
const visit = (step: ProgressReport['step']): ProgressReport => ({ key: KEY, step, kind: 'visit', errors: [], at: '2026-12-06T02:00:00.000Z' });
const badge = () => fakeBrowser.action.getBadgeText({});

describe('the toolbar badge shown again at start-up (lib/background/router.ts restoreBadge)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('after a restart or an update, which blank the badge, it shows the stored progress before any page reports', async () => {
    await recordProgress(null, { ...visit('fetch-history'), errors: [] });
    await fakeBrowser.action.setBadgeText({ text: '' });
    await restoreBadge();
    expect(await badge()).toBe('1/11');
  });

  it('nothing stored: no badge', async () => {
    await restoreBadge();
    expect(await badge()).toBe('');
  });

  it('a report arriving while the stored progress is still being read for it: the badge ends on the newer state', async () => {
    // The start-up read returns what was stored when it was asked, but late (a slow disk at
    // start-up); the page's report is written and shown meanwhile.
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    let calls = 0;
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys?: unknown) => {
      const value = await get(keys as string);
      if (calls++ === 0) await new Promise((resolve) => setTimeout(resolve, 50));
      return value;
    });
    const restored = restoreBadge();
    const reported = handleBackgroundRequest({ type: 'progress:report', event: visit('fetch-history') }, SENDER);
    await Promise.all([restored, reported]);
    expect(await badge()).toBe('1/11');
  });
});
