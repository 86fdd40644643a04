import * as z from 'zod';
import { quoted } from '../text';
import {
  AssessmentMethod,
  AssessmentPurpose,
  Assessor,
  BloomLevel,
  ContextScope,
  DecisionStatus,
  EqfDomain,
  FrameworkId,
  Grouping,
  Integration,
  Interpretation,
  LearningSetting,
  LearningType,
  Mode,
  OwnerType,
  ParticipationForm,
  Phase,
  QfEheaCycle,
  Section,
  Supervision,
} from './enums';
import {
  CountryCode,
  EctsCredits,
  EqfLevel,
  EscoSkillUri,
  Hours,
  IscedFCode,
  LanguageTag,
  OptionalCountryCode,
  RubricPoints,
  CalendarDate,
  Timestamp,
  WebAddress,
  WeekNumber,
  WeightPercent,
} from './formats';

/** The schema version this build writes. Older files are migrated forward (migrations.ts). */
export const SCHEMA_VERSION = 3;

/** Caps keep one pasted novel from freezing the UI or bloating the library. */
export const MAX_SHORT_TEXT = 500;
export const MAX_TEXT = 20_000;
const MAX_ITEMS = 500;

export const ItemId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'must be an id of 1-64 letters, digits, "-" or "_"');
const ShortText = z.string().max(MAX_SHORT_TEXT);
const Text = z.string().max(MAX_TEXT);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_ITEMS);

export const SdgGoalNumber = z.number().int().min(1).max(17);
/** Official target codes: "11.6", "4.7", "17.a". */
export const SdgTargetCode = z
  .string()
  .regex(/^(?:[1-9]|1[0-7])\.(?:[1-9][0-9]?|[a-z])$/, 'must be an SDG target code such as "11.6" or "4.a"');

export const Author = z.strictObject({
  id: ItemId,
  name: ShortText,
  institution: ShortText,
  role: ShortText,
  email: ShortText,
});

export const Stakeholder = z.strictObject({
  id: ItemId,
  name: ShortText,
  role: Text,
});

export const Agreement = z.strictObject({
  time: Text,
  data: Text,
  intellectualProperty: Text,
  ethics: Text,
});

/** The external partner who brings the challenge (central to the civic-partnership reading). */
export const ChallengeOwner = z.strictObject({
  name: ShortText,
  type: OwnerType.nullable(),
  role: Text,
  contact: ShortText,
  agreement: Agreement,
  deliverable: Text,
});

export const Challenge = z.strictObject({
  bigIdea: ShortText,
  essentialQuestion: Text,
  statement: Text,
  context: z.strictObject({ scope: ContextScope.nullable(), description: Text }),
  sdgGoals: list(SdgGoalNumber),
  sdgTargets: list(SdgTargetCode),
  hub: z.string().max(64),
  guidingQuestions: list(ShortText),
  owner: ChallengeOwner,
  stakeholders: list(Stakeholder),
  intendedImpact: Text,
});

export const FrameworkCompetenceRef = z.strictObject({
  kind: z.literal('framework'),
  framework: FrameworkId,
  ref: z.string().regex(/^[a-z]+\.[0-9]+\.[0-9]+$/, 'must be a framework competence id such as "greencomp.2.1"'),
  /** The ESCO skill this competence corresponds to, when the team knows one (credentials carry it). */
  escoUri: EscoSkillUri,
});

export const CustomCompetence = z.strictObject({
  kind: z.literal('custom'),
  title: ShortText.min(1, 'a custom competence needs a title'),
  description: Text,
  escoUri: EscoSkillUri,
});

export const Competence = z.strictObject({
  id: ItemId,
  source: z.discriminatedUnion('kind', [FrameworkCompetenceRef, CustomCompetence]),
  targetLevel: z.string().max(64),
  note: Text,
});

export const LearningOutcome = z.strictObject({
  id: ItemId,
  statement: Text,
  bloom: BloomLevel.nullable(),
  eqfDomain: EqfDomain.nullable(),
  competenceIds: list(ItemId),
  sdgTargets: list(SdgTargetCode),
  /** The ESCO skill the outcome demonstrates, if any (Europass: relatedESCOSkill; Open Badges: an alignment). */
  escoUri: EscoSkillUri,
});

export const Resource = z.strictObject({
  id: ItemId,
  title: ShortText,
  url: WebAddress,
});

