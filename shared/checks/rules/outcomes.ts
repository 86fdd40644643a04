import { bloomRank, type VerbIndex } from '../verbs';
import { outcomeLabel } from '../labels';
import { statementFacts } from '../items';
import { ALL, defineChecks } from './common';
import type { Design, LearningOutcome } from '../../model';

// Statements are read once per edit of an outcome (items.ts); the rules only combine the facts.
const label = (design: Design, outcome: LearningOutcome, verbs: VerbIndex) => ({
  outcome: outcomeLabel(design, outcome.id),
  statement: statementFacts(outcome, verbs).excerpt,
});
const written = (design: Design, verbs: VerbIndex) => design.outcomes.filter((o) => !statementFacts(o, verbs).blank);

/** EQF 6 and above expects outcomes that reach analyse / evaluate / create. */
const HIGHER_ORDER_RANK = bloomRank('analyse');
const HIGHER_EQF = 6;

/** Outcomes are observable statements: action verb + object + context. */
export const outcomeChecks = defineChecks([
  {
    code: 'outcome.none',
    severity: 'error',
    family: 'outcomes',
    interpretations: ALL,
    run: (design, { verbs }) => (written(design, verbs).length === 0 ? [{ target: { section: 'outcomes' } }] : []),
  },
  {
    code: 'outcome.empty',
    severity: 'error',
    family: 'outcomes',
    interpretations: ALL,
    run: (design, { verbs }) =>
      design.outcomes
        .filter((o) => statementFacts(o, verbs).blank)
        .map((o) => ({
          params: { outcome: outcomeLabel(design, o.id) },
          target: { section: 'outcomes', itemId: o.id, field: 'statement' },
        })),
  },
  {
    code: 'outcome.vague-verb',
    severity: 'warning',
    family: 'outcomes',
    interpretations: ALL,
    run: (design, { verbs }) =>
      written(design, verbs).flatMap((o) => {
        const { vague } = statementFacts(o, verbs);
        return vague
          ? [
              {
                params: { ...label(design, o, verbs), verb: vague },
                target: { section: 'outcomes', itemId: o.id, field: 'statement' },
              },
            ]
          : [];
      }),
  },
  {
    code: 'outcome.no-observable-verb',
    severity: 'warning',
    family: 'outcomes',
    interpretations: ALL,
    run: (design, { verbs }) =>
      written(design, verbs)
        .filter((o) => !statementFacts(o, verbs).vague && !statementFacts(o, verbs).leading)
        .map((o) => ({
          params: label(design, o, verbs),
          target: { section: 'outcomes', itemId: o.id, field: 'statement' },
        })),
  },
  {
    code: 'outcome.duplicate',
    severity: 'warning',
    family: 'outcomes',
    interpretations: ALL,
    run: (design, { verbs }) => {
      const seen = new Map<string, LearningOutcome>();
      return written(design, verbs).flatMap((o) => {
        const key = statementFacts(o, verbs).normalised;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, o);
          return [];
        }
        return [
          {
            params: { ...label(design, o, verbs), first: outcomeLabel(design, first.id) },
            target: { section: 'outcomes', itemId: o.id, field: 'statement' },
          },
        ];
      });
    },
  },
  {
    code: 'outcome.bloom-missing',
    severity: 'advice',
    family: 'outcomes',
    interpretations: ALL,
    run: (design, { verbs }) =>
      written(design, verbs)
        .filter((o) => o.bloom === null)
        .map((o) => ({
          params: label(design, o, verbs),
          target: { section: 'outcomes', itemId: o.id, field: 'bloom' },
        })),
  },
  {
    code: 'outcome.bloom-verb-mismatch',
    severity: 'advice',
    family: 'outcomes',
    interpretations: ALL,
    run: (design, { verbs }) =>
      written(design, verbs).flatMap((o) => {
        const { leading } = statementFacts(o, verbs);
        if (!leading || o.bloom === null || leading.level === o.bloom) return [];
        return [
          {
            params: { ...label(design, o, verbs), verb: leading.verb, verbLevel: leading.level, level: o.bloom },
            target: { section: 'outcomes', itemId: o.id, field: 'bloom' },
          },
        ];
      }),
  },
  {
    code: 'outcome.eqf-cognitive-level',
    severity: 'warning',
    family: 'outcomes',
    interpretations: ALL,
    run: (design, { verbs }) => {
      const eqf = design.credential.eqfLevel;
      const outcomes = written(design, verbs);
      if (eqf === null || eqf < HIGHER_EQF || outcomes.length === 0) return [];
      const reachesHigherOrder = outcomes.some((o) => {
        const level = o.bloom ?? statementFacts(o, verbs).leading?.level;
        return level !== undefined && bloomRank(level) >= HIGHER_ORDER_RANK;
      });
      return reachesHigherOrder ? [] : [{ params: { eqf }, target: { section: 'outcomes' } }];
    },
  },
]);
