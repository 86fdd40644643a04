import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText } from '../helpers/exported';
import { join } from 'node:path';
import { goToStep, launchChromium, SCREENSHOTS, seriousViolations, serve, type Served } from './harness';

const MINE = 'Analyse how heat exposure differs between two streets of the Quartier Nord, with open data';
const THEIRS = 'Analyse how heat exposure differs between the streets of Iași and Αθήνα using open data 🌡️';
const ADDED = 'Design a cooling route for a primary school with its pupils';
const TITLE = 'Urban Heat, staff week in Cluj';

async function download(page: Page, button: Locator): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return (await file.path())!;
}

/**
 * The staff week in Chromium: Ana shares the design as a file, Bo edits his copy on his own
 * laptop (another library), Ana edits hers meanwhile, then merges Bo's file in the app,
 * answers the one real conflict, compares, saves and exports.
 */
describe('merge a team member’s file in Chromium', () => {
  let ana: Served;
  let bo: Served;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    [ana, bo] = await Promise.all([serve(), serve()]);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([ana?.stop(), bo?.stop()]);
  });

  const newPage = async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    return page;
  };

  it('combines what does not conflict, asks once, keeps the chosen text and exports both sides’ changes', async () => {
    // Ana starts from an example and hands the file round.
    const page = await newPage();
    await page.goto(ana.url);
    await page.getByRole('region', { name: 'Examples' }).getByRole('button').first().click();
    await page.getByRole('textbox', { name: 'Design title' }).fill('Urban Heat, staff week');
    const shared = await download(page, page.getByRole('button', { name: 'Download design file' }));
    expect(JSON.parse(readFileSync(shared, 'utf8')).lineage.base).toMatch(/^sha256-/);

    // Bo, on his laptop: opens the file, rewrites outcome 1, adds an outcome, sends his file back.
    const boPage = await newPage();
    await boPage.goto(bo.url);
    await boPage.getByLabel('Open a design file (.cbld)').setInputFiles(shared);
    await goToStep(boPage, 'Learning outcomes');
    await boPage.getByRole('region', { name: 'Outcome 1' }).getByRole('textbox', { name: 'Statement' }).fill(THEIRS);
    await boPage.getByRole('button', { name: 'Add a learning outcome' }).click();
    const count = await boPage.locator('.item-card').count();
    await boPage
      .getByRole('region', { name: `Outcome ${count}` })
      .getByRole('textbox', { name: 'Statement' })
      .fill(ADDED);
    const boFile = await download(boPage, boPage.getByRole('button', { name: 'Download design file' }));

    // Ana, meanwhile: the same outcome differently, and the title.
    await goToStep(page, 'Learning outcomes');
    await page.getByRole('region', { name: 'Outcome 1' }).getByRole('textbox', { name: 'Statement' }).fill(MINE);
    await page.getByRole('textbox', { name: 'Design title' }).fill(TITLE);

    // Merge Bo's file.
    await page.getByRole('button', { name: 'Merge a team member’s file…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge a team member’s file' });
    await dialog.getByLabel('Choose design files…').setInputFiles({
      name: 'bo.cbld',
      mimeType: 'application/json',
      buffer: readFileSync(boFile),
    });
    await dialog.getByRole('heading', { name: '1 question' }).waitFor();
    await expect
      .poll(() => dialog.locator('.merge-base').textContent())
      .toMatch(/^Compared with the version your team agreed on/);
    // Bo's added outcome combined without asking; the title is Ana's.
    await expect.poll(() => dialog.locator('.merge-combined').textContent()).toBe('1 change comes into your version.');
    await expect.poll(() => dialog.locator('.merge-chips').nth(1).textContent()).toBe('Learning outcomes: 1 change');
    const question = dialog.getByRole('group', { name: /^1\. Learning outcomes › / });
    await expect
      .poll(() => question.locator('.merge-option-value').allTextContents())
      .toEqual([MINE, THEIRS, `${MINE}\n\n${THEIRS}`]);
    expect(await question.getByRole('radio', { name: /^Mine/ }).isChecked()).toBe(true);
    expect(await question.textContent()).toMatch(/bo\.cbld, last edited/);
    expect(await seriousViolations(page)).toEqual([]);
    // The dialog as people see it (the README's picture is taken from this one).
    await page.screenshot({ path: join(SCREENSHOTS, 'merge-dialog.png') });

    // Keyboard: from "Mine", the arrow key picks "Theirs".
    await question.getByRole('radio', { name: /^Mine/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => question.getByRole('radio', { name: /^Theirs/ }).isChecked()).toBe(true);
    await expect.poll(() => question.locator('.merge-option-chosen .merge-option-value').textContent()).toBe(THEIRS);

    // An answer is not something combined without asking.
    expect(await dialog.locator('.merge-combined').textContent()).toBe('1 change comes into your version.');

    // Compare the result with Bo's copy: it gains Ana's title.
    await dialog
      .getByRole('combobox', { name: 'What the merged design changes in' })
      .selectOption({ label: 'bo.cbld' });
    await expect.poll(() => dialog.locator('.merge-compare').textContent()).toContain(TITLE);
    await dialog.locator('.merge-compare').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'merge-dialog-compare.png') });
    expect(await seriousViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Save merged design' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(/^Merged bo\.cbld into your design\./).waitFor();

    // The editor holds the merge, and nothing stale autosaves over it.
    expect(await page.getByRole('textbox', { name: 'Design title' }).inputValue()).toBe(TITLE);
    await goToStep(page, 'Learning outcomes');
    expect(
      await page.getByRole('region', { name: 'Outcome 1' }).getByRole('textbox', { name: 'Statement' }).inputValue(),
    ).toBe(THEIRS);
    await page.waitForTimeout(1500);
    // The app reopens the design it was on after a reload: as the library has it.
    await page.reload();
    await goToStep(page, 'Learning outcomes');
    expect(
      await page.getByRole('region', { name: 'Outcome 1' }).getByRole('textbox', { name: 'Statement' }).inputValue(),
    ).toBe(THEIRS);

    // The export holds the chosen text and both sides' other changes.
    await goToStep(page, 'Review and export');
    const docx = await download(
      page,
      page.getByRole('button', { name: 'Export the Micro-credential specification as DOCX' }),
    );
    const text = docxText(new Uint8Array(readFileSync(docx)));
    expect(text).toContain(THEIRS);
    expect(text).not.toContain(MINE);
    expect(text).toContain(ADDED);
    expect(text).toContain(TITLE);
    expect(problems).toEqual([]);
  });
});
