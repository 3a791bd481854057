// Breaker 62 finding 3: a profile file of 13 KB with a value nested 5,000 levels deep under a key
// of its own (a hostile or broken file) parsed, then IndexedDB could not store it, and 导入档案文件
// said 无法打开浏览器中的档案数据库（可能处于无痕模式或浏览器禁用了存储）— the browser blamed, in
// Chromium as here — instead of that the file is not a profile. It is now refused as such, before
// anything is written; a profile's own nesting, and a later version's unknown keys a few levels
// deep, still import.
import { beforeEach, describe, expect, it } from 'vitest';
import { importBackupFromFile, importProfileText } from '../../../lib/profile/import-export';
import { listProfiles } from '../../../lib/profile/db';
import { FILE_MAX_DEPTH } from '../../../lib/profile/format-v1';
import { resetProfileStore } from '../profile/db-helpers';
import { sampleDoc } from '../profile/fixtures';

beforeEach(resetProfileStore);

/** A value nested `depth` levels, as JSON text: [[[…]]] (written out, as JSON.stringify would overflow the stack). */
const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
/** `doc` as JSON text, with the value "DEEP" in it written nested `depth` levels. */
const withDeep = (doc: unknown, depth: number): string => JSON.stringify(doc).replace('"DEEP"', nested(depth));

/** What an import ends in: 'imported', or its messages (a storage failure's too). */
async function importOutcome(work: Promise<{ ok: boolean; errors?: { message: string }[] }>): Promise<string> {
  try {
    const result = await work;
    return result.ok ? 'imported' : result.errors!.map((e) => e.message).join(' | ');
  } catch (e) {
    return `threw: ${e instanceof Error ? e.message : String(e)}`;
  }
}

describe('a file nested deeper than a profile can be is refused as not a profile (breaker 62 finding 3)', () => {
  it('refuses a profile file with a value 5,000 levels deep, names why, and stores nothing', async () => {
    const doc = sampleDoc();
    doc.profile.deep = 'DEEP';
    const outcome = await importOutcome(importProfileText(withDeep(doc, 5000)));
    expect(outcome).not.toMatch(/无痕模式|数据库/);
    expect(outcome).toBe(`不是本助手导出的档案文件（文件内容的层次嵌套超过 ${FILE_MAX_DEPTH} 层，浏览器无法保存）。请选择用本助手“导出所选档案”保存的文件（文件名以 .zc-profile.json 结尾）。`);
    expect(await listProfiles()).toEqual([]);
  });

  it('refuses such a backup too', async () => {
    const entry = sampleDoc();
    entry.extra = 'DEEP';
    const backup = { format: 'zc-profile-backup', version: 1, activeIndex: 0, profiles: [entry] };
    expect(await importOutcome(importBackupFromFile(new Blob([withDeep(backup, 5000)])))).toMatch(/^不是本助手导出的档案文件（文件内容的层次嵌套超过/);
    expect(await listProfiles()).toEqual([]);
  });

  it('still imports unknown keys nested a few levels, and keeps them', async () => {
    const doc = sampleDoc();
    doc.profile.nextVersion = { a: { b: { c: [{ d: [1, 2] }] } } };
    expect(await importOutcome(importProfileText(JSON.stringify(doc)))).toBe('imported');
    expect((await listProfiles())[0]!.profile).toMatchObject({ nextVersion: { a: { b: { c: [{ d: [1, 2] }] } } } });
  });
});
