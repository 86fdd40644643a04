import * as z from 'zod';

/** The three readings of "challenge-based" (templates/interpretations/); a design picks one as its backbone. */
export const INTERPRETATIONS = ['theme', 'method', 'partnership'] as const;
export const Interpretation = z.enum(INTERPRETATIONS);
export type Interpretation = z.infer<typeof Interpretation>;

/** Revised Bloom cognitive levels, lowest first (the order matters: checks compare ranks). */
export const BLOOM_LEVELS = ['remember', 'understand', 'apply', 'analyse', 'evaluate', 'create'] as const;
export const BloomLevel = z.enum(BLOOM_LEVELS);
export type BloomLevel = z.infer<typeof BloomLevel>;

export const EQF_DOMAINS = ['knowledge', 'skills', 'responsibility'] as const;
export const EqfDomain = z.enum(EQF_DOMAINS);
export type EqfDomain = z.infer<typeof EqfDomain>;

/** Engage / Investigate / Act of the Challenge Based Learning framework. */
export const PHASES = ['engage', 'investigate', 'act'] as const;
export const Phase = z.enum(PHASES);
export type Phase = z.infer<typeof Phase>;

export const MODES = ['onsite', 'online-sync', 'online-async'] as const;
export const Mode = z.enum(MODES);
export type Mode = z.infer<typeof Mode>;

export const GROUPINGS = ['individual', 'team', 'whole-group', 'with-partner'] as const;
export const Grouping = z.enum(GROUPINGS);
export type Grouping = z.infer<typeof Grouping>;

/** The six learning types of ABC Learning Design (after Laurillard). */
export const LEARNING_TYPES = [
  'acquisition',
  'collaboration',
  'discussion',
  'investigation',
  'practice',
  'production',
] as const;
export const LearningType = z.enum(LEARNING_TYPES);
export type LearningType = z.infer<typeof LearningType>;

export const ASSESSMENT_METHODS = [
  'portfolio',
  'reflective-journal',
  'project-report',
  'prototype',
  'presentation',
  'peer-assessment',
  'self-assessment',
  'oral-exam',
  'written-exam',
  'quiz',
] as const;
export const AssessmentMethod = z.enum(ASSESSMENT_METHODS);
export type AssessmentMethod = z.infer<typeof AssessmentMethod>;

export const ASSESSMENT_PURPOSES = ['formative', 'summative'] as const;
export const AssessmentPurpose = z.enum(ASSESSMENT_PURPOSES);
export type AssessmentPurpose = z.infer<typeof AssessmentPurpose>;

export const ASSESSORS = ['teacher', 'peer', 'self', 'challenge-owner'] as const;
export const Assessor = z.enum(ASSESSORS);
export type Assessor = z.infer<typeof Assessor>;

/** Annex I optional element: supervision and identity verification during assessment. */
export const SUPERVISION_LEVELS = [
  'unsupervised-no-id',
  'supervised-no-id',
  'supervised-online-id',
  'supervised-onsite-id',
] as const;
export const Supervision = z.enum(SUPERVISION_LEVELS);
export type Supervision = z.infer<typeof Supervision>;

export const PARTICIPATION_FORMS = ['onsite', 'online', 'blended'] as const;
export const ParticipationForm = z.enum(PARTICIPATION_FORMS);
export type ParticipationForm = z.infer<typeof ParticipationForm>;

export const CONTEXT_SCOPES = ['local', 'regional', 'national', 'global'] as const;
export const ContextScope = z.enum(CONTEXT_SCOPES);
export type ContextScope = z.infer<typeof ContextScope>;

export const OWNER_TYPES = ['ngo', 'municipality', 'school', 'company', 'open-lab', 'public-body', 'other'] as const;
export const OwnerType = z.enum(OWNER_TYPES);
export type OwnerType = z.infer<typeof OwnerType>;

/** QF-EHEA cycles; "none" when the credential sits outside a cycle. */
export const QF_EHEA_CYCLES = ['none', 'short', 'first', 'second', 'third'] as const;
export const QfEheaCycle = z.enum(QF_EHEA_CYCLES);
export type QfEheaCycle = z.infer<typeof QfEheaCycle>;

/** The Europass learning settings: formal (within an accredited programme) or non-formal. */
export const LEARNING_SETTINGS = ['formal', 'non-formal'] as const;
export const LearningSetting = z.enum(LEARNING_SETTINGS);
export type LearningSetting = z.infer<typeof LearningSetting>;

export const INTEGRATIONS = ['stand-alone', 'integrated'] as const;
export const Integration = z.enum(INTEGRATIONS);
export type Integration = z.infer<typeof Integration>;

export const DECISION_STATUSES = ['draft', 'submitted', 'changes-requested', 'approved'] as const;
export const DecisionStatus = z.enum(DECISION_STATUSES);
export type DecisionStatus = z.infer<typeof DecisionStatus>;

/**
 * The walkthrough's steps that edit the design, in order; each edits the section of the same
 * name. The one list of steps: the catalog's STEPS add the review step after them.
 */
export const EDITING_STEPS = [
  'interpretation',
  'challenge',
  'competences',
  'outcomes',
  'journey',
  'assessment',
  'credential',
] as const;

/** Top-level sections of a design; comments and check findings anchor to these. */
export const SECTIONS = ['overview', ...EDITING_STEPS] as const;
export const Section = z.enum(SECTIONS);
export type Section = z.infer<typeof Section>;

export const FRAMEWORK_IDS = ['greencomp', 'entrecomp', 'lifecomp', 'digcomp', 'cdc'] as const;
export const FrameworkId = z.enum(FRAMEWORK_IDS);
export type FrameworkId = z.infer<typeof FrameworkId>;
