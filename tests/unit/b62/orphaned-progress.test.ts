// Breaker 62 finding 2: at a helpdesk, 申请人甲 finishes, his profile (the only one) is deleted on the
// options page while his portal tab is still open, and his tab reports on (he saves one more step,
// a page loads): with no profile left, that progress is kept owner-less — and then 申请人乙's file is
// imported, and 乙 *adopted* it (lib/progress/store.ts adoptOwnerless: "the applicant who started
// without one and then made his"). 乙's popup and badge said 甲's steps were done (2/11), and his 送审
// checklist counted them saved. Progress recorded after the last profile was deleted is the deleted
// applicant's tab's: it goes with him, not to the next profile made active.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { handleBackgroundRequest } from '../../../lib/background/router';
import { applicationStatuses, EMPTY_PROGRESS, type ProgressState, type ShownProgress } from '../../../lib/progress/model';
import type { ProgressReport } from '../../../lib/progress/report';
import { deleteProfile, restoreProfile, saveProfile } from '../../../lib/profile/db';
import { importProfileText } from '../../../lib/profile/import-export';
import { emptyProfile } from '../../../lib/profile/schema';
import { enableProtection, eraseProtectedProfiles, lockProfiles } from '../../../lib/profile/protection';
import { resetProfileStore } from '../profile/db-helpers';
import { sampleDoc } from '../profile/fixtures';

const KEY = 'https://portal.example';
const SENDER = { tab: { id: 7 } } as Runtime.MessageSender;
let clock = 0;
/** A portal page's report of a visit to a step (获取历史数据 counts as done on sight). */
const visit = (step: ProgressReport['step']): ProgressReport => ({ key: KEY, step, kind: 'visit', errors: [], at: new Date(Date.UTC(2026, 11, 7, 2, 0, ++clock)).toISOString() });
const ask = (message: unknown) => handleBackgroundRequest(message, SENDER) as Promise<unknown>;
const report = (step: ProgressReport['step']) => ask({ type: 'progress:report', event: visit(step) });
const shownNow = async () => (await ask({ type: 'progress:shown' })) as ShownProgress;
const statusesOf = (state: ProgressState) => applicationStatuses(state.applications[KEY]).map((s) => s.status);

/** Deletes a profile as the options page does: the record, then its progress (lib/progress/profile-progress.ts). */
async function deleteAsOptionsPage(id: string) {
  const result = await deleteProfile(id);
  const progress = await ask({ type: 'progress:forget', owner: id });
  return { ...result, progress };
}

/** Imports an applicant's file as 导入档案文件 does (the new profile becomes the active one). */
async function importApplicant(label: string): Promise<string> {
  const doc = sampleDoc();
  doc.profile.label = label;
  const result = await importProfileText(JSON.stringify(doc));
  if (!result.ok) throw new Error('refused');
  return result.value.id;
}

beforeEach(async () => {
  await resetProfileStore();
  fakeBrowser.runtime.onMessage.addListener((message: unknown, sender: unknown) => handleBackgroundRequest(message, sender as Runtime.MessageSender));
});
afterEach(() => fakeBrowser.reset());

describe('progress of a deleted applicant’s tab does not go to the next applicant (breaker 62 finding 2)', () => {
  it('the next profile imported after the last one was deleted starts with nothing of the deleted one’s open tab', async () => {
    const a = (await saveProfile({ profile: emptyProfile('申请人甲') }, { activate: true })).id;
    await report('fetch-history');
    await deleteAsOptionsPage(a);
    // 甲's tab, still open, goes on: his basic-info saved, a page loaded.
    await report('basic-info');
    await ask({ type: 'progress:report', event: { ...visit('basic-info'), kind: 'saved' } });
    await report('qualification-history');
    const b = await importApplicant('申请人乙');
    const shown = await shownNow();
    expect(shown.owner?.id).toBe(b);
    expect(statusesOf(shown.progress).filter((s) => s !== 'todo')).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).not.toMatch(/^[1-9]/);
    // And 乙's own reports count for him from then on.
    await report('fetch-history');
    expect(statusesOf((await shownNow()).progress)[0]).toBe('done');
  });

  it('still gives progress made before any profile to the first one made (the applicant who started without one)', async () => {
    await report('fetch-history');
    const b = await importApplicant('申请人乙');
    const shown = await shownNow();
    expect(shown.owner?.id).toBe(b);
    expect(statusesOf(shown.progress)[0]).toBe('done');
  });

  it('撤销 of the delete gives the applicant back his progress, and leaves nothing owner-less for the next one', async () => {
    const a = (await saveProfile({ profile: emptyProfile('申请人甲') }, { activate: true })).id;
    await report('fetch-history');
    const { deleted, wasActive, progress } = await deleteAsOptionsPage(a);
    await report('basic-info');
    await ask({ type: 'progress:report', event: { ...visit('basic-info'), kind: 'saved' } });
    await restoreProfile(deleted, wasActive);
    await ask({ type: 'progress:restore', owner: a, progress });
    const shown = await shownNow();
    expect(shown.owner?.id).toBe(a);
    expect(statusesOf(shown.progress)[0]).toBe('done');
    expect(await fakeBrowser.storage.local.get('progress')).toEqual({ progress: EMPTY_PROGRESS });
    // The next applicant, after 甲's profile is deleted for good, starts with nothing of his.
    await deleteAsOptionsPage(a);
    await report('basic-info');
    const b = await importApplicant('申请人乙');
    const next = await shownNow();
    expect(next.owner?.id).toBe(b);
    expect(statusesOf(next.progress).filter((s) => s !== 'todo')).toEqual([]);
  });

  it('the locked profiles erased for a forgotten passphrase: the next profile made starts with nothing of the erased one’s open tab', async () => {
    const a = (await saveProfile({ profile: emptyProfile('申请人甲') }, { activate: true })).id;
    await report('fetch-history');
    await enableProtection('一个足够长的密码 2026');
    await lockProfiles();
    await eraseProtectedProfiles();
    await ask({ type: 'progress:forget-gone' });
    expect(await fakeBrowser.storage.local.get(`progress.${a}`)).toEqual({});
    await report('basic-info');
    const b = await importApplicant('申请人乙');
    const shown = await shownNow();
    expect(shown.owner?.id).toBe(b);
    expect(statusesOf(shown.progress).filter((s) => s !== 'todo')).toEqual([]);
  });
});
