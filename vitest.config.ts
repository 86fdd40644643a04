import { defineConfig } from 'vitest/config';

// Unit and integration tests (npm test). End-to-end tests have their own config (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/integration/**/*.test.{ts,tsx}', 'test/conformance/**/*.test.ts'],
    environment: 'node',
    // Renderer tests wait up to 10 s for what they expect to see (see the file).
    setupFiles: ['test/setup-dom.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
