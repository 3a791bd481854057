import { beforeEach, describe, expect, it } from 'vitest';
import { getProfile, saveProfile } from '../../../lib/profile/db';
import { profileSchema, type Profile } from '../../../lib/profile/schema';
import { editTable } from '../../../lib/profile/records';
import { draftChanges, keepUnsavedDraft, newDraftPageId, placeIn, readUnsavedDraft, withValueAt } from '../../../lib/profile/unsaved-draft';
import { resetProfileStore } from './db-helpers';

/**
 * Kept table cells find their record again only on strong evidence, and rows moved here keep the
 * table whole (breaker b7d findings 2 and 3: a kept cell restored into another, similar record).
 */

beforeEach(async () => {
  await resetProfileStore();
});

const paper = (seq: number, title: string, publishedDate: string, authorRank: number) => ({
  seq,
  kind: '期刊论文',
  title,
  venue: '建筑科学',
  issn: '1002-8528',
  cn: '11-2242/TU',
  publishedDate,
  authorRank,
});

const post = (seq: number, startDate: string, endDate: string | null, post: string) => ({
  seq,
  startDate,
  endDate,
  employer: '广州市市政工程设计研究总院',
  post,
  duties: '',
  socialInsurancePaid: true,
  noSocialInsuranceReason: '',
});

describe('a kept table cell never lands in another record', () => {
  it('his 作者排名 of paper A, A deleted elsewhere: not put onto paper B of the same journal', () => {
    const base = profileSchema.parse({ label: '甲', publications: [paper(1, '城市综合管廊结构设计研究', '2021-05', 2), paper(2, '深基坑支护监测方法', '2022-03', 2)] });
    // His page: paper A's 作者排名 2 → 1 (kept, not saved).
    const mine: Profile = { ...base, publications: base.publications.map((p, i) => (i === 0 ? { ...p, authorRank: 1 } : p)) };
    const [change] = draftChanges(base, mine);
    expect(change!.path).toBe('publications[0].authorRank');
    // Another page deletes paper A and saves.
    const now: Profile = { ...base, publications: [{ ...base.publications[1]!, seq: 1 }] };
    // Paper B differs from A only in 题目 and 发表时间: it is another paper, A is gone.
    expect(placeIn(now, change!)).toBeNull();
  });

  it('his 职务 of post A, A deleted elsewhere: not put onto the next post at the same employer', () => {
    const base = profileSchema.parse({ label: '甲', workHistory: [post(1, '2015-07', '2018-06', '助理工程师'), post(2, '2018-07', null, '工程师')] });
    const mine: Profile = { ...base, workHistory: base.workHistory.map((w, i) => (i === 0 ? { ...w, post: '技术员' } : w)) };
    const [change] = draftChanges(base, mine);
    const now: Profile = { ...base, workHistory: [{ ...base.workHistory[1]!, seq: 1 }] };
    expect(placeIn(now, change!)).toBeNull();
  });

  it('papers swapped elsewhere and A edited there: his cell of A does not go into B', () => {
    const base = profileSchema.parse({ label: '甲', publications: [paper(1, '城市综合管廊结构设计研究', '2021-05', 2), paper(2, '深基坑支护监测方法', '2022-03', 2)] });
    const mine: Profile = { ...base, publications: base.publications.map((p, i) => (i === 0 ? { ...p, title: '城市综合管廊结构设计方法研究' } : p)) };
    const [change] = draftChanges(base, mine);
    // Elsewhere: B moved up, A's 发表时间 corrected.
    const now: Profile = { ...base, publications: [{ ...base.publications[1]!, seq: 1 }, { ...base.publications[0]!, seq: 2, publishedDate: '2021-06' }] };
    const placed = placeIn(now, change!);
    // Either A, found where it went, or nothing (record gone) — never B at A's old place.
    expect(placed === null || placed === 'publications[1].title').toBe(true);
  });

  it('the whole offer: after the delete elsewhere, 恢复 would write paper B without any warning', async () => {
    const base = profileSchema.parse({ label: '甲', publications: [paper(1, '城市综合管廊结构设计研究', '2021-05', 2), paper(2, '深基坑支护监测方法', '2022-03', 2)] });
    const saved = await saveProfile({ profile: base }, { activate: true });
    const mine: Profile = { ...base, publications: base.publications.map((p, i) => (i === 0 ? { ...p, authorRank: 1 } : p)) };
    await keepUnsavedDraft(saved.id, newDraftPageId(), draftChanges(base, mine));
    await saveProfile({ id: saved.id, profile: { ...base, publications: [{ ...base.publications[1]!, seq: 1 }] } });
    const offer = await readUnsavedDraft((await getProfile(saved.id))!);
    // Offered at all, it must say the record is gone / changed elsewhere, not silently target paper B.
    if (offer) expect(offer.changedElsewhere.length).toBeGreaterThan(0);
  });
});

