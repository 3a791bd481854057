// @vitest-environment node
/**
 * The build's function-order step (wxt.config.ts orderContentScriptFunctions) and its cache in
 * $TMPDIR/zc-content-function-order: a kept result is used only when it is a reordering of the
 * code being built, and a cache that cannot be written costs only the search (breaker 25).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import config, { functionOrderCacheFile } from '../../../wxt.config';

type Bundle = Record<string, { type: 'chunk'; code: string }>;
interface OrderPlugin {
  generateBundle(this: { warn(message: string): void }, options: unknown, bundle: Bundle): void;
}

/** The build's function-order plugin, as wxt.config.ts gives it to Vite in `mode`, if it does. */
function orderPluginIn(mode: string): OrderPlugin | undefined {
  const vite = (config as unknown as { vite: (env: { mode: string }) => { plugins: unknown[] } }).vite({ mode });
  return (vite.plugins.flat() as { name?: string }[]).find((p) => p?.name === 'zc-order-content-script-functions') as OrderPlugin | undefined;
}

/** The production build's function-order plugin. */
function orderPlugin(): OrderPlugin {
  const plugin = orderPluginIn('production');
  if (!plugin) throw new Error('no function-order plugin in wxt.config.ts');
  return plugin;
}

/** A content script shaped as terser leaves it: an IIFE whose body holds the declarations. */
const CODE = '(function(){"use strict";var a=1;function f(){return a}var b=f();function g(){return f()+b}function h(){return g()+f()}console.log(h(),b)})();';

/** The bundle's content.js after the plugin ran on `code`, and the warnings it gave. */
function build(code: string): { code: string; warnings: string[] } {
  const bundle: Bundle = { 'content-scripts/content.js': { type: 'chunk', code } };
  const warnings: string[] = [];
  orderPlugin().generateBundle.call({ warn: (message) => warnings.push(message) }, {}, bundle);
  return { code: bundle['content-scripts/content.js']!.code, warnings };
}

/** What the script logs when run. */
function output(code: string): unknown[] {
  const logged: unknown[] = [];
  new Function('console', code)({ log: (...args: unknown[]) => logged.push(...args) });
  return logged;
}

const cacheDir = () => join(tmpdir(), 'zc-content-function-order');
const cacheFile = functionOrderCacheFile;

let dir = '';
let savedTmp: string | undefined;
beforeEach(() => {
  savedTmp = process.env.TMPDIR;
  dir = mkdtempSync(join(tmpdir(), 'zc-order-test-'));
  process.env.TMPDIR = dir;
});
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  rmSync(dir, { recursive: true, force: true });
});

describe('orderContentScriptFunctions', () => {
  it('keeps what the script does and the directive first, and keeps its result by the search’s and the code’s hash; says when it searches', () => {
    const { code, warnings } = build(CODE);
    // Minutes of silence otherwise on a first build (a newcomer took it for a hang).
    expect(warnings).toEqual([expect.stringContaining('searching the function order')]);
    expect(code).toContain('(function(){"use strict";');
    expect(output(code)).toEqual(output(CODE));
    expect(readdirSync(cacheDir()).map((name) => join(cacheDir(), name))).toEqual([cacheFile(CODE)]);
  });

  it('uses a kept result that is a reordering of the code', () => {
    const moved = '(function(){"use strict";function h(){return g()+f()}var a=1;function f(){return a}var b=f();function g(){return f()+b}console.log(h(),b)})();';
    mkdirSync(cacheDir());
    writeFileSync(cacheFile(CODE), moved);
    expect(build(CODE)).toEqual({ code: moved, warnings: [] });
  });

  it.each([
    ['empty', ''],
    ['cut short', CODE.slice(0, 40)],
    ['another script', 'alert("not our code")'],
    ['its other statements swapped', CODE.replace('var a=1;function f(){return a}var b=f();', 'var b=f();function f(){return a}var a=1;')],
    ['a declaration changed', CODE.replace('return g()+f()', 'return g()-f()')],
  ])('searches again instead of shipping a kept file that is %s', (_name, kept) => {
    mkdirSync(cacheDir());
    writeFileSync(cacheFile(CODE), kept);
    const { code } = build(CODE);
    expect(code).not.toBe(kept);
    expect(output(code)).toEqual(output(CODE));
  });

  it('is left out of the e2e build, whose content script is not budgeted', () => {
    expect(orderPluginIn('e2e')).toBeUndefined();
  });

  it('builds, with a warning, when the cache cannot be written (a file where its folder goes)', () => {
    writeFileSync(cacheDir(), 'not a folder');
    const { code, warnings } = build(CODE);
    expect(output(code)).toEqual(output(CODE));
    expect(warnings).toEqual([expect.stringContaining('searching the function order'), expect.stringMatching(/not kept in .*zc-content-function-order/)]);
  });
});
