import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hostOfPattern, hostPattern, parsePortalAddress } from '../../../lib/hosts/address';
import { explainNoContentScript } from '../../../lib/hosts/explain';
import { activePatterns, ADDED_HOST_SCRIPT_IDS, registrationsFor, syncRegistrations } from '../../../lib/hosts/registration';
import { readAddedHosts, removeAddedHosts, saveAddedHost } from '../../../lib/hosts/store';
import { PORTAL_MATCHES } from '../../../lib/portal/hosts';

describe('parsePortalAddress', () => {
  it.each([
    ['https://New.Example.gov.cn/vsgzhr/login_home.aspx?x=1#a', 'new.example.gov.cn', 'https://new.example.gov.cn/vsgzhr/login_home.aspx'],
    ['new.example.gov.cn/VSGZHR/', 'new.example.gov.cn', 'http://new.example.gov.cn/VSGZHR/'],
    ['http://10.1.2.3:8080/vsgzhr', '10.1.2.3', 'http://10.1.2.3:8080/vsgzhr'],
    ['  http://localhost:5173  ', 'localhost', 'http://localhost:5173/'],
    // An intranet name with its scheme or port (breaker 23b item 7).
    ['http://zcps/vsgzhr/', 'zcps', 'http://zcps/vsgzhr/'],
    ['zcps:8080', 'zcps', 'http://zcps:8080/'],
  ])('%s → host %s', (input, host, address) => {
    expect(parsePortalAddress(input)).toEqual({ ok: true, host, pattern: `*://${host}/*`, address });
  });

  it.each([
    ['', /请输入/],
    ['https://*.example.gov.cn/', /通配符/],
    ['http://host/vs*hr/', /通配符/],
    ['ftp://files.example.gov.cn/', /http/],
    ['file:///C:/portal.html', /http/],
    ['http://user:pw@host.example/', /用户名或密码/],
    ['http://exa mple.com', /有效/],
    // Text typed by mistake (probe 12a item 1): a one-word host.
    ['不是网址', /完整的域名/],
    ['portal', /完整的域名/],
    ['https://gzrsj.rsj.gz.gov.cn/vsgzhr/', /已内置/],
  ])('refuses %j', (input, error) => {
    const result = parsePortalAddress(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });

  it('patterns cover the whole host, both schemes, all ports', () => {
    expect(hostPattern('a.example')).toBe('*://a.example/*');
    expect(hostOfPattern('http://127.0.0.1/*')).toBe('127.0.0.1');
    expect(hostOfPattern('*://A.example/*')).toBe('a.example');
    expect(hostOfPattern('*://*/*')).toBeNull();
    expect(hostOfPattern('https://*.example.com/*')).toBeNull();
    expect(hostOfPattern('<all_urls>')).toBeNull();
  });
});

describe('registrations', () => {
  it('registers nothing without hosts', () => expect(registrationsFor([])).toEqual([]));

  it('registers the overlay and the main-world compat script in all frames, persistently', () => {
    const regs = registrationsFor(['*://b.example/*', '*://a.example/*', '*://a.example/*']);
    expect(regs.map((r) => [r.id, r.world ?? 'ISOLATED', r.runAt, r.allFrames, r.persistAcrossSessions])).toEqual([
      [ADDED_HOST_SCRIPT_IDS.compat, 'MAIN', 'document_start', true, true],
      [ADDED_HOST_SCRIPT_IDS.overlay, 'ISOLATED', 'document_idle', true, true],
    ]);
    for (const r of regs) expect(r.matches).toEqual(['*://a.example/*', '*://b.example/*']);
  });

  it('registers stored hosts that are granted and not covered by the manifest', () => {
    const stored = ['*://new.example/*', '*://revoked.example/*', PORTAL_MATCHES[0]!, '*://new.example/*'];
    const granted = new Set(['*://new.example/*', PORTAL_MATCHES[0]!, '*://other.example/*']);
    expect(activePatterns(stored, granted, PORTAL_MATCHES)).toEqual(['*://new.example/*']);
  });

  describe('syncRegistrations', () => {
    let registered: { id: string; matches?: string[] }[];
    beforeEach(() => {
      fakeBrowser.reset();
      registered = [];
      const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
      scripting.getRegisteredContentScripts = vi.fn(async (filter?: { ids?: string[] }) => registered.filter((r) => !filter?.ids || filter.ids.includes(r.id)));
      scripting.unregisterContentScripts = vi.fn(async (filter: { ids: string[] }) => {
        registered = registered.filter((r) => !filter.ids.includes(r.id));
      });
      scripting.registerContentScripts = vi.fn(async (list: { id: string }[]) => {
        for (const s of list) if (registered.some((r) => r.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.push(...list);
      });
      scripting.updateContentScripts = vi.fn(async (list: { id: string }[]) => {
        for (const s of list) {
          const i = registered.findIndex((r) => r.id === s.id);
          if (i < 0) throw new Error(`No script with ID '${s.id}'`);
          registered[i] = { ...registered[i]!, ...s };
        }
      });
      vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
        manifest_version: 3,
        name: 'x',
        version: '1',
        content_scripts: [{ matches: PORTAL_MATCHES, js: ['content-scripts/content.js'] }],
      });
    });

    async function grant(origins: string[]): Promise<void> {
      for (const pattern of ['*://new.example/*', '*://b.example/*', '*://revoked.example/*']) {
        await saveAddedHost({ host: pattern.slice(4, -2), pattern, address: '', addedAt: '2024-12-01T00:00:00.000Z' });
      }
      vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p) => (p.origins ?? []).every((o) => origins.includes(o)));
    }

    it('follows the granted patterns, replacing its own registrations each time', async () => {
      await grant(['*://new.example/*', '*://unstored.example/*']);
      expect(await syncRegistrations()).toEqual(['*://new.example/*']);
      expect(registered.map((r) => [r.id, r.matches])).toEqual([
        [ADDED_HOST_SCRIPT_IDS.compat, ['*://new.example/*']],
        [ADDED_HOST_SCRIPT_IDS.overlay, ['*://new.example/*']],
      ]);
      await grant(['*://new.example/*', '*://b.example/*']);
      await Promise.all([syncRegistrations(), syncRegistrations()]);
      expect(registered).toHaveLength(2);
      expect(registered[0]!.matches).toEqual(['*://b.example/*', '*://new.example/*']);
      await grant([]);
      expect(await syncRegistrations()).toEqual([]);
      expect(registered).toEqual([]);
    });

    it('leaves matching registrations in place at start-up, so no page load finds them missing', async () => {
      await grant(['*://new.example/*']);
      await syncRegistrations();
      const scripting = fakeBrowser.scripting as unknown as Record<string, ReturnType<typeof vi.fn>>;
      scripting.unregisterContentScripts!.mockClear();
      scripting.registerContentScripts!.mockClear();
      await syncRegistrations();
      expect(scripting.unregisterContentScripts).not.toHaveBeenCalled();
      expect(scripting.registerContentScripts).not.toHaveBeenCalled();
      expect(scripting.updateContentScripts).not.toHaveBeenCalled();
      await grant(['*://new.example/*', '*://b.example/*']);
      await syncRegistrations();
      expect(scripting.unregisterContentScripts).not.toHaveBeenCalled();
      expect(scripting.updateContentScripts).toHaveBeenCalledTimes(1);
      expect(registered.map((r) => r.matches)).toEqual([
        ['*://b.example/*', '*://new.example/*'],
        ['*://b.example/*', '*://new.example/*'],
      ]);
    });
  });
});

