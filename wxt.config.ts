import { defineConfig } from 'wxt';
import { parseAst, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { minify, type MinifyOptions } from 'terser';
import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { PORTAL_MATCHES, E2E_EXTRA_MATCHES } from './lib/portal/hosts';

/** terser's options for the content script (minifyContentScriptAgain) and its wrapper (deferContentScriptEvaluation). */
const CONTENT_SCRIPT_TERSER: MinifyOptions = { ecma: 2020, toplevel: true, compress: { passes: 4, ecma: 2020, unsafe: true, unsafe_arrows: true, unsafe_methods: true, unsafe_math: true, pure_getters: true }, mangle: true };

/**
 * The content script, already minified by Vite's own minifier (Oxc), minified once more by
 * terser (four compress passes, function expressions that use no `this` as arrows, methods in
 * shorthand — nothing of ours or Preact's constructs them with `new` or reads their prototype —
 * and terser's `unsafe` rewrites, `String(x)` → `""+x`, `new RegExp(s)` → `RegExp(s)`, literal
 * arrays: 55 bytes gzip, nothing of ours relies on the difference, which shows only for symbols
 * and null receivers; `unsafe_math`'s `Number(x)` → `+x`, which differs only for a BigInt, and
 * `pure_getters`: a property read whose value is unused is dropped, and reads are moved into the
 * conditions that need them — nothing of ours or Preact's reads a property for a getter's side
 * effect, a reflow forced by `el.offsetHeight;` would need a value kept: 78 bytes gzip, 2026-12-05):
 * about 660 bytes less gzip on every portal page, for the content script's
 * size budget (issue 9: ≤ 50,000 bytes gzip; tests/e2e/budget.test.ts). The other bundles are
 * left as Vite makes them. Not with `ZC_SOURCEMAP=1`, whose maps must match the code.
 */
function minifyContentScriptAgain(): Plugin {
  return {
    name: 'zc-minify-content-script-again',
    apply: 'build',
    async generateBundle(_options, bundle) {
      if (process.env.ZC_SOURCEMAP === '1') return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.fileName !== 'content-scripts/content.js') continue;
        for (let run = 0; run < 2; run++) {
          const { code } = await minify(chunk.code, CONTENT_SCRIPT_TERSER);
          if (!code) throw new Error('terser returned no code for the content script');
          chunk.code = code;
        }
      }
    },
  };
}

/** The message names of the UI texts (public/_locales; the same in every locale). */
const MESSAGE_NAMES = Object.keys(JSON.parse(readFileSync(resolve(import.meta.dirname, 'public/_locales/zh_CN/messages.json'), 'utf8')) as object);

/**
 * Short names the content script reads its texts by, filled by `shortenMessageNames` and written
 * into every locale's messages.json (the `build:publicAssets` hook below, which WXT runs after
 * the bundles are built), each with the text of the message it stands for: short name → name.
 */
const shortMessageNames = new Map<string, string>();

/**
 * Gives the message names the content script passes whole to `browser.i18n.getMessage` (the
 * string literals that are a message's name, e.g. "overlay_notice_profile_unreadable") a short
 * second name (`zc0`, `zc1`, …), added to messages.json with the same text: about 500 bytes gzip
 * of the content script's budget (issue 9). The source keeps its readable names. A name that
 * others extend (`<name>_one`, which tCount in lib/i18n/t.ts builds at run time from the name)
 * takes them along: `<short>_one` too. Left alone: names without an underscore (all ours have
 * one; a word alone may be some other string). Runs after the terser pass; not with
 * `ZC_SOURCEMAP=1`, whose maps must match the code.
 * @throws Error when a short name is already a message's name (Chrome compares them without case).
 */
