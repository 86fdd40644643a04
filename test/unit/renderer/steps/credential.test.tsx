// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CredentialStep } from '../../../../renderer/steps/credential/CredentialStep';
import { FIELD_RULES } from '../../../../renderer/components/field-rules';
import { sampleDesign } from '../../../helpers/designs';
import { renderStep } from '../../../helpers/render-step';
import { useDesignStore } from '../../../../renderer/state/design-store';

const countries = () => screen.getByRole('textbox', { name: 'Country or region of the issuer' });

function renderWithCountries(list: string[]) {
  const design = sampleDesign();
  design.credential.countries = list;
  return renderStep(<CredentialStep />, design);
}

describe('the country list field rule', () => {
  const read = (text: string) => FIELD_RULES.countryList.safeParse(text);
  it('reads two-letter codes separated by commas, semicolons or spaces', () => {
    expect(read('fr, RO; el  fr').data).toEqual(['FR', 'RO', 'EL']);
    expect(read('').data).toEqual([]);
  });

  it('rejects anything that is not a two-letter code', () => {
    expect(read('France').success).toBe(false);
    expect(read('FR, R').success).toBe(false);
  });
});

describe('CredentialStep', () => {
  it('sets the language the design and its documents are written in', async () => {
    const { user, design } = renderStep(<CredentialStep />);
    const language = screen.getByRole('combobox', { name: 'Language of the design' });
    const options = [...language.querySelectorAll('option')].map((option) => option.textContent);
    expect(options).toEqual(expect.arrayContaining(['English', 'Romanian — română', 'German — Deutsch']));
    await user.selectOptions(language, 'ro');
    expect(design().language).toBe('ro');
  });

  it('keeps a language the catalog does not cover selectable, as the file has it', () => {
    const design = sampleDesign();
    design.language = 'el';
    renderStep(<CredentialStep />, design);
    const language = screen.getByRole('combobox', { name: 'Language of the design' }) as HTMLSelectElement;
    expect(language.value).toBe('el');
    expect(language.selectedOptions[0]!.textContent).toBe('Greek — Ελληνικά');
  });

  it('stores typed country codes in upper case', async () => {
    const { user, design } = renderWithCountries(['DE']);
    await user.clear(countries());
    await user.type(countries(), 'fr, ro');
    expect(design().credential.countries).toEqual(['DE']); // stored when the field is left
    await user.tab();
    expect(design().credential.countries).toEqual(['FR', 'RO']);
    expect(countries().getAttribute('aria-invalid')).toBeNull();
  });

  it('keeps the last valid list when a country name is typed letter by letter', async () => {
    const { user, design } = renderWithCountries(['DE', 'RO']);
    await user.clear(countries());
    await user.type(countries(), 'France'); // "Fr" on the way is a valid code: it must not be stored
    await user.tab();
    expect(countries()).toHaveProperty('value', 'France');
    expect(countries().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Use two-letter country codes separated by commas/)).toBeTruthy();
    expect(design().credential.countries).toEqual(['DE', 'RO']);
  });

  it('stores the ECTS credits as a number', async () => {
    const { user, design } = renderStep(<CredentialStep />);
    const ects = screen.getByRole('textbox', { name: 'ECTS credits' });
    await user.type(ects, '6');
    expect(design().credential.ects).toBe(6);
    await user.clear(ects);
    expect(design().credential.ects).toBeNull();
  });

  it('reads "2,5" ECTS as two and a half, and keeps the text as typed', async () => {
    const { user, design } = renderStep(<CredentialStep />);
    const ects = screen.getByRole('textbox', { name: 'ECTS credits' });
    await user.type(ects, '2,5');
    expect(design().credential.ects).toBe(2.5);
    expect(ects).toHaveProperty('value', '2,5');
    expect(ects.getAttribute('aria-invalid')).toBeNull();
  });

  it('refuses 150 ECTS with the allowed range, keeps every character and the previous value', async () => {
    const design4 = sampleDesign();
    design4.credential.ects = 4;
    const { user, design } = renderStep(<CredentialStep />, design4);
    const ects = screen.getByRole('textbox', { name: 'ECTS credits' });
    await user.clear(ects);
    await user.type(ects, '15');
    expect(design().credential.ects).toBe(15); // valid on the way
    await user.type(ects, '0');
    expect(ects).toHaveProperty('value', '150');
    expect(ects.getAttribute('aria-invalid')).toBe('true');
    expect(design().credential.ects).toBe(4);
    const message = document.getElementById(ects.getAttribute('aria-describedby')!.split(' ').at(-1)!)!;
    expect(message.textContent).toBe('150 is more than 120. Enter a number from 0 to 120.');
  });

  it('refuses "1,500" as ambiguous and says how to write either reading', async () => {
    const { user, design } = renderStep(<CredentialStep />);
    const ects = screen.getByRole('textbox', { name: 'ECTS credits' });
    await user.type(ects, '1,500');
    expect(ects.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/could be read as 1500 or as 1\.5/)).toBeTruthy();
    expect(design().credential.ects).toBeNull(); // "1,5" was valid on the way; the design goes back
  });

  it('shows the design value again after an undo', async () => {
    const { user, design } = renderStep(<CredentialStep />);
    const ects = screen.getByRole('textbox', { name: 'ECTS credits' });
    await user.type(ects, '4');
    expect(design().credential.ects).toBe(4);
    useDesignStore.getState().update((d) => void (d.credential.ects = 3.5));
    await vi.waitFor(() => expect(ects).toHaveProperty('value', '3.5'));
  });

  it('adds an awarding body and stores its name, country and website', async () => {
    const { user, design } = renderStep(<CredentialStep />);
    await user.click(screen.getByRole('button', { name: 'Add an awarding body' }));
    expect(design().credential.awardingBodies).toHaveLength(2);

    await user.type(screen.getByRole('textbox', { name: 'Name of awarding body 2' }), 'Université Paris Cité');
    const [, country] = screen.getAllByRole('textbox', { name: 'Country code' });
    await user.type(country!, 'fr');
    await user.tab();
    const [, website] = screen.getAllByRole('textbox', { name: 'Website' });
    await user.type(website!, 'https://u-paris.fr');
    expect(design().credential.awardingBodies[1]).toMatchObject({
      name: 'Université Paris Cité',
      country: 'FR',
      url: 'https://u-paris.fr',
    });
  });

  it('an incomplete website address does not reach the design', async () => {
    const { user, design } = renderStep(<CredentialStep />);
    const website = screen.getByRole('textbox', { name: 'Website' });
    await user.type(website, 'www.example.org');
    expect(website.getAttribute('aria-invalid')).toBe('true');
    expect(design().credential.awardingBodies[0]!.url).toBe('');
  });

  it('adds and removes authors', async () => {
    const { user, design } = renderStep(<CredentialStep />);
    await user.click(screen.getByRole('button', { name: 'Add an author' }));
    await user.type(screen.getByRole('textbox', { name: 'Name of author 2' }), 'Jan Novák');
    expect(design().authors.map((a) => a.name)).toEqual(['Ana Pop', 'Jan Novák']);
    await user.click(screen.getByRole('button', { name: 'Remove Ana Pop' }));
    expect(design().authors.map((a) => a.name)).toEqual(['Jan Novák']);
  });

  it('asks about supervision once: per assessment; here it shows what the assessments say', async () => {
    const withSupervision = sampleDesign();
    withSupervision.assessments[0]!.supervision = 'supervised-onsite-id';
    withSupervision.credential.supervision = 'unsupervised-no-id'; // from an older file
    const { user, design } = renderStep(<CredentialStep />, withSupervision);
    expect(screen.queryByRole('combobox', { name: /supervision/i })).toBeNull();
    expect(screen.getByText(/Report:/).closest('li')!.textContent).toBe(
      'AS1 Report: supervised onsite, with identity verification',
    );
    expect(screen.getByText(/for the whole credential: unsupervised, no identity verification/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    expect(design().credential.supervision).toBeNull();
  });

  it('sets the EQF level as a number', async () => {
    const { user, design } = renderStep(<CredentialStep />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'EQF level' }), 'EQF level 6');
    expect(design().credential.eqfLevel).toBe(6);
  });
});
