// Typing benchmark (issues: walkthrough, #17): how long the UI takes to handle one keystroke in an
// outcome, in headless Chromium against `serve`, for the large design (40 outcomes, 60 activities,
// 12 assessments) and the largest design the schema allows (500 outcomes + 500 activities).
// Measured per input event from the document's capture phase to the window's bubble phase:
// React's synchronous render and commit of the discrete update (and the live checks it
// triggers) happen in between. Needs `npm run build` first.
// Run: npm run build && npm run bench -- typing
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Design } from '../shared/model';
import { Library } from '../main/services/library/library';
import { launchChromium, serve } from '../test/e2e/harness';
import { designOfSize, largeDesign } from './designs';

const TEXT = ' and justify the choice of indicators for the district council';

async function typing(name: string, design: Design, repeat: number): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'cd-bench-typing-'));
  const library = Library.open(folder);
  library.save(design, 'save');
  library.close();

  const served = await serve(folder);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(served.url);
    await page
      .getByRole('button', { name: new RegExp(design.title.slice(0, 20)) })
      .first()
      .click();
    await page
      .getByRole('navigation', { name: 'Steps' })
      .first()
      .getByRole('button', { name: 'Learning outcomes' })
      .click();
    const outcome = `Outcome ${Math.ceil(design.outcomes.length / 2)}`;
    const statement = page
      .getByRole('region', { name: outcome, exact: true })
      .getByRole('textbox', { name: 'Statement' });
    await statement.click({ timeout: 120_000 });
    await page.keyboard.press('End');
    await page.evaluate(() => {
      const state = window as unknown as { inputStart: number; inputTimes: number[] };
      state.inputTimes = [];
      document.addEventListener('input', () => (state.inputStart = performance.now()), true);
      window.addEventListener('input', () => state.inputTimes.push(performance.now() - state.inputStart));
    });
    await page.keyboard.type(TEXT.repeat(repeat), { delay: 25 });
    const times = (await page.evaluate(() => (window as unknown as { inputTimes: number[] }).inputTimes)).slice(10);
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    const p95 = times[Math.floor(times.length * 0.95)]!;
    console.log(
      `keystroke in ${outcome} of the ${name} (React render + commit + live checks), ${times.length} keys: ` +
        `median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms  ` +
        `(target median < 8 ms: ${median < 8 ? 'met' : 'MISSED'}; p95 < 16 ms: ${p95 < 16 ? 'met' : 'MISSED'})`,
    );
  } finally {
    await browser.close();
    await served.stop();
  }
}

await typing('large design (40/60/12)', largeDesign(), 3);
await typing('largest design (500 outcomes + 500 activities, 40 assessments)', designOfSize(1000), 3);
