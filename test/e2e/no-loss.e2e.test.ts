import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../../shared/model';
import { SCREENSHOTS, goToStep, killHard, launchChromium, screenshot, startServer, type Server } from './harness';

/** Calls the running server's API the way the page does. */
async function call<T>(server: Server, method: string, args: unknown = {}): Promise<T> {
  const response = await fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-designer-token': server.token },
    body: JSON.stringify(args),
  });
  const body = (await response.json()) as { result: T; error?: { message: string } };
  if (!response.ok) throw new Error(body.error?.message ?? String(response.status));
  return body.result;
}

const openDesignId = (page: Page) =>
  page.evaluate(() => (JSON.parse(sessionStorage.getItem('designer-open') ?? '{}') as { id?: string }).id ?? '');

async function download(page: Page, name: string | RegExp): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return (await file.path())!;
}

/** Nothing a user types is lost or silently changed: crashes, numbers, returned files, the library. */
describe('nothing typed is lost, in Chromium', () => {
  const libraries: string[] = [];
  const servers: Server[] = [];
  let browser: Browser;
  let problems: string[] = [];

  const library = () => {
    const folder = mkdtempSync(join(tmpdir(), 'cd-e2e-noloss-'));
    libraries.push(folder);
    return folder;
  };
  const start = async (folder: string) => {
    const server = await startServer(folder);
    servers.push(server);
    return server;
  };
  const newPage = async (width = 1280, height = 800) => {
    const page = await browser.newPage({ viewport: { width, height } });
    page.on('pageerror', (error) => problems.push(error.message));
    return page;
  };

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(() => {
    problems = [];
  });
  afterAll(async () => {
    await browser?.close();
    for (const server of servers) await killHard(server);
    for (const folder of libraries) rmSync(folder, { recursive: true, force: true });
  });

  it('the server is killed mid-typing and restarted: the open tab reconnects by itself and loses nothing', async () => {
    const folder = library();
    let server = await start(folder);
    const page = await newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Start with “Challenge as method”' }).click();
    await goToStep(page, 'Challenge');
    const statement = page.getByRole('textbox', { name: 'Challenge statement' });
    await statement.click();
    const typed: string[] = [];
    const typeFor = async (ms: number) => {
      const until = Date.now() + ms;
      while (Date.now() < until) {
        const word = `w${typed.length} `;
        await page.keyboard.type(word, { delay: 15 });
        typed.push(word);
      }
    };
    await typeFor(1500);
    await killHard(server); // kill -9, mid-typing
    await typeFor(1500); // the tab keeps everything; saves fail and are retried
    await expect.poll(() => page.locator('.save-status').textContent()).toMatch(/not answering/);
    await screenshot(page, 'no-loss-server-down');
    server = await start(folder);
    await typeFor(500);
    const text = typed.join('');
    expect(await statement.inputValue()).toBe(text);
    // Reconnects by itself (same key and port for this library) and saves everything.
    await expect.poll(() => page.locator('.save-status').textContent(), { timeout: 10_000 }).toBe('All changes saved');
    const id = await openDesignId(page);
    expect((await call<Design>(server, 'library.get', { id })).challenge.statement).toBe(text);
    // And after a reload the tab reopens the design with all of it.
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Challenge statement' }).inputValue()).toBe(text);
    expect(problems).toEqual([]);
  }, 60_000);

  it('"2,5" ECTS is stored as 2.5; "150" shows the allowed range, keeps every character and the previous value', async () => {
    const server = await start(library());
    const page = await newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Start with “Challenge as theme”' }).click();
    await goToStep(page, 'Micro-credential details');
    const ects = page.getByRole('textbox', { name: 'ECTS credits' });
    await ects.click();
    await page.keyboard.type('2,5');
    await ects.blur();
    const id = await openDesignId(page);
    await expect.poll(async () => (await call<Design>(server, 'library.get', { id })).credential.ects).toBe(2.5);
    expect(await ects.inputValue()).toBe('2,5');

    await ects.fill('');
    await page.keyboard.type('150');
    expect(await ects.inputValue()).toBe('150');
    expect(await ects.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.getByText('150 is more than 120. Enter a number from 0 to 120.').count()).toBe(1);
    await ects.blur();
    await page.waitForTimeout(1500);
    expect((await call<Design>(server, 'library.get', { id })).credential.ects).toBe(2.5);
    await ects.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'no-loss-number-out-of-range');
  });

  it('the reviewer round trip with later author edits: the returned file offers three choices, each does what it says', async () => {
    const author = await start(library());
    const reviewer = await start(library()); // the coordinator's own computer
    const page = await newPage();
    await page.goto(author.url);
    await page.getByRole('region', { name: 'Examples' }).getByRole('button').first().click();
    await page.getByRole('textbox', { name: 'Design title' }).fill('Circular Campus, spring term');
    const sent = await download(page, 'Download design file');
    const id = JSON.parse(readFileSync(sent, 'utf8')).id as string;

    // The coordinator reviews the sent file: a comment and a decision, then sends it back.
    const review = await newPage();
    await review.goto(reviewer.url);
    await review.getByRole('checkbox', { name: 'Open as a reviewer (read-only)' }).check();
    await review.getByLabel('Open a design file (.cbld)').setInputFiles(sent);
    await review.getByRole('region', { name: 'Reviewing: read-only.' }).waitFor();
    await review.getByRole('textbox', { name: 'Your name' }).fill('Dr Ana Reviewer');
    await goToStep(review, 'Learning outcomes');
    const outcome = review.getByRole('region', { name: 'Outcome 1' });
    await outcome.getByRole('button', { name: /^Comment on / }).click();
    await outcome.getByRole('textbox', { name: /^Your comment on / }).fill('Name the two districts.');
    await outcome.getByRole('button', { name: 'Add comment' }).click();
    await goToStep(review, 'Review and export');
    await review.getByRole('combobox', { name: 'New status' }).selectOption('changes-requested');
    await review.getByRole('button', { name: 'Record decision' }).click();
    const returned = await download(review, 'Download design file');

    // Meanwhile the author improved the first outcome.
    await goToStep(page, 'Learning outcomes');
    const statement = page.getByRole('region', { name: 'Outcome 1' }).getByRole('textbox', { name: 'Statement' });
    const improved = `${await statement.inputValue()} In two districts.`;
    await statement.fill(improved);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: /All designs/ }).click();

    const openReturned = async () => {
      await page.getByLabel('Open a design file (.cbld)').setInputFiles(returned);
      return page.getByRole('dialog', { name: '“Circular Campus, spring term” is already in your library' });
    };
    let dialog = await openReturned();
    await expect.poll(() => dialog.textContent()).toContain('Name the two districts.');
    await expect.poll(() => dialog.textContent()).toMatch(/was “draft”, now “changes requested”/);
    await screenshot(page, 'no-loss-conflict');
    await dialog.getByRole('button', { name: 'Keep mine, take in the review' }).click();
    await goToStep(page, 'Learning outcomes');
    expect(await statement.inputValue()).toBe(improved);
    await expect.poll(() => page.getByText('Name the two districts.').count()).toBe(1);
    await expect
      .poll(async () => (await call<Design>(author, 'library.get', { id })).review.decision.status)
      .toBe('changes-requested');

    await page.getByRole('button', { name: /All designs/ }).click();
    dialog = await openReturned();
    await dialog.getByRole('button', { name: 'Open as a separate copy' }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Design title' }).inputValue())
      .toBe('Circular Campus, spring term (copy)');
    expect(await openDesignId(page)).not.toBe(id);
    expect((await call<Design>(author, 'library.get', { id })).outcomes[0]!.statement).toBe(improved);

    await page.getByRole('button', { name: /All designs/ }).click();
    dialog = await openReturned();
    await dialog.getByRole('button', { name: 'Replace mine with the file' }).click();
    await expect
      .poll(async () => (await call<Design>(author, 'library.get', { id })).outcomes[0]!.statement)
      .not.toBe(improved);
    const revisions = await call<{ id: number; title: string }[]>(author, 'library.revisions', { id });
    const kept = await Promise.all(
      revisions.map((r) => call<Design>(author, 'library.getRevision', { revisionId: r.id })),
    );
    expect(kept.some((design) => design.outcomes[0]!.statement === improved)).toBe(true);
    expect(problems).toEqual([]);
  }, 120_000);

  it('restores an earlier version, duplicates, moves to the trash and restores from it', async () => {
    const server = await start(library());
    const page = await newPage(1024, 768);
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Start with “Challenge as theme”' }).click();
    const title = page.getByRole('textbox', { name: 'Design title' });
    await title.fill('Heat plan A');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved. A revision is kept in your library.').waitFor();
    await title.fill('Heat plan B');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: /All designs/ }).click();

    await page.getByRole('button', { name: 'History: Heat plan B' }).click();
    const history = page.getByRole('dialog', { name: 'History of “Heat plan B”' });
    const planA = history.locator('.revision').filter({ hasText: 'Heat plan A' }).first();
    await planA.getByRole('button', { name: /^Compare with current: / }).click();
    await expect.poll(() => planA.textContent()).toMatch(/was “Heat plan A”, now “Heat plan B”/);
    await screenshot(page, 'no-loss-history');
    await planA.getByRole('button', { name: /^Restore: / }).click();
    await history.getByRole('button', { name: 'Close' }).click();
    const yours = page.getByRole('region', { name: 'Your designs' });
    await yours.getByRole('button', { name: /^Heat plan A/ }).waitFor();

    await page.getByRole('button', { name: 'Duplicate: Heat plan A' }).click();
    await yours.getByRole('button', { name: /^Heat plan A \(copy\)/ }).waitFor();
    await page.getByRole('button', { name: 'Move to trash: Heat plan A (copy)' }).click();
    await expect.poll(() => yours.getByRole('button', { name: /^Heat plan A \(copy\)/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Trash (1)' }).click();
    await screenshot(page, 'no-loss-trash');
    await page.getByRole('button', { name: 'Restore: Heat plan A (copy)' }).click();
    await page.getByRole('button', { name: 'Your designs' }).click();
    await yours.getByRole('button', { name: /^Heat plan A \(copy\)/ }).waitFor();
    const designs = await call<{ title: string }[]>(server, 'library.list');
    expect(designs.map((d) => d.title).sort()).toEqual(['Heat plan A', 'Heat plan A (copy)']);
    expect(problems).toEqual([]);
  });

  it('at 1024 px the checks stay in view, rubric fields have visible borders, dropdowns show whole labels', async () => {
    const server = await start(library());
    const page = await newPage(1024, 768);
    await page.goto(server.url);
    await page.getByRole('region', { name: 'Examples' }).getByRole('button').first().click();
    const notCut = () =>
      page.evaluate(() => {
        const canvas = document.createElement('canvas').getContext('2d')!;
        return [...document.querySelectorAll<HTMLSelectElement>('.step-main select')].flatMap((select) => {
          const style = getComputedStyle(select);
          canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const text = select.selectedOptions[0]?.textContent ?? '';
          const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
          return canvas.measureText(text).width > room ? [text] : [];
        });
      });
    for (const step of ['Competences', 'Learning journey', 'Assessment', 'Micro-credential details']) {
      await goToStep(page, step);
      expect(await notCut(), step).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), step).toBe(true);
    }
    await goToStep(page, 'Assessment');
    // Scrolled far down a long step, the checks are still on screen.
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(200);
    const panel = await page.locator('.checks-panel').boundingBox();
    expect(panel!.x + panel!.width).toBeLessThanOrEqual(1024);
    expect(panel!.y).toBeGreaterThanOrEqual(0);
    expect(panel!.y).toBeLessThan(768 / 2);
    // Rubric level names and points: a border that stands out from the field (3:1), without hovering.
    const contrast = await page
      .locator('.rubric-table thead input')
      .first()
      .evaluate((input) => {
        const luminance = (color: string) => {
          const [r, g, b] = color
            .match(/\d+/g)!
            .slice(0, 3)
            .map((v) => Number(v) / 255);
          const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
          return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
        };
        const style = getComputedStyle(input);
        const [a, b] = [luminance(style.borderTopColor), luminance(style.backgroundColor)].sort((x, y) => y - x);
        return (a! + 0.05) / (b! + 0.05);
      });
    expect(contrast).toBeGreaterThanOrEqual(3);
    // What the person sees (not the whole page): the step scrolled far down, the checks beside it.
    await page.screenshot({ path: join(SCREENSHOTS, 'no-loss-1024-checks-in-view.png') });
  });
});
