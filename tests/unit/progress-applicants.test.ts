import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { handleBackgroundRequest, restoreBadge } from '../../lib/background/router';
import { applicationStatuses, reduceProgress, EMPTY_PROGRESS, type ProgressState, type ShownProgress } from '../../lib/progress/model';
import type { ProgressReport } from '../../lib/progress/report';
import { deleteProfile, restoreProfile, saveProfile, setActiveProfile } from '../../lib/profile/db';
import { eraseProtectedProfiles, enableProtection, lockProfiles } from '../../lib/profile/protection';
import { emptyProfile } from '../../lib/profile/schema';
import { resetProfileStore } from './profile/db-helpers';

/**
 * Progress per applicant (lib/progress/store.ts, lib/background/router.ts): on a helpdesk browser
 * each applicant has a profile of his own, one active, and the steps and the badge are his — not
 * the previous applicant's until someone presses 重新开始 (breaker 39). Driven through the
 * background's messages, as the content script, the popup and the options page send them; the
 * active profile switched as the options page switches it (lib/profile/db.ts).
 */

const KEY = 'https://portal.example';
const SENDER = { tab: { id: 7 } } as Runtime.MessageSender;
let clock = 0;
/** A portal page's report of a visit to a step (获取历史数据 counts as done on sight). */
const visit = (step: ProgressReport['step']): ProgressReport => ({ key: KEY, step, kind: 'visit', errors: [], at: new Date(Date.UTC(2026, 11, 6, 2, 0, ++clock)).toISOString() });

const ask = (message: unknown) => handleBackgroundRequest(message, SENDER) as Promise<unknown>;
const report = (step: ProgressReport['step']) => ask({ type: 'progress:report', event: visit(step) });
const progressNow = async () => (await ask({ type: 'progress:get' })) as ProgressState;
const shownNow = async () => (await ask({ type: 'progress:shown' })) as ShownProgress;
const badge = () => fakeBrowser.action.getBadgeText({});
const statusesOf = (state: ProgressState) => applicationStatuses(state.applications[KEY]).map((s) => s.status);

/** A profile stored (and made active when asked), as the options page's 新建档案 / import does. */
async function profile(label: string, activate = true): Promise<string> {
  return (await saveProfile({ profile: emptyProfile(label) }, { activate })).id;
}

/** What browser.storage.local holds under `name`. */
async function stored(name: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(name))[name];
}

