// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OutcomesStep } from '../../../../renderer/steps/outcomes/OutcomesStep';
import { outcomeFeedback, withVerb } from '../../../../renderer/steps/outcomes/outcome-feedback';
import type { DesignerApi } from '../../../../shared/api';
import { buildVerbIndex } from '../../../../shared/checks';
import { createFrameworkCompetence, createOutcome } from '../../../../shared/model';
import { catalog } from '../../../helpers/catalog';
import { sampleDesign } from '../../../helpers/designs';
import { renderStep } from '../../../helpers/render-step';

const verbs = buildVerbIndex(catalog().bloom);
const feedback = (statement: string, bloom: 'analyse' | 'create' | null = null) =>
  outcomeFeedback(createOutcome({ statement, bloom }), verbs);

describe('outcome feedback', () => {
  it('detects the opening action verb and its level', () => {
    expect(feedback('Analyse mobility data')).toMatchObject({ verb: 'analyse', detected: 'analyse', vague: null });
  });

  it('flags vague verbs', () => {
    expect(feedback('Understand the city').vague).toBe('understand');
    expect(feedback('Be aware of risks').vague).toBe('be aware of');
  });

  it('flags a chosen level that differs from the verb level', () => {
    expect(feedback('Analyse mobility data', 'create').mismatch).toBe(true);
    expect(feedback('Analyse mobility data', 'analyse').mismatch).toBe(false);
  });

  it('says nothing about an empty statement', () => {
    expect(feedback('   ')).toEqual({ verb: null, detected: null, vague: null, mismatch: false });
  });
});

describe('withVerb', () => {
  it('replaces a leading action verb', () => {
    expect(withVerb('describe the flows', 'analyse', verbs)).toBe('Analyse the flows');
  });

  it('prefixes a statement without an action verb', () => {
    expect(withVerb('The flows of data', 'analyse', verbs)).toBe('Analyse the flows of data');
  });

  it('replaces a vague opening instead of keeping it', () => {
    expect(withVerb('Understand the city', 'analyse', verbs)).toBe('Analyse the city');
    expect(withVerb('Be aware of heat risks', 'identify', verbs)).toBe('Identify heat risks');
  });

  it('starts an empty statement with the verb', () => {
    expect(withVerb('', 'evaluate', verbs)).toBe('Evaluate ');
  });

  it('puts the verb after a lead-in, not before it', () => {
    expect(withVerb('Students will be able to describe the flows', 'analyse', verbs)).toBe(
      'Students will be able to analyse the flows',
    );
    expect(withVerb('Students will be able to: the flows of data', 'analyse', verbs)).toBe(
      'Students will be able to: analyse the flows of data',
    );
    expect(withVerb('Students will be able to understand the city', 'analyse', verbs)).toBe(
      'Students will be able to analyse the city',
    );
  });

  it('German: replaces or adds the verb at the end, where German puts it', () => {
    const de = buildVerbIndex(catalog('de').bloom);
    expect(withVerb('Die Studierenden können Daten aus Feldstudien', 'analysieren', de)).toBe(
      'Die Studierenden können Daten aus Feldstudien analysieren',
    );
    expect(withVerb('Die Studierenden können Daten aus Feldstudien analysieren.', 'bewerten', de)).toBe(
      'Die Studierenden können Daten aus Feldstudien bewerten.',
    );
  });

  it('French: after “capable de”, with the elision the new verb needs', () => {
    const fr = buildVerbIndex(catalog('fr').bloom);
    expect(withVerb('L’étudiant sera capable d’analyser les flux', 'concevoir', fr)).toBe(
      'L’étudiant sera capable de concevoir les flux',
    );
    expect(withVerb('L’étudiant sera capable de concevoir les flux', 'analyser', fr)).toBe(
      'L’étudiant sera capable d’analyser les flux',
    );
    expect(withVerb('L’étudiant sera capable de : les flux', 'évaluer', fr)).toBe(
      'L’étudiant sera capable de : évaluer les flux',
    );
  });
});

