import { describe, expect, it } from 'vitest';
import {
  createActivity,
  createAssessment,
  createDesign,
  createOutcome,
  createRubricLevels,
  createCustomCompetence,
  moveItem,
  removeCompetence,
  removeOutcome,
  removeRubricLevel,
  setDescriptor,
  toggleLink,
  validateDesign,
} from '../../../shared/model';

function linkedDesign() {
  const design = createDesign({ interpretation: 'method', title: 'Links' });
  const competence = createCustomCompetence('Systems thinking');
  const [kept, removed] = [createOutcome({ statement: 'Analyse A' }), createOutcome({ statement: 'Design B' })];
  for (const outcome of [kept, removed]) outcome.competenceIds = [competence.id];
  design.competences = [competence];
  design.outcomes = [kept, removed];
  design.activities = [createActivity({ outcomeIds: [kept.id, removed.id] })];
  const levels = createRubricLevels(['Good', 'Excellent']);
  design.assessments = [
    createAssessment({
      outcomeIds: [removed.id],
      rubric: {
        levels,
        criteria: [
          {
            id: 'c1',
            title: 'Quality',
            outcomeIds: [removed.id, kept.id],
            descriptors: levels.map((l) => ({ levelId: l.id, text: l.label })),
          },
        ],
      },
    }),
  ];
  return { design, competence, kept, removed, levels };
}

describe('design edits', () => {
  it('removing an outcome removes every link to it, and the design stays valid', () => {
    const { design, kept, removed } = linkedDesign();
    removeOutcome(design, removed.id);
    expect(design.outcomes.map((o) => o.id)).toEqual([kept.id]);
    expect(design.activities[0]!.outcomeIds).toEqual([kept.id]);
    expect(design.assessments[0]!.outcomeIds).toEqual([]);
    expect(design.assessments[0]!.rubric.criteria[0]!.outcomeIds).toEqual([kept.id]);
    expect(validateDesign(design).ok).toBe(true);
  });

  it('removing a competence unlinks it from outcomes', () => {
    const { design, competence } = linkedDesign();
    removeCompetence(design, competence.id);
    expect(design.competences).toEqual([]);
    expect(design.outcomes.every((o) => o.competenceIds.length === 0)).toBe(true);
    expect(validateDesign(design).ok).toBe(true);
  });

  it('removing a rubric level removes its descriptors; descriptors are set in place', () => {
    const { design, levels } = linkedDesign();
    const assessment = design.assessments[0]!;
    setDescriptor(assessment, 'c1', levels[1]!.id, 'Outstanding and documented');
    expect(assessment.rubric.criteria[0]!.descriptors[1]!.text).toBe('Outstanding and documented');
    removeRubricLevel(assessment, levels[0]!.id);
    expect(assessment.rubric.levels).toHaveLength(1);
    expect(assessment.rubric.criteria[0]!.descriptors.map((d) => d.levelId)).toEqual([levels[1]!.id]);
    setDescriptor(assessment, 'c1', levels[0]!.id, 'a removed level is not written to');
    expect(validateDesign(design).ok).toBe(true);
  });

  it('toggles links without duplicates and moves items within bounds', () => {
    expect(toggleLink(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleLink(['a', 'b'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleLink(['a', 'b'], 'a', false)).toEqual(['b']);
    const items = ['a', 'b', 'c', 'd'];
    moveItem(items, 0, 2);
    expect(items).toEqual(['b', 'c', 'a', 'd']);
    moveItem(items, 3, 9);
    expect(items).toEqual(['b', 'c', 'a', 'd']);
  });
});