export const LearningActivity = z.strictObject({
  id: ItemId,
  title: ShortText,
  description: Text,
  phase: Phase.nullable(),
  week: WeekNumber.nullable(),
  day: ShortText,
  durationHours: Hours,
  selfStudyHours: Hours,
  mode: Mode,
  grouping: Grouping,
  learningType: LearningType,
  /** True when the activity documents or reflects on the work (the CBL "throughout" strand). */
  reflective: z.boolean(),
  outcomeIds: list(ItemId),
  resources: list(Resource),
});

export const RubricLevel = z.strictObject({
  id: ItemId,
  label: ShortText,
  points: RubricPoints.nullable(),
});

export const RubricCriterion = z.strictObject({
  id: ItemId,
  title: ShortText,
  outcomeIds: list(ItemId),
  descriptors: list(z.strictObject({ levelId: ItemId, text: Text })),
});

export const Rubric = z.strictObject({
  levels: z.array(RubricLevel).max(12),
  criteria: z.array(RubricCriterion).max(50),
});

export const Assessment = z.strictObject({
  id: ItemId,
  title: ShortText,
  description: Text,
  method: AssessmentMethod,
  purpose: AssessmentPurpose,
  /** Percentage of the final grade; summative weights should add up to 100 (a design check). */
  weight: WeightPercent,
  assessors: list(Assessor),
  outcomeIds: list(ItemId),
  rubric: Rubric,
  supervision: Supervision.nullable(),
  workloadHours: Hours,
  week: WeekNumber.nullable(),
});

/** Marker for the two Annex I elements that only exist once a credential is issued to a learner. */
export const COMPLETED_AT_ISSUING = 'completed-at-issuing' as const;

export const AwardingBody = z.strictObject({
  id: ItemId,
  name: ShortText,
  country: OptionalCountryCode,
  url: WebAddress,
});

/**
 * The Annex I elements of the EU micro-credential recommendation that are not already
 * carried by the rest of the design (title, outcomes, assessments). See annex.ts for the map.
 */
export const CredentialSpec = z.strictObject({
  learnerIdentification: z.literal(COMPLETED_AT_ISSUING),
  dateOfIssuing: z.literal(COMPLETED_AT_ISSUING),
  countries: list(CountryCode),
  regions: list(ShortText),
  awardingBodies: list(AwardingBody),
  ects: EctsCredits.nullable(),
  eqfLevel: EqfLevel.nullable(),
  qfEheaCycle: QfEheaCycle.nullable(),
  assessmentType: Text,
  participationForm: ParticipationForm.nullable(),
  participationNote: Text,
  qualityAssurance: Text,
  prerequisites: Text,
  supervision: Supervision.nullable(),
  gradingScheme: Text,
  /** What a learner must reach to pass, e.g. "50 % overall and at least Satisfactory on the essay". */
  passRule: Text,
  integration: Integration.nullable(),
  stackableTowards: Text,
  furtherInformation: Text,
  /** ISCED-F 2013 fields of education and training ("0588"), broadest first; Europass requires one. */
  subjectAreas: z.array(IscedFCode).max(10),
  /** Formal (part of an accredited programme) or non-formal learning, in the Europass sense. */
  learningSetting: LearningSetting.nullable(),
});

/** Someone who teaches the course, as the syllabus lists them. */
export const Teacher = z.strictObject({
  id: ItemId,
  name: ShortText,
  role: ShortText,
  institution: ShortText,
  email: ShortText,
});

/**
 * The offering a syllabus describes: when and where it runs, in which languages, and who teaches
 * it and how to reach them (what a European syllabus states beyond Annex I).
 */
export const Offering = z.strictObject({
  languagesOfInstruction: z.array(LanguageTag).max(20),
  startDate: CalendarDate.nullable(),
  endDate: CalendarDate.nullable(),
  location: ShortText,
  /** The country the place above is in; empty when the offering is online only. */
  locationCountry: OptionalCountryCode,
  /** The public web page of the offering, where learners read about it and enrol. */
  homepage: WebAddress,
  teachers: list(Teacher),
  /** How learners reach the teachers: office hours, forum, response time. */
  contact: Text,
});

export const CommentAnchor = z.strictObject({
  section: Section,
  /** An item id (outcome, activity, …) or, in the credential section, an Annex I element key. */
  itemId: ItemId.nullable(),
});

export const ReviewComment = z.strictObject({
  id: ItemId,
  anchor: CommentAnchor,
  author: ShortText,
  createdAt: Timestamp,
  text: Text.min(1, 'a comment needs text'),
  resolved: z.boolean(),
  resolvedAt: Timestamp.nullable(),
  resolvedBy: ShortText,
});

