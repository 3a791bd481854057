import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Size budget of the production content script (issue 9), deterministic (bytes, not time):
 * it is parsed on every portal page and frame, so its size is paid on each page load.
 *
 * Issue 9 asks for ≤ 50 KB gzip. Not reached yet: with zod and @wxt-dev/storage out of the
 * bundle it is ~67 KB, of which the declarative tables the content script needs (field
 * dictionary, step table, check messages: ~17 KB gzip), Preact and @floating-ui/dom (~15 KB)
 * and the overlay make up the rest. The budget below is the number reached, so any growth
 * fails; README.md §Performance says what would close the gap.
 */
const CONTENT_GZIP_BUDGET = 68 * 1024;

/**
 * Strings zod's own code carries through minification (property and class names), so finding
 * one means zod is bundled. Each is checked to be present in the background bundle, which
 * does use zod, so a marker that stops matching zod's output fails here instead of passing.
 */
const ZOD_MARKERS = ['_zod', 'ZodError'];

describe('production content script budget', () => {
  let dir: string;
  let content: Buffer;
  let background: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zc-budget-'));
    execFileSync('npx', ['wxt', 'build'], { env: { ...process.env, ZC_OUT_DIR: dir }, stdio: 'pipe' });
    content = await readFile(join(dir, 'chrome-mv3/content-scripts/content.js'));
    background = await readFile(join(dir, 'chrome-mv3/background.js'), 'utf8');
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it(`is at most ${CONTENT_GZIP_BUDGET / 1024} KB gzip (level 9)`, () => {
    expect(gzipSync(content, { level: 9 }).length).toBeLessThanOrEqual(CONTENT_GZIP_BUDGET);
  });

  it('carries no zod (the tables are validated by unit tests, stored data by the background)', () => {
    const code = content.toString('utf8');
    for (const marker of ZOD_MARKERS) {
      expect(background, `marker ${marker} no longer identifies zod`).toContain(marker);
      expect(code.includes(marker), `content script contains ${marker}`).toBe(false);
    }
  });
});
