import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
export default defineConfig({
  plugins: [WxtVitest()],
  test: { environment: 'happy-dom', include: ['_probes/rec2/**/*.test.ts'], setupFiles: ['tests/unit/setup.ts'], testTimeout: 20000 },
});