export const Decision = z.strictObject({
  status: DecisionStatus,
  reviewer: ShortText,
  date: Timestamp.nullable(),
  note: Text,
});

export const Review = z.strictObject({
  comments: list(ReviewComment),
  decision: Decision,
  history: list(Decision),
});

/** A content hash: "sha256-" and the SHA-256 of the content in base64url (43 characters). */
export const ContentHash = z.string().regex(/^sha256-[A-Za-z0-9_-]{43}$/, 'must be a content hash such as "sha256-…"');

/** How many earlier agreed versions a design remembers (by hash only). */
export const MAX_ANCESTORS = 20;
/** A snapshot is at most the size of a design file (base64 of its compressed JSON). */
export const MAX_SNAPSHOT_CHARS = 20 * 1024 * 1024;

/**
 * What a copy of the design started from, so that copies edited apart merge three ways (see
 * shared/merge/lineage.ts): the last version the team agreed on (set by a merge, or when the
 * design first leaves as a file), as its hash and as a compressed snapshot, plus the hashes of
 * earlier agreed versions. Null until the design is shared: such copies still merge, with more
 * questions.
 */
export const Lineage = z.strictObject({
  base: ContentHash,
  agreedAt: Timestamp,
  /** The agreed version's JSON, deflated and in base64: what each copy's changes are measured from. */
  snapshot: z
    .string()
    .max(MAX_SNAPSHOT_CHARS)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64 text'),
  /** Earlier agreed versions, newest first: a copy merged since still shares them. */
  ancestors: z.array(ContentHash).max(MAX_ANCESTORS),
});

/** How many further languages a design may carry its own texts in. */
export const MAX_TRANSLATIONS = 8;

/**
 * The design's own texts in a further language: title, summary and each learning outcome, for a
 * bilingual specification and the language maps of machine-readable credentials. Empty text is
 * a translation not written yet (the checks ask for the outcomes').
 */
export const DesignTranslation = z.strictObject({
  language: LanguageTag,
  title: ShortText,
  summary: Text,
  /** Outcome id → its statement in this language. */
  outcomes: z.record(ItemId, Text),
});

const DesignShape = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: ItemId,
  title: ShortText,
  language: LanguageTag,
  version: z.string().max(32),
  summary: Text,
  authors: list(Author),
  created: Timestamp,
  updated: Timestamp,
  interpretation: Interpretation,
  challenge: Challenge,
  competences: list(Competence),
  outcomes: list(LearningOutcome),
  activities: list(LearningActivity),
  assessments: list(Assessment),
  credential: CredentialSpec,
  offering: Offering,
  review: Review,
  /** Null until the design is first shared; a version 3 file written before it existed has none. */
  lineage: Lineage.nullable().default(null),
  /**
   * Translations of the design's own texts, one per further language (never the design's own).
   * Optional in a file: version 3 files written before it existed read as having none.
   */
  translations: z.array(DesignTranslation).max(MAX_TRANSLATIONS).default([]),
});

type DesignShape = z.infer<typeof DesignShape>;

