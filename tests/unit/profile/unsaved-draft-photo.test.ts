import { beforeEach, describe, expect, it } from 'vitest';
import { getProfile, saveProfile } from '../../../lib/profile/db';
import { profileSchema } from '../../../lib/profile/schema';
import { KEPT_PHOTO_PATH, keepUnsavedDraft, newDraftPageId, readUnsavedDraft } from '../../../lib/profile/unsaved-draft';
import { resetProfileStore } from './db-helpers';

/**
 * A kept photo is offered with a warning when another page saved a different photo since he
 * picked his (breaker b7d finding 4).
 */

beforeEach(async () => {
  await resetProfileStore();
});

describe('the kept photo', () => {
  const jpeg = (n: number) => new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, n, n, n, 0xff, 0xd9])], { type: 'image/jpeg' });

  it('picked on a page that closed, offered over a newer photo saved elsewhere since: the offer says it changed elsewhere', async () => {
    const base = profileSchema.parse({ label: '甲', basic: { name: '张小明' } });
    const saved = await saveProfile({ profile: base, photo: jpeg(1), photoInfo: { fileName: 'old.jpg' } as never }, { activate: true });
    // His page picks photo 2 (unsaved) and is closed by an extension update.
    await keepUnsavedDraft(saved.id, newDraftPageId(), [], { photo: jpeg(2), info: { fileName: 'mine.jpg' } as never });
    // Meanwhile another page saved photo 3.
    await saveProfile({ id: saved.id, profile: base, photo: jpeg(3), photoInfo: { fileName: 'newer.jpg' } as never });
    const offer = await readUnsavedDraft((await getProfile(saved.id))!);
    expect(offer?.photo).toBeDefined();
    // 恢复 would replace photo 3 with photo 2: the offer must not present it as unchanged elsewhere.
    expect(offer!.changedElsewhere.length).toBeGreaterThan(0);
  });

  it('the same without a newer photo: no warning (regression guard)', async () => {
    const base = profileSchema.parse({ label: '甲', basic: { name: '张小明' } });
    const saved = await saveProfile({ profile: base, photo: jpeg(1), photoInfo: { fileName: 'old.jpg' } as never }, { activate: true });
    await keepUnsavedDraft(saved.id, newDraftPageId(), [], { photo: jpeg(2), info: { fileName: 'mine.jpg' } as never });
    const offer = await readUnsavedDraft((await getProfile(saved.id))!);
    expect(offer?.photo).toBeDefined();
    expect(offer!.changedElsewhere).toEqual([]);
  });

  it('two closed pages each kept another photo: the newest is offered, the other is named with its time (breaker b7d finding 6)', async () => {
    const base = profileSchema.parse({ label: '甲', basic: { name: '张小明' } });
    const saved = await saveProfile({ profile: base, photo: jpeg(1), photoInfo: { fileName: 'old.jpg' } as never }, { activate: true });
    await keepUnsavedDraft(saved.id, newDraftPageId(), [], { photo: jpeg(2), info: { fileName: 'first.jpg' } as never });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await keepUnsavedDraft(saved.id, newDraftPageId(), [], { photo: jpeg(3), info: { fileName: 'second.jpg' } as never });
    const offer = await readUnsavedDraft((await getProfile(saved.id))!);
    expect(offer?.photo?.info?.fileName).toBe('second.jpg');
    expect(offer!.older).toEqual([{ path: KEPT_PHOTO_PATH, keptAt: expect.any(String) }]);
    expect(offer!.older[0]!.keptAt < offer!.keptAt).toBe(true);
  });
});