describe('a kept table cell still finds its own record', () => {
  it('the same cell changed elsewhere too: placed there (the offer names the conflict)', () => {
    const base = profileSchema.parse({ label: '甲', publications: [paper(1, '城市综合管廊结构设计研究', '2021-05', 2), paper(2, '深基坑支护监测方法', '2022-03', 2)] });
    const mine: Profile = { ...base, publications: base.publications.map((p, i) => (i === 0 ? { ...p, authorRank: 1 } : p)) };
    const [change] = draftChanges(base, mine);
    const now: Profile = { ...base, publications: base.publications.map((p, i) => (i === 0 ? { ...p, authorRank: 3 } : p)) };
    expect(placeIn(now, change!)).toBe('publications[0].authorRank');
  });

  it('a row added above elsewhere: found where it went', () => {
    const base = profileSchema.parse({ label: '甲', publications: [paper(1, '城市综合管廊结构设计研究', '2021-05', 2)] });
    const mine: Profile = { ...base, publications: [{ ...base.publications[0]!, authorRank: 1 }] };
    const [change] = draftChanges(base, mine);
    const now: Profile = { ...base, publications: [paper(1, '深基坑支护监测方法', '2022-03', 2) as never, { ...base.publications[0]!, seq: 2 }] };
    expect(placeIn(now, change!)).toBe('publications[1].authorRank');
  });

  it('cells edited here without a move stay cell by cell', () => {
    const base = profileSchema.parse({ label: '甲', publications: [paper(1, '城市综合管廊结构设计研究', '2021-05', 2), paper(2, '深基坑支护监测方法', '2022-03', 2)] });
    const mine: Profile = { ...base, publications: base.publications.map((p, i) => (i === 1 ? { ...p, authorRank: 1 } : p)) };
    expect(draftChanges(base, mine).map((c) => c.path)).toEqual(['publications[1].authorRank']);
  });
});

describe('rows moved here keep the table whole', () => {
  it('papers A, B swapped here (↓), B deleted elsewhere: 恢复 does not turn A into B', async () => {
    const base = profileSchema.parse({ label: '甲', publications: [paper(1, '城市综合管廊结构设计研究', '2021-05', 2), paper(2, '深基坑支护监测方法', '2022-03', 1)] });
    const mine = editTable(base, 'publications', { kind: 'move', index: 0, by: 1 });
    expect(mine.publications.map((p) => p.title)).toEqual(['深基坑支护监测方法', '城市综合管廊结构设计研究']);
    const changes = draftChanges(base, mine);
    // Another page deletes paper B.
    const now: Profile = { ...base, publications: [base.publications[0]!] };
    // As ProfileEditor.restoreKept does: each change placed in the profile as it is now.
    let restored = now;
    for (const c of changes) {
      const path = placeIn(now, c);
      if (path !== null) restored = withValueAt(restored, path, c.now);
    }
    // Paper A must still be there (his move of it is no reason to overwrite it with B).
    expect(restored.publications.map((p) => p.title)).toContain('城市综合管廊结构设计研究');
  });

  it('the swap is kept as the whole table, named as changed elsewhere when it was', async () => {
    const base = profileSchema.parse({ label: '甲', publications: [paper(1, '城市综合管廊结构设计研究', '2021-05', 2), paper(2, '深基坑支护监测方法', '2022-03', 1)] });
    const saved = await saveProfile({ profile: base }, { activate: true });
    const mine = editTable(base, 'publications', { kind: 'move', index: 0, by: 1 });
    const changes = draftChanges(base, mine);
    expect(changes.map((c) => c.path)).toEqual(['publications']);
    await keepUnsavedDraft(saved.id, newDraftPageId(), changes);
    await saveProfile({ id: saved.id, profile: { ...base, publications: [base.publications[0]!] } });
    const offer = await readUnsavedDraft((await getProfile(saved.id))!);
    expect(offer!.changedElsewhere).toEqual(['publications']);
  });
});
