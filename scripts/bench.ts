/**
 * `npm run bench`: builds the extension and measures it in Chromium, printing a table and
 * writing `artifacts/bench.json`. A script, not a test: numbers vary with the machine.
 *
 * Measures (issue 9):
 * - content script size, raw and gzip (production build), and on-demand.js's;
 * - time from DOMContentLoaded to the overlay's panel being in the DOM, and to the end of the
 *   first frame that renders it, on the practice portal's 基本信息;
 * - snapshot + recognition time on 基本信息 and on generated pages of 100, 1,000, 5,000 fields;
 * - autofill time for a full step (基本信息, from the sample profile), and the first
 *   用档案填写本页 click → preview with the extension, which loads on-demand.js first;
 * - the work one scroll step costs to keep the field markers beside their fields;
 * - page load time with and without the extension on the same page in the same run (ratio),
 *   two ways: in the extension's own browser, the same page in the same tab from a path the
 *   e2e build's content scripts exclude (everything else equal: origin, renderer process,
 *   session), with that page against itself as a control that shows the noise; and against a
 *   second browser without the extension, with a third browser, also without it, as that
 *   comparison's control. Each ratio comes with a bootstrap 95% interval: "unresolved" when
 *   it straddles the target;
 * - the page's own first contentful paint on the same-tab sides with and without the content
 *   scripts (medians and paired ratio): a start right after the load can hold the page's first
 *   frame back where the whole page loads before it (the practice portal on loopback);
 * - informational: the same-tab load and first-paint ratios under a network like the real
 *   portal's (REMOTE_PORTAL_NETWORK, emulated; half as many loads);
 * - the extension's own main-thread time before the page's load event ends, from a trace: the
 *   part of the load the ratio tries to measure, without the noise of whole loads; and, from
 *   the same trace, the start-up task after load, wall time against time on a core.
 *
 * Flags: `--no-build` reuses the builds in `.output/`; `--runs N` repetitions (default 15; the
 * load ratios use 4N loads per side unless `--loads N` says otherwise); `--compare DIR` measures
 * only the overlay's times, of this e2e build and DIR's, loaded in turn (an A/B on a busy
 * machine), with each build's median of the page's own first contentful paint; `--help` says so.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import { startPortal, type PortalServer } from '../tests/portal/server';
import { chooseSeries, login, openStep } from '../tests/portal/drive';
import { E2E_EXTENSION_DIR, importProfileFile, inOverlay, launchExtension } from '../tests/e2e/harness';
import { waitForProfile } from '../tests/e2e/overlay-driver';
import { profileSchema } from '../lib/profile/schema';
import { E2E_UNMATCHED_PREFIX } from '../lib/portal/hosts';
import { generatedFormPage } from './bench/generated-page';

const argv = process.argv.slice(2);
if (argv.includes('--help')) {
  console.log(`npm run bench [-- --no-build] [-- --runs N] [-- --loads N]
  builds the extension (unless --no-build: the builds in .output/), measures it in Chromium,
  prints a table and writes artifacts/bench.json (about 8 minutes with the defaults).
  --runs N   repetitions of each timing (default 15)
  --loads N  page loads per side for the load ratios (default 4 × runs)
  --compare DIR  only the overlay's times (DOMContentLoaded → panel in the DOM, painted) and the
             page's first contentful paint: this
             e2e build and DIR's (a ZC_OUT_DIR holding chrome-mv3-e2e) loaded in turn, one
             browser each, --loads N loads each (default 30); no build`);
  process.exit(0);
}
/** The value after `--name` on the command line, if it is a positive number. */
const numberOption = (name: string): number | undefined => {
  const at = argv.indexOf(name);
  const value = at >= 0 ? Number(argv[at + 1]) : NaN;
  return value > 0 ? value : undefined;
};
const runs = numberOption('--runs') ?? 15;
/**
 * Page loads per side for the load ratios: more than `runs`, since the differences are small
 * (60 by default: about 70 s per ratio on this machine).
 */
const loadRuns = numberOption('--loads') ?? runs * 4;
const outDir = resolve(process.env.ZC_OUT_DIR ?? '.output');

