// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CredentialStep } from '../../../../renderer/steps/credential/CredentialStep';
import { OutcomesStep } from '../../../../renderer/steps/outcomes/OutcomesStep';
import { sampleDesign } from '../../../helpers/designs';
import { renderStep } from '../../../helpers/render-step';

const ESCO = 'http://data.europa.eu/esco/skill/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d';

/** The fields Europass needs where the walkthrough asks for them, each where its findings lead. */
describe('the Europass fields of the walkthrough', () => {
  it('picks ISCED-F subject areas from the Europass vocabulary, grouped by broad field, and removes one', async () => {
    const design = sampleDesign();
    design.credential.subjectAreas = [];
    const { user, design: current } = renderStep(<CredentialStep />, design);
    const picker = await screen.findByRole('combobox', { name: 'Subject area (ISCED-F)' });
    expect(picker.getAttribute('data-field')).toBe('credential.subjectAreas');
    await screen.findByRole('option', { name: /0521 Environmental sciences/ });
    expect(within(picker).getByRole('group', { name: '05 Natural sciences, mathematics and statistics' })).toBeTruthy();
    await user.selectOptions(picker, '0521');
    await user.selectOptions(picker, '0588');
    expect(current().credential.subjectAreas).toEqual(['0521', '0588']);
    // What is chosen is no longer offered.
    expect(within(picker).queryByRole('option', { name: /0521 Environmental sciences/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: /^Remove 0521/ }));
    expect(current().credential.subjectAreas).toEqual(['0588']);
  });

  it('sets the learning setting, formal or non-formal', async () => {
    const design = sampleDesign();
    design.credential.learningSetting = null;
    const { user, design: current } = renderStep(<CredentialStep />, design);
    const select = screen.getByRole('combobox', { name: 'Learning setting' });
    expect(select.getAttribute('data-field')).toBe('credential.learningSetting');
    await user.selectOptions(select, 'non-formal');
    expect(current().credential.learningSetting).toBe('non-formal');
  });

  it('takes the offering’s web page and the country of its place, only when valid', async () => {
    const design = sampleDesign();
    design.offering.homepage = '';
    design.offering.locationCountry = '';
    const { user, design: current } = renderStep(<CredentialStep />, design);
    const homepage = screen.getByRole('textbox', { name: 'Web page of the offering' });
    expect(homepage.getAttribute('data-field')).toBe('credential.offering.homepage');
    await user.type(homepage, 'https://example.org/course');
    expect(current().offering.homepage).toBe('https://example.org/course');
    const country = screen.getByRole('textbox', { name: 'Country of the place' });
    await user.type(country, 'it');
    await user.tab();
    expect(current().offering.locationCountry).toBe('IT');
    await user.clear(homepage);
    await user.type(homepage, 'ftp://example.org');
    // Not a web address: the text stays in the field with the reason, the design keeps the last valid one.
    expect(current().offering.homepage).toBe('');
    expect(homepage.getAttribute('aria-invalid')).toBe('true');
  });

  it('takes an ESCO skill per outcome', async () => {
    const design = sampleDesign();
    const { user, design: current } = renderStep(<OutcomesStep />, design);
    const field = screen.getAllByRole('textbox', { name: 'ESCO skill URI (optional)' })[0]!;
    expect(field.getAttribute('data-field')).toBe(`outcomes[${design.outcomes[0]!.id}].escoUri`);
    await user.clear(field);
    await user.type(field, ESCO);
    expect(current().outcomes[0]!.escoUri).toBe(ESCO);
  });
});
