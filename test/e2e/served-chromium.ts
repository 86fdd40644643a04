import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, serve, type Served } from './harness';

// Kept out of harness.ts, which the benchmarks import outside vitest.

/**
 * The app served on a fresh library and a Chromium, for the tests of a describe block: started
 * before them, closed after them. Read `served` and `browser` inside the tests and hooks.
 */
export function useServedChromium(): { readonly served: Served; readonly browser: Browser } {
  let served: Served | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    served = await serve();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useServedChromium: the app and the browser start in beforeAll');
    return value;
  };
  return {
    get served() {
      return started(served);
    },
    get browser() {
      return started(browser);
    },
  };
}
