import { defineConfig } from 'vitest/config';

// Browser tests: the built dashboard (dist/, dist-single/) driven in Debian's Chromium through
// playwright-core. Run after `vite build`; one file at a time (one browser, 2-core machines).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 240_000,
    reporters: ['default'],
  },
});