function shortenMessageNames(): Plugin {
  const lower = new Set(MESSAGE_NAMES.map((name) => name.toLowerCase()));
  const shortenable = new Set(MESSAGE_NAMES.filter((name) => name.includes('_')));
  return {
    name: 'zc-shorten-message-names',
    apply: 'build',
    generateBundle(_options, bundle) {
      if (process.env.ZC_SOURCEMAP === '1') return;
      const chunk = bundle['content-scripts/content.js'];
      if (chunk?.type !== 'chunk') return;
      shortMessageNames.clear();
      const shortOf = new Map<string, string>();
      chunk.code = chunk.code.replace(/"([A-Za-z0-9_]+)"/g, (literal, name: string) => {
        if (!shortenable.has(name)) return literal;
        let short = shortOf.get(name);
        if (!short) {
          short = `zc${shortOf.size.toString(36)}`;
          shortOf.set(name, short);
          for (const extended of MESSAGE_NAMES.filter((other) => other === name || other.startsWith(`${name}_`))) {
            const shortName = short + extended.slice(name.length);
            if (lower.has(shortName.toLowerCase())) throw new Error(`messages.json already has a message named ${shortName}`);
            shortMessageNames.set(shortName, extended);
          }
        }
        return `"${short}"`;
      });
    },
  };
}

/** Gzip size as the budget measures it (tests/e2e/budget.test.ts: node zlib, level 9), in bytes. */
const gzipSize = (code: string) => gzipSync(code, { level: 9 }).length;

/**
 * Positions tried first for a moved function: every this many statements (then each one around
 * the best), one search per step, the smallest result kept. The search is greedy, and where it ends
 * moves with the step by ±50 bytes gzip as the code changes (on the content script of 2026-12-05
 * morning: 50,095, 50,052, 50,009 and 49,987 bytes for steps 20, 17, 23 and 13; of that
 * afternoon: 50,002, 50,082, 49,989 and 49,982 for steps 11, 15, 17 and 19, and 50,022 the best
 * of 13, 20 and 23), so four steps are tried.
 */
const ORDER_SEARCH_STEPS = [13, 17, 19, 23];
/**
 * Times every function is moved: a second pass finds places the first one's later moves opened
 * (91 bytes gzip less on the content script of 2026-12-04; a move is kept only when the file gets
 * smaller, so a second pass never adds any).
 */
const ORDER_SEARCH_PASSES = 2;
/**
 * Most further passes over the best of the searches, each from where the last one ended, while one
 * still makes the file smaller: the greedy search has not settled after two (on the content script
 * of 2026-12-06 afternoon, step 23's 49,772 bytes went to 49,740 and 49,737 in a third and fourth
 * pass, where a third pass of every step would have cost the build half its time again; one pass of
 * one step is about a minute on a 2-core machine). Eight at most since 2026-12-07: the passes stop
 * at the first that gains nothing, so only a search still gaining pays for them.
 */
const ORDER_POLISH_PASSES = 8;

/**
 * Moves the content script's function declarations, inside the function body that holds most of
 * them (terser's wrapper), to where the file compresses best: gzip's matches reach back 32 KB
 * only, and a function beside code that uses the same names and strings is cheaper to store.
 * Function declarations are hoisted, so where one stands in its body changes nothing when the
 * script runs; nothing else is moved. Each function, largest first, goes to the position that
 * gives the smallest gzip (searchOrder), or stays; then all of them once more
 * (ORDER_SEARCH_PASSES); the best of four such searches (ORDER_SEARCH_STEPS) gets further passes
 * while they gain (ORDER_POLISH_PASSES), and is kept. About 1,300
 * bytes gzip of the content script's budget (issue 9). The searches gzip the file about 36,000
 * times (536 s for the whole build on a 2-core machine, idle); its result is kept in the system's temporary directory by the hash of the
 * code it was made for and of the search itself, so a build of the
 * same code does not search again (the e2e build has no search: wxt.config.ts's `vite`). A kept result is used only when it
 * is a reordering of that code (isReorderingOf: a corrupt or foreign file is searched again), and
 * a cache that cannot be read or written only costs the search (breaker 25). Runs after the
 * terser pass, the message names and the wrapper that defers the script past the load
 * (deferContentScriptEvaluation), so that what it makes smallest is the file as shipped: measured
 * without the wrapper, the wrapper then added 240–263 bytes, and a search of the wrapped file took
 * 30 bytes more off the content script of 2026-12-06 afternoon (50,017 → 49,987 in a replay of one
 * pass). Not with `ZC_SOURCEMAP=1`, whose maps must match the code.
 * @throws Error when the reordered code does not parse, or holds other statements than the input.
 */
