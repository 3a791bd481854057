// Breaker 61 finding 2: a field-map pack (options page → 字段映射包) saved as GBK — a helpdesk
// adding a label synonym in a Chinese Windows editor whose default is GBK — was read as UTF-8
// with replacement characters and installed: its synonym 申报人证件号 became "��������" and
// recognition never met it, with 已导入 said and nothing to tell why the label stayed unknown.
// A profile file in GBK has long been refused with its reason (lib/profile/format-v1.ts
// decodeUtf8File); a pack file now is too, by the same reader, and nothing is installed.
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PacksSection } from '../../../components/settings/PacksSection';
import { listPacks } from '../../../lib/packs/store';
import { parsePackFile } from '../../../lib/packs/validate';
import { optionsPageRoot } from '../options/page-root';

const { root, byTestId, chooseFile } = optionsPageRoot();

const LABEL = '申报人证件号';
/** 申报人证件号 in GBK (GB 18030's two-byte codes). */
const LABEL_GBK = [201, 234, 177, 168, 200, 203, 214, 164, 188, 254, 186, 197];

const PACK = {
  format: 'zc-fieldmap',
  version: 1,
  site: 'new.example.gov.cn',
  mappings: [{ host: 'new.example.gov.cn', step: 'basic-info', selector: '#tbZJHM', id: 'tbZJHM', name: 'tbZJHM', key: 'basic.idNumber' }],
  synonyms: [{ key: 'basic.idNumber', label: '@LABEL@' }],
};

/** The pack's JSON with its label encoded as `label` bytes (the rest is ASCII, alike in both). */
function packBytes(label: readonly number[]): Uint8Array {
  const [before, after] = JSON.stringify(PACK).split('@LABEL@') as [string, string];
  const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
  return new Uint8Array([...ascii(before), ...label, ...ascii(after)]);
}

async function importPack(bytes: Uint8Array): Promise<void> {
  await act(() => render(<PacksSection />, root()));
  await chooseFile('zc-pack-import', new File([bytes as Uint8Array<ArrayBuffer>], 'pack.json', { type: 'application/json' }));
}

describe('a field-map pack file in another encoding than UTF-8', () => {
  it('is refused with its reason, and nothing is installed', async () => {
    await importPack(packBytes(LABEL_GBK));
    await vi.waitFor(() => expect(byTestId('zc-pack-import-error')?.textContent).toContain('UTF-8'));
    expect(byTestId('zc-pack-import-error')?.textContent).toContain('GBK');
    expect(byTestId('zc-pack-status')).toBeNull();
    expect(await listPacks()).toEqual([]);
  });

  it('in UTF-8 it installs, its synonym as written', async () => {
    await importPack(new TextEncoder().encode(JSON.stringify(PACK).replace('@LABEL@', LABEL)));
    await vi.waitFor(() => expect(byTestId('zc-pack-status')).not.toBeNull());
    expect((await listPacks()).map((p) => p.synonyms?.map((s) => s.label))).toEqual([[LABEL]]);
  });

  it('a picture chosen by mistake is still said to be no JSON', () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xc9, 0xea]);
    expect(parsePackFile(jpeg)).toEqual({ ok: false, errors: ['文件不是有效的 JSON'] });
  });
});