describe('stored hosts', () => {
  beforeEach(() => fakeBrowser.reset());
  it('adds, replaces by pattern, and removes', async () => {
    const entry = { host: 'a.example', pattern: '*://a.example/*', address: 'http://a.example/vsgzhr/', addedAt: '2024-12-01T00:00:00.000Z' };
    await saveAddedHost(entry);
    await saveAddedHost({ ...entry, address: 'https://a.example/VSGZHR/' });
    await saveAddedHost({ ...entry, host: 'b.example', pattern: '*://b.example/*' });
    expect((await readAddedHosts()).map((h) => [h.host, h.address])).toEqual([
      ['a.example', 'https://a.example/VSGZHR/'],
      ['b.example', 'http://a.example/vsgzhr/'],
    ]);
    await removeAddedHosts(['*://a.example/*']);
    expect((await readAddedHosts()).map((h) => h.host)).toEqual(['b.example']);
  });
});

describe('explainNoContentScript', () => {
  it('points to IE mode on a known portal host', () => {
    expect(explainNoContentScript('https://gzrsj.rsj.gz.gov.cn/vsgzhr/Main.aspx', [])).toMatch(/IE 模式/);
    expect(explainNoContentScript('http://new.example/vsgzhr/', ['new.example'])).toMatch(/IE 模式/);
  });
  it('says where the helper works elsewhere (or when the URL is hidden)', () => {
    expect(explainNoContentScript('https://www.baidu.com/', ['new.example'])).toMatch(/添加新网址/);
    expect(explainNoContentScript(undefined, [])).toMatch(/不是申报系统页面/);
    expect(explainNoContentScript('chrome://extensions/', [])).not.toMatch(/IE 模式/);
  });
});
