import type { FrameworkId, Interpretation } from './enums';
import {
  COMPLETED_AT_ISSUING,
  SCHEMA_VERSION,
  type Assessment,
  type Competence,
  type Design,
  type LearningActivity,
  type LearningOutcome,
  type Offering,
  type RubricLevel,
} from './design';
import { newId } from './ids';

export interface NewDesignOptions {
  interpretation: Interpretation;
  language?: string;
  title?: string;
  now?: Date;
  id?: string;
}

/** A blank but schema-valid design: every field present, nothing invented. */
export function createDesign(options: NewDesignOptions): Design {
  const now = (options.now ?? new Date()).toISOString();
  return {
    schemaVersion: SCHEMA_VERSION,
    id: options.id ?? newId(),
    title: options.title ?? '',
    language: options.language ?? 'en',
    version: '0.1',
    summary: '',
    authors: [],
    created: now,
    updated: now,
    interpretation: options.interpretation,
    challenge: {
      bigIdea: '',
      essentialQuestion: '',
      statement: '',
      context: { scope: null, description: '' },
      sdgGoals: [],
      sdgTargets: [],
      hub: '',
      guidingQuestions: [],
      owner: {
        name: '',
        type: null,
        role: '',
        contact: '',
        agreement: { time: '', data: '', intellectualProperty: '', ethics: '' },
        deliverable: '',
      },
      stakeholders: [],
      intendedImpact: '',
    },
    competences: [],
    outcomes: [],
    activities: [],
    assessments: [],
    credential: {
      learnerIdentification: COMPLETED_AT_ISSUING,
      dateOfIssuing: COMPLETED_AT_ISSUING,
      countries: [],
      regions: [],
      awardingBodies: [],
      ects: null,
      eqfLevel: null,
      qfEheaCycle: null,
      assessmentType: '',
      participationForm: null,
      participationNote: '',
      qualityAssurance: '',
      prerequisites: '',
      supervision: null,
      gradingScheme: '',
      passRule: '',
      integration: null,
      stackableTowards: '',
      furtherInformation: '',
      subjectAreas: [],
      learningSetting: null,
    },
    offering: createOffering(),
    review: {
      comments: [],
      decision: { status: 'draft', reviewer: '', date: null, note: '' },
      history: [],
    },
    lineage: null,
    translations: [],
  };
}

/** An offering with nothing stated yet (dates, place, languages and teachers are the team's to say). */
export function createOffering(): Offering {
  return {
    languagesOfInstruction: [],
    startDate: null,
    endDate: null,
    location: '',
    locationCountry: '',
    homepage: '',
    teachers: [],
    contact: '',
  };
}

export function createOutcome(fields: Partial<LearningOutcome> = {}): LearningOutcome {
  return {
    id: newId(),
    statement: '',
    bloom: null,
    eqfDomain: null,
    competenceIds: [],
    sdgTargets: [],
    escoUri: '',
    ...fields,
  };
}

export function createActivity(fields: Partial<LearningActivity> = {}): LearningActivity {
  return {
    id: newId(),
    title: '',
    description: '',
    phase: null,
    week: null,
    day: '',
    durationHours: 0,
    selfStudyHours: 0,
    mode: 'onsite',
    grouping: 'team',
    learningType: 'collaboration',
    reflective: false,
    outcomeIds: [],
    resources: [],
    ...fields,
  };
}

/** Four performance levels are what most European rubrics use; teams can rename or remove them. */
export function createRubricLevels(labels: readonly string[]): RubricLevel[] {
  return labels.map((label) => ({ id: newId(), label, points: null }));
}

export function createAssessment(fields: Partial<Assessment> = {}): Assessment {
  return {
    id: newId(),
    title: '',
    description: '',
    method: 'project-report',
    purpose: 'summative',
    weight: 0,
    assessors: ['teacher'],
    outcomeIds: [],
    rubric: { levels: [], criteria: [] },
    supervision: null,
    workloadHours: 0,
    week: null,
    ...fields,
  };
}

export function createFrameworkCompetence(framework: FrameworkId, ref: string, targetLevel = ''): Competence {
  return { id: newId(), source: { kind: 'framework', framework, ref, escoUri: '' }, targetLevel, note: '' };
}

export function createCustomCompetence(title: string, escoUri = '', targetLevel = ''): Competence {
  return { id: newId(), source: { kind: 'custom', title, description: '', escoUri }, targetLevel, note: '' };
}
