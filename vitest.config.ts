import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects: `unit` (logic and components in happy-dom, with WXT's fake browser) and
// `browser` (the built extension in real Chromium against the practice portal, one file at a
// time because each launches a browser).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/corpus/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup.ts'],
          // The corpus and property tests take seconds; CI shares two cores with the browser builds.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts', 'tests/portal/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
