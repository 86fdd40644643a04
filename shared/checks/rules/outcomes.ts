import { bloomRank } from '../verbs';
import { excerpt, outcomeLabel } from '../labels';
import { ALL, blank, defineChecks } from './common';
import type { Design, LearningOutcome } from '../../model';

const label = (design: Design, outcome: LearningOutcome) => ({
  outcome: outcomeLabel(design, outcome.id),
  statement: excerpt(outcome.statement),
});
const written = (design: Design) => design.outcomes.filter((o) => !blank(o.statement));
const normalise = (text: string) =>
  text
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

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
    run: (design) => (written(design).length === 0 ? [{ target: { section: 'outcomes' } }] : []),
  },
  {
    code: 'outcome.empty',
    severity: 'error',
    family: 'outcomes',
    interpretations: ALL,
    run: (design) =>
      design.outcomes
        .filter((o) => blank(o.statement))
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
      written(design).flatMap((o) => {
        const vague = verbs.vagueVerb(o.statement);
        return vague
          ? [
              {
                params: { ...label(design, o), verb: vague },
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
      written(design)
        .filter((o) => !verbs.vagueVerb(o.statement) && !verbs.leadingVerb(o.statement))
        .map((o) => ({ params: label(design, o), target: { section: 'outcomes', itemId: o.id, field: 'statement' } })),
  },
  {
    code: 'outcome.duplicate',
    severity: 'warning',
    family: 'outcomes',
    interpretations: ALL,
    run: (design) => {
      const seen = new Map<string, LearningOutcome>();
      return written(design).flatMap((o) => {
        const key = normalise(o.statement);
        const first = seen.get(key);
        if (!first) {
          seen.set(key, o);
          return [];
        }
        return [
          {
            params: { ...label(design, o), first: outcomeLabel(design, first.id) },
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
    run: (design) =>
      written(design)
        .filter((o) => o.bloom === null)
        .map((o) => ({ params: label(design, o), target: { section: 'outcomes', itemId: o.id, field: 'bloom' } })),
  },
  {
    code: 'outcome.bloom-verb-mismatch',
    severity: 'advice',
    family: 'outcomes',
    interpretations: ALL,
    run: (design, { verbs }) =>
      written(design).flatMap((o) => {
        const leading = verbs.leadingVerb(o.statement);
        if (!leading || o.bloom === null || leading.level === o.bloom) return [];
        return [
          {
            params: { ...label(design, o), verb: leading.verb, verbLevel: leading.level, level: o.bloom },
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
      const outcomes = written(design);
      if (eqf === null || eqf < HIGHER_EQF || outcomes.length === 0) return [];
      const reachesHigherOrder = outcomes.some((o) => {
        const level = o.bloom ?? verbs.leadingVerb(o.statement)?.level;
        return level !== undefined && bloomRank(level) >= HIGHER_ORDER_RANK;
      });
      return reachesHigherOrder ? [] : [{ params: { eqf }, target: { section: 'outcomes' } }];
    },
  },
]);
