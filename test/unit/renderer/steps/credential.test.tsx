// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CredentialStep } from '../../../../renderer/steps/credential/CredentialStep';
import { parseCountries } from '../../../../renderer/steps/credential/countries';
import { sampleDesign } from '../../../helpers/designs';
import { renderStep } from '../../../helpers/render-step';

const countries = () => screen.getByRole('textbox', { name: 'Country or region of the issuer' });

function renderWithCountries(list: string[]) {
  const design = sampleDesign();
  design.credential.countries = list;
  return renderStep(<CredentialStep />, design);
}

describe('parseCountries', () => {
  it('reads two-letter codes separated by commas, semicolons or spaces', () => {
    expect(parseCountries('fr, RO; el  fr')).toEqual(['FR', 'RO', 'EL']);
    expect(parseCountries('')).toEqual([]);
  });

  it('rejects anything that is not a two-letter code', () => {
    expect(parseCountries('France')).toBeNull();
    expect(parseCountries('FR, R')).toBeNull();
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
    const ects = screen.getByRole('spinbutton', { name: 'ECTS credits' });
    await user.type(ects, '6');
    expect(design().credential.ects).toBe(6);
    await user.clear(ects);
    expect(design().credential.ects).toBeNull();
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

  it('sets the EQF level as a number', async () => {
    const { user, design } = renderStep(<CredentialStep />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'EQF level' }), 'EQF level 6');
    expect(design().credential.eqfLevel).toBe(6);
  });
});
