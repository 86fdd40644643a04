// Renderer benchmark (issue: app shell): bundle size (gzip) and the time from navigation to an
// interactive start screen in headless Chromium. Needs `npm run build` first.
// Run: npm run build && npm run bench -- renderer
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, serve } from '../test/e2e/harness';

const assets = join('dist', 'renderer', 'assets');
const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
const gzipKb = scripts.reduce((sum, name) => sum + gzipSync(readFileSync(join(assets, name))).length, 0) / 1024;
console.log(
  `renderer JS, gzip: ${gzipKb.toFixed(1)} KB (${scripts.length} file(s))  (target < 400 KB: ${gzipKb < 400 ? 'met' : 'MISSED'})`,
);

const served = await serve();
const browser = await launchChromium();
try {
  const times: number[] = [];
  for (let run = 0; run < 12; run++) {
    const page = await browser.newPage();
    await page.goto(served.url);
    // Interactive: the first "Start with" button is there and enabled, examples are listed.
    await page
      .getByRole('button', { name: /^Start with/ })
      .first()
      .waitFor();
    await page
      .getByRole('button', { name: /^Open a copy/ })
      .first()
      .waitFor();
    times.push(await page.evaluate(() => performance.now()));
    await page.close();
  }
  const warm = times.slice(2).sort((a, b) => a - b);
  const median = warm[Math.floor(warm.length / 2)]!;
  console.log(
    `navigation → interactive start screen: median ${median.toFixed(0)} ms, max ${warm.at(-1)!.toFixed(0)} ms, first (cold) ${times[0]!.toFixed(0)} ms  (target < 1000 ms: ${median < 1000 ? 'met' : 'MISSED'})`,
  );
} finally {
  await browser.close();
  await served.stop();
}
