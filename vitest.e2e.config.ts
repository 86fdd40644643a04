import { defineConfig } from 'vitest/config';

// End-to-end: the built renderer in Debian's Chromium against `challenge-designer serve`.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
