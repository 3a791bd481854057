import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** `npm run portal`'s arguments (tests/portal/cli.ts): help and mistakes end at once, never start a server. */
describe('practice portal CLI arguments', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', resolve('tests/portal/cli.ts'), ...args], { encoding: 'utf8', timeout: 15_000 });

  it('--help prints the usage and exits 0 (newcomer 68: it started the portal)', () => {
    const out = run('--help');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('用法：npm run portal');
    expect(out.stdout).not.toContain('已启动');
  });

  it('an unknown argument or a bad port is refused with the usage, exit 2', () => {
    for (const args of [['--bogus'], ['--port', '99999'], ['--port', '8080', 'extra']]) {
      const out = run(...args);
      expect(out.status, args.join(' ')).toBe(2);
      expect(out.stderr).toContain('用法：npm run portal');
    }
  });
});