describe('OutcomesStep', () => {
  const statement = () => screen.getByRole('textbox', { name: 'Statement' });

  async function retype(user: ReturnType<typeof renderStep>['user'], text: string) {
    await user.clear(statement());
    await user.type(statement(), text);
  }

  it('warns about a vague verb as the author types', async () => {
    const { user, design } = renderStep(<OutcomesStep />);
    await retype(user, 'Understand the city');
    expect(design().outcomes[0]!.statement).toBe('Understand the city');
    expect(screen.getByText(/“understand” is hard to observe or assess/)).toBeTruthy();
    expect(statement().getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the level of the opening verb', async () => {
    const { user } = renderStep(<OutcomesStep />);
    await retype(user, 'Evaluate transport policies');
    expect(screen.getByText(/Action verb “evaluate”: evaluate level\./)).toBeTruthy();
    expect(screen.getByText(/You chose analyse; check that the verb and the level agree\./)).toBeTruthy();
    await retype(user, 'Analyse transport policies');
    expect(screen.getByText('Action verb “analyse”: analyse level.')).toBeTruthy();
  });

  it('in a Romanian design, reads and suggests Romanian verbs while the UI stays English', async () => {
    const romanian = sampleDesign();
    romanian.language = 'ro';
    romanian.outcomes[0]!.statement = 'Explică fluxurile de mobilitate';
    romanian.outcomes[0]!.bloom = 'understand';
    const asked: string[] = [];
    const api = {
      'catalog.get': async ({ language }: { language: string }) => (asked.push(language), catalog(language)),
    } as unknown as DesignerApi;
    const { user, design } = renderStep(<OutcomesStep />, romanian, { api });
    expect(await screen.findByText('Action verb “explică”: understand level.')).toBeTruthy();
    expect(asked).toEqual(['ro']);
    await user.click(screen.getByRole('button', { name: 'Start the statement with “rezuma”' }));
    expect(design().outcomes[0]!.statement).toBe('Rezuma fluxurile de mobilitate');
  });

  it('a verb chip rewrites the first word of the statement', async () => {
    const { user, design } = renderStep(<OutcomesStep />);
    await user.click(screen.getByRole('button', { name: 'Start the statement with “differentiate”' }));
    expect(design().outcomes[0]!.statement).toBe('Differentiate mobility data');
  });

  it('toggling a competence box updates the outcome links', async () => {
    const design0 = sampleDesign();
    design0.competences.push({ ...createFrameworkCompetence('greencomp', 'greencomp.4.2'), id: 'co-2' });
    const { user, design } = renderStep(<OutcomesStep />, design0);
    const group = within(screen.getByRole('group', { name: 'Develops these competences' }));
    await user.click(group.getByRole('checkbox', { name: 'GreenComp 4.2 Collective action' }));
    expect(design().outcomes[0]!.competenceIds).toEqual(['co-1', 'co-2']);
    await user.click(group.getByRole('checkbox', { name: 'GreenComp 2.1 Systems thinking' }));
    expect(design().outcomes[0]!.competenceIds).toEqual(['co-2']);
  });

  it('removing an outcome removes its links from activities, assessments and criteria', async () => {
    const { user, design } = renderStep(<OutcomesStep />);
    await user.click(screen.getByRole('button', { name: 'Remove Outcome 1' }));
    expect(design().outcomes).toEqual([]);
    expect(design().activities[0]!.outcomeIds).toEqual([]);
    expect(design().assessments[0]!.outcomeIds).toEqual([]);
    expect(design().assessments[0]!.rubric.criteria[0]!.outcomeIds).toEqual([]);
  });

  it('adds an empty outcome and an example outcome', async () => {
    const { user, design } = renderStep(<OutcomesStep />);
    await user.click(screen.getByRole('button', { name: 'Add a learning outcome' }));
    expect(design().outcomes).toHaveLength(2);
    expect(design().outcomes[1]!.statement).toBe('');
    const [useExample] = screen.getAllByRole('button', { name: /^Use the example: / });
    const example = useExample!.getAttribute('aria-label')!.replace('Use the example: ', '');
    await user.click(useExample!);
    expect(design().outcomes[2]!.statement).toBe(example);
  });

  it('the move buttons reorder outcomes', async () => {
    const design0 = sampleDesign();
    design0.outcomes.push(createOutcome({ id: 'lo-2', statement: 'Evaluate plans' }));
    const { user, design } = renderStep(<OutcomesStep />, design0);
    await user.click(screen.getByRole('button', { name: 'Move Outcome 2 up' }));
    expect(design().outcomes.map((o) => o.id)).toEqual(['lo-2', 'lo-1']);
  });
});
