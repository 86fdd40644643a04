import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleFiles, loadDesign } from '../helpers/designs';
import { goToStep, screenshot } from './harness';
import { useServedChromium } from './served-chromium';

async function comment(page: Page, card: ReturnType<Page['locator']>, text: string): Promise<void> {
  await card.getByRole('button', { name: /^Comment on / }).click();
  await card.getByRole('textbox', { name: /^Your comment on / }).fill(text);
  await card.getByRole('button', { name: 'Add comment' }).click();
  await card.getByText(text).waitFor();
}

const COMMENTS = [
  'Outcome 1 needs an observable verb.',
  'Say how the partner takes part in this activity.',
  'Add a criterion on collaboration to this rubric.',
];

describe('coordinator review in Chromium', () => {
  const app = useServedChromium();
  let page: Page;

  beforeAll(async () => {
    page = await app.browser.newPage({ viewport: { width: 1400, height: 1000 } });
  });

  it('reviews read-only, comments, requests changes; the author sees and resolves; compare lists exactly that', async () => {
    await page.goto(app.served.url);
    await page.getByRole('checkbox', { name: 'Open as a reviewer (read-only)' }).check();
    await page.getByRole('region', { name: 'Examples' }).getByRole('button').first().click();
    await page.getByRole('region', { name: 'Reviewing: read-only.' }).waitFor();
    await page.getByRole('heading', { name: 'Review and export', level: 2 }).waitFor();
    await page.getByRole('textbox', { name: 'Your name' }).fill('Dr Ana Reviewer');

    // Typing changes nothing: not the title, not an outcome.
    const title = page.getByRole('textbox', { name: 'Design title' });
    const titleBefore = await title.inputValue();
    await title.click();
    await page.keyboard.type('XYZ');
    expect(await title.inputValue()).toBe(titleBefore);
    await goToStep(page, 'Learning outcomes');
    const outcome = page.getByRole('region', { name: 'Outcome 1' });
    const statement = outcome.getByRole('textbox', { name: 'Statement' });
    const statementBefore = await statement.inputValue();
    await statement.click();
    await page.keyboard.type('XYZ');
    await page.keyboard.press('Control+Z');
    expect(await statement.inputValue()).toBe(statementBefore);

    // Three comments on three kinds of item.
    await comment(page, outcome, COMMENTS[0]!);
    await goToStep(page, 'Learning journey');
    await comment(page, page.locator('.item-card').first(), COMMENTS[1]!);
    await goToStep(page, 'Assessment');
    await comment(page, page.locator('.item-card').first(), COMMENTS[2]!);

    // Request changes, and save.
    await goToStep(page, 'Review and export');
    await page.getByRole('combobox', { name: 'New status' }).selectOption('changes-requested');
    await page.getByRole('textbox', { name: 'Note for the team' }).fill('Three changes, then approval.');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText('3 comments, 3 open.').waitFor();
    await screenshot(page, 'review-decision');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved. A revision is kept in your library.').waitFor();

    // Reopen as the author: the decision is on the start screen, the comments next to their items.
    await page.getByRole('button', { name: /All designs/ }).click();
    const yours = page.getByRole('region', { name: 'Your designs' });
    await expect.poll(() => yours.locator('.design-row').first().textContent()).toContain('changes requested');
    await page.getByRole('checkbox', { name: 'Open as a reviewer (read-only)' }).uncheck();
    await yours.locator('.design-row').first().click();
    await goToStep(page, 'Learning outcomes');
    const thread = page
      .getByRole('region', { name: 'Outcome 1' })
      .getByRole('group', { name: 'Comments on Outcome 1' });
    await expect.poll(() => thread.textContent()).toContain(COMMENTS[0]);
    await expect.poll(() => thread.textContent()).toContain('Dr Ana Reviewer');
    await thread.getByRole('button', { name: 'Mark as resolved' }).click();
    await thread.getByRole('button', { name: 'Reopen' }).waitFor();
    await screenshot(page, 'review-author-comments');

    // Compare with the reviewer's saved version: exactly the resolved comment.
    await goToStep(page, 'Review and export');
    const versions = page.getByRole('combobox', { name: 'With a saved version' });
    await expect.poll(() => versions.locator('option').count()).toBeGreaterThan(1);
    const newestSave = await versions.locator('option').evaluateAll((options) =>
      // The reviewer's save, told apart from the others by who saved it.
      options.find((o) => o.textContent?.endsWith('· saved by Dr Ana Reviewer (reviewer)'))?.getAttribute('value'),
    );
    await versions.selectOption(newestSave!);
    const changes = page.locator('.changes');
    await changes.waitFor();
    await expect.poll(() => changes.locator('li').count()).toBe(1);
    await expect.poll(() => changes.textContent()).toContain('Comment resolved');
    await expect.poll(() => changes.textContent()).toContain(COMMENTS[0]);
    await screenshot(page, 'review-compare');
  }, 120_000);

  it('triages a batch of design files and opens one for review', async () => {
    page = await app.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(app.served.url);
    const triage = page.getByRole('region', { name: 'Review a batch of designs' });
    await triage.getByLabel('Choose design files…').setInputFiles(exampleFiles());
    const rows = triage.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(exampleFiles().length);
    for (const file of exampleFiles()) await expect.poll(() => triage.textContent()).toContain(loadDesign(file).title);
    await expect.poll(() => rows.first().textContent()).toMatch(/\d+ %/);
    await screenshot(page, 'review-triage');
    await rows
      .first()
      .getByRole('button', { name: /^Review / })
      .click();
    await page.getByRole('region', { name: 'Reviewing: read-only.' }).waitFor();
  });
});
