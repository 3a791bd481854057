// Breaker 31p F3: a backup restored over profiles of the same names (the same backup twice, or
// last year's backup on a computer that already holds those profiles) added entries with the very
// same labels — a list of look-alikes he cannot tell apart — where importing a single file names
// the second one `…（2）`. A restore now makes labels unique the same way.
import { beforeEach, describe, expect, it } from 'vitest';
import { exportBackupText, importBackupFromFile, importProfileText } from '../../../lib/profile/import-export';
import { getActiveProfile, listProfiles } from '../../../lib/profile/db';
import { resetProfileStore } from '../profile/db-helpers';
import { SAMPLE_TEXT, sampleDoc } from '../profile/fixtures';

beforeEach(resetProfileStore);

describe('a restored backup never adds a label the list already shows (breaker 31p F3)', () => {
  it('names a restored profile as a second import of its file would, and keeps everything else as backed up', async () => {
    await importProfileText(SAMPLE_TEXT);
    const other = sampleDoc();
    other.profile.label = '李四 · 2021 中级';
    await importProfileText(JSON.stringify(other));
    const { text } = await exportBackupText();
    const restored = await importBackupFromFile(new Blob([text]));
    expect(restored.ok && restored.value.map((s) => s.profile.label)).toEqual(['张小明 · 2020 初级（2）', '李四 · 2021 中级（2）']);
    const labels = (await listProfiles()).map((s) => s.profile.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect((await getActiveProfile())!.profile.label).toBe('李四 · 2021 中级（2）');
    const [first, second] = (await listProfiles()).filter((s) => s.profile.label.startsWith('张小明'));
    expect({ ...second!.profile, label: first!.profile.label }).toEqual(first!.profile);
  });

  it('keeps the labels of a backup restored into an empty store exactly as they were', async () => {
    await importProfileText(SAMPLE_TEXT);
    const { text } = await exportBackupText();
    await resetProfileStore();
    const restored = await importBackupFromFile(new Blob([text]));
    expect(restored.ok && restored.value.map((s) => s.profile.label)).toEqual(['张小明 · 2020 初级']);
  });
});