interface Row {
  measure: string;
  value: string;
  target: string;
  /** 'unresolved': the measurement's interval straddles the target. */
  ok: boolean | null | 'unresolved';
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const ms = (n: number) => `${n.toFixed(2)} ms`;

async function pageBundle(): Promise<string> {
  const result = await build({
    entryPoints: [resolve('scripts/bench/page-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    minify: true,
  });
  return result.outputFiles[0]!.text;
}

/** Logs in, picks the series and returns the URL of 基本信息 (loadable top-level in the session). */
async function basicInfoUrl(page: Page, portal: PortalServer): Promise<string> {
  await login(page, portal);
  await chooseSeries(page, '初级');
  const frame = await openStep(page, 'basic-info');
  return frame.url();
}

/**
 * A Chromium without our extension, launched like the extension's own (tests/e2e/harness.ts:
 * same flags, locale, UI language and viewport) and with an empty extension in its place — a
 * manifest and an empty service worker — so extension support is on in both and only our
 * extension differs. `close()` also removes the profile and the empty extension.
 */
async function launchPlainBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const emptyExtension = await mkdtemp(join(tmpdir(), 'zc-bench-empty-ext-'));
  await writeFile(join(emptyExtension, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'empty', version: '1.0', background: { service_worker: 'background.js' } }));
  await writeFile(join(emptyExtension, 'background.js'), '// does nothing\n');
  const browser = await launchExtension({ extensionDir: emptyExtension });
  return {
    context: browser.context,
    async close() {
      await browser.close();
      await rm(emptyExtension, { recursive: true, force: true });
    },
  };
}

/** Quiet time after each measured load, so the previous page's work does not spill into the next. */
const SETTLE_MS = 300;

/** One load's times, ms from navigationStart. */
interface LoadTimes {
  /** loadEventEnd. */
  load: number;
  /** The page's own first contentful paint (PerformancePaintTiming); NaN when it had none. */
  fcp: number;
}

/**
 * The page's first contentful paint, ms from navigationStart (NaN when none came): read in the
 * page, so only once the page is left alone (the first evaluation adds Playwright's own script
 * to the page's main thread, which could delay that paint).
 */
const readFcp = (page: Page) => page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);

/**
 * One load of `url`: a settle pause after it, then its load time (navigationStart →
 * loadEventEnd) and its first contentful paint are read (after the pause, for the reason given
 * at `readFcp`).
 */
async function loadTime(page: Page, url: string): Promise<LoadTimes> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const load = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
  return { load, fcp: await readFcp(page) };
}

/** The medians without NaN (loads without a first contentful paint left out). */
const medianOf = (values: number[]) => median(values.filter((v) => !Number.isNaN(v)));

/**
 * Network conditions like the real portal's (a remote server; the practice portal is on
 * loopback, where the whole page loads before its first frame): 60 ms of latency per request and
 * 10 Mbit/s each way, by CDP `Network.emulateNetworkConditions`.
 */
const REMOTE_PORTAL_NETWORK = { offline: false, latency: 60, downloadThroughput: 1_250_000, uploadThroughput: 1_250_000 };

/** How long after a load the page is left alone before the first look at it (ms). */
const HANDS_OFF_MS = 400;

/**
 * Waits, without touching the page, for `HANDS_OFF_MS`, then reads `expression` in the page
 * every 100 ms until it is true (10 s at most). Not `page.waitForFunction`: Playwright's first
 * evaluation in a new document injects its own script, about 6 ms of main-thread work (seen in
 * a trace), and right after a load that lands between our start-up task and the frame that
 * paints the panel — the bench then measures Playwright's work as ours.
 * @throws Error when the expression is still false after 10 s.
 */
