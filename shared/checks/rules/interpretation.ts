import { PHASES } from '../../model';
import { bloomRank, words } from '../verbs';
import { statementFacts } from '../items';
import { blank, defineChecks } from './common';

const REFLECTIVE_METHODS = new Set(['reflective-journal', 'portfolio', 'self-assessment']);
/** Words shorter than this say little about what a challenge is about ("the", "city", …). */
const KEYWORD_LENGTH = 5;

/** What each reading of "challenge-based" asks for beyond the common checks. */
export const interpretationChecks = defineChecks([
  {
    code: 'method.phase-empty',
    severity: 'error',
    family: 'interpretation',
    interpretations: ['method'],
    run: (design) =>
      PHASES.filter((phase) => !design.activities.some((a) => a.phase === phase)).map((phase) => ({
        params: { phase },
        target: { section: 'journey', field: phase },
      })),
  },
  {
    code: 'method.engage-incomplete',
    severity: 'warning',
    family: 'interpretation',
    interpretations: ['method'],
    run: (design) => {
      const missing = (['bigIdea', 'essentialQuestion'] as const).filter((field) => blank(design.challenge[field]));
      return missing.length > 0
        ? [
            {
              params: { fields: missing.join(','), count: missing.length },
              target: { section: 'challenge', field: missing[0] },
            },
          ]
        : [];
    },
  },
  {
    code: 'method.reflection-missing',
    severity: 'warning',
    family: 'interpretation',
    interpretations: ['method'],
    run: (design) =>
      design.activities.some((a) => a.reflective) || design.assessments.some((a) => REFLECTIVE_METHODS.has(a.method))
        ? []
        : [{ target: { section: 'journey' } }],
  },
  {
    code: 'partnership.owner-missing',
    severity: 'error',
    family: 'interpretation',
    interpretations: ['partnership'],
    run: (design) =>
      blank(design.challenge.owner.name) ? [{ target: { section: 'challenge', field: 'owner.name' } }] : [],
  },
  {
    code: 'partnership.owner-role-missing',
    severity: 'warning',
    family: 'interpretation',
    interpretations: ['partnership'],
    run: ({ challenge: { owner } }) =>
      !blank(owner.name) && blank(owner.role)
        ? [{ params: { owner: owner.name }, target: { section: 'challenge', field: 'owner.role' } }]
        : [],
  },
  {
    code: 'partnership.agreement-missing',
    severity: 'warning',
    family: 'interpretation',
    interpretations: ['partnership'],
    run: ({ challenge: { owner } }) => {
      const missing = (['time', 'data', 'intellectualProperty', 'ethics'] as const).filter((aspect) =>
        blank(owner.agreement[aspect]),
      );
      return missing.length > 0
        ? [
            {
              params: { aspects: missing.join(','), count: missing.length, owner: owner.name },
              target: { section: 'challenge', field: `owner.agreement.${missing[0]}` },
            },
          ]
        : [];
    },
  },
  {
    code: 'partnership.deliverable-missing',
    severity: 'warning',
    family: 'interpretation',
    interpretations: ['partnership'],
    run: ({ challenge: { owner } }) =>
      blank(owner.deliverable)
        ? [{ params: { owner: owner.name }, target: { section: 'challenge', field: 'owner.deliverable' } }]
        : [],
  },
  {
    code: 'partnership.owner-not-involved',
    severity: 'warning',
    family: 'interpretation',
    interpretations: ['partnership'],
    run: (design) =>
      design.assessments.some((a) => a.assessors.includes('challenge-owner'))
        ? []
        : [{ params: { owner: design.challenge.owner.name }, target: { section: 'assessment', field: 'assessors' } }],
  },
  {
    code: 'theme.no-challenge-analysis',
    severity: 'warning',
    family: 'interpretation',
    interpretations: ['theme'],
    run: (design, { verbs }) => {
      const { challenge } = design;
      const keywords = new Set(
        words([challenge.bigIdea, challenge.statement, challenge.essentialQuestion, design.title].join(' ')).filter(
          (word) => word.length >= KEYWORD_LENGTH,
        ),
      );
      const analysesChallenge = design.outcomes.some((o) => {
        const level = o.bloom ?? statementFacts(o, verbs).leading?.level;
        if (!level || bloomRank(level) < bloomRank('analyse')) return false;
        return o.sdgTargets.length > 0 || words(o.statement).some((word) => keywords.has(word));
      });
      return analysesChallenge ? [] : [{ target: { section: 'outcomes' } }];
    },
  },
]);
