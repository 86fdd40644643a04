import { ANNEX_I, isAnnexElementProvided } from '../../model';
import { ALL, defineChecks } from './common';

const designElements = ANNEX_I.filter((element) => !element.filledAtIssuing);
const sectionOf = (field: string) =>
  field.startsWith('credential.') ? 'credential' : field === 'outcomes' ? 'outcomes' : 'overview';

/** EU Council Recommendation (2022) Annex I: what a micro-credential description must state. */
export const euChecks = defineChecks([
  {
    code: 'eu.missing-element',
    severity: 'error',
    family: 'eu',
    interpretations: ALL,
    run: (design) =>
      designElements
        .filter((element) => element.mandatory && !isAnnexElementProvided(design, element.key))
        .map((element) => ({
          params: { element: element.key, number: element.number },
          target: { section: sectionOf(element.field), field: element.field.replace(/^credential\./, '') },
        })),
  },
  {
    code: 'eu.optional-elements',
    severity: 'advice',
    family: 'eu',
    interpretations: ALL,
    run: (design) => {
      const missing = designElements.filter((e) => !e.mandatory && !isAnnexElementProvided(design, e.key));
      return missing.length === 0
        ? []
        : [
            {
              params: { elements: missing.map((e) => e.key).join(','), count: missing.length },
              target: { section: 'credential', field: missing[0]!.field.replace(/^credential\./, '') },
            },
          ];
    },
  },
]);
