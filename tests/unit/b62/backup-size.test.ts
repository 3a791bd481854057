// Breaker 62 finding 1: a helpdesk's 备份全部档案 of ten applicants, each with the photo as he chose it
// (a phone crop of 4 MB is kept as it is: only over 5 MB does the options page insist on the fixer),
// wrote a file of 53.4 MB, and 恢复备份 refused that very file (文件太大（53.4 MB），上限为 50.0 MB): the
// backup was unusable exactly when it was needed (a new computer, a cleared browser), and nothing
// said so when it was made. An export now never writes a file its own import refuses: it says why
// instead, while the profiles are still there to fix.
// The limits are scaled down here (÷ 10: 5 MB for a backup, 1 MB for a profile file) with the
// photos (400 KB, 800 KB), so the test stores megabytes, not the 53 MB of the real case: happy-dom's
// Blob and TextEncoder take some 40 s over those (the real sizes, run once: the same refusal).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exportBackupText, exportProfileText, importBackupFromFile, importProfileText } from '../../../lib/profile/import-export';
import { listProfiles, saveProfile } from '../../../lib/profile/db';
import { BACKUP_FILE_MAX_BYTES, parseProfileFile, PROFILE_FILE_MAX_BYTES } from '../../../lib/profile/format-v1';
import { resetProfileStore } from '../profile/db-helpers';
import { sampleDoc } from '../profile/fixtures';

vi.mock('../../../lib/profile/format-v1', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/profile/format-v1')>()),
  BACKUP_FILE_MAX_BYTES: 5_000_000,
  PROFILE_FILE_MAX_BYTES: 1_000_000,
}));

beforeEach(resetProfileStore);

/** A whole JPEG of `bytes` bytes as the options page stores one: SOI, a scan, EOI. */
function jpegOf(bytes: number): Blob {
  const data = new Uint8Array(bytes);
  data.set([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02]);
  data.set([0xff, 0xd9], bytes - 2);
  return new Blob([data], { type: 'image/jpeg' });
}

/** Stores `count` applicants (the sample's data), each with a photo of `photoBytes` bytes. */
async function applicants(count: number, photoBytes: number): Promise<void> {
  const base = parseProfileFile(JSON.stringify(sampleDoc()));
  if (!base.ok) throw new Error('sample refused');
  const { photo: _photo, ...profile } = base.profile;
  for (let i = 1; i <= count; i++) {
    await saveProfile({ profile: { ...profile, label: `申请人 ${i}` }, photo: jpegOf(photoBytes), photoInfo: { fileName: `p${i}.jpg` } });
  }
}

/** What an export ends in: its text, or the message it was refused with. */
async function outcome<T>(work: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; message: string }> {
  try {
    return { ok: true, value: await work };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

describe('an export is never a file its own import refuses (breaker 62 finding 1)', () => {
  it('uses the scaled-down limits', () => {
    expect([BACKUP_FILE_MAX_BYTES, PROFILE_FILE_MAX_BYTES]).toEqual([5_000_000, 1_000_000]);
  });

  it('does not write a backup over what 恢复备份 reads, and says why and what to do', async () => {
    await applicants(10, 400_000);
    const result = await outcome(exportBackupText());
    // The file it wrote before: 恢复备份 refuses it.
    if (result.ok) {
      const restored = await importBackupFromFile(new Blob([result.value.text]));
      expect(restored.ok ? 'restored' : restored.errors.map((e) => e.message).join(' ')).toBe('restored');
    }
    expect(result.ok ? 'written' : result.message).toMatch(/^备份将有 5\.\d MB，超过“恢复备份”能读的 5\.0 MB.*一键修正照片.*导出所选档案/);
  });

  it('still writes a backup within the limit, and it restores whole', async () => {
    await applicants(8, 400_000);
    const { text, count } = await exportBackupText();
    await resetProfileStore();
    const restored = await importBackupFromFile(new Blob([text]));
    expect(restored.ok && restored.value.length).toBe(count);
    expect((await listProfiles()).every((s) => s.photo?.size === 400_000)).toBe(true);
  });

  it('does not write a profile file over what 导入档案文件 reads (a photo a backup brought in whole)', async () => {
    await applicants(1, 800_000);
    const [stored] = await listProfiles();
    const result = await outcome(exportProfileText(stored!.id));
    if (result.ok) {
      const imported = await importProfileText(result.value);
      expect(imported.ok ? 'imported' : imported.errors.map((e) => e.message).join(' ')).toBe('imported');
    }
    expect(result.ok ? 'written' : result.message).toMatch(/^档案文件将有 1\.\d MB，超过“导入档案文件”能读的 1\.0 MB.*一键修正照片/);
  });
});