async function untilTrueAfterQuiet(page: Page, expression: string): Promise<void> {
  await page.waitForTimeout(HANDS_OFF_MS);
  for (let waited = 0; waited < 10_000; waited += 100) {
    if (await page.evaluate(expression)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`still false after 10 s: ${expression}`);
}

/** The per-run ratios a[i] / b[i], without the pairs that lack a value (NaN: a load without a first contentful paint). */
function ratiosOf(a: number[], b: number[]): number[] {
  return a.map((x, i) => x / b[i]!).filter((r) => !Number.isNaN(r));
}

/** Median of the per-run ratios a[i] / b[i] (runs paired in time, so slow moments cancel). */
function pairedRatio(a: number[], b: number[]): number {
  return median(ratiosOf(a, b));
}

/**
 * 95% confidence interval of `pairedRatio(a, b)` by the percentile bootstrap: the pairs are
 * resampled with replacement 2,000 times (a fixed-seed generator, so a rerun on the same data
 * prints the same interval). On this machine two equal sides differ by several percent from
 * load to load, so the interval says whether the ratio is resolved against the 1.05 target.
 * @returns [low, high] ratios.
 */
function pairedRatioInterval(a: number[], b: number[]): [number, number] {
  const ratios = ratiosOf(a, b);
  let seed = 0x2545f491;
  const random = () => {
    // xorshift32: enough for resampling indexes.
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 0x1_0000_0000;
  };
  const medians: number[] = [];
  for (let i = 0; i < 2000; i++) medians.push(median(ratios.map(() => ratios[Math.floor(random() * ratios.length)]!)));
  medians.sort((x, y) => x - y);
  return [medians[Math.floor(medians.length * 0.025)]!, medians[Math.floor(medians.length * 0.975)]!];
}

/** A ratio row: met when the whole interval is within `limit`, unresolved when it straddles it. */
function ratioRow(measure: string, a: number[], b: number[], limit: number): Row {
  const ratio = pairedRatio(a, b);
  const [low, high] = pairedRatioInterval(a, b);
  return { measure, value: `${ratio.toFixed(3)} (95% CI ${low.toFixed(3)}–${high.toFixed(3)})`, target: `≤ ${limit}`, ok: high <= limit ? true : low > limit ? false : 'unresolved' };
}

/**
 * Page-world probe recording the first moment our panel exists in the overlay's shadow root
 * (`__visible`) and the end of the first frame rendered after that (`__painted`: a message
 * posted from that frame's animation-frame callback is handled once the frame's style, layout
 * and paint are done). Both are read against the navigation entry's
 * `domContentLoadedEventStart`.
 *
 * The probe must not slow the page it measures. It does nothing while the page is parsed: at
 * DOMContentLoaded it watches only `<html>`'s own children (the overlay's host is appended
 * after `<body>`), then only the host's shadow root. An earlier probe watched the whole document from
 * the start, which makes every parsed node a mutation record (in one A/B of 20 loads each, its
 * load event came 4.3 ms later than without it), and it stayed installed in the tab the load
 * ratios were then measured in.
 *
 * Plain JavaScript text, not a serialised function: tsx compiles this file with esbuild's
 * keepNames, whose `__name()` helper does not exist in the page.
 */
const OVERLAY_PROBE = `(() => {
  const w = window;
  const panelShown = (host) => {
    if (w.__visible !== undefined || !host.shadowRoot || !host.shadowRoot.querySelector('.zc-panel')) return false;
    w.__visible = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { w.__painted = performance.now(); };
      channel.port2.postMessage(0);
    });
    return true;
  };
  const watchHost = (host) => {
    if (panelShown(host)) return;
    const inShadow = new MutationObserver(() => { if (panelShown(host)) inShadow.disconnect(); });
    inShadow.observe(host.shadowRoot, { childList: true, subtree: true });
  };
  document.addEventListener('DOMContentLoaded', () => {
    const existing = document.querySelector(':root > [data-zc-root]');
    if (existing && existing.shadowRoot) return watchHost(existing);
    const onRoot = new MutationObserver((records) => {
      for (const r of records) for (const node of r.addedNodes) {
        if (node.nodeType === 1 && node.hasAttribute('data-zc-root') && node.shadowRoot) { onRoot.disconnect(); return watchHost(node); }
      }
    });
    onRoot.observe(document.documentElement, { childList: true });
  }, { once: true });
})();`;

/**
 * Installs OVERLAY_PROBE in `page` (a CDP new-document script) and returns one load's
 * milliseconds from DOMContentLoaded to our panel being in the DOM and to its first frame, and
 * the page's own first contentful paint (from navigationStart, NaN when none), and
 * the probe's removal (so the load ratios measured later in the same tab run without it).
 */
async function overlayProbe(context: BrowserContext, page: Page): Promise<{ load(url: string): Promise<[number, number, number]>; remove(): Promise<void> }> {
  const cdp = await context.newCDPSession(page);
  // Without Page.enable on this session the script is silently never run.
  await cdp.send('Page.enable');
  const { identifier } = await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: OVERLAY_PROBE });
  return {
    async load(url) {
      await page.goto(url, { waitUntil: 'load' });
      await untilTrueAfterQuiet(page, '(window.__painted !== undefined)');
      const [dom, paint] = await page.evaluate(() => {
        const w = window as unknown as { __visible: number; __painted: number };
        const dcl = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart;
        return [w.__visible - dcl, w.__painted - dcl];
      });
      const fcp = await readFcp(page);
      await page.waitForTimeout(SETTLE_MS);
      return [dom!, paint!, fcp];
    },
    async remove() {
      await cdp.send('Page.removeScriptToEvaluateOnNewDocument', { identifier });
      await cdp.detach();
    },
  };
}

/** Milliseconds from DOMContentLoaded to our panel being in the DOM and to its first frame, per load (`n` loads). */
async function overlayDelays(context: BrowserContext, page: Page, url: string, n: number): Promise<{ inDom: number[]; painted: number[] }> {
  const probe = await overlayProbe(context, page);
  const inDom: number[] = [];
  const painted: number[] = [];
  for (let i = 0; i < n; i++) {
    const [dom, paint] = await probe.load(url);
    inDom.push(dom);
    painted.push(paint);
  }
  await probe.remove();
  return { inDom, painted };
}

/**
 * `--compare DIR`: the overlay's times of two builds measured in one run, so the machine's
 * state (other work, a slower hour) weighs on both alike. Each build's e2e extension gets a
 * browser of its own, logged in to one practice portal; the two load 基本信息 in turn (A B, then
 * B A, so neither is always first), `n` loads each. Prints each build's medians (panel in the
 * DOM, painted, and the page's own first contentful paint: a start that makes the panel paint
 * sooner may make the page's first paint later) and the medians of the per-turn differences,
 * and writes `artifacts/bench-compare.json`.
 * @param dirs the two e2e extension directories (this build's first).
 */
