import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_EXTENSION_DIR } from '../tests/e2e/harness';

/**
 * The e2e build the demo and practice scripts load: built now (`npm run build:e2e`, its output
 * shown), or with `reuse` (their `--no-build` flag) the last one, which must exist.
 * @param reuse whether to reuse the last build instead of building.
 * @param log prints one line for the user.
 * @returns nothing; exits the process with code 1 and a message saying what to run when
 *   `reuse` is asked for and there is no build (Chromium would otherwise only time out waiting
 *   for the extension's service worker).
 */
export function prepareE2EBuild(reuse: boolean, log: (line: string) => void): void {
  if (!reuse) {
    log('构建扩展（npm run build:e2e）…');
    execFileSync('npm', ['run', '--silent', 'build:e2e'], { stdio: 'inherit' });
    return;
  }
  if (existsSync(join(E2E_EXTENSION_DIR, 'manifest.json'))) return;
  log(`没有找到已构建的扩展（${E2E_EXTENSION_DIR}）：请去掉 --no-build 再运行，或先运行 npm run build:e2e。`);
  process.exit(1);
}