/**
 * Where the function order found for `code` is kept (orderContentScriptFunctions): in the system's
 * temporary directory, named by the hash of the search (its code and settings) and of `code`, so a
 * search changed since is made again.
 * @param code the content script before the search. @returns the cache file's path.
 */
export function functionOrderCacheFile(code: string): string {
  const search = `${orderFunctions}${searchOrder}${ORDER_SEARCH_STEPS},${ORDER_SEARCH_PASSES},${ORDER_POLISH_PASSES}`;
  return join(tmpdir(), 'zc-content-function-order', `${createHash('sha256').update(search).update(code).digest('hex')}.js`);
}

function orderContentScriptFunctions(): Plugin {
  return {
    name: 'zc-order-content-script-functions',
    apply: 'build',
    generateBundle(_options, bundle) {
      if (process.env.ZC_SOURCEMAP === '1') return;
      const chunk = bundle['content-scripts/content.js'];
      if (chunk?.type !== 'chunk') return;
      const code = chunk.code;
      const cacheFile = functionOrderCacheFile(code);
      const cacheDir = dirname(cacheFile);
      const cached = readCache(cacheFile);
      if (cached !== null && isReorderingOf(code, cached)) {
        chunk.code = cached;
        return;
      }
      // Several minutes without a word otherwise (520 s on a 2-core machine): it would look hung.
      // A warning, as the build shows no plugin's `this.info`.
      this.warn(`content.js: searching the function order that gzips best — the first build of this code only, several minutes; kept in ${cacheDir}`);
      chunk.code = orderFunctions(code);
      try {
        mkdirSync(cacheDir, { recursive: true });
        // Written whole under another name first: a build reading the same entry meanwhile never sees it half written.
        const partial = `${cacheFile}.${process.pid}`;
        writeFileSync(partial, chunk.code);
        renameSync(partial, cacheFile);
      } catch (error) {
        this.warn(`function order not kept in ${cacheDir}: ${String(error)}`);
      }
    },
  };
}

/** The cache file's text, or null when there is none or it cannot be read. */
function readCache(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** One statement of the reordered body: its text (a `;` added where it had none) and whether it is a function declaration. */
interface BodyStatement {
  text: string;
  hoisted: boolean;
}

/** A script split around the statement list whose function declarations may be moved. */
interface MovableBody {
  /** The script's text before and after the list. */
  before: string;
  after: string;
  statements: BodyStatement[];
  /** How many statements lead the list as its directive prologue ("use strict"), which stays first. */
  fixed: number;
}

/**
 * The statement list of `code` with the most function declarations, a function's own body or
 * the program (function declarations in an inner block are not hoisted alike).
 * @param code a script. @returns the list and the text around it, or null when it has fewer than two statements.
 * @throws Error (Vite's parser) when `code` does not parse.
 */
function movableBody(code: string): MovableBody | null {
  type Node = { type: string; start: number; end: number; body?: unknown; directive?: string };
  let best: Node[] = [];
  const visit = (node: unknown, inFunction: boolean): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((child) => visit(child, inFunction));
    const n = node as Node;
    if (typeof n.type !== 'string') return;
    if ((n.type === 'Program' || (n.type === 'BlockStatement' && inFunction)) && Array.isArray(n.body)) {
      const list = n.body as Node[];
      const count = (l: Node[]) => l.filter((s) => s.type === 'FunctionDeclaration').length;
      if (count(list) > count(best)) best = list;
    }
    const isFunction = /Function/.test(n.type);
    for (const [key, child] of Object.entries(n)) if (key !== 'type') visit(child, isFunction && key === 'body');
  };
  visit(parseAst(code), false);
  if (best.length < 2) return null;
  const statements = best.map((s) => {
    const text = code.slice(s.start, s.end);
    const hoisted = s.type === 'FunctionDeclaration';
    return { text: hoisted || text.endsWith(';') ? text : `${text};`, hoisted };
  });
  let fixed = 0;
  while (best[fixed]?.directive) fixed++;
  return { before: code.slice(0, best[0]!.start), after: code.slice(best[best.length - 1]!.end), statements, fixed };
}

