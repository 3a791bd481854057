import { expect, it, vi } from 'vitest';
import { listProfiles, openProfileDb, saveProfile } from '../../../lib/profile/db';
import { enableProtection, lockProfiles } from '../../../lib/profile/protection';
import { profileSchema } from '../../../lib/profile/schema';

// Breaker 31b B8: another options page's keep that read the key before 锁定 must not land after it.
it('锁定 leaves no kept edits, even those another page sealed before it and writes after it', async () => {
  await saveProfile({ profile: profileSchema.parse({ label: '甲', basic: { name: '张小明' } }) }, { activate: true });
  await enableProtection('我的申报密码 2024');
  const [stored] = await listProfiles();
  vi.resetModules();
  const otherPage = await import('../../../lib/profile/unsaved-draft');
  const keeping = otherPage.keepUnsavedDraft(stored!.id, otherPage.newDraftPageId(), [{ path: 'basic.mobile', was: '', now: '13733333333' }]);
  await new Promise((resolve) => setTimeout(resolve, 0));
  await lockProfiles();
  await keeping;
  const kept = (await (await openProfileDb()).getAll('meta')).filter((value) => typeof value !== 'string');
  expect(kept).toHaveLength(0);
});
