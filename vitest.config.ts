import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects: `unit` (logic and components in happy-dom, with WXT's fake browser) and
// `browser` (the built extension in real Chromium against the practice portal, two files at a
// time: each launches a browser of its own).
//
// Worker counts, measured on the 2-core CI machine (2026-12-05): Vitest's default in a run is
// one worker fewer than the cores, so one there; the unit suite took 472 s with it and 307 s
// with a worker per core (its main process mostly waits). The browser files took 962 s one at a
// time and 672 s two at a time (the pages wait on timers and the browser's other processes).
export default defineConfig({
  test: {
    // The default report, then the tests that passed only on a retry (none unless ZC_BROWSER_RETRY).
    reporters: ['default', './tests/retried-reporter.ts'],
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/corpus/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup.ts'],
          // The files of a worker run one after another in one process and one happy-dom window:
          // isolation would start a worker, a window and the packages (happy-dom, zod, preact, …)
          // again for each file. Measured 2026-12-05 on the 2-core machine while other runs loaded
          // it (load average 7 to 15, so wall times vary): with isolation 684 s (549 s of CPU),
          // without 132 to 275 s (110 to 117 s of CPU). What a file may leave behind tests/unit/setup.ts puts
          // back before the next one: the module graph and module mocks, timers and stubbed
          // globals, WXT's fake browser, IndexedDB, the document, Preact's event hook, the
          // content script's global slots and the BroadcastChannel bus. Forks (the default pool),
          // not threads: as fast (114 s of CPU either way), and a worker's BroadcastChannel bus
          // stays its own.
          // The run's summary line reports `environment` summed over files (157.96 s in CI run 75, 0.57 s
          // a file): without isolation that is each worker's one-time happy-dom set-up, counted again
          // on every file the worker runs (Vitest 4.1 copies it into each file's report; measured
          // 2026-12-07: 275 files, 3 distinct values, one per worker, 1.1 to 2.9 s). The real cost
          // is one set-up a worker, so running the pure-logic files in `node` saves nothing (a second
          // environment would need workers of its own).
          isolate: false,
          // The corpus and property tests take seconds; CI shares two cores with the browser builds.
          testTimeout: 20_000,
          // ZC_UNIT_WORKERS overrides the count (a number), for measuring another one on an idle
          // machine: in CI run 75 the two workers were busy 218.6 s of test time in 126.8 s of wall,
          // with about 115 s of CPU (2026-12-05's measure): half the two cores' time was spent
          // waiting on the tests' own timers, which a third worker could fill.
          maxWorkers: process.env.ZC_UNIT_WORKERS ? Number(process.env.ZC_UNIT_WORKERS) : '100%',
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts', 'tests/portal/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // An `expect.poll` waits up to 10 s, not Vitest's 1 s: on a loaded CI machine a right
          // wait comes late (profiles.test.ts probe 14a T3, T1 needed 2.2 s with the options pages
          // slowed 20×, ci 63). A passing poll still ends as soon as its condition holds.
          expect: { poll: { timeout: 10_000 } },
          // Each file in a process of its own (Vitest's default isolation). Measured 2026-12-05 on
          // the 2-core machine with other runs beside it (load average 5 to 15): without isolation
          // the suite's import time fell from 102 s to 7–13 s, but profiles.test.ts then failed in
          // 2 of 3 whole runs around chrome.runtime.reload (pages not closed in 30 s; options.html's
          // navigation interrupted by another) and teach-capture.test.ts once, against none in 2
          // runs with isolation; so isolated. Two files at a time: three at once (load average
          // about 15) took as long in wall time (841 s against 837 s) and their tests 48 % longer.
          maxWorkers: 2,
          // CI (.ci/run) retries a failed browser test once: the official run of 23ed829 failed on
          // a wait that lost a race only under its load (fixed since). A test that needed the
          // retry is listed at the end of the run (tests/retried-reporter.ts), not passed silently.
          retry: Number(process.env.ZC_BROWSER_RETRY ?? 0),
        },
      },
    ],
  },
});
