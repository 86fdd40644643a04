// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AlignmentMatrix } from '../../../../renderer/steps/assessment/AlignmentMatrix';
import { AssessmentStep, summativeWeight } from '../../../../renderer/steps/assessment/AssessmentStep';
import { createActivity, createAssessment, createOutcome, type Design } from '../../../../shared/model';
import { sampleDesign } from '../../../helpers/designs';
import { renderStep } from '../../../helpers/render-step';

const weightSum = () => screen.getByText(/^Summative weights add up to/).textContent;

/** The sample design with an assessment that has no rubric yet. */
function withoutRubric(): Design {
  const design = sampleDesign();
  design.assessments[0]!.rubric = { levels: [], criteria: [] };
  return design;
}

describe('summativeWeight', () => {
  it('adds the weights of summative assessments only', () => {
    const assessments = [
      createAssessment({ weight: 60 }),
      createAssessment({ weight: 30, purpose: 'formative' }),
      createAssessment({ weight: 25 }),
    ];
    expect(summativeWeight(assessments)).toBe(85);
  });
});

describe('AssessmentStep', () => {
  it('the weight sum follows the summative weights as they are typed', async () => {
    const design0 = sampleDesign();
    design0.assessments.push(createAssessment({ id: 'as-2', title: 'Journal', purpose: 'formative', weight: 20 }));
    const { user, design } = renderStep(<AssessmentStep />, design0);
    expect(weightSum()).toBe('Summative weights add up to 100 %.');

    const weight = within(screen.getByRole('region', { name: 'Report' })).getByRole('textbox', {
      name: 'Weight (%)',
    });
    await user.clear(weight);
    await user.type(weight, '60');
    expect(design().assessments[0]!.weight).toBe(60);
    expect(weightSum()).toBe('Summative weights add up to 60 %; they should make 100 %.');

    await user.selectOptions(
      within(screen.getByRole('region', { name: 'Journal' })).getByRole('combobox', { name: 'Purpose' }),
      'summative',
    );
    expect(weightSum()).toBe('Summative weights add up to 80 %; they should make 100 %.');
  });

  it('adding an assessment creates a summative one with the defaults', async () => {
    const { user, design } = renderStep(<AssessmentStep />);
    await user.click(screen.getByRole('button', { name: 'Add an assessment' }));
    expect(design().assessments).toHaveLength(2);
    expect(design().assessments[1]).toMatchObject({ purpose: 'summative', weight: 0, outcomeIds: [] });
  });
});

describe('RubricEditor', () => {
  const rubric = (design: () => Design) => design().assessments[0]!.rubric;

  async function createRubric() {
    const view = renderStep(<AssessmentStep />, withoutRubric());
    await view.user.click(screen.getByRole('button', { name: 'Create a rubric with four levels' }));
    return view;
  }

  it('creates four named levels and one criterion for the assessed outcomes', async () => {
    const { design } = await createRubric();
    expect(rubric(design).levels.map((level) => level.label)).toEqual([
      'Insufficient',
      'Sufficient',
      'Good',
      'Excellent',
    ]);
    expect(rubric(design).criteria).toHaveLength(1);
    expect(rubric(design).criteria[0]).toMatchObject({ title: '', outcomeIds: ['lo-1'], descriptors: [] });
    expect(screen.getByRole('table', { name: 'Rubric for Report' })).toBeTruthy();
  });

  it('stores a descriptor typed in a cell', async () => {
    const { user, design } = await createRubric();
    await user.type(screen.getByRole('textbox', { name: 'Criterion 1 at level Good' }), 'Uses two sources');
    const good = rubric(design).levels[2]!;
    expect(rubric(design).criteria[0]!.descriptors).toEqual([{ levelId: good.id, text: 'Uses two sources' }]);
  });

  it('removing a level removes its descriptors', async () => {
    const { user, design } = await createRubric();
    await user.type(screen.getByRole('textbox', { name: 'Criterion 1 at level Good' }), 'Good work');
    await user.type(screen.getByRole('textbox', { name: 'Criterion 1 at level Excellent' }), 'Great work');
    await user.click(screen.getByRole('button', { name: 'Remove Good' }));
    expect(rubric(design).levels.map((level) => level.label)).toEqual(['Insufficient', 'Sufficient', 'Excellent']);
    expect(rubric(design).criteria[0]!.descriptors.map((d) => d.text)).toEqual(['Great work']);
    expect(screen.queryByRole('textbox', { name: 'Criterion 1 at level Good' })).toBeNull();
  });

  it('edits level names, points and criterion titles', async () => {
    const { user, design } = await createRubric();
    await user.type(screen.getByRole('textbox', { name: 'Name of level 4' }), '!');
    await user.type(screen.getByRole('textbox', { name: 'Points for Excellent!' }), '10');
    await user.type(screen.getByRole('textbox', { name: 'Criterion 1' }), 'Evidence');
    expect(rubric(design).levels[3]).toMatchObject({ label: 'Excellent!', points: 10 });
    expect(rubric(design).criteria[0]!.title).toBe('Evidence');
  });

  it('adds criteria and levels', async () => {
    const { user, design } = await createRubric();
    await user.click(screen.getByRole('button', { name: 'Add a criterion' }));
    await user.click(screen.getByRole('button', { name: 'Add a level' }));
    expect(rubric(design).criteria).toHaveLength(2);
    expect(rubric(design).levels).toHaveLength(5);
  });
});

