import { ALL, blank, defineChecks } from './common';

/** How many opening words of a challenge statement may come before its action verb (German: or after). */
const ACTION_WINDOW = 8;

/** The challenge: an actionable statement tied to the SDGs that the outcomes pick up. */
export const challengeChecks = defineChecks([
  {
    code: 'challenge.statement-missing',
    severity: 'error',
    family: 'challenge',
    interpretations: ALL,
    run: (design) =>
      blank(design.challenge.statement) ? [{ target: { section: 'challenge', field: 'statement' } }] : [],
  },
  {
    code: 'challenge.statement-not-actionable',
    severity: 'warning',
    family: 'challenge',
    interpretations: ALL,
    run: (design, { verbs }) => {
      const statement = design.challenge.statement.trim();
      if (statement === '') return [];
      const question = statement.endsWith('?');
      const hasAction = verbs.hasActionVerb(statement, ACTION_WINDOW);
      return question || !hasAction
        ? [
            {
              params: { context: question ? 'question' : 'no-verb' },
              target: { section: 'challenge', field: 'statement' },
            },
          ]
        : [];
    },
  },
  {
    code: 'challenge.sdg-missing',
    severity: 'warning',
    family: 'challenge',
    interpretations: ALL,
    run: (design) =>
      design.challenge.sdgGoals.length === 0 ? [{ target: { section: 'challenge', field: 'sdgGoals' } }] : [],
  },
  {
    code: 'challenge.sdg-no-targets',
    severity: 'advice',
    family: 'challenge',
    interpretations: ALL,
    run: (design) =>
      design.challenge.sdgGoals.length > 0 && design.challenge.sdgTargets.length === 0
        ? [
            {
              params: { goals: design.challenge.sdgGoals.join(', ') },
              target: { section: 'challenge', field: 'sdgTargets' },
            },
          ]
        : [],
  },
  {
    code: 'challenge.sdg-not-linked',
    severity: 'warning',
    family: 'challenge',
    interpretations: ALL,
    run: (design) =>
      design.challenge.sdgTargets.length > 0 && !design.outcomes.some((o) => o.sdgTargets.length > 0)
        ? [{ params: { targets: design.challenge.sdgTargets.join(', ') }, target: { section: 'outcomes' } }]
        : [],
  },
]);
