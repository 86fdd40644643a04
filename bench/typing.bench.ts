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

/** Where to type: an outcome's statement, an activity's description or an assessment's title. */
type Target = 'outcome' | 'activity' | 'assessment';
const STEP: Record<Target, string> = {
  outcome: 'Learning outcomes',
  activity: 'Learning journey',
  assessment: 'Assessment',
};
const FIELD: Record<Target, string> = { outcome: 'Statement', activity: 'What learners do', assessment: 'Title' };

async function typing(name: string, design: Design, target: Target, repeat: number): Promise<void> {
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
    const opened = performance.now();
    await page
      .getByRole('navigation', { name: 'Steps' })
      .first()
      .getByRole('button', { name: STEP[target], exact: true })
      .click();
    const item =
      target === 'outcome'
        ? `Outcome ${Math.ceil(design.outcomes.length / 2)}`
        : target === 'activity'
          ? design.activities[Math.floor(design.activities.length / 2)]!.title
          : design.assessments[Math.floor(design.assessments.length / 2)]!.title;
    const field = page
      .getByRole('region', { name: item, exact: true })
      .getByRole('textbox', { name: FIELD[target], exact: true });
    await field.click({ timeout: 300_000 });
    const stepMs = performance.now() - opened;
    await page.keyboard.press('End');
    await page.evaluate(() => {
      const state = window as unknown as { inputStart: number; inputTimes: number[]; frameTimes: number[] };
      state.inputTimes = [];
      state.frameTimes = [];
      document.addEventListener(
        'input',
        () => {
          const start = (state.inputStart = performance.now());
          // Until the next frame is drawn (roughly: the task after the next animation frame): also
          // counts style, layout and paint, and the wait for the frame itself.
          requestAnimationFrame(() => setTimeout(() => state.frameTimes.push(performance.now() - start)));
        },
        true,
      );
      window.addEventListener('input', () => state.inputTimes.push(performance.now() - state.inputStart));
    });
    await page.keyboard.type(TEXT.repeat(repeat), { delay: 25 });
    await page.waitForTimeout(200);
    const { inputTimes, frameTimes } = await page.evaluate(() => {
      const state = window as unknown as { inputTimes: number[]; frameTimes: number[] };
      return { inputTimes: state.inputTimes, frameTimes: state.frameTimes };
    });
    const keys = stats(inputTimes!);
    const frames = stats(frameTimes!);
    console.log(
      `${name}, keystroke in ${target === 'outcome' ? item : `an ${target}`} (React render + commit + live checks), ` +
        `${keys.n} keys: median ${keys.median.toFixed(1)} ms, p95 ${keys.p95.toFixed(1)} ms, max ${keys.max.toFixed(1)} ms  ` +
        `(target median < 8 ms: ${keys.median < 8 ? 'met' : 'MISSED'}; p95 < 16 ms: ${keys.p95 < 16 ? 'met' : 'MISSED'})\n` +
        `    until the next frame: median ${frames.median.toFixed(1)} ms, p95 ${frames.p95.toFixed(1)} ms; ` +
        `opening the step: ${stepMs.toFixed(0)} ms`,
    );
  } finally {
    await browser.close();
    await served.stop();
  }
}

/** Median, 95th percentile and maximum, leaving out the first ten keys (warm-up). */
function stats(values: number[]) {
  const sorted = values.slice(10).sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: sorted[Math.floor(sorted.length / 2)]!,
    p95: sorted[Math.floor(sorted.length * 0.95)]!,
    max: sorted.at(-1)!,
  };
}

const largest = designOfSize(1000);
await typing('large design (40/60/12)', largeDesign(), 'outcome', 3);
await typing('largest design (500 outcomes + 500 activities, 40 assessments)', largest, 'outcome', 3);
await typing('largest design', largest, 'activity', 2);
await typing('largest design', largest, 'assessment', 1);