async function compareOverlays(dirs: [string, string], n: number): Promise<void> {
  const portal = await startPortal();
  const sides = [];
  for (const dir of dirs) {
    const browser = await launchExtension({ extensionDir: dir });
    const page = await browser.context.newPage();
    const url = await basicInfoUrl(page, portal);
    sides.push({ dir, browser, url, probe: await overlayProbe(browser.context, page), inDom: [] as number[], painted: [] as number[], fcp: [] as number[] });
  }
  for (let i = 0; i < n; i++) {
    for (const side of i % 2 ? [...sides].reverse() : sides) {
      const [dom, paint, fcp] = await side.probe.load(side.url);
      side.inDom.push(dom);
      side.painted.push(paint);
      side.fcp.push(fcp);
    }
  }
  for (const side of sides) await side.browser.close();
  await portal.close();
  const [a, b] = sides as [(typeof sides)[0], (typeof sides)[0]];
  for (const side of sides) {
    process.stdout.write(`${side.dir}: ${n} loads, DOMContentLoaded → panel in the DOM ${ms(median(side.inDom))}, painted ${ms(median(side.painted))} (medians; max ${ms(Math.max(...side.painted))}); the page's first contentful paint ${ms(medianOf(side.fcp))} from navigationStart\n`);
  }
  const perTurn = (key: 'inDom' | 'painted' | 'fcp') => ms(medianOf(a[key].map((x, i) => x - b[key][i]!)));
  process.stdout.write(`first − second, per turn (medians): panel in the DOM ${perTurn('inDom')}, painted ${perTurn('painted')}, the page's first contentful paint ${perTurn('fcp')}\n`);
  await mkdir(resolve('artifacts'), { recursive: true });
  const json = { at: new Date().toISOString(), loads: n, sides: sides.map(({ dir, inDom, painted, fcp }) => ({ dir, inDom, painted, fcp })) };
  await writeFile(resolve('artifacts/bench-compare.json'), `${JSON.stringify(json, null, 2)}\n`);
}

/**
 * Page-world probe: the page (made scrollable by a bottom padding) is scrolled 30 times by 15 px
 * up or down, each time followed by the scroll event, whose listeners — the ones that keep the
 * field markers beside their fields — run synchronously in dispatchEvent. Returns the median
 * time per step (ms; the markers' measuring, not the next frame's rendering) and how many
 * markers are shown. Text, for the reason given at OVERLAY_PROBE.
 */
const MARKER_SCROLL_PROBE = `(() => {
  document.body.style.paddingBottom = '2000px';
  const times = [];
  for (let i = 0; i < 30; i++) {
    const start = performance.now();
    scrollBy(0, i % 2 ? -15 : 15);
    window.dispatchEvent(new Event('scroll'));
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const markers = document.querySelector('[data-zc-root]').shadowRoot.querySelectorAll('[data-testid="zc-field-marker"][data-placed]').length;
  return { medianMs: times[15], markers };
})()`;

/** One event of a Chromium trace (the fields used here). */
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs: less than `dur` when the thread waited for a core. */
  tdur?: number;
  tid: number;
  args?: { data?: { documentLoaderURL?: string } };
}

/** What one traced load of 基本信息 with the extension shows (milliseconds). */
interface TracedLoad {
  /** Main-thread time in our scripts up to the end of the load event. */
  scriptMs: number;
  /** Chromium's injection of both content scripts before the load ends (isolated world set-up and evaluation). */
  injectionMs: number;
  /** navigationStart → loadEventEnd. */
  loadMs: number;
  /** Main-thread time in our scripts after the load event, until the trace ends (the panel shown and 400 ms more). */
  afterLoadScriptMs: number;
  /**
   * The first task of ours after the load event ends (evaluating the content script, reading the
   * page), from our first call to the task's end: wall time. A start at `pageshow` runs in the
   * load's own task, whose part before our call is the page's.
   */
  firstTaskMs: number;
  /** The same part's thread time: what the main thread actually ran on a core. */
  firstTaskCpuMs: number;
}

/**
 * Main-thread time (ms) of `calls` between `from` and `to` (trace µs), each moment counted once
 * where calls nest (a FunctionCall inside our EvaluateScript).
 */
function ourTimeMs(calls: TraceEvent[], from: number, to: number): number {
  let us = 0;
  let coveredUntil = from;
  for (const e of [...calls].sort((x, y) => x.ts - y.ts)) {
    const begin = Math.max(e.ts, coveredUntil);
    const finish = Math.min(e.ts + (e.dur ?? 0), to);
    if (finish > begin) us += finish - begin;
    coveredUntil = Math.max(coveredUntil, finish);
  }
  return us / 1000;
}

/** Thread time (ms) of `events`, only the outermost counted where they nest. */
function outermostThreadMs(events: TraceEvent[]): number {
  let us = 0;
  let coveredUntil = -Infinity;
  for (const e of [...events].sort((x, y) => x.ts - y.ts)) {
    if (e.ts < coveredUntil) continue;
    us += e.tdur ?? 0;
    coveredUntil = e.ts + (e.dur ?? 0);
  }
  return us / 1000;
}

/** Panel in the overlay's shadow root: the traced load is over once it is there. */
const PANEL_SHOWN = `(() => { const host = document.querySelector('[data-zc-root]'); return !!host?.shadowRoot?.querySelector('.zc-panel'); })()`;

/** The trace categories: the timeline, thread times, navigation marks, and Chromium's content-script injection. */
const TRACE_CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,extensions';

/**
 * One traced load of `url` in `page`: the trace runs from before the navigation until `until`
 * (a page expression) is true after the load, or just past the load when there is none.
 * @returns the main thread's complete events, and the load's navigationStart and loadEventEnd (trace µs).
 * @throws Error when the trace has no navigationStart/loadEventEnd for the page.
 */
