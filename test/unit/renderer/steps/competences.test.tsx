// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CompetencesStep } from '../../../../renderer/steps/competences/CompetencesStep';
import { competenceLabel, searchFrameworks } from '../../../../renderer/steps/competences/competence-search';
import { createCustomCompetence } from '../../../../shared/model';
import { catalog } from '../../../helpers/catalog';
import { sampleDesign } from '../../../helpers/designs';
import { renderStep } from '../../../helpers/render-step';

const ESCO = 'http://data.europa.eu/esco/skill/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d';
const resultCount = () => screen.getByText(/competences? match/).textContent;
const customField = (label: string) => screen.getByRole('textbox', { name: label });

function renderWithCustom() {
  const design = sampleDesign();
  design.competences.push({ ...createCustomCompetence('Facilitation'), id: 'co-custom' });
  return renderStep(<CompetencesStep />, design);
}

describe('competence search', () => {
  const frameworks = catalog().frameworks;

  it('matches every word, ignoring case and accents, within one framework or all', () => {
    const hits = searchFrameworks(frameworks, null, 'SYSTÈMS thinking');
    expect(hits.map((hit) => hit.competence.id)).toContain('greencomp.2.1');
    expect(searchFrameworks(frameworks, 'cdc', 'systems thinking').map((hit) => hit.framework.id)).not.toContain(
      'greencomp',
    );
    expect(searchFrameworks(frameworks, 'greencomp', '')).toHaveLength(12);
  });

  it('labels framework competences with framework, code and title, custom ones with their title', () => {
    const design = sampleDesign();
    expect(competenceLabel(frameworks, design.competences[0]!)).toBe('GreenComp 2.1 Systems thinking');
    expect(competenceLabel(frameworks, createCustomCompetence('Facilitation'))).toBe('Facilitation');
  });
});

describe('CompetencesStep', () => {
  it('searching filters the list and updates the count', async () => {
    const { user } = renderStep(<CompetencesStep />);
    await user.selectOptions(screen.getByLabelText('Framework'), 'All frameworks');
    const before = resultCount();
    await user.type(screen.getByLabelText('Search competences'), 'systems');
    expect(resultCount()).not.toBe(before);
    const list = within(screen.getByRole('region', { name: 'Browse the frameworks' }));
    expect(list.getByText('Systems thinking')).toBeTruthy();
    expect(list.queryByText('Valuing sustainability')).toBeNull();
  });

  it('adding a framework competence stores it and marks it as added', async () => {
    const { user, design } = renderStep(<CompetencesStep />);
    await user.selectOptions(screen.getByLabelText('Framework'), 'GreenComp (suggested)');
    await user.click(screen.getByRole('button', { name: 'Add Critical thinking' }));
    expect(design().competences.map((c) => c.source)).toContainEqual({
      kind: 'framework',
      framework: 'greencomp',
      ref: 'greencomp.2.2',
      escoUri: '',
    });
    const added = screen.getByRole('button', { name: 'Critical thinking is already chosen' }) as HTMLButtonElement;
    expect(added.textContent).toBe('Added');
    expect(added.disabled).toBe(true);
    expect(screen.getByRole('heading', { name: 'Chosen: 2 competences' })).toBeTruthy();
  });

  it('removing a competence also removes the links outcomes had to it', async () => {
    const { user, design } = renderStep(<CompetencesStep />);
    expect(design().outcomes[0]!.competenceIds).toEqual(['co-1']);
    await user.click(screen.getByRole('button', { name: 'Remove GreenComp 2.1 Systems thinking' }));
    expect(design().competences).toEqual([]);
    expect(design().outcomes[0]!.competenceIds).toEqual([]);
  });

  it('adds a custom competence with a default title', async () => {
    const { user, design } = renderStep(<CompetencesStep />);
    await user.click(screen.getByRole('button', { name: 'Add a custom competence' }));
    expect(design().competences.at(-1)!.source).toEqual({
      kind: 'custom',
      title: 'New competence',
      description: '',
      escoUri: '',
    });
  });

  it('an invalid ESCO URI stays in the field only; a valid one reaches the design', async () => {
    const { user, design } = renderWithCustom();
    const esco = () => (design().competences[1]!.source as { escoUri: string }).escoUri;
    // Every competence has one (framework ones too); the custom competence is the last card.
    const field = screen.getAllByRole('textbox', { name: 'ESCO skill URI (optional)' }).at(-1)!;

    await user.type(field, ESCO);
    expect(esco()).toBe(ESCO);
    expect(field.getAttribute('aria-invalid')).toBeNull();

    await user.type(field, '-extra');
    expect(esco()).toBe(ESCO);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Not an ESCO skill URI yet/)).toBeTruthy();

    await user.clear(field);
    await user.type(field, 'http://example.com/skill/1');
    expect(esco()).toBe('');
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it('takes an ESCO skill for a framework competence too (credentials carry it)', async () => {
    const { user, design } = renderWithCustom();
    expect(design().competences[0]!.source.kind).toBe('framework');
    const field = screen.getAllByRole('textbox', { name: 'ESCO skill URI (optional)' })[0]!;
    expect(field.getAttribute('data-field')).toBe(`competences[${design().competences[0]!.id}].escoUri`);
    await user.type(field, ESCO);
    expect(design().competences[0]!.source.escoUri).toBe(ESCO);
  });

  it('clearing a custom title keeps the last title in the design', async () => {
    const { user, design } = renderWithCustom();
    const title = () => (design().competences[1]!.source as { title: string }).title;
    const field = customField('Competence title');
    await user.clear(field);
    expect(title()).toBe('Facilitation');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    await user.type(field, 'Moderation');
    expect(title()).toBe('Moderation');
  });

  it('sets the target level from the framework levels', async () => {
    const { user, design } = renderStep(<CompetencesStep />);
    await user.selectOptions(screen.getByLabelText('Target level'), 'advanced');
    expect(design().competences[0]!.targetLevel).toBe('advanced');
  });
});
