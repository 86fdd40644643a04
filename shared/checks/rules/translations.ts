import { outcomeLabel } from '../labels';
import { ALL, blank, defineChecks } from './common';

/**
 * Once a design carries its texts in a further language (for a bilingual specification and the
 * language maps of credentials), every learning outcome and the title need that translation:
 * a bilingual document with half its outcomes in one language is not one.
 */
export const translationChecks = defineChecks([
  {
    code: 'translation.title-missing',
    severity: 'warning',
    family: 'translation',
    interpretations: ALL,
    run: (design) =>
      blank(design.title)
        ? []
        : design.translations
            .filter((translation) => blank(translation.title))
            .map((translation) => ({
              params: { language: translation.language },
              target: { section: 'overview', field: `translations.${translation.language}.title` },
            })),
  },
  {
    code: 'translation.outcome-missing',
    severity: 'warning',
    family: 'translation',
    interpretations: ALL,
    run: (design) =>
      design.translations.flatMap((translation) =>
        design.outcomes
          .filter((outcome) => !blank(outcome.statement) && blank(translation.outcomes[outcome.id] ?? ''))
          .map((outcome) => ({
            params: { outcome: outcomeLabel(design, outcome.id), language: translation.language },
            target: { section: 'outcomes', itemId: outcome.id, field: `translations.${translation.language}` },
          })),
      ),
  },
]);