/** Waits until the badge reads `text` (the background follows the profile change it was told of). */
async function badgeBecomes(text: string): Promise<void> {
  for (let i = 0; i < 100 && (await badge()) !== text; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(await badge()).toBe(text);
}

beforeEach(async () => {
  await resetProfileStore();
  // The background's listener, as entrypoints/background.ts registers it: the options page's and
  // the popup's messages reach it (WXT's fake runtime delivers them in this process).
  fakeBrowser.runtime.onMessage.addListener((message: unknown, sender: unknown) => handleBackgroundRequest(message, sender as Runtime.MessageSender));
});
afterEach(() => fakeBrowser.reset());

describe('progress belongs to the active profile’s applicant', () => {
  it('switching the active profile shows that applicant’s progress and badge at once; switching back, the first one’s', async () => {
    const a = await profile('申请人甲');
    const b = await profile('申请人乙', false);
    await report('fetch-history');
    await report('basic-info');
    await badgeBecomes('1/11');
    expect(statusesOf(await progressNow()).slice(0, 2)).toEqual(['done', 'in-progress']);

    // Switched on the options page: no portal page reports, yet the badge is B's (none seen yet).
    await setActiveProfile(b);
    await badgeBecomes('');
    expect(await progressNow()).toEqual(EMPTY_PROGRESS);
    const forB = await shownNow();
    expect(forB.owner).toEqual({ id: b, label: '申请人乙' });
    expect(statusesOf(forB.progress).every((s) => s === 'todo')).toBe(true);

    await setActiveProfile(a);
    await badgeBecomes('1/11');
    const forA = await shownNow();
    expect(forA.owner).toEqual({ id: a, label: '申请人甲' });
    expect(statusesOf(forA.progress).slice(0, 2)).toEqual(['done', 'in-progress']);
  });

  it('a report counts for the profile active when it arrives', async () => {
    const a = await profile('申请人甲');
    await report('fetch-history');
    await profile('申请人乙');
    await report('basic-info');
    await report('education');
    await badgeBecomes('0/11');
    expect(Object.keys((await progressNow()).applications[KEY]!.steps).sort()).toEqual(['basic-info', 'education']);
    await setActiveProfile(a);
    await badgeBecomes('1/11');
    expect(Object.keys((await progressNow()).applications[KEY]!.steps)).toEqual(['fetch-history']);
  });

  it('重新开始 forgets only the applicant the popup showed, even when another was made active since', async () => {
    const a = await profile('申请人甲');
    await report('fetch-history');
    const b = await profile('申请人乙');
    await report('fetch-history');
    // The popup showed B; A is made active before 清除进度 is pressed.
    await setActiveProfile(a);
    const after = (await ask({ type: 'progress:reset', key: KEY, owner: b })) as ShownProgress;
    expect(after.owner?.id).toBe(b);
    expect(after.progress.applications).toEqual({});
    expect(statusesOf(await progressNow())[0]).toBe('done');
    await badgeBecomes('1/11');
  });

  it('the popup names the profile while the profiles are locked only as locked (its label is sealed)', async () => {
    const a = await profile('申请人甲');
    await report('fetch-history');
    await enableProtection('一个足够长的密码 2026');
    await lockProfiles();
    const shown = await shownNow();
    expect(shown.owner).toEqual({ id: a, label: null });
    expect(statusesOf(shown.progress)[0]).toBe('done');
  });

  it('with no profile at all, progress is kept as before (under `progress`) and shown unnamed', async () => {
    await report('fetch-history');
    await badgeBecomes('1/11');
    const shown = await shownNow();
    expect(shown.owner).toBeNull();
    expect(statusesOf(shown.progress)[0]).toBe('done');
    expect(statusesOf((await stored('progress')) as ProgressState)[0]).toBe('done');
    const after = (await ask({ type: 'progress:reset', key: KEY })) as ShownProgress;
    expect(after.progress.applications).toEqual({});
  });
});

describe('progress stored by the versions before (one record for all, under `progress`)', () => {
  /** What an earlier version stored: fetch-history done, basic-info visited. */
  const earlier = (): ProgressState =>
    [visit('fetch-history'), visit('basic-info')].reduce((state, e) => reduceProgress(state, { ...e, lists: [] }), EMPTY_PROGRESS as ProgressState);

  it('goes to the profile active at the upgrade (runtime.onInstalled shows the badge again), not to the next one made active', async () => {
    const a = await profile('去年的档案');
    const b = await profile('今年的档案', false);
    await fakeBrowser.storage.local.set({ progress: earlier() });
    await restoreBadge(); // what runtime.onInstalled calls after the update
    expect(await badge()).toBe('1/11');
    expect(statusesOf((await stored(`progress.${a}`)) as ProgressState).slice(0, 2)).toEqual(['done', 'in-progress']);
    expect(await stored('progress')).toEqual(EMPTY_PROGRESS);
    await setActiveProfile(b);
    await badgeBecomes('');
    expect(await progressNow()).toEqual(EMPTY_PROGRESS);
  });

  it('a stored value that does not validate reads as empty and is not overwritten, by reading, by the upgrade or by the active applicant’s reports', async () => {
    await profile('申请人甲');
    const corrupt = { version: 1, current: KEY, applications: { [KEY]: { key: KEY, steps: 'garbage' } } };
    await fakeBrowser.storage.local.set({ progress: corrupt });
    await restoreBadge();
    expect(await badge()).toBe('');
    expect(await progressNow()).toEqual(EMPTY_PROGRESS);
    expect(await stored('progress')).toEqual(corrupt);
    await report('fetch-history');
    await badgeBecomes('1/11');
    expect(await stored('progress')).toEqual(corrupt);
  });

  it('an applicant’s own stored value that does not validate reads as empty and is not overwritten by reading', async () => {
    const a = await profile('申请人甲');
    const corrupt = { version: 99 };
    await fakeBrowser.storage.local.set({ [`progress.${a}`]: corrupt });
    expect(await progressNow()).toEqual(EMPTY_PROGRESS);
    expect((await shownNow()).progress).toEqual(EMPTY_PROGRESS);
    await restoreBadge();
    expect(await stored(`progress.${a}`)).toEqual(corrupt);
  });
});

describe('a deleted profile’s progress (what the options page sends: lib/progress/profile-progress.ts)', () => {
  it('is forgotten with the profile, and put back by 撤销', async () => {
    const a = await profile('申请人甲');
    await report('fetch-history');
    const { deleted, wasActive } = await deleteProfile(a);
    const kept = await ask({ type: 'progress:forget', owner: a });
    expect(await stored(`progress.${a}`)).toBeUndefined();
    // No profile left: nothing shown, and nothing of A's under the owner-less record either.
    expect(await progressNow()).toEqual(EMPTY_PROGRESS);
    await restoreProfile(deleted, wasActive);
    await ask({ type: 'progress:restore', owner: a, progress: kept });
    await badgeBecomes('1/11');
    expect(statusesOf(await progressNow())[0]).toBe('done');
  });

  it('the next applicant made active by the delete starts with his own, not the deleted one’s', async () => {
    const b = await profile('申请人乙');
    const a = await profile('申请人甲');
    await report('fetch-history');
    await badgeBecomes('1/11');
    await deleteProfile(a);
    await ask({ type: 'progress:forget', owner: a });
    await badgeBecomes('');
    expect((await shownNow()).owner?.id).toBe(b);
    expect(await progressNow()).toEqual(EMPTY_PROGRESS);
  });

  it('the locked profiles erased for a forgotten passphrase take their progress with them', async () => {
    const a = await profile('申请人甲');
    await report('fetch-history');
    await enableProtection('一个足够长的密码 2026');
    await lockProfiles();
    await eraseProtectedProfiles();
    await ask({ type: 'progress:forget-gone' });
    expect(await stored(`progress.${a}`)).toBeUndefined();
    await badgeBecomes('');
  });
});
