import { positionOf } from '../../model';
import { assessmentLabel, activityLabel, excerpt, outcomeLabel } from '../labels';
import { statementFacts } from '../items';
import { ALL, defineChecks } from './common';

/** Constructive alignment: outcomes, activities and assessments point at each other. */
export const alignmentChecks = defineChecks([
  {
    code: 'align.no-summative',
    severity: 'error',
    family: 'alignment',
    interpretations: ALL,
    run: (design) =>
      design.outcomes.length > 0 && !design.assessments.some((a) => a.purpose === 'summative')
        ? [{ target: { section: 'assessment' } }]
        : [],
  },
  {
    code: 'align.outcome-not-assessed',
    severity: 'error',
    family: 'alignment',
    interpretations: ALL,
    run: (design, { alignment, verbs }) => {
      if (!design.assessments.some((a) => a.purpose === 'summative')) return [];
      return alignment.rows
        .filter((row) => row.summativeIds.length === 0)
        .map((row) => {
          const outcome = design.outcomes[positionOf(design.outcomes, row.outcomeId)]!;
          return {
            params: { outcome: outcomeLabel(design, outcome.id), statement: statementFacts(outcome, verbs).excerpt },
            target: { section: 'outcomes', itemId: outcome.id },
          };
        });
    },
  },
  {
    code: 'align.outcome-not-practised',
    severity: 'warning',
    family: 'alignment',
    interpretations: ALL,
    run: (design, { alignment, verbs }) =>
      alignment.rows
        .filter((row) => row.activityIds.length === 0)
        .map((row) => {
          const outcome = design.outcomes[positionOf(design.outcomes, row.outcomeId)]!;
          return {
            params: { outcome: outcomeLabel(design, outcome.id), statement: statementFacts(outcome, verbs).excerpt },
            target: { section: 'outcomes', itemId: outcome.id },
          };
        }),
  },
  {
    code: 'align.assessment-no-outcome',
    severity: 'error',
    family: 'alignment',
    interpretations: ALL,
    run: (design) =>
      design.assessments
        .filter((a) => a.outcomeIds.length === 0)
        .map((a) => ({
          params: { assessment: assessmentLabel(design, a.id), title: excerpt(a.title) },
          target: { section: 'assessment', itemId: a.id, field: 'outcomeIds' },
        })),
  },
  {
    code: 'align.activity-no-outcome',
    severity: 'warning',
    family: 'alignment',
    interpretations: ALL,
    run: (design) =>
      design.activities
        .filter((a) => a.outcomeIds.length === 0)
        .map((a) => ({
          params: { activity: activityLabel(design, a.id), title: excerpt(a.title) },
          target: { section: 'journey', itemId: a.id, field: 'outcomeIds' },
        })),
  },
  {
    code: 'align.weights-sum',
    severity: 'error',
    family: 'alignment',
    interpretations: ALL,
    run: (design) => {
      const summative = design.assessments.filter((a) => a.purpose === 'summative');
      const sum = Math.round(summative.reduce((total, a) => total + a.weight, 0) * 10) / 10;
      return summative.length > 0 && sum !== 100
        ? [
            {
              params: { sum, count: summative.length },
              target: { section: 'assessment', itemId: summative[0]!.id, field: 'weight' },
            },
          ]
        : [];
    },
  },
  {
    code: 'align.formative-weight',
    severity: 'warning',
    family: 'alignment',
    interpretations: ALL,
    run: (design) =>
      design.assessments
        .filter((a) => a.purpose === 'formative' && a.weight > 0)
        .map((a) => ({
          params: { assessment: assessmentLabel(design, a.id), title: excerpt(a.title), weight: a.weight },
          target: { section: 'assessment', itemId: a.id, field: 'weight' },
        })),
  },
  {
    code: 'align.rubric-missing',
    severity: 'warning',
    family: 'alignment',
    interpretations: ALL,
    run: (design) =>
      design.assessments
        .filter((a) => a.purpose === 'summative' && (a.rubric.criteria.length === 0 || a.rubric.levels.length === 0))
        .map((a) => ({
          params: { assessment: assessmentLabel(design, a.id), title: excerpt(a.title) },
          target: { section: 'assessment', itemId: a.id, field: 'rubric' },
        })),
  },
  {
    code: 'align.rubric-incomplete',
    severity: 'advice',
    family: 'alignment',
    interpretations: ALL,
    run: (design) =>
      design.assessments.flatMap((a) => {
        const levels = a.rubric.levels.map((l) => l.id);
        const empty = a.rubric.criteria.reduce(
          (count, criterion) =>
            count +
            levels.filter(
              (levelId) => !criterion.descriptors.some((d) => d.levelId === levelId && d.text.trim() !== ''),
            ).length,
          0,
        );
        return empty > 0
          ? [
              {
                params: { assessment: assessmentLabel(design, a.id), title: excerpt(a.title), count: empty },
                target: { section: 'assessment' as const, itemId: a.id, field: 'rubric' },
              },
            ]
          : [];
      }),
  },
]);
