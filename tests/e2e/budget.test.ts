import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PRODUCTION_EXTENSION_DIR } from './harness';

/**
 * Size budget of the production content script (issue 9), deterministic (bytes, not time):
 * it is parsed on every portal page and frame, so its size is paid on each page load.
 *
 * Issue 9 asks for ≤ 50 KB gzip; not reached. With zod and @wxt-dev/storage out of the bundle
 * it went from ~99 KB to ~69.5 KB; with autofill, tour stops, capture and the structure export
 * moved to on-demand.js (lib/content/on-demand.ts), injected on first use, to ~62.9 KB. What
 * remains runs on every page: the field dictionary, the step table, @floating-ui/dom, Preact,
 * the controller, the checks with their Chinese messages, recognition and the overlay's UI. The
 * budget is the number reached, rounded up to a whole KB, so any growth fails; README.md
 * §Performance says what would close the gap.
 */
const CONTENT_GZIP_BUDGET = 63 * 1024;

/**
 * A string only the autofill planner carries (one of its reasons, lib/fill/plan.ts): it must be
 * in on-demand.js and nowhere in the content script.
 */
const ON_DEMAND_MARKER = '页面编码无法表示字符';

/**
 * Strings zod's own code carries through minification (property and class names), so finding
 * one means zod is bundled. Each is checked to be present in the background bundle, which
 * does use zod, so a marker that stops matching zod's output fails here instead of passing.
 */
const ZOD_MARKERS = ['_zod', 'ZodError'];

// The production build `npm run test:browser` makes first (`npm run build`), as for security.test.ts.
describe('production content script budget', () => {
  let content: Buffer;
  let background: string;
  let onDemand: string;

  beforeAll(async () => {
    content = await readFile(join(PRODUCTION_EXTENSION_DIR, 'content-scripts/content.js'));
    background = await readFile(join(PRODUCTION_EXTENSION_DIR, 'background.js'), 'utf8');
    onDemand = await readFile(join(PRODUCTION_EXTENSION_DIR, 'on-demand.js'), 'utf8');
  });

  it(`is at most ${CONTENT_GZIP_BUDGET / 1024} KB gzip (level 9)`, () => {
    expect(gzipSync(content, { level: 9 }).length).toBeLessThanOrEqual(CONTENT_GZIP_BUDGET);
  });

  it('leaves autofill to on-demand.js, loaded only when asked for', () => {
    expect(onDemand).toContain(ON_DEMAND_MARKER);
    expect(content.toString('utf8')).not.toContain(ON_DEMAND_MARKER);
  });

  it('carries no zod (the tables are validated by unit tests, stored data by the background)', () => {
    const code = content.toString('utf8');
    for (const marker of ZOD_MARKERS) {
      expect(background, `marker ${marker} no longer identifies zod`).toContain(marker);
      expect(code.includes(marker), `content script contains ${marker}`).toBe(false);
    }
  });
});