describe('AlignmentMatrix', () => {
  /** Two outcomes: LO1 is practised and assessed; LO2 only has a formative check. */
  function matrixDesign(): Design {
    const design = sampleDesign();
    design.outcomes.push(createOutcome({ id: 'lo-2', statement: 'Evaluate mobility plans' }));
    design.activities.push(createActivity({ id: 'ac-2', title: 'Site visit' }));
    design.assessments.push(
      createAssessment({ id: 'as-2', title: 'Peer review', purpose: 'formative', outcomeIds: ['lo-2'] }),
    );
    return design;
  }
  const rowOf = (code: string) => screen.getByRole('rowheader', { name: new RegExp(`^${code} `) });

  it('clicking an empty cell links the outcome; clicking again unlinks it', async () => {
    const { user, design } = renderStep(<AlignmentMatrix />, matrixDesign());
    await user.click(screen.getByRole('button', { name: 'Link LO1 to Site visit' }));
    expect(design().activities[1]!.outcomeIds).toEqual(['lo-1']);
    const cell = screen.getByRole('button', { name: 'Unlink LO1 from Site visit' });
    expect(cell.getAttribute('aria-pressed')).toBe('true');
    await user.click(cell);
    expect(design().activities[1]!.outcomeIds).toEqual([]);
  });

  it('flags outcomes no activity practises or no summative assessment checks', async () => {
    const { user, design } = renderStep(<AlignmentMatrix />, matrixDesign());
    expect(rowOf('LO1').textContent).not.toMatch(/not/);
    expect(rowOf('LO2').textContent).toContain('not practised · not assessed summatively');

    await user.click(screen.getByRole('button', { name: 'Link LO2 to Report' }));
    expect(design().assessments[0]!.outcomeIds).toEqual(['lo-1', 'lo-2']);
    expect(rowOf('LO2').textContent).toContain('not practised');
    expect(rowOf('LO2').textContent).not.toContain('not assessed summatively');
  });

  it('a matrix too large to draw on every edit opens on request', async () => {
    // 120 outcomes × 90 activities and assessments: 10,800 cells.
    const design = sampleDesign();
    design.outcomes = Array.from({ length: 120 }, (_, i) =>
      createOutcome({ id: `lo-${i + 1}`, statement: `Outcome ${i + 1}` }),
    );
    design.activities = Array.from({ length: 89 }, (_, i) =>
      createActivity({ id: `ac-${i + 1}`, title: `Session ${i + 1}` }),
    );
    design.assessments[0]!.outcomeIds = ['lo-1'];
    const { user } = renderStep(<AlignmentMatrix />, design);
    expect(screen.queryAllByRole('button', { name: /^Link / })).toHaveLength(0);
    expect(screen.getByText(/120 outcomes × 90 activities and assessments/)).toBeTruthy();
    const show = screen.getByRole('button', { name: 'Show the matrix' });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    await user.click(show);
    expect(screen.getAllByRole('button', { name: /^(Link|Unlink) / })).toHaveLength(120 * 90);
    await user.click(screen.getByRole('button', { name: 'Hide the matrix' }));
    expect(screen.queryAllByRole('button', { name: /^Link / })).toHaveLength(0);
  });

  it('labels activities and assessments as the documents do (A1, AS1)', async () => {
    const design = matrixDesign();
    renderStep(<AlignmentMatrix />, design);
    const headers = [...document.querySelectorAll('.alignment-table thead th')].map((th) => th.textContent ?? '');
    expect(headers.join(' ')).toMatch(/A1.*A2.*AS1.*AS2/);
    expect(headers.join(' ')).not.toMatch(/\bE\d/);
    const { assessmentLabel, activityLabel } = await import('../../../../shared/checks');
    expect(headers.join(' ')).toContain(assessmentLabel(design, 'as-2'));
    expect(headers.join(' ')).toContain(activityLabel(design, 'ac-2'));
  });

  it('asks for outcomes when there are none', () => {
    const design = sampleDesign();
    design.outcomes = [];
    renderStep(<AlignmentMatrix />, design);
    expect(screen.getByText('The matrix appears once the design has learning outcomes.')).toBeTruthy();
  });
});