/** Reports every reference that points at nothing, and every id used twice in one list. */
function checkReferences(design: DesignShape, ctx: z.RefinementCtx): void {
  const fail = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

  const uniqueIds = (items: readonly { id: string }[], path: (string | number)[]) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) fail([...path, index, 'id'], `duplicate id ${quoted(item.id)}`);
      seen.add(item.id);
    });
    return seen;
  };
  const linked = (ids: readonly string[], known: Set<string>, what: string, path: (string | number)[]) => {
    ids.forEach((id, index) => {
      if (!known.has(id)) fail([...path, index], `links to ${what} ${quoted(id)}, which does not exist`);
    });
  };

  uniqueIds(design.authors, ['authors']);
  uniqueIds(design.challenge.stakeholders, ['challenge', 'stakeholders']);
  const competenceIds = uniqueIds(design.competences, ['competences']);
  const outcomeIds = uniqueIds(design.outcomes, ['outcomes']);
  uniqueIds(design.activities, ['activities']);
  uniqueIds(design.assessments, ['assessments']);
  uniqueIds(design.credential.awardingBodies, ['credential', 'awardingBodies']);
  uniqueIds(design.review.comments, ['review', 'comments']);
  uniqueIds(design.offering.teachers, ['offering', 'teachers']);
  const { startDate, endDate } = design.offering;
  if (startDate && endDate && endDate < startDate)
    fail(['offering', 'endDate'], `ends on ${endDate}, before it starts on ${startDate}`);

  const goals = new Set(design.challenge.sdgGoals);
  const targets = new Set(design.challenge.sdgTargets);
  design.challenge.sdgTargets.forEach((code, index) => {
    const goal = Number(code.split('.')[0]);
    if (!goals.has(goal))
      fail(
        ['challenge', 'sdgTargets', index],
        `target ${quoted(code)} belongs to goal ${goal}, which is not among the chosen goals`,
      );
  });

  design.competences.forEach((competence, index) => {
    const { source } = competence;
    if (source.kind === 'framework' && !source.ref.startsWith(`${source.framework}.`))
      fail(['competences', index, 'source', 'ref'], `${quoted(source.ref)} is not a ${source.framework} competence`);
  });

  design.outcomes.forEach((outcome, index) => {
    linked(outcome.competenceIds, competenceIds, 'competence', ['outcomes', index, 'competenceIds']);
    outcome.sdgTargets.forEach((code, t) => {
      if (!targets.has(code))
        fail(
          ['outcomes', index, 'sdgTargets', t],
          `links to SDG target ${quoted(code)}, which is not among the challenge's targets`,
        );
    });
  });
  design.activities.forEach((activity, index) =>
    linked(activity.outcomeIds, outcomeIds, 'outcome', ['activities', index, 'outcomeIds']),
  );
  const languages = new Set<string>();
  design.translations.forEach((translation, index) => {
    const path = ['translations', index];
    if (translation.language === design.language)
      fail([...path, 'language'], `is the design's own language (${quoted(design.language)})`);
    else if (languages.has(translation.language))
      fail([...path, 'language'], `${quoted(translation.language)} is translated twice`);
    languages.add(translation.language);
    for (const id of Object.keys(translation.outcomes))
      if (!outcomeIds.has(id))
        fail([...path, 'outcomes', id], `translates outcome ${quoted(id)}, which does not exist`);
  });
  design.assessments.forEach((assessment, index) => {
    linked(assessment.outcomeIds, outcomeIds, 'outcome', ['assessments', index, 'outcomeIds']);
    const rubricPath = ['assessments', index, 'rubric'];
    const levelIds = uniqueIds(assessment.rubric.levels, [...rubricPath, 'levels']);
    uniqueIds(assessment.rubric.criteria, [...rubricPath, 'criteria']);
    assessment.rubric.criteria.forEach((criterion, c) => {
      const path = [...rubricPath, 'criteria', c];
      linked(criterion.outcomeIds, outcomeIds, 'outcome', [...path, 'outcomeIds']);
      criterion.descriptors.forEach((descriptor, d) => {
        if (!levelIds.has(descriptor.levelId))
          fail(
            [...path, 'descriptors', d, 'levelId'],
            `refers to rubric level ${quoted(descriptor.levelId)}, which does not exist`,
          );
      });
    });
  });
}

export const Design = DesignShape.superRefine(checkReferences);
export type Design = z.infer<typeof Design>;
export type Author = z.infer<typeof Author>;
export type Stakeholder = z.infer<typeof Stakeholder>;
export type ChallengeOwner = z.infer<typeof ChallengeOwner>;
export type Challenge = z.infer<typeof Challenge>;
export type Competence = z.infer<typeof Competence>;
export type LearningOutcome = z.infer<typeof LearningOutcome>;
export type LearningActivity = z.infer<typeof LearningActivity>;
export type Resource = z.infer<typeof Resource>;
export type Assessment = z.infer<typeof Assessment>;
export type Rubric = z.infer<typeof Rubric>;
export type RubricLevel = z.infer<typeof RubricLevel>;
export type RubricCriterion = z.infer<typeof RubricCriterion>;
export type AwardingBody = z.infer<typeof AwardingBody>;
export type CredentialSpec = z.infer<typeof CredentialSpec>;
export type ReviewComment = z.infer<typeof ReviewComment>;
export type Teacher = z.infer<typeof Teacher>;
export type Offering = z.infer<typeof Offering>;
export type CommentAnchor = z.infer<typeof CommentAnchor>;
export type Decision = z.infer<typeof Decision>;
export type Review = z.infer<typeof Review>;
export type Lineage = z.infer<typeof Lineage>;
export type DesignTranslation = z.infer<typeof DesignTranslation>;
