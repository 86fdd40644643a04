import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, seriousViolations, type Served } from './harness';
import { useServedChromium } from './served-chromium';

/**
 * Issue 20 in Chromium: the pathway screen of the three examples (totals, coverage, both
 * document formats), the workshop timer (advances, survives a reload) and the presentation
 * view of an example at projector size (keyboard only, axe clean, screenshots in docs/images).
 */

const DOCS_IMAGES = join(import.meta.dirname, '..', '..', 'docs', 'images');

async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

async function openExample(page: Page, served: Served, title: RegExp): Promise<void> {
  await page.goto(served.url);
  await page.getByRole('heading', { name: 'Start a new design' }).waitFor();
  await page.getByRole('region', { name: 'Examples' }).getByRole('button', { name: title }).click();
  await page.getByRole('navigation', { name: 'Steps' }).first().waitFor();
}

describe('pathways, workshop mode and presentation in Chromium', () => {
  const app = useServedChromium();

  it('the pathway of the three examples shows totals, coverage and checks, and exports DOCX and PDF', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(app.served.url);
    await page.getByRole('button', { name: 'Example pathway: the three examples' }).click();
    await page.getByRole('heading', { name: 'Totals' }).waitFor();
    const totals = page.getByRole('region', { name: 'Totals' });
    await expect.poll(() => totals.innerText()).toContain('12');
    expect(await totals.innerText()).toMatch(/ECTS credits\s*12\s*\/ 12/i);
    expect(await totals.innerText()).toMatch(/EQF levels of the parts\s*6, 7/i);
    expect(await totals.innerText()).toContain('334');
    // The coverage matrix: a row per competence, a column per part.
    const matrix = page.getByRole('table', { name: 'Competences: which part covers each' });
    expect(await matrix.getByRole('columnheader').allInnerTexts()).toEqual([
      'Competence',
      'Promised',
      'P1',
      'P2',
      'P3',
    ]);
    const systems = matrix.getByRole('row', { name: /GreenComp 2\.1 Systems thinking/ });
    expect(await systems.innerText()).toMatch(/●/);
    expect(await page.getByRole('region', { name: 'Pathway checks' }).innerText()).toContain('no findings');
    expect(await page.getByRole('region', { name: 'Overlaps' }).innerText()).toContain('GreenComp 2.1');
    expect(await seriousViolations(page)).toEqual([]);

    // A change shows at once: an elective part and a higher target make the checks speak.
    await page.getByRole('checkbox', { name: 'Core part (every learner takes it)' }).first().uncheck();
    await page.getByRole('textbox', { name: 'Target ECTS credits' }).fill('15');
    const checks = page.getByRole('region', { name: 'Pathway checks' });
    await expect.poll(() => checks.innerText()).toContain('15');
    await page.getByRole('textbox', { name: 'Target ECTS credits' }).fill('12');
    await page.getByRole('checkbox', { name: 'Core part (every learner takes it)' }).first().check();
    await expect.poll(() => checks.innerText()).toContain('no findings');

    mkdirSync(DOCS_IMAGES, { recursive: true });
    await page.getByRole('heading', { name: 'Totals' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(DOCS_IMAGES, 'ui-pathway.png') });
    await screenshot(page, 'pathway');

    const docx = await download(page, page.getByRole('button', { name: 'Pathway document (DOCX)' }));
    expect(docx.name).toMatch(/^cities-in-transition.*-pathway\.docx$/);
    expect(docx.bytes.subarray(0, 2).toString()).toBe('PK');
    const pdf = await download(page, page.getByRole('button', { name: 'Pathway document (PDF)' }));
    expect(pdf.name).toMatch(/-pathway\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.bytes.toString('latin1')).toContain('Cities in Transition');
    const elm = await download(page, page.getByRole('button', { name: 'Europass file (ELM JSON-LD)' }));
    const document = JSON.parse(elm.bytes.toString('utf8')) as {
      learningAchievementSpecification: { hasPart: unknown[] };
    };
    expect(document.learningAchievementSpecification.hasPart).toHaveLength(3);
    const file = await download(page, page.getByRole('button', { name: 'Download pathway file' }));
    expect(JSON.parse(file.bytes.toString('utf8'))).toMatchObject({ type: 'pathway', schemaVersion: 1 });
    await page.close();
  });

  it('a malformed pathway file is refused with a sentence that says what is wrong', async () => {
    const page = await app.browser.newPage();
    await page.goto(app.served.url);
    await page.getByLabel('Choose a pathway file (.cbpath)').setInputFiles({
      name: 'broken.cbpath',
      mimeType: 'application/json',
      buffer: Buffer.from('{"schemaVersion": 1, "type": "pathway", "parts": ['),
    });
    await expect.poll(() => page.locator('.notice').innerText()).toContain('broken.cbpath could not be opened');
    await page.close();
  });

  it('the workshop timer advances, moves to the next block and survives a reload', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.clock.install();
    // A design of one's own (an example joins the library only once changed): a reload reopens it.
    await page.goto(app.served.url);
    await page.getByRole('button', { name: 'Start with “Challenge as method”' }).click();
    await page.getByRole('textbox', { name: 'Design title' }).fill('Workshop: Ταξίδι în București 🚲');
    await page.getByRole('button', { name: 'Workshop mode' }).click();
    const bar = page.getByRole('region', { name: 'Workshop timer' });
    const timer = bar.getByRole('timer');
    expect(await timer.innerText()).toBe('05:00');
    // Keyboard only: the Start button is reached and pressed from the keyboard.
    await bar.getByRole('button', { name: 'Start' }).focus();
    await page.keyboard.press('Enter');
    await page.clock.runFor(61_000);
    // The clock is redrawn once a second, so it shows 03:59 or the second before.
    expect(await timer.innerText()).toMatch(/^0(3:59|4:00)$/);
    expect(await page.getByRole('status').filter({ hasText: 'Now: Interpretation' }).count()).toBe(1);
    await page.screenshot({ path: join(DOCS_IMAGES, 'ui-workshop.png') });

    await page.reload();
    await page.getByRole('region', { name: 'Workshop timer' }).waitFor();
    await page.clock.runFor(1_000);
    // Still running, from the clock: about a minute used, and the time kept going.
    expect(await page.getByRole('region', { name: 'Workshop timer' }).getByRole('timer').innerText()).toMatch(
      /^03:5\d$/,
    );
    // The first block ends: the second starts by itself and its step opens.
    await page.clock.runFor(4 * 60_000);
    const after = page.getByRole('region', { name: 'Workshop timer' });
    expect(await after.innerText()).toMatch(/Block 2 of 8/i);
    await page.getByRole('heading', { name: 'Challenge', level: 2 }).waitFor();
    expect(await after.getByRole('timer').innerText()).toMatch(/^14:5\d$/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('the workshop plan is edited with the keyboard and a wrong number is refused with a message', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await openExample(page, app.served, /Circular Campus/);
    const bar = page.getByRole('region', { name: 'Workshop timer' });
    if (!(await bar.count())) await page.getByRole('button', { name: 'Workshop mode' }).click();
    await bar.getByRole('button', { name: 'Edit plan…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Workshop plan' });
    const first = dialog.getByRole('textbox', { name: 'Minutes' }).first();
    await first.fill('2,5');
    expect(await dialog.innerText()).toContain('Whole minutes from 1 to 480.');
    expect(await dialog.getByRole('button', { name: 'Use this plan' }).isDisabled()).toBe(true);
    await first.fill('10');
    expect(await dialog.innerText()).toContain('95 minutes in all');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Use this plan' }).click();
    expect(await bar.innerText()).toMatch(/95 min plan/i);
    await bar.getByRole('button', { name: 'End workshop' }).click();
    await page.close();
  });

  it('presents an example at 1280×720 with the keyboard alone, axe clean, one screenshot per screen', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await openExample(page, app.served, /Inclusive Mobility/);
    const present = page.getByRole('button', { name: 'Present' });
    await present.focus();
    await page.keyboard.press('Enter');
    const view = page.getByRole('dialog', { name: /Presentation of/ });
    await view.waitFor();
    const names = ['The challenge', 'Learning outcomes', 'Learning journey', 'Assessment', 'Alignment', 'Readiness'];
    const files = ['challenge', 'outcomes', 'journey', 'assessment', 'alignment', 'readiness'];
    for (const [index, name] of names.entries()) {
      await view.getByRole('heading', { name, level: 1 }).waitFor();
      // Nothing spills out of the screen: a projector shows no scroll bar anyone can use.
      const overflow = await page.evaluate(() => {
        const body = document.querySelector('.present-body')!;
        return body.scrollHeight - body.clientHeight;
      });
      expect(overflow, name).toBeLessThanOrEqual(1);
      expect(await seriousViolations(page), name).toEqual([]);
      await page.screenshot({ path: join(DOCS_IMAGES, `present-${files[index]}.png`) });
      await page.keyboard.press('ArrowRight');
    }
    // End stays on the last; Home goes back to the first; Escape leaves and gives focus back.
    await page.keyboard.press('ArrowRight');
    await view.getByRole('heading', { name: 'Readiness', level: 1 }).waitFor();
    await page.keyboard.press('Home');
    await view.getByRole('heading', { name: 'The challenge', level: 1 }).waitFor();
    await page.keyboard.press('End');
    await view.getByRole('heading', { name: 'Readiness', level: 1 }).waitFor();
    await page.keyboard.press('ArrowLeft');
    await view.getByRole('heading', { name: 'Alignment', level: 1 }).waitFor();
    await page.keyboard.press('Escape');
    await view.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Present');
    await page.close();
  });
});
