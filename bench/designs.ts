import {
  ASSESSMENT_METHODS,
  createActivity,
  createAssessment,
  createDesign,
  createFrameworkCompetence,
  createOutcome,
  INTERPRETATIONS,
  LEARNING_TYPES,
  PHASES,
  type Design,
} from '../shared/model';

const VERBS = ['Analyse', 'Evaluate', 'Design', 'Compare', 'Propose', 'Apply', 'Critique', 'Develop'];
const TOPICS = [
  'urban heat',
  'circular campus',
  'inclusive mobility',
  'flood resilience',
  'food waste',
  'energy poverty',
  'digital inclusion',
  'coastal erosion',
];
const SENTENCE =
  'with stakeholders from the municipality, using open data and field observations, and report the trade-offs for residents';

/** Deterministic pseudo-random numbers, so every run benchmarks the same library. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
}

/**
 * A design of the size a demanding team produces: `outcomes` outcomes, `activities` activities,
 * `assessments` assessments with 5 criteria × 4 levels, every item linked.
 */
export function generatedDesign(index: number, size = { outcomes: 6, activities: 12, assessments: 3 }): Design {
  const next = random(index + 1);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const topic = pick(TOPICS);
  const design = createDesign({
    id: `design-${index}`,
    interpretation: INTERPRETATIONS[index % 3]!,
    title: `${topic[0]!.toUpperCase()}${topic.slice(1)} challenge ${index}`,
    now: new Date(Date.UTC(2026, 0, 1) + index * 60_000),
  });
  design.summary = `A challenge-based micro-credential on ${topic}. ${SENTENCE}.`;
  design.challenge.bigIdea = topic;
  design.challenge.statement = `Design a response to ${topic} in a European city ${SENTENCE}.`;
  design.challenge.sdgGoals = [11, 13];
  design.challenge.sdgTargets = ['11.6', '13.3'];
  design.competences = ['greencomp.2.1', 'greencomp.2.3', 'greencomp.4.2'].map((ref) =>
    createFrameworkCompetence('greencomp', ref, 'intermediate'),
  );
  design.outcomes = Array.from({ length: size.outcomes }, (_, i) =>
    createOutcome({
      statement: `${pick(VERBS)} ${topic} measure ${i + 1} ${SENTENCE}`,
      bloom: 'analyse',
      eqfDomain: 'skills',
      competenceIds: [design.competences[i % 3]!.id],
      sdgTargets: i % 2 === 0 ? ['11.6'] : [],
    }),
  );
  design.activities = Array.from({ length: size.activities }, (_, i) =>
    createActivity({
      title: `Session ${i + 1}: ${topic} ${pick(['workshop', 'field visit', 'lecture', 'studio', 'debate'])}`,
      description: `Teams work on ${topic} ${SENTENCE}.`,
      phase: PHASES[i % 3]!,
      // Three sessions a week; a year at most (the schema allows 104 weeks).
      week: 1 + (Math.floor(i / 3) % 52),
      durationHours: 2 + (i % 3),
      selfStudyHours: 2,
      learningType: LEARNING_TYPES[i % 6]!,
      outcomeIds: [design.outcomes[i % size.outcomes]!.id],
    }),
  );
  design.assessments = Array.from({ length: size.assessments }, (_, i) => {
    const levels = ['Excellent', 'Good', 'Satisfactory', 'Insufficient'].map((label, l) => ({
      id: `lv-${i}-${l}`,
      label,
      points: 4 - l,
    }));
    return createAssessment({
      title: `Assessment ${i + 1}`,
      method: ASSESSMENT_METHODS[i % ASSESSMENT_METHODS.length]!,
      purpose: 'summative',
      weight:
        i === 0
          ? 100 - Math.floor(100 / size.assessments) * (size.assessments - 1)
          : Math.floor(100 / size.assessments),
      outcomeIds: design.outcomes.filter((_, o) => o % size.assessments === i).map((o) => o.id),
      workloadHours: 4,
      rubric: {
        levels,
        criteria: Array.from({ length: 5 }, (_, c) => ({
          id: `cr-${i}-${c}`,
          title: `Criterion ${c + 1}`,
          outcomeIds: [],
          descriptors: levels.map((level) => ({ levelId: level.id, text: `${level.label}: ${SENTENCE}.` })),
        })),
      },
    });
  });
  design.credential.ects = 3;
  design.credential.eqfLevel = 6;
  return design;
}

/** The large design the issues name: 40 outcomes, 60 activities, 12 assessments with 5×4 rubrics. */
export const largeDesign = () => generatedDesign(7, { outcomes: 40, activities: 60, assessments: 12 });

/**
 * A design of `items` items, half outcomes and half activities, with an assessment per 25 items
 * (1 to 40). 1,000 items is the largest design the schema allows: 500 outcomes + 500 activities.
 */
export const designOfSize = (items: number): Design =>
  generatedDesign(items, {
    outcomes: Math.ceil(items / 2),
    activities: Math.floor(items / 2),
    assessments: Math.max(1, Math.min(40, Math.round(items / 25))),
  });
