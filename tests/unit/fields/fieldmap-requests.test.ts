import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleFieldMapRequest } from '../../../lib/background/fieldmaps';
import { mappingFromControl } from '../../../lib/fields/mappings';
import { buildPack, installPack } from '../../../lib/packs/store';
import type { ControlSnapshot } from '../../../lib/page/snapshot';
import type { TaughtMapping } from '../../../lib/fields/taught.schema';

/**
 * The content script carries no zod (issue 9): taught mappings and packs reach it through the
 * background (lib/background/fieldmaps.ts), which validates what it stores and what it reads.
 */
const control = { selector: '#ctl00_Main_tb7', id: 'ctl00_Main_tb7', name: 'ctl00$Main$tb7' } as ControlSnapshot;

describe('field-map requests answered by the background', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('stores a taught mapping (host lower-cased) and returns it with the pack of the host', async () => {
    const mapping = mappingFromControl('GZRSJ.example.gov.cn', 'basic-info', control, 'basic.idNumber');
    expect(await handleFieldMapRequest({ type: 'fieldmap:teach', mapping })).toEqual({ ok: true, own: [{ ...mapping, host: 'gzrsj.example.gov.cn' }] });
    await installPack(buildPack('gzrsj.example.gov.cn', { synonyms: [{ key: 'basic.mobile', label: '手机' }] }));
    const reply = await handleFieldMapRequest({ type: 'fieldmap:get', host: 'GZRSJ.example.gov.cn' });
    expect(reply).toEqual({ own: [{ ...mapping, host: 'gzrsj.example.gov.cn' }], pack: { taught: [], hints: {}, synonyms: [{ key: 'basic.mobile', label: '手机' }] } });
  });

  it('refuses an invalid mapping without storing anything', async () => {
    const bad = { ...mappingFromControl('a.example', 'basic-info', control, 'basic.idNumber'), key: 'basic.shoeSize' } as unknown as TaughtMapping;
    const long = { ...mappingFromControl('a.example', 'basic-info', control, 'basic.idNumber'), selector: 'x'.repeat(501) };
    for (const mapping of [bad, long]) {
      const reply = await handleFieldMapRequest({ type: 'fieldmap:teach', mapping });
      expect(reply).toMatchObject({ ok: false });
    }
    expect(await browser.storage.local.get('taught-mappings')).toEqual({});
  });

  it('says in words that a mapping storage refused was not saved, and why, not the browser’s raw text (probe 14a Q3)', async () => {
    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const mapping = mappingFromControl('a.example', 'basic-info', control, 'basic.idNumber');
    const reply = await handleFieldMapRequest({ type: 'fieldmap:teach', mapping });
    expect(reply).toMatchObject({ ok: false });
    expect((reply as { error: string }).error).toMatch(/^字段对应关系未保存：.*存储空间已满.*QUOTA_BYTES quota exceeded/);
  });

  it('leaves stored entries that no longer validate out of the answer', async () => {
    const good = mappingFromControl('a.example', 'education', control, 'education.school');
    await browser.storage.local.set({ 'taught-mappings': [good, { ...good, step: 'no-such-step' }, 'junk'] });
    const reply = await handleFieldMapRequest({ type: 'fieldmap:get', host: 'a.example' });
    expect(reply).toEqual({ own: [good], pack: { taught: [], hints: {}, synonyms: [] } });
  });
});
