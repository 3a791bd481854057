import { describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PRODUCTION_EXTENSION_DIR } from './harness';
import { PORTAL_MATCHES } from '../../lib/portal/hosts';

/**
 * The production build's promises (issue 9, spec/test-contract.md §Never): exactly the
 * permissions README documents, content scripts only on the portal hosts, and no bundle that
 * can talk to the network or run remote code.
 */

/** Rows of README's permission table: `| \`name\` | why |` under "## Permissions". */
async function documentedPermissions(): Promise<{ permissions: string[]; hosts: string[]; optionalHosts: string[] }> {
  const readme = await readFile(resolve('README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Permissions'));
  const rows = [...section.matchAll(/^\| (permission|host|optional host) \| `([^`]+)` \|/gm)];
  const of = (kind: string) => rows.filter((r) => r[1] === kind).map((r) => r[2]!);
  return { permissions: of('permission'), hosts: of('host'), optionalHosts: of('optional host') };
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Network and remote-code APIs no extension bundle may contain. */
const FORBIDDEN: { name: string; re: RegExp }[] = [
  { name: 'fetch', re: /\bfetch\s*\(/ },
  { name: 'XMLHttpRequest', re: /XMLHttpRequest/ },
  { name: 'WebSocket', re: /\bWebSocket\b/ },
  { name: 'sendBeacon', re: /sendBeacon/ },
  { name: 'EventSource', re: /\bEventSource\b/ },
  { name: 'eval', re: /(^|[^.\w])eval\s*\(/ },
  { name: 'new Function', re: /new\s+Function\s*\(/ },
  { name: 'importScripts', re: /importScripts\s*\(/ },
  { name: 'remote import', re: /import\s*\(\s*["'`]https?:/ },
];

describe('production build: permissions, hosts and no network code', () => {
  const out = PRODUCTION_EXTENSION_DIR;

  it('asks for exactly the documented permissions and hosts', async () => {
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    const documented = await documentedPermissions();
    expect(documented.permissions.length).toBeGreaterThan(0);
    expect([...manifest.permissions].sort()).toEqual([...documented.permissions].sort());
    expect([...manifest.host_permissions].sort()).toEqual([...documented.hosts].sort());
    expect([...manifest.host_permissions].sort()).toEqual([...PORTAL_MATCHES].sort());
    expect([...(manifest.optional_host_permissions ?? [])].sort()).toEqual([...documented.optionalHosts].sort());
    // The production content scripts run on the portal hosts only (never loopback).
    for (const script of manifest.content_scripts as { matches: string[] }[]) {
      expect([...script.matches].sort()).toEqual([...PORTAL_MATCHES].sort());
    }
    expect(JSON.stringify(manifest.content_security_policy ?? {})).not.toMatch(/unsafe-eval|https?:/);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('contains no network API and no remote code in any bundle', async () => {
    const problems: string[] = [];
    for (const file of await filesUnder(out)) {
      if (!/\.(js|mjs)$/.test(file)) continue;
      const code = await readFile(file, 'utf8');
      for (const { name, re } of FORBIDDEN) if (re.test(code)) problems.push(`${file.slice(out.length)}: ${name}`);
    }
    expect(problems).toEqual([]);
  });

  it('loads no script or style from outside the extension', async () => {
    for (const file of await filesUnder(out)) {
      if (!file.endsWith('.html')) continue;
      const html = await readFile(file, 'utf8');
      expect(html, file).not.toMatch(/<(script|link)[^>]+(src|href)=["']?(https?:)?\/\//i);
    }
  });
});