/**
 * Whether `candidate` is `code` with only function declarations moved within their list: the
 * same text around the list, the other statements in the same order, the same declarations.
 * @param code a script. @param candidate its supposed reordering (orderFunctions' result, or a cached one).
 * @returns false too when either does not parse.
 */
function isReorderingOf(code: string, candidate: string): boolean {
  try {
    const a = movableBody(code);
    const b = movableBody(candidate);
    if (!a || !b) return candidate === code;
    const settled = (body: MovableBody) => body.statements.filter((s) => !s.hoisted).map((s) => s.text).join('\n');
    const moved = (body: MovableBody) => body.statements.filter((s) => s.hoisted).map((s) => s.text).sort().join('\n');
    return a.before === b.before && a.after === b.after && a.fixed === b.fixed && settled(a) === settled(b) && moved(a) === moved(b);
  } catch {
    return false;
  }
}

/**
 * The code with the function declarations of its largest statement list moved (see
 * orderContentScriptFunctions).
 * @param code a script (terser's output for the content script).
 * @returns the same statements, the function declarations among them in other places.
 * @throws Error when `code` does not parse, or the result is not a reordering of it.
 */
function orderFunctions(code: string): string {
  const body = movableBody(code);
  if (!body) return code;
  const join = (list: BodyStatement[]) => body.before + list.map((s) => s.text).join('') + body.after;
  const searches = ORDER_SEARCH_STEPS.map((step) => ({ step, ...searchOrder(body, step, join, body.statements, ORDER_SEARCH_PASSES) }));
  let best = searches.reduce((a, b) => (b.size < a.size ? b : a));
  for (let pass = 0; pass < ORDER_POLISH_PASSES; pass++) {
    const polished = searchOrder(body, best.step, join, best.order, 1);
    if (polished.size >= best.size) break;
    best = { ...best, ...polished };
  }
  const result = join(best.order);
  if (!isReorderingOf(code, result)) throw new Error('orderContentScriptFunctions lost or changed a statement');
  return result;
}

/**
 * One greedy search of orderFunctions: each function, largest first, moved to where the file
 * gzips smallest (every `step`-th statement, then each one around the best of those), or left;
 * `passes` times over.
 * @param body the statements that may be moved. @param step positions between the first tries.
 * @param join the whole script for an order of the statements.
 * @param start the order to start from (body's own, or an earlier search's). @param passes times every function is moved.
 * @returns the order found and the script's gzip size with it, in bytes.
 */
function searchOrder(body: MovableBody, step: number, join: (list: BodyStatement[]) => string, start: BodyStatement[], passes: number): { order: BodyStatement[]; size: number } {
  const { statements, fixed } = body;
  let order = start;
  let size = gzipSize(join(order));
  const functions = statements.filter((s) => s.hoisted).sort((a, b) => b.text.length - a.text.length);
  for (const moved of Array.from({ length: passes }, () => functions).flat()) {
    const from = order.indexOf(moved);
    const rest = order.filter((s) => s !== moved);
    let bestAt = from;
    let bestSize = size;
    const tried = new Set([from]);
    const tryAt = (at: number) => {
      if (at < fixed || at > rest.length || tried.has(at)) return;
      tried.add(at);
      const candidate = gzipSize(join([...rest.slice(0, at), moved, ...rest.slice(at)]));
      if (candidate < bestSize) {
        bestSize = candidate;
        bestAt = at;
      }
    };
    for (let at = fixed; at <= rest.length; at += step) tryAt(at);
    const coarse = bestAt;
    for (let at = coarse - step; at <= coarse + step; at++) tryAt(at);
    if (bestAt !== from) {
      order = [...rest.slice(0, bestAt), moved, ...rest.slice(bestAt)];
      size = bestSize;
    }
  }
  return { order, size };
}