async function traceOneLoad(context: BrowserContext, page: Page, url: string, until?: string): Promise<{ main: TraceEvent[]; start: number; end: number }> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (message) => events.push(...(message.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  if (until) await untilTrueAfterQuiet(page, until);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const start = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  const end = start && events.find((e) => e.name === 'loadEventEnd' && e.tid === start.tid && e.ts > start.ts);
  if (!start || !end) throw new Error('trace without navigationStart/loadEventEnd for the page');
  await page.waitForTimeout(SETTLE_MS);
  return { main: events.filter((e) => e.tid === start.tid && e.ph === 'X'), start: start.ts, end: end.ts };
}

/**
 * Time (ms) the main thread ran on a core for tasks that started between `from` and `to` (trace
 * µs): the page's own parsing, styling and scripts, and whatever an extension adds to them.
 */
function mainThreadCpuMs(main: TraceEvent[], from: number, to: number): number {
  return main.filter((e) => e.name === 'RunTask' && e.ts >= from && e.ts < to).reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
}

/**
 * Traces loads of `url` (Chromium tracing, `devtools.timeline`) until our panel is shown and
 * reads two things off each. Before load: the main-thread time spent in the extension's own
 * scripts up to the end of the page's load event — the injection of both content scripts
 * (EvaluateScript) and every callback into them (FunctionCall), counted once where they nest —
 * the part of the load the extension can add to, which the load ratio measures too but within
 * several percent of noise; and Chromium's injection of the two scripts as a whole
 * (ScriptInjection::InjectJs: setting up the isolated world, then evaluating). Tracing slows the
 * page a little, so shares are taken against the traced load itself. After load: our scripts'
 * main-thread time until the trace ends, and the first task of ours (evaluating the content
 * script, reading the page), its wall time and its thread time; on a machine with few cores the
 * difference is time the main thread spent waiting for a core (the browser's other threads and
 * processes are busy right after a load), not work of ours.
 * @returns one TracedLoad per load.
 */
async function traceLoads(context: BrowserContext, page: Page, url: string, extensionId: string, n: number): Promise<TracedLoad[]> {
  const results: TracedLoad[] = [];
  const ours = `chrome-extension://${extensionId}/`;
  const isOurs = (e: TraceEvent) => JSON.stringify(e.args ?? {}).includes(ours);
  for (let i = 0; i < n; i++) {
    const { main, start, end } = await traceOneLoad(context, page, url, PANEL_SHOWN);
    const ourCalls = main.filter((e) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && isOurs(e));
    const injections = main.filter((e) => e.name === 'ScriptInjection::InjectJs' && e.ts >= start && e.ts < end);
    // After load: lib/content/after-load.ts evaluates the content script once the load event
    // ends (at its pageshow, or in a task after it), which then reads the page and draws the
    // panel; later tasks place the markers.
    const afterLoad = ourCalls.filter((e) => e.ts >= end).sort((x, y) => x.ts - y.ts);
    const first = afterLoad[0];
    const firstTask = first && main.find((t) => t.name === 'RunTask' && t.ts <= first.ts && t.ts + (t.dur ?? 0) >= first.ts + (first.dur ?? 0));
    if (!first || !firstTask) throw new Error('trace without our start-up after load');
    const taskEnd = firstTask.ts + (firstTask.dur ?? 0);
    results.push({
      scriptMs: ourTimeMs(ourCalls, start, end),
      injectionMs: injections.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000,
      loadMs: (end - start) / 1000,
      afterLoadScriptMs: ourTimeMs(afterLoad, end, Infinity),
      firstTaskMs: (taskEnd - first.ts) / 1000,
      // The task's thread time less that of the page's work in it before our call.
      firstTaskCpuMs: (firstTask.tdur ?? 0) / 1000 - outermostThreadMs(main.filter((e) => e !== firstTask && e.ts >= firstTask.ts && e.ts + (e.dur ?? 0) <= first.ts)),
    });
  }
  return results;
}

/**
 * The main thread's time on a core from navigationStart to loadEventEnd, traced, for `withUrl`
 * and `withoutUrl` in turn in one tab (each after a load of its own side, as in the load
 * ratios): what the page's load costs its renderer with the content scripts and without,
 * without the waits for the network and for a core that make whole loads vary so much.
 * @returns the paired per-load times (ms), `with[i]` traced next to `without[i]`.
 */
async function traceMainThreadPairs(context: BrowserContext, page: Page, withUrl: string, withoutUrl: string, n: number): Promise<{ with: number[]; without: number[] }> {
  const sides = { with: [] as number[], without: [] as number[] };
  for (let i = 0; i < n; i++) {
    for (const [side, url] of (i % 2 ? [['without', withoutUrl], ['with', withUrl]] : [['with', withUrl], ['without', withoutUrl]]) as ['with' | 'without', string][]) {
      await loadTime(page, `${url}-before`);
      const { main, start, end } = await traceOneLoad(context, page, url);
      sides[side].push(mainThreadCpuMs(main, start, end));
    }
  }
  return sides;
}

async function main(): Promise<void> {
  const compareAt = argv.indexOf('--compare');
  if (compareAt >= 0) return compareOverlays([E2E_EXTENSION_DIR, resolve(argv[compareAt + 1]!, 'chrome-mv3-e2e')], numberOption('--loads') ?? 30);
  if (!argv.includes('--no-build')) {
    execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
    execFileSync('npm', ['run', '--silent', 'build:e2e'], { stdio: 'inherit' });
  }
  const rows: Row[] = [];
  const content = await readFile(resolve(outDir, 'chrome-mv3/content-scripts/content.js'));
  const gz = gzipSync(content, { level: 9 }).length;
  rows.push({ measure: 'content script size (raw)', value: `${(content.length / 1024).toFixed(1)} KB`, target: '', ok: null });
  // The budget as tests/e2e/budget.test.ts holds it: 50,000 bytes.
  rows.push({ measure: 'content script size (gzip)', value: `${gz} bytes (${(gz / 1024).toFixed(1)} KB)`, target: '≤ 50,000 bytes', ok: gz <= 50_000 });
  const onDemand = await readFile(resolve(outDir, 'chrome-mv3/on-demand.js'));
  rows.push({ measure: 'on-demand.js, loaded on first use (raw / gzip)', value: `${(onDemand.length / 1024).toFixed(1)} / ${(gzipSync(onDemand, { level: 9 }).length / 1024).toFixed(1)} KB`, target: '', ok: null });

  const bundle = await pageBundle();
  const profile = profileSchema.parse(JSON.parse(await readFile(resolve('tests/fixtures/sample-profile.json'), 'utf8')).profile);
  const portal = await startPortal();

  // Without the extension: recognition, autofill, and baseline load times.
  const plain = await launchPlainBrowser();
  const plainPage = await plain.context.newPage();
  const url = await basicInfoUrl(plainPage, portal);

  await plainPage.goto(url, { waitUntil: 'load' });
  await plainPage.addScriptTag({ content: bundle });
  const basic = await plainPage.evaluate((n) => (window as any).__zcBench.timeRecognition(n), runs * 2);
  rows.push({
    measure: `recognition, 基本信息 (${basic.controls} controls, ${basic.recognised} recognised)`,
    value: ms(basic.medianMs),
    target: '≤ 5 ms',
    ok: basic.medianMs <= 5,
  });

  const growth: { fields: number; medianMs: number }[] = [];
  for (const fields of [100, 1000, 5000]) {
    await plainPage.setContent(generatedFormPage(fields));
    await plainPage.addScriptTag({ content: bundle });
    const r = await plainPage.evaluate((n) => (window as any).__zcBench.timeRecognition(n), fields >= 5000 ? 5 : runs);
    growth.push({ fields, medianMs: r.medianMs });
    rows.push({
      measure: `recognition, generated page of ${fields} fields`,
      value: `${ms(r.medianMs)} (${(r.medianMs / fields * 1000).toFixed(1)} µs/field)`,
      target: fields === 1000 ? '≤ 50 ms' : '',
      ok: fields === 1000 ? r.medianMs <= 50 : null,
    });
  }
  const perField = growth.map((g) => g.medianMs / g.fields);
  const linear = perField[2]! <= perField[0]! * 2;
  rows.push({ measure: 'growth 100 → 5,000 fields (time per field)', value: perField.map((p) => `${(p * 1000).toFixed(1)}`).join(' → ') + ' µs', target: 'no worse than linear', ok: linear });

  const fills: number[] = [];
  let filled = 0;
  for (let i = 0; i < Math.min(runs, 8); i++) {
    await plainPage.goto(url, { waitUntil: 'load' });
    await plainPage.addScriptTag({ content: bundle });
    const r = await plainPage.evaluate((p) => (window as any).__zcBench.timeAutofill(p), profile);
    fills.push(r.ms);
    filled = r.filled;
  }
  rows.push({ measure: `autofill of 基本信息 (${filled} fields filled, incl. cascade waits)`, value: ms(median(fills)), target: '', ok: null });

  const withExt = await launchExtension({ extensionDir: E2E_EXTENSION_DIR });
  const extPage = await withExt.context.newPage();
  const extUrl = await basicInfoUrl(extPage, portal);
  const delays = await overlayDelays(withExt.context, extPage, extUrl, runs);
  // Visible = painted: the panel in the DOM is not yet on screen.
  rows.push({ measure: 'DOMContentLoaded → overlay in the DOM', value: `${ms(median(delays.inDom))} (max ${ms(Math.max(...delays.inDom))})`, target: '', ok: null });
  rows.push({ measure: 'DOMContentLoaded → first frame with the overlay rendered (visible)', value: `${ms(median(delays.painted))} (max ${ms(Math.max(...delays.painted))})`, target: '≤ 50 ms', ok: median(delays.painted) <= 50 });

  // The first 用档案填写本页 on a freshly loaded page loads on-demand.js (background round trip
  // and injection) before planning: click → preview shown, per page load.
  await importProfileFile(withExt, resolve('tests/fixtures/sample-profile.json'));
  const firstFills: number[] = [];
  for (let i = 0; i < Math.min(runs, 8); i++) {
    await extPage.goto(extUrl, { waitUntil: 'load' });
    await waitForProfile(extPage.mainFrame());
    const button = inOverlay(extPage, '[data-testid="zc-autofill"]');
    await button.waitFor();
    const start = Date.now();
    await button.click();
    await inOverlay(extPage, '[data-testid="zc-autofill-preview"]').waitFor({ timeout: 10_000 });
    firstFills.push(Date.now() - start);
  }
  rows.push({ measure: 'first 用档案填写本页 click → preview (loads on-demand.js)', value: ms(median(firstFills)), target: '', ok: null });

  // Field markers follow their fields as the page scrolls: the work one scroll step costs with
  // every marker of the empty 基本信息 shown.
  await extPage.goto(extUrl, { waitUntil: 'load' });
  await inOverlay(extPage, '[data-testid="zc-field-marker"][data-placed]').first().waitFor();
  await extPage.waitForTimeout(SETTLE_MS);
  const scroll = (await extPage.evaluate(MARKER_SCROLL_PROBE)) as { medianMs: number; markers: number };
  rows.push({ measure: `one 15 px scroll step with ${scroll.markers} field markers shown`, value: ms(scroll.medianMs), target: '', ok: null });

  // Load ratio in the extension's browser: the same page, in the same tab (one renderer process,
  // one session), from a path the e2e build's content scripts leave alone (lib/portal/hosts.ts
  // E2E_UNMATCHED_PREFIX); the control, that unmatched page against itself, shows what two equal
  // sides measure on this machine.
  const unmatchedUrl = new URL(extUrl);
  unmatchedUrl.pathname = `${E2E_UNMATCHED_PREFIX}${unmatchedUrl.pathname}`;
  // Each measured load follows a load of its own side, as when an applicant goes from one portal
  // page to the next: leaving a page with the overlay costs too (its isolated world and overlay
  // are torn down within the next page's load). A load never repeats the URL just shown (the
  // query names the side, and the load before it adds -before): that would be a reload, which
  // Chromium handles differently.
  const sideUrl = (url: string | URL, side: string) => Object.assign(new URL(url), { search: `?side=${side}` }).href;
  const sides = [sideUrl(extUrl, 'with'), sideUrl(unmatchedUrl, 'without'), sideUrl(unmatchedUrl, 'control')].map((url, k) => ({ page: extPage, url, overlay: k === 0 }));
  const loads: LoadTimes[][] = sides.map(() => []);
  // Every order of the three sides in turn, so no side keeps a position (first, middle, last).
  const orders = [[0, 1, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0], [1, 0, 2], [0, 2, 1]];
  for (let i = 0; i < loadRuns; i++) {
    for (const k of orders[i % orders.length]!) {
      const side = sides[k]!;
      await loadTime(side.page, `${side.url}-before`);
      loads[k]!.push(await loadTime(side.page, side.url));
      // Each side is what it says: the overlay after a load with the content scripts, none without.
      if ((await side.page.locator('[data-zc-root]').count()) !== (side.overlay ? 1 : 0)) throw new Error(`load of ${side.url}: overlay ${side.overlay ? 'missing' : 'present'}`);
    }
  }
  const [withScripts, without, control] = loads.map((side) => side.map((t) => t.load)) as [number[], number[], number[]];
  const [withFcp, withoutFcp] = loads.map((side) => side.map((t) => t.fcp)) as [number[], number[]];
  rows.push({ measure: 'page load, same browser: without / with content scripts', value: `${ms(median(without))} / ${ms(median(withScripts))}`, target: '', ok: null });
  rows.push(ratioRow('load ratio, same browser (with / without; paired median)', withScripts, without, 1.05));
  rows.push({ ...ratioRow('control: two sides without content scripts', control, without, 1.05), target: '≈ 1 (noise)', ok: null });
  // The page's own first paint: on the practice portal (loopback) the whole page loads before
  // its first frame, so a start right after the load can hold that frame back.
  rows.push({ measure: "the page's first contentful paint, same browser (from navigationStart): without / with content scripts", value: `${ms(medianOf(withoutFcp))} / ${ms(medianOf(withFcp))}`, target: '', ok: null });
  rows.push({ ...ratioRow('first contentful paint ratio, same browser (with / without; paired median)', withFcp, withoutFcp, 1.05), target: '', ok: null });

  // The same pair under a network like the real portal's (REMOTE_PORTAL_NETWORK), where a page's
  // first paint comes before its load: informational, half as many loads.
  const network = await withExt.context.newCDPSession(extPage);
  await network.send('Network.enable');
  await network.send('Network.emulateNetworkConditions', REMOTE_PORTAL_NETWORK);
  const remote = { with: [] as LoadTimes[], without: [] as LoadTimes[] };
  for (let i = 0; i < Math.ceil(loadRuns / 2); i++) {
    for (const side of i % 2 ? (['without', 'with'] as const) : (['with', 'without'] as const)) {
      const url = sideUrl(side === 'with' ? extUrl : unmatchedUrl, `remote-${side}`);
      await loadTime(extPage, `${url}-before`);
      remote[side].push(await loadTime(extPage, url));
    }
  }
  await network.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await network.detach();
  const remoteNetwork = `network like the real portal's (${REMOTE_PORTAL_NETWORK.latency} ms latency, ${(REMOTE_PORTAL_NETWORK.downloadThroughput * 8) / 1e6} Mbit/s)`;
  const [remoteWith, remoteWithout] = [remote.with, remote.without].map((side) => ({ load: side.map((t) => t.load), fcp: side.map((t) => t.fcp) }));
  rows.push({ measure: `page load; first contentful paint, same browser, ${remoteNetwork}: without / with content scripts`, value: `${ms(median(remoteWithout!.load))} / ${ms(median(remoteWith!.load))}; ${ms(medianOf(remoteWithout!.fcp))} / ${ms(medianOf(remoteWith!.fcp))}`, target: '', ok: null });
  rows.push({ ...ratioRow(`load ratio, same browser, ${remoteNetwork} (informational)`, remoteWith!.load, remoteWithout!.load, 1.05), target: '', ok: null });
  rows.push({ ...ratioRow(`first contentful paint ratio, same browser, ${remoteNetwork} (informational)`, remoteWith!.fcp, remoteWithout!.fcp, 1.05), target: '', ok: null });

  const traced = await traceLoads(withExt.context, extPage, extUrl, withExt.extensionId, runs);
  const shares = traced.map((r) => r.scriptMs / r.loadMs);
  rows.push({ measure: 'extension scripts on the main thread before load ends (traced)', value: `${ms(median(traced.map((r) => r.scriptMs)))} = ${(median(shares) * 100).toFixed(1)}% of the load (max ${(Math.max(...shares) * 100).toFixed(1)}%)`, target: '', ok: null });
  rows.push({ measure: 'extension scripts on the main thread after load, until the panel and markers are up (traced)', value: ms(median(traced.map((r) => r.afterLoadScriptMs))), target: '', ok: null });
  rows.push({ measure: 'first task after load, from our first call (evaluate the content script, read the page; traced): wall / on a core', value: `${ms(median(traced.map((r) => r.firstTaskMs)))} / ${ms(median(traced.map((r) => r.firstTaskCpuMs)))}`, target: '', ok: null });
  const injectionShares = traced.map((r) => r.injectionMs / r.loadMs);
  rows.push({ measure: 'Chromium injecting both content scripts before load ends (isolated world set-up + evaluation; traced)', value: `${ms(median(traced.map((r) => r.injectionMs)))} = ${(median(injectionShares) * 100).toFixed(1)}% of the load`, target: '', ok: null });
  const mainThread = await traceMainThreadPairs(withExt.context, extPage, sideUrl(extUrl, 'traced-with'), sideUrl(unmatchedUrl, 'traced-without'), runs);
  rows.push({ measure: 'main thread on a core until load ends, same tab (traced): without / with content scripts', value: `${ms(median(mainThread.without))} / ${ms(median(mainThread.with))}`, target: '', ok: null });
  rows.push({ ...ratioRow('main-thread time ratio until load ends (with / without; paired median)', mainThread.with, mainThread.without, 1.05), target: '', ok: null });

  // And against a browser without our extension, with a second such browser as the control (two
  // browser instances differ by several percent on their own), in turn. Each side gets a tab of
  // its own that has only logged in, so no side carries the history of the measurements above.
  const plainControl = await launchPlainBrowser();
  const browsers: { page: Page; url: string; loads: number[] }[] = [];
  for (const context of [plain.context, withExt.context, plainControl.context]) {
    const page = await context.newPage();
    browsers.push({ page, url: await basicInfoUrl(page, portal), loads: [] });
  }
  for (let i = 0; i < loadRuns; i++) {
    for (const k of orders[i % orders.length]!) browsers[k]!.loads.push((await loadTime(browsers[k]!.page, browsers[k]!.url)).load);
  }
  const [a, b, c] = browsers.map((side) => side.loads) as [number[], number[], number[]];
  rows.push({ measure: 'page load, two browsers: without / with extension', value: `${ms(median(a))} / ${ms(median(b))}`, target: '', ok: null });
  rows.push(ratioRow('load ratio, two browsers (with / without; paired median)', b, a, 1.05));
  rows.push({ ...ratioRow('control: a second browser without the extension', c, a, 1.05), target: '≈ 1 (noise)', ok: null });

  await withExt.close();
  await plain.close();
  await plainControl.close();
  await portal.close();

  const width = Math.max(...rows.map((r) => r.measure.length));
  process.stdout.write(`\n${'measure'.padEnd(width)} | value | target | met\n`);
  for (const r of rows) {
    process.stdout.write(`${r.measure.padEnd(width)} | ${r.value} | ${r.target} | ${r.ok === null ? '' : r.ok === 'unresolved' ? 'unresolved' : r.ok ? 'yes' : 'NO'}\n`);
  }
  await mkdir(resolve('artifacts'), { recursive: true });
  const json = { at: new Date().toISOString(), runs, rows, growth, overlayDelaysMs: delays, traced, mainThreadUntilLoadMs: mainThread, firstAutofillMs: firstFills, loadMs: { sameBrowser: { with: withScripts, without, control }, twoBrowsers: { without: a, with: b, control: c } }, firstContentfulPaintMs: { sameBrowser: { with: withFcp, without: withoutFcp } }, remoteNetwork: { conditions: REMOTE_PORTAL_NETWORK, with: remote.with, without: remote.without } };
  await writeFile(resolve('artifacts/bench.json'), `${JSON.stringify(json, null, 2)}\n`);
  process.stdout.write('\nwritten: artifacts/bench.json\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
