// Breaker 31p F2: 导出所选档案 / 备份全部档案 wrote the stored profile while the editor held unsaved
// edits and said 已导出 — a file carried to next year's computer without what the page showed;
// and an export that failed (the profile gone from storage, storage refusing) said nothing at all
// (an unhandled rejection). Now an export waits for the edits to be saved or discarded, and a
// failed export says so under the buttons.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { PROFILE_DB_NAME } from '../../../lib/profile/db';
import { optionsPageRoot } from '../options/page-root';

vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));

const { byTestId, typeInto, fieldValue, click, mountWithSample } = optionsPageRoot();

/** Files written through the download link (components/options/download.ts), in order. */
let downloads: Blob[] = [];
beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (this.download) downloads.push(blobs.get(this.href)!);
  });
});
afterEach(() => vi.restoreAllMocks());

const mount = () => mountWithSample(<OptionsApp />, () => expect(fieldValue('basic.name')).toBe('张小明'));

/** Deletes every stored profile behind the page's back (site data cleared, a raw tool), with no change signal. */
async function clearProfilesBehindThePage(): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(PROFILE_DB_NAME);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('profiles', 'readwrite');
    tx.objectStore('profiles').clear();
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('exports write what the page shows, or say why not (breaker 31p F2)', () => {
  it('exports nothing while the editor holds unsaved edits, and says to save or discard them first', async () => {
    await mount();
    await typeInto('basic.name', '张晓明');
    await vi.waitFor(() => expect(byTestId('export-dirty')?.textContent).toContain('请先保存或放弃'));
    for (const id of ['profile-export', 'backup-export']) {
      const button = byTestId(id) as HTMLButtonElement;
      expect(button.disabled).toBe(true);
      expect(button.title).toContain('导出的是已保存的内容');
      await click(id);
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(downloads).toHaveLength(0);
  });

  it('exports the saved profile once the edits are saved', async () => {
    await mount();
    await typeInto('basic.name', '张晓明');
    await click('profile-save');
    await vi.waitFor(() => expect(byTestId('export-dirty')).toBeNull());
    await click('profile-export');
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(JSON.parse(await downloads[0]!.text()).profile.basic.name).toBe('张晓明');
  });

  it('says so when the profile to export is no longer stored, and writes no file', async () => {
    await mount();
    await clearProfilesBehindThePage();
    await act(() => byTestId('profile-export')!.click());
    await vi.waitFor(() => expect(byTestId('export-error')?.textContent).toContain('找不到这份档案'));
    expect(byTestId('export-error')?.textContent).toContain('未能导出');
    expect(downloads).toHaveLength(0);
  });
});
