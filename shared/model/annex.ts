import type { Design } from './design';

/**
 * Annex I of the Council Recommendation of 16 June 2022 on micro-credentials, mapped onto a design.
 * `filledAtIssuing` elements belong to an issued credential, not a design: shown, never invented.
 * `field` is where the value lives in the design, so the UI can jump there.
 */
export interface AnnexElement {
  key: AnnexElementKey;
  number: number;
  mandatory: boolean;
  filledAtIssuing: boolean;
  field: string;
}

export const ANNEX_ELEMENT_KEYS = [
  'learnerIdentification',
  'title',
  'countries',
  'awardingBodies',
  'dateOfIssuing',
  'learningOutcomes',
  'workload',
  'level',
  'assessmentType',
  'participationForm',
  'qualityAssurance',
  'prerequisites',
  'supervision',
  'grade',
  'integration',
  'furtherInformation',
] as const;
export type AnnexElementKey = (typeof ANNEX_ELEMENT_KEYS)[number];

const element = (
  key: AnnexElementKey,
  number: number,
  mandatory: boolean,
  field: string,
  filledAtIssuing = false,
): AnnexElement => ({ key, number, mandatory, filledAtIssuing, field });

export const ANNEX_I: readonly AnnexElement[] = [
  element('learnerIdentification', 1, true, 'credential.learnerIdentification', true),
  element('title', 2, true, 'title'),
  element('countries', 3, true, 'credential.countries'),
  element('awardingBodies', 4, true, 'credential.awardingBodies'),
  element('dateOfIssuing', 5, true, 'credential.dateOfIssuing', true),
  element('learningOutcomes', 6, true, 'outcomes'),
  element('workload', 7, true, 'credential.ects'),
  element('level', 8, true, 'credential.eqfLevel'),
  element('assessmentType', 9, true, 'credential.assessmentType'),
  element('participationForm', 10, true, 'credential.participationForm'),
  element('qualityAssurance', 11, true, 'credential.qualityAssurance'),
  element('prerequisites', 12, false, 'credential.prerequisites'),
  element('supervision', 13, false, 'credential.supervision'),
  // The grade is per learner (filled at issuing); the design states the grading scheme.
  element('grade', 14, false, 'credential.gradingScheme', true),
  element('integration', 15, false, 'credential.integration'),
  element('furtherInformation', 16, false, 'credential.furtherInformation'),
];

const filled = (text: string) => text.trim().length > 0;

/** Whether the design provides the element (elements filled at issuing count as provided). */
export function isAnnexElementProvided(design: Design, key: AnnexElementKey): boolean {
  const c = design.credential;
  switch (key) {
    case 'learnerIdentification':
    case 'dateOfIssuing':
      return true;
    case 'title':
      return filled(design.title);
    case 'countries':
      return c.countries.length > 0;
    case 'awardingBodies':
      return c.awardingBodies.some((body) => filled(body.name));
    case 'learningOutcomes':
      return design.outcomes.some((outcome) => filled(outcome.statement));
    case 'workload':
      return c.ects !== null && c.ects > 0;
    case 'level':
      return c.eqfLevel !== null;
    case 'assessmentType':
      return filled(c.assessmentType) || design.assessments.some((a) => a.purpose === 'summative');
    case 'participationForm':
      return c.participationForm !== null;
    case 'qualityAssurance':
      return filled(c.qualityAssurance);
    case 'prerequisites':
      return filled(c.prerequisites);
    case 'supervision':
      return c.supervision !== null || design.assessments.some((a) => a.supervision !== null);
    case 'grade':
      return filled(c.gradingScheme);
    case 'integration':
      return c.integration !== null;
    case 'furtherInformation':
      return filled(c.furtherInformation);
  }
}
