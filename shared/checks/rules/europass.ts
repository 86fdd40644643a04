import { ALL, blank, defineChecks } from './common';

const credential = (field: string) => ({ section: 'credential' as const, field });

/**
 * What a Europass (ELM) description needs and the design does not say yet. Advice: the approval
 * documents do not need these, but the Europass export is not valid without them (the full
 * list, with the shapes' own verdict, comes from "validate for Europass").
 */
export const europassChecks = defineChecks([
  {
    code: 'europass.homepage-missing',
    severity: 'advice',
    family: 'europass',
    interpretations: ALL,
    run: (design) => (blank(design.offering.homepage) ? [{ target: credential('offering.homepage') }] : []),
  },
  {
    code: 'europass.subject-area-missing',
    severity: 'advice',
    family: 'europass',
    interpretations: ALL,
    run: (design) => (design.credential.subjectAreas.length === 0 ? [{ target: credential('subjectAreas') }] : []),
  },
  {
    code: 'europass.learning-setting-missing',
    severity: 'advice',
    family: 'europass',
    interpretations: ALL,
    run: (design) => (design.credential.learningSetting === null ? [{ target: credential('learningSetting') }] : []),
  },
  {
    code: 'europass.body-country-missing',
    severity: 'advice',
    family: 'europass',
    interpretations: ALL,
    run: (design) =>
      design.credential.awardingBodies
        .filter((body) => !blank(body.name) && body.country === '')
        .map((body) => ({ params: { body: body.name }, target: credential(`awardingBodies[${body.id}].country`) })),
  },
  {
    code: 'europass.place-country-missing',
    severity: 'advice',
    family: 'europass',
    interpretations: ALL,
    run: (design) => {
      const { location, locationCountry } = design.offering;
      return !blank(location) && locationCountry === '' && design.credential.participationForm !== 'online'
        ? [{ target: credential('offering.locationCountry') }]
        : [];
    },
  },
]);