/**
 * Wraps the content script in `afterPageLoad` (lib/content/after-load.ts, bundled on its own by
 * esbuild): the script injected at `document_start` then only waits, and its modules are
 * evaluated — and WXT's `main` run — after the page's load event. Evaluating them took about 1 ms
 * of the page's main thread before its load (traced on 基本信息), the largest part of what the
 * extension added to the page's load (issue 9: ≤ 1.05 × without). Runs after the terser pass and
 * before the function order (orderContentScriptFunctions, which moves declarations inside the
 * wrapped script's largest list); the wrapper's first line is its own, so a source map only moves down one line.
 * @throws Error when content.js is not a chunk or esbuild's wrapper has lost the placeholder.
 */
function deferContentScriptEvaluation(): Plugin {
  return {
    name: 'zc-defer-content-script-evaluation',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const chunk = bundle['content-scripts/content.js'];
      if (!chunk) return;
      if (chunk.type !== 'chunk') throw new Error('content-scripts/content.js is not a chunk');
      // The content script goes where the placeholder is called; esbuild keeps the free name.
      const placeholder = '()=>__CONTENT_SCRIPT__()';
      const { outputFiles } = await build({
        stdin: { contents: `import { afterPageLoad } from './lib/content/after-load';\nimport { startEarlySettingsRead } from './lib/content/early-settings';\nstartEarlySettingsRead();\nafterPageLoad(${placeholder});`, resolveDir: import.meta.dirname, loader: 'ts' },
        bundle: true,
        format: 'iife',
        minify: true,
        target: 'es2020',
        write: false,
      });
      // Minified once more as the script it wraps is (minifyContentScriptAgain's options): terser
      // inlines the two functions called once, which esbuild keeps: 9 bytes gzip (issue 9).
      const wrapper = (await minify(outputFiles[0]!.text, CONTENT_SCRIPT_TERSER)).code ?? '';
      if (!wrapper.includes(placeholder)) throw new Error(`esbuild's wrapper lost ${placeholder}`);
      // A source map comment stays last.
      const [code, mapComment = ''] = chunk.code.split(/(?=\n\/\/# sourceMappingURL=)/);
      chunk.code = wrapper.replace(placeholder, () => `()=>{\n${code}\n}`) + mapComment;
      const map = bundle['content-scripts/content.js.map'];
      if (map?.type === 'asset' && typeof map.source === 'string') {
        const parsed = JSON.parse(map.source) as { mappings: string };
        map.source = JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` });
      }
    },
  };
}

/**
 * Calls the content script's `main` straight from WXT's entry module
 * (`virtual:wxt-content-script-isolated-world-entrypoint`), without its async wrapper: the wrapper
 * catches a failure of `main` to log "[wxt] The content script "content" crashed on startup!" (a
 * log the production build's logger drops) and throws it again, so the script ends as it does
 * unwrapped, with the rejected promise of `startContentScript`, whose first part runs in the same
 * task either way. The entry's imports stay as WXT writes them (the plugins are initialised first,
 * as before: WXT's own list is empty here). About 30 bytes gzip of the production content script's
 * budget (issue 9), and the e2e build's logger with its text.
 * @throws Error when WXT's entry no longer calls `main` as this expects.
 */
function callContentScriptMainDirectly(): Plugin {
  return {
    name: 'zc-call-content-script-main-directly',
    transform: {
      filter: { id: /^\0virtual:wxt-content-script-isolated-world-entrypoint\?/ },
      handler(code) {
        const imports = code.match(/^import .*;$/gm) ?? [];
        if (!/\bmain\(new ContentScriptContext\(/.test(code) || !imports.some((line) => line.includes('initPlugins'))) throw new Error("WXT's content script entry no longer calls main(new ContentScriptContext(...))");
        return `${imports.join('\n')}\ninitPlugins();\nexport default definition.main(new ContentScriptContext());\n`;
      },
    },
  };
}

/**
 * Leaves the content script's manifest options (`matches`, `runAt`, `allFrames`, ...) out of its
 * bundle, keeping only `main`: the content script's own context (lib/content/script-context.ts,
 * aliased below in place of WXT's ContentScriptContext, which read `noScriptStartedPostMessage`)
 * reads no option at run time. WXT reads the options for the manifest by importing
 * entrypoints/content/index.ts on its own (with `main` removed by its own transform, which this one
 * mirrors), not from the bundle. About 100 bytes gzip of the content script's budget (issue 9),
 * with `PORTAL_MATCHES` (lib/portal/hosts.ts) marked pure so that it goes too.
 * @throws Error when the entrypoint's default export is not `defineContentScript({ ... })`.
 */
function keepContentScriptRuntimeOptions(): Plugin {
  const runtimeOptions = new Set(['main']);
  return {
    name: 'zc-keep-content-script-runtime-options',
    apply: 'build',
    transform: {
      filter: { id: new RegExp(`^${resolve(import.meta.dirname, 'entrypoints/content/index.ts')}$`) },
      handler(code) {
        const exported = parseAst(code).body.find((node) => node.type === 'ExportDefaultDeclaration')?.declaration;
        const definition = exported?.type === 'CallExpression' ? exported.arguments[0] : undefined;
        if (definition?.type !== 'ObjectExpression') throw new Error('entrypoints/content/index.ts: the default export is not defineContentScript({ ... })');
        const kept = definition.properties.filter(
          (property) => property.type === 'Property' && property.key.type === 'Identifier' && runtimeOptions.has(property.key.name),
        );
        const keptSource = kept.map((property) => code.slice(property.start, property.end)).join(',\n');
        return code.slice(0, definition.start) + `{\n${keptSource}\n}` + code.slice(definition.end);
      },
    },
  };
}

// `npm run build:e2e` = `wxt build --mode e2e`: the same code (its content script's functions in
// their bundled order), content scripts additionally
// matching the loopback hosts the practice portal runs on (spec/test-contract.md §Builds), except under
// the path the bench loads "without the extension" (lib/portal/hosts.ts E2E_UNMATCHED_PREFIX).
export default defineConfig({
  // ZC_OUT_DIR lets several developers build side by side on one machine; default `.output`.
  outDir: process.env.ZC_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // The Firefox sources zip holds what a reviewer builds from: not the tests' and the demo's
  // local output, nor scratch probes (all git-ignored or excluded).
  zip: { excludeSources: ['artifacts/**', 'demo-screenshots/**', '_probes/**'] },
  // No module-preload polyfill: it is a `fetch` of our own files that extension pages do not need,
  // and the bundles must contain no network API (tests/e2e/security.test.ts).
  // The function order only saves bytes (hoisted, it changes nothing at run time): searched for the
  // production build, whose size is budgeted, not for the e2e one, whose code differs anyway (JSX
  // `__source`) and would need a search of its own (80–200 s on a 2-core machine) at every build.
  vite: ({ mode }) => ({ plugins: [preact(), minifyContentScriptAgain(), shortenMessageNames(), deferContentScriptEvaluation(), ...(mode === 'e2e' ? [] : [orderContentScriptFunctions()])], build: {
      modulePreload: { polyfill: false },
      sourcemap: process.env.ZC_SOURCEMAP === '1',
      // Our own content-script passes take seconds by design (terser twice, the function order):
      // Rolldown's yellow "slow plugin" block on every build read as a warning to newcomers.
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
  }),
  hooks: {
    // Each locale's messages.json with the content script's short message names (shortenMessageNames).
    'build:publicAssets'(_wxt, files) {
      for (const [i, file] of files.entries()) {
        if (!/^_locales\/[^/]+\/messages\.json$/.test(file.relativeDest) || !('absoluteSrc' in file) || !shortMessageNames.size) continue;
        const messages = JSON.parse(readFileSync(file.absoluteSrc, 'utf8')) as Record<string, unknown>;
        for (const [short, name] of shortMessageNames) messages[short] = messages[name];
        files[i] = { relativeDest: file.relativeDest, contents: JSON.stringify(messages) };
      }
    },
    // The content script runs on every portal page and has a size budget (issue 9: ≤ 50 KB gzip),
    // so it uses the browser's own promise-based `browser`/`chrome` object (Chrome ≥ 116 and
    // Firefox both return promises from the calls it makes) instead of webextension-polyfill,
    // which the background and the extension pages keep. Its only listener answers through
    // `sendResponse`, which needs no polyfill either (lib/content/controller.tsx). Its JSX is
    // compiled to Preact's `h` (createElement: children as arguments, no `children:` key per
    // element, no jsx-runtime module), the same vnodes as the automatic runtime the other bundles
    // and the tests use: about 100 bytes gzip less. A plugin's `config` merged after
    // @preact/preset-vite's, whose automatic runtime it overrides. WXT's entry gives `main` the
    // content script's own context (lib/content/script-context.ts: the part of WXT's
    // ContentScriptContext it uses, without the URL watcher and the started event): about 640
    // bytes gzip less.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.some((e) => e.type === 'content-script' && e.name === 'content')) return;
      config.resolve ??= {};
      config.resolve.alias = {
        ...(config.resolve.alias as Record<string, string>),
        'wxt/browser': '@wxt-dev/browser',
        'wxt/utils/content-script-context': resolve(import.meta.dirname, 'lib/content/script-context.ts'),
      };
      const classicJsx: Plugin = {
        name: 'zc-content-script-classic-jsx',
        config: () => ({ oxc: { jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' }, jsxInject: "import { h, Fragment } from 'preact'" } }),
      };
      config.plugins = [...(config.plugins ?? []), classicJsx, keepContentScriptRuntimeOptions(), callContentScriptMainDirectly()];
      // Nothing in the content script reads the recognisers' evidence: it is left out of this
      // build (lib/fields/explained.ts; the page-structure export in on-demand.js keeps it).
      config.define = { ...config.define, __ZC_CONTENT_SCRIPT__: 'true' };
      // Oxc compresses the content script but leaves the names to terser's pass
      // (minifyContentScriptAgain): Oxc gives an inner function's names those of outer ones it does
      // not read, and terser then cannot inline a function across such a name (loadOnDemandFeatures
      // into the controller's withOnDemand). About 13 bytes gzip. Not with `ZC_SOURCEMAP=1`, which has
      // no terser pass.
      if (process.env.ZC_SOURCEMAP !== '1') {
        const rolldownOptions = ((config.build ??= {}).rolldownOptions ??= {});
        const { output } = rolldownOptions;
        if (Array.isArray(output)) throw new Error('wxt.config.ts: the content script build has several outputs');
        rolldownOptions.output = { ...output, minify: { compress: true, mangle: false } };
      }
    },
  },
  manifest: ({ mode, browser }) => ({
    // Texts in public/_locales/{zh_CN,en}/messages.json; Simplified Chinese unless the browser is English.
    name: '__MSG_app_name__',
    description: '__MSG_app_description__',
    default_locale: 'zh_CN',
    ...(browser === 'firefox'
      ? {
          // Firefox 140: MAIN-world content scripts (entrypoints/compat.content.ts), data_collection_permissions.
          browser_specific_settings: {
            gecko: { id: 'zhicheng-helper@gz-title.local', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : { minimum_chrome_version: '116' }),
    permissions: ['storage', 'unlimitedStorage', 'scripting'],
    host_permissions: mode === 'e2e' ? [...PORTAL_MATCHES, ...E2E_EXTRA_MATCHES] : [...PORTAL_MATCHES],
    // One pattern for both schemes: an added address is asked for as `*://host/*` (lib/hosts/address.ts),
    // and Chromium grants a requested pattern only inside one declared pattern (probe 12a item 1).
    optional_host_permissions: ['*://*/*'],
    // Keyboard shortcuts, changeable by the user at chrome://extensions/shortcuts (lib/background/commands.ts).
    commands: {
      'autofill-page': { suggested_key: { default: 'Alt+Shift+F' }, description: '__MSG_command_autofill__' },
      'toggle-overlay': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_command_toggle__' },
    },
  }),
});
