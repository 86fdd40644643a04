import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxText, pdfContains, poppler } from '../helpers/exported';
import { goToStep, screenshot } from './harness';
import { useServedChromium } from './served-chromium';

const PARTNER = 'Quartier Nord Residents’ Association';
const OUTCOMES = [
  ['Analyse how heat exposure differs between streets of the Quartier Nord using open data', 'analyse'],
  ['Co-design three cooling measures with residents and justify their priority', 'create'],
  ['Evaluate the feasibility of the measures against the municipal heat plan', 'evaluate'],
  ['Communicate the proposal to the association in a public presentation', 'apply'],
] as const;
const PHASES_OF_ACTIVITIES = ['Engage', 'Engage', 'Investigate', 'Investigate', 'Investigate', 'Act', 'Act', 'Act'];

const errorsCount = async (page: Page) =>
  Number((await page.locator('.checks-panel .readiness .muted').textContent())!.match(/(\d+) errors?/)![1]);

async function download(page: Page, button: Locator): Promise<Uint8Array> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return new Uint8Array(readFileSync((await file.path())!));
}

describe('the walkthrough in Chromium', () => {
  const app = useServedChromium();
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    page = await app.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  });

  it('builds a complete civic-partnership design by typing and clicking, reaches zero errors, and exports it', async () => {
    await page.goto(app.served.url);
    await page.getByRole('button', { name: 'Start with “Challenge as civic partnership”' }).click();
    await page.getByRole('textbox', { name: 'Design title' }).fill('Cool Streets with Quartier Nord');

    // Challenge: statement, two SDG targets, the partner.
    await goToStep(page, 'Challenge');
    await page.getByRole('textbox', { name: 'Big idea' }).fill('Heat in the city');
    await page
      .getByRole('textbox', { name: 'Essential question' })
      .fill('How can a neighbourhood stay liveable in a heatwave?');
    await page
      .getByRole('textbox', { name: 'Challenge statement' })
      .fill('Co-design with the residents of Quartier Nord three measures that cool their streets by summer 2027.');
    await page.getByRole('button', { name: /^11 / }).click();
    await page.getByRole('button', { name: /^13 / }).click();
    await page.getByRole('checkbox', { name: /^11\.6 / }).check();
    await page.getByRole('checkbox', { name: /^13\.1 / }).check();
    await page.getByRole('textbox', { name: 'Organisation of the challenge owner' }).fill(PARTNER);
    await page.getByRole('combobox', { name: 'Type of organisation' }).selectOption({ label: 'NGO' });
    await page
      .getByRole('textbox', { name: 'Their role in the course' })
      .fill('Brings the challenge, hosts field visits and gives feedback on the proposal.');
    for (const aspect of ['time', 'data', 'intellectual property', 'ethics'])
      await page
        .getByRole('textbox', { name: `Agreement: ${aspect}` })
        .fill(`Agreed ${aspect} terms, signed in week 1.`);
    await page
      .getByRole('textbox', { name: 'What the team delivers to the owner' })
      .fill('A costed proposal of three cooling measures.');

    // Four competences from the frameworks.
    await goToStep(page, 'Competences');
    for (const [framework, query] of [
      ['greencomp', 'systems thinking'],
      ['greencomp', 'collective action'],
      ['entrecomp', 'creativity'],
      ['lifecomp', 'collaboration'],
    ] as const) {
      await page.getByRole('combobox', { name: 'Framework' }).selectOption(framework);
      await page.getByRole('textbox', { name: 'Search competences' }).fill(query);
      await page.locator('.framework-result').first().getByRole('button', { name: /^Add / }).click();
    }
    await expect.poll(() => page.getByRole('heading', { name: 'Chosen: 4 competences' }).count()).toBe(1);

    // Four outcomes, each with a Bloom level, a competence and an SDG target.
    await goToStep(page, 'Learning outcomes');
    for (const [index, [statement, bloom]] of OUTCOMES.entries()) {
      await page.getByRole('button', { name: 'Add a learning outcome' }).click();
      const card = page.getByRole('region', { name: `Outcome ${index + 1}` });
      await card.getByRole('textbox', { name: 'Statement' }).fill(statement);
      await card.getByRole('combobox', { name: 'Bloom level' }).selectOption(bloom);
      await card.getByRole('combobox', { name: 'EQF domain' }).selectOption('skills');
      await card.locator('.link-checklist').first().getByRole('checkbox').nth(index).check();
      await card.getByRole('checkbox', { name: index % 2 ? /^13\.1 / : /^11\.6 / }).check();
    }

    // Eight activities across Engage, Investigate and Act, each practising an outcome.
    await goToStep(page, 'Learning journey');
    await page.getByRole('radio', { name: 'By phase' }).check();
    for (const [index, phase] of PHASES_OF_ACTIVITIES.entries()) {
      await page.getByRole('button', { name: `Add an activity to ${phase}` }).click();
      const card = page.getByRole('region', { name: phase }).locator('.item-card').last();
      await card.getByRole('textbox', { name: 'Title' }).fill(`${phase} activity ${index + 1}`);
      await card.getByRole('textbox', { name: 'Guided hours' }).fill('6');
      await card.getByRole('textbox', { name: 'Self-study hours' }).fill('3');
      if (index % 3 === 2) await card.getByRole('checkbox', { name: /reflect on or document/ }).check();
      await card
        .getByRole('checkbox', { name: /^LO/ })
        .nth(index % 4)
        .check();
    }
    await screenshot(page, 'walkthrough-journey');

    // Three summative assessments (40 + 40 + 20), the partner among the assessors, with a rubric.
    await goToStep(page, 'Assessment');
    for (const [index, [title, weight]] of (
      [
        ['Heat map and analysis', '40'],
        ['Co-designed proposal', '40'],
        ['Presentation to the association', '20'],
      ] as const
    ).entries()) {
      await page.getByRole('button', { name: 'Add an assessment' }).click();
      const card = page.locator('.item-card').nth(index);
      await card.getByRole('textbox', { name: 'Title' }).fill(title);
      await card.getByRole('textbox', { name: 'Weight (%)' }).fill(weight);
      await card.getByRole('textbox', { name: 'Learner hours' }).fill('4');
      await card.getByRole('checkbox', { name: 'challenge owner' }).check();
      for (const outcome of index === 0 ? [0, 2] : index === 1 ? [1, 2] : [3])
        await card.getByRole('checkbox', { name: new RegExp(`^LO${outcome + 1} `) }).check();
      await card.getByRole('button', { name: 'Create a rubric with four levels' }).click();
      await card.getByRole('textbox', { name: 'Criterion 1', exact: true }).fill('Quality of evidence');
      await card
        .getByRole('textbox', { name: 'Quality of evidence at level Excellent' })
        .fill('Evidence is complete and well argued.');
    }
    await expect.poll(() => page.getByText('Summative weights add up to 100 %').count()).toBe(1);
    await screenshot(page, 'walkthrough-assessment');

    // The Annex I elements left.
    await goToStep(page, 'Micro-credential details');
    await page.getByRole('button', { name: 'Add an awarding body' }).click();
    await page.getByRole('textbox', { name: 'Name of awarding body 1' }).fill('Université de Lille');
    await page.getByRole('textbox', { name: 'Country or region of the issuer' }).fill('FR, BE');
    await page.getByRole('textbox', { name: 'ECTS credits' }).fill('4');
    await page.getByRole('combobox', { name: 'EQF level' }).selectOption('6');
    await page.getByRole('combobox', { name: 'Form of participation' }).selectOption('blended');
    await page.getByRole('textbox', { name: 'Type of quality assurance' }).fill('Internal QA of the faculty.');

    await expect.poll(() => errorsCount(page), { timeout: 5000 }).toBe(0);

    // Review and export: the proposal as DOCX and PDF, parsed back.
    await goToStep(page, 'Review and export');
    await expect.poll(() => page.getByText('No errors left: the design can go to approval.').count()).toBe(1);
    await screenshot(page, 'walkthrough-review');
    const docx = await download(page, page.getByRole('button', { name: 'Export the Approval proposal as DOCX' }));
    const pdf = await download(page, page.getByRole('button', { name: 'Export the Approval proposal as PDF' }));
    const docxContent = docxText(docx);
    const pdfContent = poppler('pdftotext', pdf);
    for (const [statement] of OUTCOMES) {
      expect(docxContent).toContain(statement);
      expect(pdfContains(pdfContent, statement), statement).toBe(true);
    }
    expect(docxContent).toContain(PARTNER);
    expect(pdfContains(pdfContent, PARTNER)).toBe(true);
    expect(problems).toEqual([]);
  }, 240_000);

  it('shows a broken alignment within a second, and the finding focuses the field', async () => {
    page = await app.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(app.served.url);
    await page.getByRole('region', { name: 'Examples' }).getByRole('button').first().click();
    await goToStep(page, 'Assessment');
    await expect.poll(() => errorsCount(page)).toBe(0);
    // Unlink the first outcome from every summative assessment.
    const summativeColumns = await page
      .locator('.alignment-table thead th')
      .evaluateAll((headers) => headers.map((header) => /summative/i.test(header.textContent ?? '')));
    const rowButtons = page.locator('.alignment-table tbody tr').first().locator('td button');
    for (let column = 0; column < (await rowButtons.count()); column++) {
      const pressed = (await rowButtons.nth(column).getAttribute('aria-pressed')) === 'true';
      if (pressed && summativeColumns[column + 1]) await rowButtons.nth(column).click();
    }
    // The checks run on every edit: the error is there at once (waitFor gives it at most a second).
    const finding = page.locator('.checks-panel .finding-error').first();
    await finding.waitFor({ timeout: 1000 });
    await expect(finding.textContent()).resolves.toMatch(/summative/i);
    await finding.getByRole('button').click();
    await expect.poll(() => page.getByRole('heading', { name: 'Learning outcomes', level: 2 }).count()).toBe(1);
    // The outcomes step loads on first visit; focus lands on the outcome once it is on screen.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-field') ?? ''))
      .toMatch(/^outcomes\[[^\]]+\]/);
    await screenshot(page, 'walkthrough-broken-alignment');
  });

  it('reorders activities with the keyboard alone (dnd-kit keyboard sensor)', async () => {
    page = await app.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(app.served.url);
    await page.getByRole('region', { name: 'Examples' }).getByRole('button').first().click();
    await goToStep(page, 'Learning journey');
    const group = page
      .locator('.journey-group')
      .filter({ has: page.locator('.item-card').nth(1) })
      .first();
    const titles = () => group.locator('.item-card h3').allTextContents();
    const before = await titles();
    await group
      .getByRole('button', { name: /^Drag activity/ })
      .first()
      .focus();
    // Pick up, move one place down, drop; a person takes a moment between keys, and so do we.
    for (const key of ['Space', 'ArrowDown', 'Space']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(250);
    }
    await expect.poll(titles).toEqual([before[1], before[0], ...before.slice(2)]);
    // The move is an edit like any other: undo puts it back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(titles).toEqual(before);
  });
});
