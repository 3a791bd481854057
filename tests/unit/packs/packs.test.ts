import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parsePack, validatePack } from '../../../lib/packs/validate';
import { buildPack, installPack, listPacks, packFileText, readActivePacks, removePack } from '../../../lib/packs/store';
import { recognizeStep } from '../../../lib/portal/recognize-step';
import type { PageSnapshot } from '../../../lib/page/snapshot';

const GOOD = {
  format: 'zc-fieldmap',
  version: 1,
  site: 'New.Example.gov.cn',
  mappings: [
    { host: 'new.example.gov.cn', step: 'basic-info', selector: '#ctl00_Main_tb7', id: 'ctl00_Main_tb7', name: 'ctl00$Main$tb7', key: 'basic.idNumber' },
    { host: 'NEW.example.gov.cn', step: 'basic-info', selector: 'table.f tr:nth-child(12) > td:nth-child(2) > input', id: '', name: '', key: 'basic.mobile' },
  ],
  synonyms: [{ key: 'basic.idNumber', label: '申报人证件号' }],
  hints: { 'basic-info': { headings: ['^人员基础信息$'], labels: ['证件号'] } },
};

describe('pack validation', () => {
  it('accepts a good pack, host names lower-cased', () => {
    const result = validatePack(GOOD);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.site).toBe('new.example.gov.cn');
    expect(result.pack.mappings.map((m) => m.host)).toEqual(['new.example.gov.cn', 'new.example.gov.cn']);
    expect(result.pack.hints?.['basic-info']?.headings).toEqual(['^人员基础信息$']);
  });

  it('refuses a bad pack with one reason per problem', () => {
    const bad = {
      ...GOOD,
      version: 2,
      mappings: [{ ...GOOD.mappings[0], key: 'basic.shoeSize' }, { ...GOOD.mappings[0], host: 'other.example' }],
      hints: { 'basic-info': { headings: ['(未闭合'], colours: ['red'] }, 'no-such-step': { labels: ['x'] } },
    };
    const result = validatePack(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([expect.stringMatching(/^version: /), expect.stringMatching(/^mappings\[0\]\.key: /), expect.stringMatching(/^hints\.basic-info: 不认识的项 colours/)]),
    );
    const onlySchemaOk = validatePack({ ...GOOD, mappings: [{ ...GOOD.mappings[0], host: 'other.example' }], hints: { 'basic-info': { headings: ['(未闭合'] } } });
    expect(onlySchemaOk.ok).toBe(false);
    if (!onlySchemaOk.ok) {
      expect(onlySchemaOk.errors).toEqual(['mappings[0].host: 与 site（new.example.gov.cn）不一致', 'hints.basic-info.headings[0]: 不是有效的匹配规则']);
    }
  });

  it.each([
    ['synonyms', [{ key: 'basic.idNumber', label: '440106199805120314' }], /synonyms\[0\]\.label: 像身份证号码/],
    ['synonyms', [{ key: 'basic.mobile', label: '手机13926001234' }], /像手机号码/],
    ['synonyms', [{ key: 'basic.email', label: 'limingyuan@example.com' }], /像电子邮箱/],
    ['synonyms', [{ key: 'basic.phone', label: '020-38765432' }], /像电话号码/],
    ['synonyms', [{ key: 'basic.birthDate', label: '1998-05-12' }], /像日期/],
    ['hints', { 'basic-info': { labels: ['91440101MA5CKKK17J'] } }, /像统一社会信用代码/],
  ])('refuses personal values in %s', (field, value, reason) => {
    const result = validatePack({ ...GOOD, [field]: value });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.join('\n')).toMatch(reason);
      expect(result.errors.join('\n')).toMatch(/不能包含个人信息/);
    }
  });

  it('accepts an IP site and refuses unknown top-level items, non-JSON and huge files', () => {
    expect(validatePack({ ...GOOD, site: '10.1.2.3', mappings: [] }).ok).toBe(true);
    const extra = validatePack({ ...GOOD, profile: { name: '李明远' } });
    expect(extra.ok).toBe(true); // unknown top-level keys are dropped, never stored
    if (extra.ok) expect(JSON.stringify(extra.pack)).not.toContain('李明远');
    expect(parsePack('{oops')).toEqual({ ok: false, errors: ['文件不是有效的 JSON'] });
    expect(parsePack(' '.repeat(600 * 1024)).ok).toBe(false);
  });

  it('hints from a pack change step recognition', () => {
    const snapshot: PageSnapshot = {
      url: 'https://new.example.gov.cn/x.aspx',
      title: '',
      isTopFrame: true,
      childFrameCount: 0,
      charset: 'UTF-8',
      headings: ['人员基础信息'],
      notices: [],
      controls: [
        {
          index: 0, kind: 'text', tag: 'input', type: 'text', id: 'a', name: 'a', labels: [], value: '', checked: false, options: [],
          readOnly: false, disabled: false, visible: true, required: false, maxLength: null, groupLabel: '', choiceText: '',
          pickerButton: false, pickerCodeIndex: null, calendar: false, buttonText: '', selector: '#a',
        },
      ],
      grids: [],
      links: [],
    };
    expect(recognizeStep(snapshot).step).toBe('unknown');
    const result = validatePack(GOOD);
    if (!result.ok) throw new Error('good pack refused');
    expect(recognizeStep(snapshot, result.pack.hints).step).toBe('basic-info');
  });
});

describe('pack store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('installs one pack per site, reads it for its host only, removes it', async () => {
    const result = validatePack(GOOD);
    if (!result.ok) throw new Error('good pack refused');
    await installPack(result.pack);
    await installPack({ ...result.pack, synonyms: [] });
    expect(await listPacks()).toHaveLength(1);
    const active = await readActivePacks('NEW.example.gov.cn');
    expect(active.taught).toHaveLength(2);
    expect(active.synonyms).toEqual([]);
    expect(Object.keys(active.hints)).toEqual(['basic-info']);
    expect(await readActivePacks('other.example')).toEqual({ taught: [], hints: {}, synonyms: [] });
    await removePack('new.example.gov.cn');
    expect(await listPacks()).toEqual([]);
  });

  it('exports a pack that imports again, built from one site’s mappings', () => {
    const result = validatePack(GOOD);
    if (!result.ok) throw new Error('good pack refused');
    const pack = buildPack('new.example.gov.cn', {
      mappings: [...result.pack.mappings, { ...result.pack.mappings[0]!, host: 'other.example' }],
      synonyms: result.pack.synonyms,
    });
    expect(pack.mappings).toHaveLength(2);
    const again = parsePack(packFileText(pack));
    expect(again).toEqual({ ok: true, pack });
    expect(() => packFileText({ ...pack, synonyms: [{ key: 'basic.name', label: '13926001234' }] })).toThrow(/像手机号码/);
  });
});
